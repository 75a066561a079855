#include "core/ExpiryRadar.h"

namespace ExpiryRadar {

QList<ExpiryBin> bin(const QList<ApiToken> &tokens, const QDateTime &now, int weeks)
{
    const QDateTime start = now.toUTC();
    QList<ExpiryBin> bins;
    bins.reserve(weeks + 1);
    bins.append(ExpiryBin{QDateTime(), start, {}});
    for (int week = 0; week < weeks; ++week)
        bins.append(ExpiryBin{start.addDays(qint64(week) * kDaysPerWeek),
                              start.addDays(qint64(week + 1) * kDaysPerWeek),
                              {}});
    for (const ApiToken &token : tokens) {
        const QDateTime expiration = token.expirationDate;
        if (!expiration.isValid() || expiration > bins.constLast().to)
            continue; // never expires, or beyond the radar
        if (expiration <= start) {
            bins[0].tokenIds.append(token.id);
            continue;
        }
        // Whole weeks since now; the bar ends inclusive, so an expiration on a boundary
        // belongs to the week before it.
        const qint64 ms = start.msecsTo(expiration);
        const qint64 weekMs = qint64(kDaysPerWeek) * 24 * 3600 * 1000;
        const int week = int((ms - 1) / weekMs);
        bins[week + 1].tokenIds.append(token.id);
    }
    return bins;
}

} // namespace ExpiryRadar
