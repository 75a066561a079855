#include "cli/ListCommand.h"

#include "cli/CliText.h"
#include "cli/PageWalker.h"
#include "core/ApiError.h"
#include "core/LosantApi.h"
#include "core/TokenExport.h"

#include <cstdio>

namespace {
bool readCount(const QCommandLineParser &parser, const QString &option, int lowest, int highest,
               int *into)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).trimmed().toInt(&ok);
    if (!ok || value < lowest || value > highest)
        return false;
    *into = value;
    return true;
}
} // namespace

QString ListCommand::summary() const
{
    return tr("List tokens: one page, or every page with --all.");
}

QString ListCommand::usage() const
{
    return tr("[--all] [--filter GLOB] [--status active|inactive] [--sort FIELD[:desc]] "
              "[--page N] [--per-page N] [--format table|json|csv] CONNECTION");
}

QString ListCommand::example() const
{
    return QStringLiteral("losant-tokens list --profile prod --all --format json | jq '.[].name'");
}

void ListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("all"), tr("Every page, in order (each token once).")});
    parser.addOptions(m_queryOptions.options());
    parser.addOption({QStringLiteral("page"),
                      tr("The page to show, counting from 0 as the API does (default 0)."),
                      tr("n")});
    parser.addOption({QStringLiteral("per-page"),
                      tr("Tokens per page, 1 to %1 (default %2; %1 with --all).")
                              .arg(LosantApi::kMaxPerPage)
                              .arg(LosantApi::kDefaultPerPage),
                      tr("n")});
    parser.addOption({QStringLiteral("format"),
                      tr("table (fits the terminal), json (the server's token objects as sent) "
                         "or csv (as the window exports it). Default: table."),
                      tr("format")});
}

QString ListCommand::readOptions(const QCommandLineParser &parser)
{
    m_all = parser.isSet(QStringLiteral("all"));
    if (const QString why = m_queryOptions.read(parser, &m_query); !why.isEmpty())
        return why;
    if (m_all && parser.isSet(QStringLiteral("page")))
        return tr("--page and --all cannot be used together: --all fetches every page");
    if (!readCount(parser, QStringLiteral("page"), 0, INT_MAX / LosantApi::kMaxPerPage,
                   &m_query.page))
        return tr("--page needs a page number from 0, not \"%1\"")
                .arg(CliText::shown(parser.value(QStringLiteral("page"))));
    if (m_all)
        m_query.perPage = LosantApi::kMaxPerPage; // the fewest requests
    if (!readCount(parser, QStringLiteral("per-page"), 1, LosantApi::kMaxPerPage, &m_query.perPage))
        return tr("--per-page needs a number from 1 to %1, not \"%2\"")
                .arg(LosantApi::kMaxPerPage)
                .arg(CliText::shown(parser.value(QStringLiteral("per-page"))));
    if (parser.isSet(QStringLiteral("format"))
        && !CliOutput::formatFromText(parser.value(QStringLiteral("format")), &m_format))
        return tr("--format needs table, json or csv, not \"%1\"")
                .arg(CliText::shown(parser.value(QStringLiteral("format"))));
    return QString();
}

void ListCommand::run()
{
    auto *walker = new PageWalker(collection(), m_query, m_all, this);
    followPages(this, walker);
    connect(walker, &PageWalker::finished, this, [this, walker] {
        print(*walker);
        finish(Done);
    });
    walker->start();
}

void ListCommand::print(const PageWalker &walker)
{
    switch (m_format) {
    case CliOutput::Format::Json:
        CliOutput::out(CliOutput::json(walker.rawTokens()));
        break;
    case CliOutput::Format::Csv:
        CliOutput::out(TokenExport::toCsv(walker.tokens()));
        break;
    case CliOutput::Format::Table:
        CliOutput::out(CliOutput::table(walker.tokens(), CliOutput::terminalWidth()));
        break;
    }
}

void followPages(Subcommand *command, PageWalker *walker)
{
    const bool shown = CliOutput::stderrIsTerminal();
    if (shown) {
        QObject::connect(walker, &PageWalker::progress, command, [](int loaded, int total) {
            std::fprintf(stderr, "\r%s",
                         qPrintable(Subcommand::tr("%1 / %2 tokens").arg(loaded).arg(total)));
            std::fflush(stderr);
        });
        QObject::connect(walker, &PageWalker::finished, command,
                         [] { std::fprintf(stderr, "\n"); });
    }
    QObject::connect(walker, &PageWalker::waiting, command, [shown](int secondsLeft) {
        if (shown && secondsLeft > 0)
            std::fprintf(stderr, "\r%s",
                         qPrintable(Subcommand::tr("Too many requests: waiting "
                                                   "%n second(s)",
                                                   nullptr, secondsLeft)));
    });
    QObject::connect(walker, &PageWalker::failed, command,
                     [command, shown](const ApiError &error, int page) {
                         if (shown)
                             std::fprintf(stderr, "\n");
                         command->reportPageFailure(error, page);
                     });
}
