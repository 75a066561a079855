#include "ui/AuditLogModel.h"

#include "api/LosantClient.h"
#include "core/TokenFormat.h"
#include "ui/AuditEntryText.h"
#include "ui/PlainText.h"

#include <iterator>

namespace {
// Each column's header and the field the server sorts it by (none: it cannot), in the order of
// AuditLogModel::Column (docs/api.md "Token activity").
const struct
{
    const char *title;
    const char *sortField;
} kColumns[] = {{QT_TRANSLATE_NOOP("AuditLogModel", "Date"), "creationDate"},
                {QT_TRANSLATE_NOOP("AuditLogModel", "Actor"), "actorName"},
                {QT_TRANSLATE_NOOP("AuditLogModel", "Action"), nullptr},
                {QT_TRANSLATE_NOOP("AuditLogModel", "Token"), nullptr},
                {QT_TRANSLATE_NOOP("AuditLogModel", "Status"), "responseStatus"}};
static_assert(std::size(kColumns) == AuditLogModel::ColumnCount);
} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditLogModel::setSource(LosantClient *client, const QString &instanceId)
{
    m_client = client;
    m_instanceId = instanceId;
    refresh();
}

void AuditLogModel::setQuery(const AuditLogQuery &query)
{
    m_query = query;
    refresh();
}

QString AuditLogModel::sortFieldForColumn(int column)
{
    if (column < 0 || column >= ColumnCount || !kColumns[column].sortField)
        return QString();
    return QLatin1String(kColumns[column].sortField);
}

int AuditLogModel::sortColumn() const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sortFieldForColumn(c) == m_query.sortField)
            return c;
    return Date;
}

Qt::SortOrder AuditLogModel::sortOrder() const
{
    return m_query.sortDirection == QLatin1String("asc") ? Qt::AscendingOrder : Qt::DescendingOrder;
}

void AuditLogModel::refresh()
{
    m_pending.abandon();
    beginResetModel();
    m_entries.clear();
    m_ids.clear();
    m_nextPage = 0;
    m_hasMore = false;
    m_lastError = {};
    endResetModel();
    setLoading(false);
    if (m_client && !m_instanceId.isEmpty())
        requestPage(0);
}

void AuditLogModel::retry()
{
    if (m_loading || !m_client)
        return;
    m_lastError = {};
    requestPage(m_nextPage);
}

void AuditLogModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AuditLogModel::requestPage(int page)
{
    AuditLogQuery query = m_query;
    query.page = page;
    ApiCall *call = m_pending.start(m_client->listAuditLogs(m_instanceId, query));
    connect(call, &ApiCall::auditPageReceived, this, &AuditLogModel::onPage);
    connect(call, &ApiCall::failed, this, &AuditLogModel::onFailed);
    setLoading(true);
}

void AuditLogModel::onPage(const InstanceAuditLogPage &page)
{
    // Bookkeeping first: inserting rows makes the view ask for the next page at once.
    ++m_nextPage;
    const int perPage = page.perPage > 0 ? page.perPage : m_query.perPage;
    m_hasMore = !page.items.isEmpty() && qint64(m_nextPage) * perPage < page.totalCount;
    m_totalCount = page.totalCount;
    m_loaded = true;
    QList<InstanceAuditLog> fresh;
    for (const InstanceAuditLog &entry : page.items)
        if (!m_ids.contains(entry.id))
            fresh.append(entry);
    setLoading(false);
    if (!fresh.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_entries.size()),
                        int(m_entries.size() + fresh.size() - 1));
        for (const InstanceAuditLog &entry : std::as_const(fresh)) {
            m_ids.insert(entry.id);
            m_entries.append(entry);
        }
        endInsertRows();
    }
    Q_EMIT pageLoaded(fresh);
}

void AuditLogModel::onFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled)
        return;
    m_lastError = error;
    setLoading(false);
    Q_EMIT loadFailed(error);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceAuditLog &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return TokenFormat::dateTime(entry.creationDate);
        case Actor:
            return AuditEntryText::party(entry.actor);
        case Action:
            return AuditEntryText::actionName(entry);
        case Token:
            return AuditEntryText::targetName(entry);
        case Status:
            return AuditEntryText::status(entry);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Date:
            return entry.creationDate.toUTC().toString(Qt::ISODateWithMs);
        case Actor:
            return PlainText::toolTip(tr("%1 %2").arg(entry.actor.type, entry.actor.id));
        case Action:
            return PlainText::toolTip(
                    tr("%1 %2").arg(entry.requestResource, entry.requestAction)); // the request
        case Token:
            return PlainText::toolTip(tr("Token ID %1").arg(entry.primaryTarget.id));
        default:
            break;
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    return tr(kColumns[section].title);
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && !m_lastError.isError();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextPage);
}

void AuditLogModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldForColumn(column);
    if (field.isEmpty())
        return;
    const QString direction
            = order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc");
    if (field == m_query.sortField && direction == m_query.sortDirection)
        return;
    m_query.sortField = field;
    m_query.sortDirection = direction;
    refresh();
}
