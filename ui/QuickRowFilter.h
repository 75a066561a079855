#pragma once

#include "ui/FilterBar.h"

#include <QObject>

class FindingsIndex;
class QTableView;
class TokenListModel;

// The quick filters (expired, expiring within 30 days, findings) on the client: hides the other
// loaded rows, loads the remaining pages while one is on so none is missed, and keeps hidden rows
// out of the selection (Ctrl+A must not reach what is not shown). Rows keep the model's numbers.
class QuickRowFilter : public QObject
{
    Q_OBJECT
public:
    QuickRowFilter(TokenListModel *model, QTableView *table, QObject *parent = nullptr);

    // `range`: the expiry radar's bar, for QuickFilter::ExpiryRange (only active tokens of it
    // with `activeOnly`).
    void setFilter(FilterBar::QuickFilter filter, const ExpiryBin &range = {},
                   bool activeOnly = false);
    const ExpiryBin &range() const { return m_range; }
    FilterBar::QuickFilter filter() const { return m_filter; }
    bool isActive() const { return m_filter != FilterBar::QuickFilter::None; }
    int shownCount() const; // loaded rows in sight
    // Where the findings filters read each row's findings; they are reapplied as those change.
    void setFindings(const FindingsIndex *findings);

private:
    void apply(int first, int last);
    void loadRest();
    void dropHiddenFromSelection();

    TokenListModel *m_model;
    QTableView *m_table;
    FilterBar::QuickFilter m_filter = FilterBar::QuickFilter::None;
    ExpiryBin m_range;
    bool m_activeOnly = false;
    const FindingsIndex *m_findings = nullptr;
    int m_hidden = 0; // rows the filter hides now
};
