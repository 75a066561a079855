#pragma once

#include "core/ApiToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The expiry calendar (RFC 5545): one event per token that expires after `now`, at its
// expiration, with a reminder 7 days before. Only names, IDs and dates go in: never a secret,
// never the access token.
namespace ExpiryCalendar {
constexpr int kMaxLineOctets = 75; // RFC 5545 3.1, without the CRLF
constexpr int kReminderDays = 7;

struct Source
{
    QString collectionName; // TokenLocation::displayName(): "Instance 5f3c…"
    QString host; // the API's host, so UIDs differ between servers: "api.losant.com"
    QDateTime now; // DTSTAMP, and the expirations that are still to come
};

// The whole VCALENDAR, UTF-8 with CRLF line ends and folded lines.
QByteArray write(const QList<ApiToken> &tokens, const Source &source);
// The tokens that get an event: an expiration after `now`, soonest first.
QList<ApiToken> expiring(const QList<ApiToken> &tokens, const QDateTime &now);

// The pieces, for the tests: a TEXT value escaped (\\, \;, \, and \n), a date-time in UTC
// ("20260310T120000Z"), and one content line folded at 75 octets without splitting a
// UTF-8 character, CRLF-terminated.
QString escapeText(const QString &text);
QByteArray utcDateTime(const QDateTime &when);
QByteArray foldLine(const QByteArray &line);
} // namespace ExpiryCalendar
