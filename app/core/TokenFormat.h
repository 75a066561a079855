#pragma once

#include "core/ApiToken.h"

#include <QDateTime>
#include <QString>

// How token fields read to a person: relative expiry, scope summary, localized dates.
namespace TokenFormat {
// "Expires soon": more than nothing and at most this many days left (the list and the findings).
constexpr int kExpiresSoonDays = 30;

QString expires(const ApiToken &token, const QDateTime &now);
QString dateTime(const QDateTime &utc); // the person's locale and time zone
QString scopeSummary(const QStringList &scope);
QString creator(const ApiToken &token);
// The API's creatorType (user, flow, apiToken) in words.
QString creatorType(const QString &type);
QString status(const ApiToken &token);
bool expiresSoon(const ApiToken &token, const QDateTime &now); // within kExpiresSoonDays
} // namespace TokenFormat
