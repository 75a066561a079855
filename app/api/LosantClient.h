#pragma once

#include "api/ApiCall.h"
#include "core/AuditLogQuery.h"
#include "core/DirectoryPage.h"
#include "core/LosantApi.h"
#include "core/TokenLocation.h"
#include "core/TokenQuery.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

// Speaks Losant's REST API for API tokens the way the official client does (paths, query
// encoding and headers: docs/api.md). Most code uses it through a TokenCollection.
class LosantClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kDefaultMaxReplyBytes = 64 * 1024 * 1024;

    explicit LosantClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void setAccessToken(const QString &token);
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // The ID of the token this client is connected with, from the access token's own claims;
    // empty when the access token does not say (docs/api.md, "The app's own token").
    QString ownTokenId() const { return m_ownTokenId; }
    QString losantDomain() const { return m_losantDomain; }
    void setLosantDomain(const QString &domain) { m_losantDomain = domain; }
    int transferTimeout() const { return m_timeoutMs; }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }

    ApiCall *listTokens(const TokenLocation &location, const TokenQuery &query);
    // Sent once: a create is never retried by the client.
    ApiCall *createToken(const TokenLocation &location, const QJsonObject &apiTokenPost);
    ApiCall *getToken(const TokenLocation &location, const QString &apiTokenId);
    ApiCall *patchToken(const TokenLocation &location, const QString &apiTokenId,
                        const QJsonObject &apiTokenPatch);
    ApiCall *deleteToken(const TokenLocation &location, const QString &apiTokenId);

    // The instance audit log (docs/api.md "Audit log"): a page of entries, and one entry.
    ApiCall *listAuditLogs(const QString &instanceId, const AuditLogQuery &query);
    ApiCall *getAuditLog(const QString &instanceId, const QString &instanceAuditLogId);

    // A page of names for the org-role pickers, by name ascending (docs/api.md "Organizations,
    // applications and dashboards"). `ownerId`: the instance for organizations (empty: the
    // user's own organizations), the organization for applications and dashboards.
    ApiCall *listDirectory(DirectoryKind kind, const QString &ownerId, int page, int perPage);

    // The query string exactly as it goes on the wire (exposed for "Copy as curl").
    static QByteArray encodeQuery(const QList<QPair<QString, QString>> &params);
    static QList<QPair<QString, QString>> listParams(const TokenQuery &query);
    static QList<QPair<QString, QString>> auditListParams(const AuditLogQuery &query);

private:
    QString checkIds(const TokenLocation &location, const QString &apiTokenId = QString()) const;
    QNetworkRequest makeRequest(const QString &path,
                                const QList<QPair<QString, QString>> &params) const;
    ApiCall *refuse(ApiCall::Operation operation, const QString &why);
    ApiCall *send(ApiCall::Operation operation, const TokenLocation &location,
                  const QByteArray &verb, const QString &path,
                  const QList<QPair<QString, QString>> &params, const QByteArray &body = {});

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl{QString::fromLatin1(LosantApi::kDefaultBaseUrl)};
    QString m_accessToken;
    QString m_ownTokenId;
    QString m_losantDomain;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxReplyBytes = kDefaultMaxReplyBytes;
};
