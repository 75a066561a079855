#pragma once

#include <QString>

// Where a set of tokens lives on the server (docs/api.md "Paths"): an instance's
// /instances/{id}/tokens, an application's /applications/{id}/tokens, or the signed-in user's
// own /me/tokens. Every kind takes the same calls with the same bodies; only paths and scopes
// differ, so the rest of the app takes a TokenLocation and never asks which kind it is for I/O.
class TokenLocation
{
public:
    enum class Kind { Instance, Application, User };

    TokenLocation() = default;
    static TokenLocation instance(const QString &instanceId);
    static TokenLocation application(const QString &applicationId);
    static TokenLocation user(); // the user the access token belongs to: /me/tokens
    // `ownerId` is ignored for User.
    static TokenLocation of(Kind kind, const QString &ownerId);

    Kind kind() const { return m_kind; }
    QString ownerId() const { return m_ownerId; } // the instance or application ID; empty for User
    // The collection's path below the API's base URL, e.g. "/instances/{id}/tokens".
    QString collectionPath() const;
    QString tokenPath(const QString &apiTokenId) const;
    // Why requests here cannot be sent (a malformed ID), in words; empty when they can.
    QString problem() const;

    // "instance", "application", "user": the word settings files and the command line use.
    static QString kindKey(Kind kind);
    // The kind a key names; false when it names none.
    static bool kindFromKey(const QString &key, Kind *kind);
    // "Instance", "Application", "My tokens", translated.
    static QString kindName(Kind kind);
    // "Instance 5f3c…", "Application 5f3c…", "My tokens", translated: the collection in words.
    QString displayName() const;

    bool operator==(const TokenLocation &o) const
    {
        return m_kind == o.m_kind && m_ownerId == o.m_ownerId;
    }
    bool operator!=(const TokenLocation &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::Instance;
    QString m_ownerId;
};
