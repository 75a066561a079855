#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiError.h"
#include "core/ApiToken.h"
#include "core/ApiTokenPage.h"
#include "core/TokenIdSet.h"
#include "core/TokenQuery.h"
#include "core/TokenRows.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFont>
#include <functional>
#include <optional>

class QTimer;

// The instance's tokens, fetched page by page from the server (Qt's fetchMore pattern).
// Sorting and filtering are the server's: changing them resets the model and loads page 0.
class FindingsIndex;

class TokenListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Status,
        Expires,
        Created,
        LastUpdated,
        Creator,
        Scope,
        Description,
        Id,
        Findings, // last: saved column layouts keep their meaning; shown after Status
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { TokenIdRole = Qt::UserRole + 1, SortFieldRole };

    explicit TokenListModel(QObject *parent = nullptr);

    // Where the rows come from; a new collection drops the rows and loads page 0 from it.
    void setCollection(const TokenCollection &collection);
    const TokenCollection &collection() const { return m_collection; }
    // The token the app is connected with (marked in the Name column); empty when unknown.
    const QString &ownTokenId() const { return m_ownTokenId; }
    bool isOwnToken(const ApiToken &token) const
    {
        return !m_ownTokenId.isEmpty() && token.id == m_ownTokenId;
    }
    void setQuery(const TokenQuery &query);
    // Takes the query for the next load without starting one (restoring saved settings).
    void setQueryWithoutLoading(const TokenQuery &query) { m_query = query; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    bool hasLoaded() const { return m_lastRefresh.isValid(); }
    const TokenQuery &query() const { return m_query; }
    void setPerPage(int perPage);

    // Also while a page's rows are still being handed to the view, slice by slice.
    bool isLoading() const { return m_pending.isBusy() || m_arriving.has_value(); }
    int totalCount() const { return m_totalCount; }
    const ApiError &lastError() const { return m_lastError; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // Built from the row's compact form: a copy, kept as long as the caller needs it.
    ApiToken tokenAt(int row) const { return m_rows.at(row); }
    int rowOfToken(const QString &id) const;
    // Puts a token's new data in its row (after an edit or a status change); false when not shown.
    bool replaceToken(const ApiToken &token);
    // Drops a deleted token's row and counts it out of the total; false when not shown.
    bool removeToken(const QString &id);
    // The clock used for "expired"/"expires in" (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Where the Findings column reads each row's findings; none: the column stays empty.
    void setFindings(const FindingsIndex *findings) { m_findings = findings; }
    // The findings may have changed (a shared name, a scan): the column is painted again.
    void findingsChanged();
    // Whether a dataChanged range is only that repaint: no token's data changed.
    static bool isFindingsOnly(const QModelIndex &topLeft, const QModelIndex &bottomRight)
    {
        return topLeft.column() == Findings && bottomRight.column() == Findings;
    }

    // Takes one page of the current query as if it had just arrived (also used by benchmarks).
    void appendPage(const ApiTokenPage &page);

    // Drops the rows and loads page 0 of the current query again.
    void refresh();
    // After a failure: asks again for the page that failed, keeping the rows already loaded.
    void retry();

    static QString sortFieldForColumn(int column); // empty when the server cannot sort by it
    // The fixed-width font token IDs are shown in (the Id column, the details pane).
    static QFont idFont();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded();
    void loadFailed(const ApiError &error);
    void totalCountChanged(int totalCount);

private:
    void requestPage(int page);
    void onPage(const ApiTokenPage &page);
    void insertNextSlice();
    void takePageCounts(const ApiTokenPage &page);
    void takeTotal(const ApiTokenPage &page);
    void insertFresh(const ApiTokenPage &page, int first, int end);
    void onFailed(const ApiError &error);
    enum class Expiry { None, Soon, Expired }; // what icon and colour an Expires cell gets
    Expiry expiryOf(int row) const;
    bool isOwnRow(int row) const
    {
        return !m_ownTokenId.isEmpty() && m_rows.hasId(row, m_ownTokenId);
    }
    QVariant display(int row, int column) const;
    QVariant toolTip(const QModelIndex &index) const;

    static constexpr int kMaxReserve = 1000000;
    // Rows handed to the view per event-loop turn: a few hundred keep each turn under a frame.
    static constexpr int kSliceRows = 250;

    TokenCollection m_collection;
    QString m_ownTokenId; // read once per collection: data() runs on every paint
    TokenQuery m_query;
    TokenRows m_rows; // about 150 bytes a token: 100,000 rows are not a burden
    TokenIdSet m_ids; // guards against a token shown twice when the list shifts between pages
    CallSlot m_pending{this}; // the page being loaded; a new query abandons it
    std::optional<ApiTokenPage> m_arriving; // the page whose rows are being inserted
    int m_arrivingAt = 0; // its first row not inserted yet
    QTimer *m_sliceTimer = nullptr;
    int m_nextPage = 0;
    int m_totalCount = 0;
    bool m_hasMore = false;
    ApiError m_lastError;
    QDateTime m_lastRefresh;
    std::function<QDateTime()> m_clock;
    const FindingsIndex *m_findings = nullptr;
};
