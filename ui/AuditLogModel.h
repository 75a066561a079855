#pragma once

#include "api/CallSlot.h"
#include "core/ApiError.h"
#include "core/AuditLogQuery.h"
#include "core/InstanceAuditLog.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

class LosantClient;

// An instance's audit log entries, fetched page by page from the server (Qt's fetchMore
// pattern, as the token table). Sorting and filtering are the server's: changing them resets
// the model and loads page 0. Rows name their token from the entry, so deleted tokens stay named.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Actor, Action, Token, Status, ColumnCount };
    Q_ENUM(Column)

    explicit AuditLogModel(QObject *parent = nullptr);

    // Where the entries come from; loads page 0 of the current query from there.
    void setSource(LosantClient *client, const QString &instanceId);
    void setQuery(const AuditLogQuery &query);
    const AuditLogQuery &query() const { return m_query; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    int totalCount() const { return m_totalCount; }
    const ApiError &lastError() const { return m_lastError; }
    const InstanceAuditLog &entryAt(int row) const { return m_entries.at(row); }

    // Drops the rows and loads page 0 again.
    void refresh();
    // After a failure: asks again for the page that failed, keeping the loaded rows.
    void retry();

    static QString sortFieldForColumn(int column); // empty when the server cannot sort by it

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
    void pageLoaded(const QList<InstanceAuditLog> &entries);
    void loadFailed(const ApiError &error);

private:
    void requestPage(int page);
    void onPage(const InstanceAuditLogPage &page);
    void onFailed(const ApiError &error);
    void setLoading(bool loading);

    QPointer<LosantClient> m_client;
    QString m_instanceId;
    AuditLogQuery m_query;
    QList<InstanceAuditLog> m_entries;
    QSet<QString> m_ids; // an entry shows once even when the log shifts between pages
    CallSlot m_pending{this}; // the page being loaded; a new query abandons it
    int m_nextPage = 0;
    int m_totalCount = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_loaded = false;
    ApiError m_lastError;
};
