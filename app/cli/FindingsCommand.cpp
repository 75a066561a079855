#include "cli/FindingsCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliText.h"
#include "cli/ListCommand.h"
#include "cli/PageWalker.h"
#include "core/LosantApi.h"
#include "core/TokenQuery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {
QJsonObject toJson(const TokenFinding &f)
{
    return {{QStringLiteral("ruleId"), f.ruleId},
            {QStringLiteral("severity"), TokenFindings::severityKey(f.severity)},
            {QStringLiteral("tokenId"), f.tokenId},
            {QStringLiteral("tokenName"), f.tokenName},
            {QStringLiteral("reason"), f.reason},
            {QStringLiteral("action"), TokenFindings::actionKey(f.action)}};
}

// SEVERITY RULE TOKEN-ID NAME REASON, one finding a line; the reason is cut to `width`.
QByteArray table(const QList<TokenFinding> &findings, int width)
{
    int ruleWidth = 4;
    int nameWidth = 4;
    for (const TokenFinding &f : findings) {
        ruleWidth = std::max(ruleWidth, int(f.ruleId.size()));
        nameWidth = std::max(nameWidth, std::min(int(f.tokenName.size()), 30));
    }
    // Lambdas name their QString result: QStringBuilder would otherwise outlive its operands.
    const auto row = [&](const QString &severity, const QString &rule, const QString &id,
                         const QString &name, const QString &reason) -> QString {
        QString line = severity.leftJustified(8) + QLatin1Char(' ') + rule.leftJustified(ruleWidth)
                + QLatin1Char(' ') + id.leftJustified(24) + QLatin1Char(' ')
                + CliText::fitted(CliText::oneLine(name), nameWidth, true) + QLatin1Char(' ');
        const int room = width > 0 ? width - int(line.size()) : int(reason.size());
        line += room >= int(reason.size()) ? reason
                                           : CliText::fitted(reason, std::max(room, 10), true);
        return line.trimmed() + QLatin1Char('\n');
    };
    QString text
            = row(QStringLiteral("SEVERITY"), QStringLiteral("RULE"), QStringLiteral("TOKEN ID"),
                  QStringLiteral("NAME"), QStringLiteral("REASON"));
    for (const TokenFinding &f : findings)
        text += row(TokenFindings::severityKey(f.severity), f.ruleId, f.tokenId, f.tokenName,
                    CliText::oneLine(f.reason));
    return text.toUtf8();
}
} // namespace

QString FindingsCommand::summary() const
{
    return tr("Judge every token with the window's hygiene rules (never expires, can mint "
              "tokens, expiring soon, …) and print the findings.");
}

QString FindingsCommand::usage() const
{
    return tr("[--format table|json] [--fail-on high|medium|low] CONNECTION");
}

QString FindingsCommand::example() const
{
    return QStringLiteral("losant-tokens findings --profile prod --fail-on high");
}

QString FindingsCommand::moreStatusHelp() const
{
    return tr("  %1  with --fail-on: a finding of that severity or worse exists (the findings "
              "are printed all the same)\n")
            .arg(kFindingsAtOrAbove);
}

void FindingsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"),
                      tr("table (the default) or json: an array of {ruleId, severity, tokenId, "
                         "tokenName, reason, action}."),
                      tr("format")});
    parser.addOption({QStringLiteral("fail-on"),
                      tr("Exit with status %1 when a finding of this severity or worse exists: "
                         "high, medium or low.")
                              .arg(kFindingsAtOrAbove),
                      tr("severity")});
}

QString FindingsCommand::readOptions(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format.isEmpty() || format == QLatin1String("table"))
        m_json = false;
    else if (format == QLatin1String("json"))
        m_json = true;
    else
        return tr("--format needs table or json, not \"%1\"").arg(CliText::shown(format));
    if (parser.isSet(QStringLiteral("fail-on"))) {
        const QString key = parser.value(QStringLiteral("fail-on")).trimmed().toLower();
        m_failOn = TokenFindings::severityFromKey(key);
        if (!m_failOn)
            return tr("--fail-on needs high, medium or low, not \"%1\"").arg(CliText::shown(key));
    }
    return {};
}

void FindingsCommand::run()
{
    TokenQuery query;
    query.perPage = LosantApi::kMaxPerPage; // the fewest requests for every token
    auto *walker = new PageWalker(collection(), query, true, this);
    followPages(this, walker);
    connect(walker, &PageWalker::finished, this, [this, walker] {
        report(TokenFindings::evaluate(walker->tokens(), QDateTime::currentDateTimeUtc()),
               int(walker->tokens().size()));
    });
    walker->start();
}

void FindingsCommand::report(const QList<TokenFinding> &findings, int tokenCount)
{
    // Worst first, then by rule and token, so two runs over the same tokens print alike.
    QList<TokenFinding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TokenFinding &a, const TokenFinding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         return a.ruleId != b.ruleId ? a.ruleId < b.ruleId : a.tokenId < b.tokenId;
                     });
    if (m_json) {
        QJsonArray array;
        for (const TokenFinding &f : sorted)
            array.append(toJson(f));
        CliOutput::out(CliOutput::json(array));
    } else if (!sorted.isEmpty()) {
        CliOutput::out(table(sorted, CliOutput::terminalWidth()));
    }
    int counts[3] = {0, 0, 0};
    for (const TokenFinding &f : sorted)
        ++counts[int(f.severity) - 1];
    complain(tr("%n finding(s): %1 high, %2 medium, %3 low (tokens judged: %4)", nullptr,
                int(sorted.size()))
                     .arg(counts[2])
                     .arg(counts[1])
                     .arg(counts[0])
                     .arg(tokenCount));
    const bool failing = m_failOn
            && std::any_of(sorted.cbegin(), sorted.cend(),
                           [this](const TokenFinding &f) { return f.severity >= *m_failOn; });
    finish(failing ? kFindingsAtOrAbove : Done);
}
