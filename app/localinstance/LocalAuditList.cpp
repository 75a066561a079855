#include "localinstance/LocalInstance.h"

#include "localinstance/LocalAuditFilter.h"
#include "localinstance/LocalJson.h"
#include "localinstance/LocalListParams.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <vector>

// GET /instance/{instanceId}/audit-logs: its parameters checked, the filter applied, sorted and
// paged (docs/api.md "Audit log").
namespace {
using LocalJson::error;
using LocalJson::param;

// Milliseconds since the epoch, or -1 when the text is not a whole number.
qint64 parseMs(const QString &text)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return -1;
    }
    return text.toLongLong();
}

// -1, 0 or 1 for the entries' order on `field`; ties go to the order they were recorded in.
int compare(const QString &field, const InstanceAuditLog &a, const InstanceAuditLog &b)
{
    if (field == QLatin1String("responseStatus"))
        return a.responseStatus < b.responseStatus ? -1 : a.responseStatus > b.responseStatus;
    if (field == QLatin1String("actorName"))
        return a.actor.name.compare(b.actor.name);
    const qint64 x = a.creationDate.toMSecsSinceEpoch();
    const qint64 y = b.creationDate.toMSecsSinceEpoch();
    return x < y ? -1 : x > y;
}
} // namespace

LocalAnswer LocalInstance::auditList(const QString &instanceId, const QUrlQuery &query) const
{
    static const QStringList fields{QStringLiteral("creationDate"),
                                    QStringLiteral("responseStatus"), QStringLiteral("actorName")};
    LocalListParams list;
    if (const auto refused = list.read(query, fields, QStringLiteral("desc")))
        return *refused;
    qint64 range[2] = {0, std::numeric_limits<qint64>::max()};
    const char *const rangeNames[2] = {"start", "end"};
    for (int i = 0; i < 2; ++i) {
        const QString text = param(query, rangeNames[i]);
        if (text.isEmpty())
            continue;
        range[i] = parseMs(text);
        if (range[i] < 0)
            return error(400,
                         tr("%1: “%2” is not a time in milliseconds since 1970.")
                                 .arg(QLatin1String(rangeNames[i]), text));
    }
    AuditLogFilter filter;
    QString problem;
    if (!LocalAuditFilter::decode(query, &filter, &problem))
        return error(400, problem);

    const QList<InstanceAuditLog> &all
            = m_owners.value(ownerKey(Kind::Instance, instanceId)).auditLogs;
    std::vector<qsizetype> picked; // positions in `all`, so ties keep the recorded order
    for (qsizetype i = 0; i < all.size(); ++i) {
        const qint64 ms = all.at(i).creationDate.toMSecsSinceEpoch();
        if (ms >= range[0] && ms <= range[1] && LocalAuditFilter::matches(filter, all.at(i)))
            picked.push_back(i);
    }
    // Descending is the exact reverse of ascending, so pages never overlap or skip.
    std::sort(picked.begin(), picked.end(), [&](qsizetype a, qsizetype b) {
        int c = compare(list.sortField, all.at(a), all.at(b));
        if (c == 0)
            c = a < b ? -1 : 1;
        return list.descending ? c > 0 : c < 0;
    });
    QJsonArray items;
    const qint64 first = qint64(list.page) * list.perPage;
    const qint64 last = std::min<qint64>(first + list.perPage, qint64(picked.size()));
    for (qint64 i = first; i < last; ++i)
        items.append(all.at(picked.at(size_t(i))).toJson());
    QJsonObject o = list.answer(items, items.size(), qint64(picked.size()));
    o.insert(QStringLiteral("instanceId"), instanceId);
    return LocalJson::ok(200, o);
}
