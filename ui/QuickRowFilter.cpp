#include "ui/QuickRowFilter.h"

#include "core/TokenFormat.h"
#include "ui/FindingsIndex.h"
#include "ui/TokenListModel.h"

#include <QDateTime>
#include <QTableView>

namespace {
// Counted, not listed: the listing formats each finding's sentence, which no filter reads.
bool worstAtLeast(const FindingsIndex::Counts &counts, FilterBar::QuickFilter filter)
{
    const int least = int(filter) - int(FilterBar::QuickFilter::FindingsLow) + 1; // Low is 1
    for (int severity = least; severity <= int(counts.size()); ++severity)
        if (counts.at(severity - 1) > 0)
            return true;
    return false;
}
} // namespace

QuickRowFilter::QuickRowFilter(TokenListModel *model, QTableView *table, QObject *parent)
    : QObject(parent), m_model(model), m_table(table)
{
    // Connected before the window's counts, so they see which rows are hidden.
    // Without a quick filter every row is shown already: pages arrive without a pass over them.
    connect(model, &TokenListModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (isActive())
                    apply(first, last);
            });
    connect(model, &TokenListModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A findings repaint: the findings filters reapply on rowFindingsChanged.
                if (isActive() && !TokenListModel::isFindingsOnly(topLeft, bottomRight))
                    apply(topLeft.row(), bottomRight.row());
            });
    connect(model, &TokenListModel::pageLoaded, this, &QuickRowFilter::loadRest);
    // The hidden rows are counted as they change: a count over every row per page would grow.
    connect(model, &TokenListModel::modelReset, this, [this] { m_hidden = 0; });
    connect(model, &TokenListModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_hidden -= m_table->isRowHidden(row) ? 1 : 0;
            });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuickRowFilter::dropHiddenFromSelection);
}

void QuickRowFilter::setFilter(FilterBar::QuickFilter filter, const ExpiryBin &range,
                               bool activeOnly)
{
    m_filter = filter;
    m_range = range;
    m_activeOnly = activeOnly;
    apply(0, m_model->rowCount() - 1);
    dropHiddenFromSelection();
    if (!m_model->isLoading())
        loadRest();
}

int QuickRowFilter::shownCount() const
{
    return m_model->rowCount() - m_hidden;
}

void QuickRowFilter::apply(int first, int last)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = qMax(0, first); row <= last && row < m_model->rowCount(); ++row) {
        const ApiToken &t = m_model->tokenAt(row);
        bool shown = true;
        if (m_filter == FilterBar::QuickFilter::Expired)
            shown = t.isExpired(now);
        else if (m_filter == FilterBar::QuickFilter::ExpiringSoon)
            shown = TokenFormat::expiresSoon(t, now);
        else if (m_filter == FilterBar::QuickFilter::ExpiryRange)
            shown = m_range.contains(t.expirationDate) && (!m_activeOnly || t.isActive());
        else if (FilterBar::isFindingsFilter(m_filter) && m_findings)
            shown = worstAtLeast(m_findings->countsFor(t), m_filter);
        if (m_table->isRowHidden(row) != !shown) {
            m_table->setRowHidden(row, !shown);
            m_hidden += shown ? -1 : 1;
        }
    }
}

void QuickRowFilter::setFindings(const FindingsIndex *findings)
{
    m_findings = findings;
    connect(findings, &FindingsIndex::rowFindingsChanged, this, [this] {
        if (FilterBar::isFindingsFilter(m_filter)) {
            apply(0, m_model->rowCount() - 1);
            dropHiddenFromSelection();
        }
    });
}

void QuickRowFilter::loadRest()
{
    // Expired or expiring tokens may be on any page: the next one is asked for as each arrives.
    if (isActive() && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
}

void QuickRowFilter::dropHiddenFromSelection()
{
    if (!isActive())
        return;
    QItemSelection hidden;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        if (m_table->isRowHidden(index.row()))
            hidden.select(index, m_model->index(index.row(), TokenListModel::ColumnCount - 1));
    if (!hidden.isEmpty())
        m_table->selectionModel()->select(hidden, QItemSelectionModel::Deselect);
}
