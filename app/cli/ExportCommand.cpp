#include "cli/ExportCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliText.h"
#include "cli/ListCommand.h"
#include "cli/PageWalker.h"
#include "core/LosantApi.h"

QString ExportCommand::summary() const
{
    return tr("Write every token's metadata (never a secret) to a CSV or JSON file, as the "
              "window's Export does.");
}

QString ExportCommand::usage() const
{
    return tr("--format json|csv --output FILE [--filter GLOB] [--status active|inactive] "
              "[--sort FIELD[:desc]] CONNECTION");
}

QString ExportCommand::example() const
{
    return QStringLiteral("losant-tokens export --profile prod --format csv --output tokens.csv");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), tr("csv or json."), tr("format")});
    parser.addOption({QStringLiteral("output"),
                      tr("The file to write, whole or not at all; - for standard output."),
                      tr("file")});
    parser.addOptions(m_queryOptions.options());
}

QString ExportCommand::readOptions(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format == QLatin1String("csv"))
        m_format = TokenExport::Format::Csv;
    else if (format == QLatin1String("json"))
        m_format = TokenExport::Format::Json;
    else
        return tr("--format needs csv or json, not \"%1\"").arg(CliText::shown(format));
    m_output = parser.value(QStringLiteral("output"));
    if (m_output.isEmpty())
        return tr("--output needs the file to write (or - for standard output)");
    m_query.perPage = LosantApi::kMaxPerPage;
    return m_queryOptions.read(parser, &m_query);
}

void ExportCommand::run()
{
    auto *walker = new PageWalker(collection(), m_query, true, this);
    followPages(this, walker);
    connect(walker, &PageWalker::finished, this, [this, walker] {
        if (m_output == QLatin1String("-")) {
            CliOutput::out(TokenExport::encode(m_format, walker->tokens()));
            return finish(Done);
        }
        const QString why = TokenExport::write(m_output, m_format, walker->tokens());
        if (!why.isEmpty()) {
            complain(why);
            return finish(Failed);
        }
        complain(tr("%n token(s) written to %1", nullptr, int(walker->tokens().size()))
                         .arg(CliText::shown(m_output)));
        finish(Done);
    });
    walker->start();
}
