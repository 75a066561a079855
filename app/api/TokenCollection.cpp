#include "api/TokenCollection.h"

#include "api/LosantClient.h"
#include "core/ApiTokenDraft.h"

TokenCollection::TokenCollection(LosantClient *client, const TokenLocation &location)
    : m_client(client), m_location(location)
{ }

ApiCall *TokenCollection::list(const TokenQuery &query) const
{
    return m_client->listTokens(m_location, query);
}

ApiCall *TokenCollection::create(const QJsonObject &apiTokenPost) const
{
    return m_client->createToken(m_location, apiTokenPost);
}

ApiCall *TokenCollection::get(const QString &apiTokenId) const
{
    return m_client->getToken(m_location, apiTokenId);
}

ApiCall *TokenCollection::patch(const QString &apiTokenId, const QJsonObject &apiTokenPatch) const
{
    return m_client->patchToken(m_location, apiTokenId, apiTokenPatch);
}

ApiCall *TokenCollection::remove(const QString &apiTokenId) const
{
    return m_client->deleteToken(m_location, apiTokenId);
}

QString TokenCollection::curlCreateCommand(const ApiTokenDraft &draft) const
{
    return draft.curlCommand(m_client->baseUrl(), m_location, m_client->losantDomain());
}
