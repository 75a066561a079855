#pragma once

#include "core/ApiToken.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// One bar of the expiry radar: the tokens whose expiration falls in (from, to]. The first bar,
// "already expired", has no start: every expiration up to now (ApiToken::isExpired).
struct ExpiryBin
{
    QDateTime from; // exclusive, UTC; invalid: no lower bound
    QDateTime to; // inclusive, UTC
    QStringList tokenIds;

    int count() const { return int(tokenIds.size()); }
    bool isExpiredBin() const { return !from.isValid(); }
    bool contains(const QDateTime &expiration) const
    {
        return expiration.isValid() && (!from.isValid() || expiration > from) && expiration <= to;
    }
};

// Tokens expiring per week, counted from now: week 0 is the next 7 days (the start
// notification's window), so 52 weeks are the next 12 months (364 days). A token that never
// expires, or expires later than that, is in no bar.
namespace ExpiryRadar {
constexpr int kWeeks = 52;
constexpr int kDaysPerWeek = 7;

// The "already expired" bar, then `weeks` weekly bars, each with the IDs of its tokens in the
// order given.
QList<ExpiryBin> bin(const QList<ApiToken> &tokens, const QDateTime &now, int weeks = kWeeks);
} // namespace ExpiryRadar
