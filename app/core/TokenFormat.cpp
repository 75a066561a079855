#include "TokenFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("TokenFormat", text, disambiguation, n);
}

QString relative(qint64 seconds)
{
    const qint64 minutes = seconds / 60, hours = minutes / 60, days = hours / 24;
    if (days >= 365)
        return tr("%n year(s)", nullptr, int(days / 365));
    if (days >= 1)
        return tr("%n day(s)", nullptr, int(days));
    if (hours >= 1)
        return tr("%n hour(s)", nullptr, int(hours));
    return tr("%n minute(s)", nullptr, int(qMax<qint64>(1, minutes)));
}
} // namespace

namespace TokenFormat {
QString expires(const ApiToken &token, const QDateTime &now)
{
    if (!token.expirationDate.isValid())
        return tr("Never");
    const qint64 seconds = now.secsTo(token.expirationDate);
    if (seconds <= 0)
        return tr("expired %1 ago").arg(relative(-seconds));
    return tr("in %1").arg(relative(seconds));
}

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString scopeSummary(const QStringList &scope)
{
    if (scope.isEmpty())
        return tr("(none)");
    if (scope.size() <= 2)
        return scope.join(QLatin1String(", "));
    return tr("%1 and %n more", nullptr, int(scope.size() - 1)).arg(scope.first());
}

QString creator(const ApiToken &token)
{
    if (!token.creatorName.isEmpty())
        return token.creatorName;
    return token.creatorId;
}

QString status(const ApiToken &token)
{
    if (token.status == QLatin1String("active"))
        return tr("Active");
    if (token.status == QLatin1String("inactive"))
        return tr("Inactive");
    return token.status; // an unexpected value is shown as it came
}

bool expiresSoon(const ApiToken &token, const QDateTime &now)
{
    if (!token.expirationDate.isValid())
        return false;
    const qint64 seconds = now.secsTo(token.expirationDate);
    return seconds > 0 && seconds <= 30LL * 24 * 3600;
}
} // namespace TokenFormat
