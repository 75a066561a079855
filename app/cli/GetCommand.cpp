#include "cli/GetCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliText.h"

QString GetCommand::summary() const
{
    return tr("Show one token.");
}

QString GetCommand::usage() const
{
    return tr("ID [--format table|json] CONNECTION");
}

QString GetCommand::example() const
{
    return QStringLiteral(
            "losant-tokens get 5f0c8f7e2d5b4a0012345678 --profile prod --format json");
}

void GetCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The token's ID."));
    parser.addOption({QStringLiteral("format"),
                      tr("table (one field a line) or json (the server's token object as sent)."),
                      tr("format")});
}

QString GetCommand::readOptions(const QCommandLineParser &parser)
{
    CliOutput::Format format = CliOutput::Format::Table;
    if (parser.isSet(QStringLiteral("format"))
        && (!CliOutput::formatFromText(parser.value(QStringLiteral("format")), &format)
            || format == CliOutput::Format::Csv))
        return tr("--format needs table or json, not \"%1\"")
                .arg(CliText::shown(parser.value(QStringLiteral("format"))));
    m_json = format == CliOutput::Format::Json;
    return readTokenId(parser, &m_id);
}

void GetCommand::run()
{
    ApiCall *call = collection().get(m_id);
    connect(call, &ApiCall::failed, this, &GetCommand::fail);
    connect(call, &ApiCall::tokenReceived, this, [this, call](const ApiToken &token) {
        CliOutput::out(m_json ? CliOutput::json(call->tokenObject()) : CliOutput::details(token));
        finish(Done);
    });
}
