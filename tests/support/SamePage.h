#pragma once

#include "core/ApiTokenPage.h"

#include <QString>

// Whether two readings of a list answer agree to the last field (dates with their time zone,
// texts to the code unit): the first field that differs, or an empty text when none does.
// Qt Core only, for the fuzzers too.
namespace SamePage {
inline QString sameDate(const char *field, const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid() || (a.isValid() && (a != b || a.timeSpec() != b.timeSpec())))
        return QLatin1String(field);
    return QString();
}

inline QString tokenDifference(const ApiToken &a, const ApiToken &b)
{
    const std::pair<const char *, QString ApiToken::*> texts[]
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
    for (const auto &[name, field] : texts)
        if (a.*field != b.*field)
            return QLatin1String(name);
    QString date = sameDate("creationDate", a.creationDate, b.creationDate);
    if (date.isEmpty())
        date = sameDate("lastUpdated", a.lastUpdated, b.lastUpdated);
    if (date.isEmpty())
        date = sameDate("expirationDate", a.expirationDate, b.expirationDate);
    if (!date.isEmpty())
        return date;
    if (a.scope != b.scope)
        return QStringLiteral("scope");
    if (a.orgRoles != b.orgRoles)
        return QStringLiteral("orgRoles");
    return QString();
}

inline QString pageDifference(const ApiTokenPage &a, const ApiTokenPage &b)
{
    if (a.items.size() != b.items.size())
        return QStringLiteral("items.size");
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        const QString field = tokenDifference(a.items.at(i), b.items.at(i));
        if (!field.isEmpty())
            return QStringLiteral("items[%1].%2").arg(i).arg(field);
    }
    const std::pair<const char *, int ApiTokenPage::*> numbers[]
            = {{"count", &ApiTokenPage::count},
               {"totalCount", &ApiTokenPage::totalCount},
               {"page", &ApiTokenPage::page},
               {"perPage", &ApiTokenPage::perPage}};
    for (const auto &[name, field] : numbers)
        if (a.*field != b.*field)
            return QLatin1String(name);
    const std::pair<const char *, QString ApiTokenPage::*> texts[]
            = {{"sortField", &ApiTokenPage::sortField},
               {"sortDirection", &ApiTokenPage::sortDirection},
               {"filterField", &ApiTokenPage::filterField},
               {"filter", &ApiTokenPage::filter}};
    for (const auto &[name, field] : texts)
        if (a.*field != b.*field)
            return QLatin1String(name);
    if (a.rawItems != b.rawItems)
        return QStringLiteral("rawItems");
    return QString();
}
} // namespace SamePage
