#pragma once

#include <QString>

// Where a set of tokens lives on the server: today an instance's /instances/{id}/tokens.
// Further kinds (application, the user's own) are new values of this, not new parameters.
class TokenLocation
{
public:
    enum class Kind { Instance };

    TokenLocation() = default;
    static TokenLocation instance(const QString &instanceId);

    Kind kind() const { return m_kind; }
    QString ownerId() const { return m_ownerId; } // the instance ID
    // The collection's path below the API's base URL, e.g. "/instances/{id}/tokens".
    QString collectionPath() const;
    QString tokenPath(const QString &apiTokenId) const;
    // Why requests here cannot be sent (a malformed ID), in words; empty when they can.
    QString problem() const;

    bool operator==(const TokenLocation &o) const
    {
        return m_kind == o.m_kind && m_ownerId == o.m_ownerId;
    }
    bool operator!=(const TokenLocation &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::Instance;
    QString m_ownerId;
};
