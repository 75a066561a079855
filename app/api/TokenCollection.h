#pragma once

#include "api/LosantClient.h" // QPointer<LosantClient> needs the whole class
#include "core/TokenLocation.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

struct ApiTokenDraft;
struct TokenQuery;

// The tokens at one location, with the client bound to it: what windows, dialogs and
// workflows take. A copy is cheap and names the same tokens through the same client.
class TokenCollection
{
public:
    TokenCollection() = default;
    TokenCollection(LosantClient *client, const TokenLocation &location);

    LosantClient *client() const { return m_client; }
    const TokenLocation &location() const { return m_location; }
    bool isNull() const { return m_client.isNull(); }
    // The token the client is connected with, when its access token names it (else empty).
    QString ownTokenId() const { return m_client ? m_client->ownTokenId() : QString(); }

    ApiCall *list(const TokenQuery &query) const;
    ApiCall *create(const QJsonObject &apiTokenPost) const; // sent once, never retried
    ApiCall *get(const QString &apiTokenId) const;
    ApiCall *patch(const QString &apiTokenId, const QJsonObject &apiTokenPatch) const;
    ApiCall *remove(const QString &apiTokenId) const;

    // The create as a shell command, with a placeholder for the access token.
    QString curlCreateCommand(const ApiTokenDraft &draft) const;

private:
    QPointer<LosantClient> m_client;
    TokenLocation m_location;
};
