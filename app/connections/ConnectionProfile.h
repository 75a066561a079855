#pragma once

#include "core/TokenLocation.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// One token collection the app can connect to (an instance's, an application's or the user's
// own); the access token lives in SecretStore, never here.
struct ConnectionProfile
{
    QString name; // user text, unique among profiles; the key of its secret
    QUrl apiUrl = defaultApiUrl();
    TokenLocation::Kind kind = TokenLocation::Kind::Instance;
    QString ownerId; // the instance or application ID; empty for the user's own tokens
    QString losantDomain; // empty: no Losant-Domain header

    bool operator==(const ConnectionProfile &o) const
    {
        return name == o.name && apiUrl == o.apiUrl && kind == o.kind && ownerId == o.ownerId
                && losantDomain == o.losantDomain;
    }
    bool operator!=(const ConnectionProfile &o) const { return !(*this == o); }

    TokenLocation location() const { return TokenLocation::of(kind, ownerId); }

    static QUrl defaultApiUrl(); // https://api.losant.com
};

Q_DECLARE_METATYPE(ConnectionProfile)
