#include "core/TokenFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// Gives lupdate and tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenFormat)
};

QString relative(qint64 seconds)
{
    const qint64 minutes = seconds / 60, hours = minutes / 60, days = hours / 24;
    const int years = int(days / 365);
    if (years >= 1)
        return Text::tr("%n year(s)", nullptr, years);
    const int wholeDays = int(days);
    if (wholeDays >= 1)
        return Text::tr("%n day(s)", nullptr, wholeDays);
    const int wholeHours = int(hours);
    if (wholeHours >= 1)
        return Text::tr("%n hour(s)", nullptr, wholeHours);
    const int wholeMinutes = minutes < 1 ? 1 : int(minutes);
    return Text::tr("%n minute(s)", nullptr, wholeMinutes);
}
} // namespace

namespace TokenFormat {
QString expires(const ApiToken &token, const QDateTime &now)
{
    if (!token.expirationDate.isValid())
        return Text::tr("Never");
    const qint64 seconds = now.secsTo(token.expirationDate);
    if (seconds <= 0)
        return Text::tr("expired %1 ago").arg(relative(-seconds));
    return Text::tr("in %1").arg(relative(seconds));
}

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    // The locale's short format, without seconds: a table of dates is read at a glance.
    static const QString format = [] {
        QString f = QLocale().dateTimeFormat(QLocale::ShortFormat);
        f.remove(QLatin1String(":ss"));
        return f;
    }();
    return QLocale().toString(utc.toLocalTime(), format);
}

QString scopeSummary(const QStringList &scope)
{
    if (scope.isEmpty())
        return Text::tr("(none)");
    if (scope.size() <= 2)
        return scope.join(QLatin1String(", "));
    const int more = int(scope.size() - 1);
    return Text::tr("%1 and %n more", nullptr, more).arg(scope.first());
}

QString creator(const ApiToken &token)
{
    if (!token.creatorName.isEmpty())
        return token.creatorName;
    return token.creatorId;
}

QString creatorType(const QString &type)
{
    if (type == QLatin1String("user"))
        return Text::tr("user", "creator type");
    if (type == QLatin1String("flow"))
        return Text::tr("workflow", "creator type");
    if (type == QLatin1String("apiToken"))
        return Text::tr("API token", "creator type");
    return type; // an unexpected value is shown as it came
}

QString status(const ApiToken &token)
{
    if (token.status == QLatin1String("active"))
        return Text::tr("Active");
    if (token.status == QLatin1String("inactive"))
        return Text::tr("Inactive");
    return token.status; // an unexpected value is shown as it came
}

bool expiresSoon(const ApiToken &token, const QDateTime &now)
{
    if (!token.expirationDate.isValid())
        return false;
    const qint64 seconds = now.secsTo(token.expirationDate);
    return seconds > 0 && seconds <= qint64(kExpiresSoonDays) * 24 * 3600;
}
} // namespace TokenFormat
