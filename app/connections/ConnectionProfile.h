#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// One Losant instance the app can connect to; the access token lives in SecretStore, never here.
struct ConnectionProfile
{
    QString name; // user text, unique among profiles; the key of its secret
    QUrl apiUrl = defaultApiUrl();
    QString instanceId;
    QString losantDomain; // empty: no Losant-Domain header

    bool operator==(const ConnectionProfile &o) const
    {
        return name == o.name && apiUrl == o.apiUrl && instanceId == o.instanceId
                && losantDomain == o.losantDomain;
    }
    bool operator!=(const ConnectionProfile &o) const { return !(*this == o); }

    static QUrl defaultApiUrl(); // https://api.losant.com
};

Q_DECLARE_METATYPE(ConnectionProfile)
