#include "ui/FindingsCell.h"

#include "ui/FindingsIndex.h"
#include "ui/PlainText.h"
#include "ui/StatePalette.h"

#include <QBrush>
#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FindingsCell)
};
} // namespace

namespace FindingsCell {
bool answers(int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole
            || role == Qt::AccessibleTextRole;
}

QVariant data(const FindingsIndex &findings, const ApiToken &token, int role)
{
    if (!answers(role))
        return QVariant();
    // Painting needs only the counts: the sentences are made for the tooltip alone.
    const FindingsIndex::Counts counts = findings.countsFor(token);
    const int total = counts[0] + counts[1] + counts[2];
    if (total == 0)
        return QVariant();
    const FindingSeverity worst = counts[2] ? FindingSeverity::High
            : counts[1]                     ? FindingSeverity::Medium
                                            : FindingSeverity::Low;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return Text::tr("%1 (%n)", nullptr, total).arg(TokenFindings::severityName(worst));
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const TokenFinding &f : findings.findingsFor(token))
            lines << Text::tr("%1: %2").arg(TokenFindings::severityName(f.severity), f.reason);
        return PlainText::toolTip(lines.join(QLatin1Char('\n'))); // reasons quote server names
    }
    default:
        break;
    }
    const auto state = stateOf(worst);
    return state ? QBrush(StatePalette::current().foreground(*state)) : QVariant();
}

std::optional<StatePalette::State> stateOf(FindingSeverity severity)
{
    if (severity == FindingSeverity::Low)
        return std::nullopt;
    return severity == FindingSeverity::High ? StatePalette::State::Expired
                                             : StatePalette::State::Expiring;
}
} // namespace FindingsCell
