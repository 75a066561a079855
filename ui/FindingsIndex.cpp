#include "ui/FindingsIndex.h"

#include "ui/TokenListModel.h"

#include <QTimer>

#include <utility>

namespace {
void addTo(FindingsIndex::Counts &total, const FindingsIndex::Counts &c, int sign)
{
    for (size_t i = 0; i < total.size(); ++i)
        total[i] += sign * c[i];
}
} // namespace

FindingsIndex::FindingsIndex(TokenListModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(model, &TokenListModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                // Sized once for the whole list: regrowing at 64k rows would stall one page.
                if (m_rows.isEmpty())
                    m_rows.reserve(qBound(0, m_model->totalCount(), 1000000));
                m_rows.insert(first, last - first + 1, Row());
                for (int row = first; row <= last; ++row)
                    add(row);
                notify();
            });
    connect(model, &TokenListModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    remove(row);
                    // Only a delete drops a row: the token is gone from the collection too.
                    const QString id = m_model->tokenAt(row).id;
                    m_scan.removeIf([&id](const ApiToken &t) { return t.id == id; });
                }
                m_rows.remove(first, last - first + 1);
                rescanCounts();
                notify();
            });
    connect(model, &TokenListModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // The findings column's own repaint (after changed()) is no news about tokens.
                if (TokenListModel::isFindingsOnly(topLeft, bottomRight))
                    return;
                onDataChanged(topLeft.row(), bottomRight.row());
            });
    connect(model, &TokenListModel::modelReset, this, [this] {
        m_rows = {}; // its memory too: the next list may be short
        m_loadedNames.clear();
        m_loadedShared = 0;
        m_loadedCounts = {};
        notify();
    });
    m_rows.resize(model->rowCount()); // rows loaded before: counted as if just inserted
    for (int row = 0; row < m_rows.size(); ++row)
        add(row);
}

int FindingsIndex::namesakes(const ApiToken &token) const
{
    return (hasScan() ? m_scanNames : m_loadedNames).value(token.name);
}

QList<TokenFinding> FindingsIndex::findingsFor(const ApiToken &token) const
{
    return TokenFindings::evaluateToken(token, namesakes(token), m_clock());
}

FindingsIndex::Counts FindingsIndex::countsFor(const ApiToken &token) const
{
    return TokenFindings::severityCounts(token, namesakes(token), m_clock());
}

void FindingsIndex::countName(QHash<QString, int> &names, const QString &name, int delta)
{
    int &n = names[name];
    const bool wasShared = n > 1;
    // The loaded rows' shared names, kept as they change: the summary follows every page.
    if (&names == &m_loadedNames)
        m_loadedShared += (n + delta > 1 ? n + delta : 0) - (wasShared ? n : 0);
    n += delta;
    // Only the names the rules read now: the scan's when there is one, else the loaded rows'.
    if (wasShared != (n > 1) && &names == (hasScan() ? &m_scanNames : &m_loadedNames))
        m_rowsChanged = true;
    if (n <= 0)
        names.remove(name);
}

void FindingsIndex::add(int row)
{
    const ApiToken token = m_model->tokenAt(row);
    const Counts counts = TokenFindings::severityCounts(token, 0, m_clock());
    addTo(m_loadedCounts, counts, 1);
    Row &r = m_rows[row];
    for (size_t i = 0; i < counts.size(); ++i)
        r.counts[i] = quint16(counts[i]); // a handful of rules: never near 65,535
    r.active = token.isActive();
    r.name = QString();
    if (r.active) {
        countName(m_loadedNames, token.name, 1);
        r.name = m_loadedNames.constFind(token.name).key(); // one copy of the text for both
    }
}

void FindingsIndex::remove(int row)
{
    Row &r = m_rows[row];
    addTo(m_loadedCounts, {r.counts[0], r.counts[1], r.counts[2]}, -1);
    r.counts = {};
    if (r.active)
        countName(m_loadedNames, r.name, -1);
    r.active = false;
    r.name = QString();
}

void FindingsIndex::onDataChanged(int first, int last)
{
    bool scanChanged = false;
    for (int row = qMax(0, first); row <= last && row < m_rows.size(); ++row) {
        remove(row);
        add(row);
        const ApiToken token = m_model->tokenAt(row);
        // An edit or status change made here is the collection's news too.
        for (ApiToken &scanned : m_scan)
            if (scanned.id == token.id) {
                scanned = token;
                scanChanged = true;
            }
    }
    if (scanChanged)
        rescanCounts();
    notify(scanChanged);
}

void FindingsIndex::setScan(const QList<ApiToken> &tokens)
{
    m_scan = tokens;
    m_scanned = m_clock();
    rescanCounts();
    notify(true);
}

void FindingsIndex::rescanCounts()
{
    if (!hasScan())
        return;
    m_scanNames.clear();
    for (const ApiToken &t : std::as_const(m_scan))
        if (t.isActive())
            countName(m_scanNames, t.name, 1);
    m_scanCounts = {};
    const QDateTime now = m_clock();
    for (const ApiToken &t : std::as_const(m_scan))
        addTo(m_scanCounts, TokenFindings::severityCounts(t, m_scanNames.value(t.name), now), 1);
}

FindingsIndex::Summary FindingsIndex::summary() const
{
    Summary s;
    if (hasScan()) {
        s.findings = m_scanCounts;
        s.tokens = int(m_scan.size());
        s.wholeCollection = s.scanned = true;
        s.scannedAt = m_scanned;
        return s;
    }
    s.findings = m_loadedCounts;
    // The duplicate-name rule is low: one finding per active token whose name is shared.
    s.findings[int(FindingSeverity::Low) - 1] += m_loadedShared;
    s.tokens = int(m_rows.size());
    // Every page of an unfiltered list is the whole collection as well.
    s.wholeCollection = !m_model->query().hasFilter() && !m_model->canFetchMore(QModelIndex())
            && !m_model->isLoading() && m_model->hasLoaded()
            && m_model->rowCount() >= m_model->totalCount();
    return s;
}

void FindingsIndex::notify(bool rows)
{
    m_rowsChanged = m_rowsChanged || rows;
    if (m_notifyPending)
        return;
    m_notifyPending = true;
    QTimer::singleShot(0, this, [this] {
        m_notifyPending = false;
        const bool rowsChanged = std::exchange(m_rowsChanged, false);
        Q_EMIT changed();
        if (rowsChanged)
            Q_EMIT rowFindingsChanged();
    });
}
