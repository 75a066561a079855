#include "core/AuditLogQuery.h"

namespace {
using Items = QList<QPair<QString, QString>>;

QString key(const char *list, qsizetype index, const char *field = nullptr)
{
    QString k = QStringLiteral("auditLogFilter[%1][%2]").arg(QLatin1String(list)).arg(index);
    if (field)
        k += QLatin1Char('[') + QLatin1String(field) + QLatin1Char(']');
    return k;
}

// As qs.stringify writes an array of {type, id, name}: the fields in that order (the order of
// Losant's own example), empty ones left out, each item under its index in the list.
void addParties(Items *items, const char *list, const QList<AuditParty> &parties)
{
    for (qsizetype i = 0; i < parties.size(); ++i) {
        const AuditParty &p = parties.at(i);
        if (!p.type.isEmpty())
            items->append({key(list, i, "type"), p.type});
        if (!p.id.isEmpty())
            items->append({key(list, i, "id"), p.id});
        if (!p.name.isEmpty())
            items->append({key(list, i, "name"), p.name});
    }
}
} // namespace

QList<QPair<QString, QString>> AuditLogQuery::queryItems() const
{
    Items items{{QStringLiteral("sortField"), sortField},
                {QStringLiteral("sortDirection"), sortDirection},
                {QStringLiteral("page"), QString::number(page)},
                {QStringLiteral("perPage"), QString::number(perPage)}};
    if (start.isValid())
        items.append({QStringLiteral("start"), QString::number(start.toMSecsSinceEpoch())});
    if (end.isValid())
        items.append({QStringLiteral("end"), QString::number(end.toMSecsSinceEpoch())});
    // The filter's keys in the schema's order.
    addParties(&items, "primaryTarget", filter.primaryTargets);
    addParties(&items, "secondaryTarget", filter.secondaryTargets);
    addParties(&items, "actor", filter.actors);
    for (qsizetype i = 0; i < filter.requests.size(); ++i) {
        const auto &[resource, action] = filter.requests.at(i);
        if (!resource.isEmpty())
            items.append({key("request", i, "resource"), resource});
        if (!action.isEmpty())
            items.append({key("request", i, "action"), action});
    }
    for (qsizetype i = 0; i < filter.responseCodes.size(); ++i)
        items.append({key("responseCode", i), QString::number(filter.responseCodes.at(i))});
    return items;
}
