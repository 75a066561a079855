#include "cli/UpdateCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliText.h"

QString UpdateCommand::summary() const
{
    return tr("Change a token's name, description, status or roles (scopes and expiry are "
              "fixed once created).");
}

QString UpdateCommand::usage() const
{
    return tr("ID ([--name TEXT] [--description TEXT] [--status active|inactive] "
              "[--default-role ROLE] [--org-role JSON]... | --from-json FILE|-) "
              "[--format table|json] CONNECTION");
}

QString UpdateCommand::example() const
{
    return QStringLiteral("losant-tokens update 5f0c8f7e2d5b4a0012345678 --profile prod "
                          "--description \"CI, rotated monthly\"");
}

void UpdateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The token's ID."));
    parser.addOptions(m_body.options());
    parser.addOption({QStringLiteral("format"),
                      tr("table (one field a line) or json (the server's token object as sent)."),
                      tr("format")});
}

QString UpdateCommand::readOptions(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        return tr("--format needs table or json, not \"%1\"").arg(CliText::shown(format));
    m_json = format == QLatin1String("json");
    if (const QString why = readTokenId(parser, &m_id); !why.isEmpty())
        return why;
    return m_body.read(parser);
}

void UpdateCommand::run()
{
    QStringList problems;
    const QJsonValue body = m_body.body(collection().location().kind(), &problems);
    if (!problems.isEmpty())
        return refuseBody(problems);
    ApiCall *call = collection().patch(m_id, body.toObject());
    connect(call, &ApiCall::failed, this, &UpdateCommand::fail);
    connect(call, &ApiCall::tokenReceived, this, [this, call](const ApiToken &token) {
        CliOutput::out(m_json ? CliOutput::json(call->tokenObject()) : CliOutput::details(token));
        finish(Done);
    });
}
