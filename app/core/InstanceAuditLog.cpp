#include "core/InstanceAuditLog.h"

#include "core/ApiToken.h"

namespace {
// A party's three fields under its prefix (actorId, actorType, actorName), only those it has.
void putParty(QJsonObject *o, const char *prefix, const AuditParty &party)
{
    const QString p = QLatin1String(prefix);
    if (!party.id.isEmpty())
        o->insert(p + QLatin1String("Id"), party.id);
    if (!party.type.isEmpty())
        o->insert(p + QLatin1String("Type"), party.type);
    if (!party.name.isEmpty())
        o->insert(p + QLatin1String("Name"), party.name);
}
} // namespace

QJsonObject InstanceAuditLog::toJson() const
{
    QJsonObject o;
    if (!id.isEmpty()) {
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("instanceAuditLogId"), id);
    }
    if (creationDate.isValid())
        o.insert(QStringLiteral("creationDate"), LosantDates::toIso(creationDate));
    if (!instanceId.isEmpty())
        o.insert(QStringLiteral("instanceId"), instanceId);
    putParty(&o, "primaryTarget", primaryTarget);
    putParty(&o, "secondaryTarget", secondaryTarget);
    putParty(&o, "actor", actor);
    if (!requestResource.isEmpty())
        o.insert(QStringLiteral("requestResource"), requestResource);
    if (!requestAction.isEmpty())
        o.insert(QStringLiteral("requestAction"), requestAction);
    o.insert(QStringLiteral("requestQueryParams"), requestQueryParams);
    o.insert(QStringLiteral("requestBody"), requestBody);
    o.insert(QStringLiteral("requestPathParams"), requestPathParams);
    if (!responseBody.isEmpty())
        o.insert(QStringLiteral("responseBody"), responseBody);
    if (responseStatus != 0)
        o.insert(QStringLiteral("responseStatus"), responseStatus);
    return o;
}
