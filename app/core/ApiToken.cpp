#include "core/ApiToken.h"

#include <QJsonArray>

#include <utility>

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

// The token's text and date fields under Losant's names, read and written the same way; an
// empty text or an invalid date is left out of the JSON.
const std::pair<const char *, QString ApiToken::*> kTextFields[]
        = {{"id", &ApiToken::id},
           {"apiTokenId", &ApiToken::apiTokenId},
           {"ownerId", &ApiToken::ownerId},
           {"ownerType", &ApiToken::ownerType},
           {"creatorId", &ApiToken::creatorId},
           {"creatorType", &ApiToken::creatorType},
           {"creatorName", &ApiToken::creatorName},
           {"name", &ApiToken::name},
           {"description", &ApiToken::description},
           {"defaultRole", &ApiToken::defaultRole},
           {"status", &ApiToken::status},
           {"token", &ApiToken::token}};
const std::pair<const char *, QDateTime ApiToken::*> kDateFields[]
        = {{"creationDate", &ApiToken::creationDate},
           {"lastUpdated", &ApiToken::lastUpdated},
           {"expirationDate", &ApiToken::expirationDate}};
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
    for (const auto &[key, field] : kTextFields)
        if (!(this->*field).isEmpty())
            o.insert(QLatin1String(key), this->*field);
    for (const auto &[key, field] : kDateFields)
        if ((this->*field).isValid())
            o.insert(QLatin1String(key), LosantDates::toIso(this->*field));
    if (!orgRoles.isEmpty())
        o.insert(QStringLiteral("orgRoles"), OrgRole::listToJson(orgRoles));
    o.insert(QStringLiteral("scope"), QJsonArray::fromStringList(scope));
    return o;
}

ApiToken ApiToken::fromJson(const QJsonObject &o)
{
    ApiToken t;
    for (const auto &[key, field] : kTextFields)
        t.*field = o.value(QLatin1String(key)).toString();
    for (const auto &[key, field] : kDateFields)
        t.*field = LosantDates::fromIso(o.value(QLatin1String(key)).toString());
    const QJsonArray roles = o.value(QLatin1String("orgRoles")).toArray();
    t.orgRoles.reserve(roles.size());
    for (const QJsonValue &r : roles)
        t.orgRoles.append(OrgRole::fromJson(r.toObject()));
    const QJsonArray scopes = o.value(QLatin1String("scope")).toArray();
    t.scope.reserve(scopes.size());
    for (const QJsonValue &s : scopes)
        t.scope.append(s.toString());
    return t;
}
