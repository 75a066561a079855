#include "core/ApiToken.h"

#include <QJsonArray>

namespace LosantDates {
QString toIso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

namespace {
// Losant's own form, "2016-06-13T04:00:00.000Z", read by hand: it is on the hot path of every page.
QDateTime fromLosantForm(const QString &text)
{
    if (text.size() != 24 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')
        || text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':')
        || text.at(16) != QLatin1Char(':') || text.at(19) != QLatin1Char('.')
        || text.at(23) != QLatin1Char('Z'))
        return QDateTime();
    const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
    auto number = [s](int from, int count, bool *ok) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (s[i] < u'0' || s[i] > u'9')
                *ok = false;
            value = value * 10 + (s[i] - u'0');
        }
        return value;
    };
    bool ok = true;
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok),
                     number(20, 3, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime fromIso(const QString &text)
{
    if (QDateTime fast = fromLosantForm(text); fast.isValid())
        return fast;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}
} // namespace LosantDates

namespace {
QJsonArray resourceRolesToJson(const QList<ResourceRole> &roles)
{
    QJsonArray a;
    for (const ResourceRole &r : roles)
        a.append(QJsonObject{{QStringLiteral("resourceId"), r.resourceId},
                             {QStringLiteral("role"), r.role}});
    return a;
}

QList<ResourceRole> resourceRolesFromJson(const QJsonValue &v)
{
    QList<ResourceRole> roles;
    const QJsonArray a = v.toArray();
    roles.reserve(a.size());
    for (const QJsonValue &e : a) {
        const QJsonObject o = e.toObject();
        roles.append({o.value(QLatin1String("resourceId")).toString(),
                      o.value(QLatin1String("role")).toString()});
    }
    return roles;
}

void putString(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putDate(QJsonObject &o, const char *key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(QLatin1String(key), LosantDates::toIso(value));
}
} // namespace

QJsonArray OrgRole::listToJson(const QList<OrgRole> &roles)
{
    QJsonArray a;
    for (const OrgRole &r : roles)
        a.append(r.toJson());
    return a;
}

QJsonObject OrgRole::toJson() const
{
    QJsonObject o{{QStringLiteral("orgId"), orgId}};
    if (!role.isEmpty()) // left out, not sent empty, so the schema check names it as missing
        o.insert(QStringLiteral("role"), role);
    if (!applicationRoles.isEmpty())
        o.insert(QStringLiteral("applicationRoles"), resourceRolesToJson(applicationRoles));
    if (!dashboardRoles.isEmpty())
        o.insert(QStringLiteral("dashboardRoles"), resourceRolesToJson(dashboardRoles));
    return o;
}

OrgRole OrgRole::fromJson(const QJsonObject &o)
{
    OrgRole r;
    r.orgId = o.value(QLatin1String("orgId")).toString();
    r.role = o.value(QLatin1String("role")).toString();
    r.applicationRoles = resourceRolesFromJson(o.value(QLatin1String("applicationRoles")));
    r.dashboardRoles = resourceRolesFromJson(o.value(QLatin1String("dashboardRoles")));
    return r;
}

QJsonObject ApiToken::toJson() const
{
    QJsonObject o;
    putString(o, "id", id);
    putString(o, "apiTokenId", apiTokenId);
    putString(o, "ownerId", ownerId);
    putString(o, "ownerType", ownerType);
    putString(o, "creatorId", creatorId);
    putString(o, "creatorType", creatorType);
    putString(o, "creatorName", creatorName);
    putString(o, "name", name);
    putString(o, "description", description);
    putDate(o, "creationDate", creationDate);
    putDate(o, "lastUpdated", lastUpdated);
    putDate(o, "expirationDate", expirationDate);
    putString(o, "defaultRole", defaultRole);
    if (!orgRoles.isEmpty())
        o.insert(QStringLiteral("orgRoles"), OrgRole::listToJson(orgRoles));
    o.insert(QStringLiteral("scope"), QJsonArray::fromStringList(scope));
    putString(o, "status", status);
    putString(o, "token", token);
    return o;
}

ApiToken ApiToken::fromJson(const QJsonObject &o)
{
    auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    ApiToken t;
    t.id = str("id");
    t.apiTokenId = str("apiTokenId");
    t.ownerId = str("ownerId");
    t.ownerType = str("ownerType");
    t.creatorId = str("creatorId");
    t.creatorType = str("creatorType");
    t.creatorName = str("creatorName");
    t.name = str("name");
    t.description = str("description");
    t.creationDate = LosantDates::fromIso(str("creationDate"));
    t.lastUpdated = LosantDates::fromIso(str("lastUpdated"));
    t.expirationDate = LosantDates::fromIso(str("expirationDate"));
    t.defaultRole = str("defaultRole");
    const QJsonArray roles = o.value(QLatin1String("orgRoles")).toArray();
    t.orgRoles.reserve(roles.size());
    for (const QJsonValue &r : roles)
        t.orgRoles.append(OrgRole::fromJson(r.toObject()));
    const QJsonArray scopes = o.value(QLatin1String("scope")).toArray();
    t.scope.reserve(scopes.size());
    for (const QJsonValue &s : scopes)
        t.scope.append(s.toString());
    t.status = str("status");
    t.token = str("token");
    return t;
}
