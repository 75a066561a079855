#include "api/TransportPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
// Gives lupdate and Text::tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransportPolicy)
};
} // namespace

namespace TransportPolicy {
bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost") || h == QLatin1String("localhost."))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    // Only a literal address counts: a name such as 127.0.0.1.evil.com resolves anywhere.
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QString problem(const QUrl &apiUrl)
{
    if (apiUrl.isEmpty())
        return Text::tr("No API URL is given; it looks like https://api.losant.com.");
    // Not errorString(): it repeats the whole text, which may hold a password.
    if (!apiUrl.isValid())
        return Text::tr("This is not a valid URL; it looks like https://api.losant.com.");
    const QString host = apiUrl.host();
    if (apiUrl.isRelative() || host.isEmpty())
        return Text::tr("The API URL needs a scheme and a host, like https://api.losant.com.");
    // The user info and query are not shown: they may hold a password.
    if (!apiUrl.userInfo().isEmpty())
        return Text::tr("The API URL for %1 must not contain a user name or password; the access "
                        "token is given separately.")
                .arg(host);
    if (apiUrl.hasQuery() || apiUrl.hasFragment())
        return Text::tr("The API URL for %1 must not have a query (?…) or a fragment (#…).")
                .arg(host);
    const QString scheme = apiUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(host))
            return QString();
        return Text::tr("http is only allowed for this computer (localhost, 127.0.0.1, ::1); use "
                        "https for %1")
                .arg(host);
    }
    return Text::tr("The scheme \"%1\" is not supported; use https for %2").arg(scheme, host);
}

bool isHeaderSafe(const QString &value)
{
    for (const QChar c : value)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    return true;
}

QUrl normalized(const QUrl &apiUrl)
{
    QUrl url(apiUrl.toString(QUrl::FullyEncoded).trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return apiUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QUrl fromText(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    return url.isValid() ? normalized(url) : url;
}
} // namespace TransportPolicy
