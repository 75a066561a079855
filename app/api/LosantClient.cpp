#include "api/LosantClient.h"

#include "api/OneShotBody.h"
#include "api/TransportPolicy.h"
#include "core/AccessTokenClaims.h"
#include "core/LosantApi.h"
#include "core/LosantIds.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
// The official client adds these to every call; a real server may key its answer shape on them.
QList<QPair<QString, QString>> halParams()
{
    return {{QStringLiteral("_actions"), QStringLiteral("false")},
            {QStringLiteral("_links"), QStringLiteral("true")},
            {QStringLiteral("_embedded"), QStringLiteral("true")}};
}
} // namespace

LosantClient::LosantClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

void LosantClient::setAccessToken(const QString &token)
{
    m_accessToken = token;
    m_ownTokenId = AccessTokenClaims::apiTokenId(token);
}

QByteArray LosantClient::encodeQuery(const QList<QPair<QString, QString>> &params)
{
    // Like the official client's qs.stringify: everything but RFC 3986 unreserved is %-encoded.
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<QPair<QString, QString>> LosantClient::listParams(const TokenQuery &query)
{
    QList<QPair<QString, QString>> params = halParams();
    params.append({QStringLiteral("sortField"), query.sortField});
    params.append({QStringLiteral("sortDirection"), query.sortDirection});
    params.append({QStringLiteral("page"), QString::number(query.page)});
    params.append({QStringLiteral("perPage"), QString::number(query.perPage)});
    if (!query.filterField.isEmpty())
        params.append({QStringLiteral("filterField"), query.filterField});
    if (!query.filter.isEmpty())
        params.append({QStringLiteral("filter"), query.filter});
    return params;
}

QList<QPair<QString, QString>> LosantClient::auditListParams(const AuditLogQuery &query)
{
    return halParams() + query.queryItems();
}

QString LosantClient::checkIds(const TokenLocation &location, const QString &apiTokenId) const
{
    if (const QString why = location.problem(); !why.isEmpty())
        return why;
    if (!apiTokenId.isNull() && !LosantIds::isValidId(apiTokenId))
        return tr("The token ID \"%1\" is not valid: it must be 24 hexadecimal characters.")
                .arg(apiTokenId.left(64));
    return QString();
}

QNetworkRequest LosantClient::makeRequest(const QString &path,
                                          const QList<QPair<QString, QString>> &params) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString::fromLatin1(encodeQuery(params)), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Version", LosantApi::kAcceptVersion);
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    if (!m_losantDomain.isEmpty())
        request.setRawHeader("losantdomain", m_losantDomain.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    // Qt's default follows a redirect to another origin with the Bearer header still on it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

ApiCall *LosantClient::refuse(ApiCall::Operation operation, const QString &why)
{
    return ApiCall::refused(operation, ApiError::invalidArgument(why), this);
}

ApiCall *LosantClient::send(ApiCall::Operation operation, const TokenLocation &location,
                            const QByteArray &verb, const QString &path,
                            const QList<QPair<QString, QString>> &params, const QByteArray &body)
{
    // The last word on where the token may go, whoever configured this client (a profile read
    // from an old or hand-edited settings file included): never over plain http to a remote host.
    if (const QString why = TransportPolicy::problem(m_baseUrl); !why.isEmpty())
        return refuse(operation, why);
    if (!TransportPolicy::isHeaderSafe(m_accessToken)
        || !TransportPolicy::isHeaderSafe(m_losantDomain))
        return refuse(operation,
                      tr("The access token or the Losant domain contains spaces or other "
                         "characters a request header cannot carry."));
    QNetworkRequest request = makeRequest(path, params);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    auto *call = new ApiCall(operation, location.kind(), this);
    QNetworkReply *reply = nullptr;
    if (body.isNull()) {
        reply = m_network->sendCustomRequest(request, verb);
    } else if (operation == ApiCall::Operation::Create) {
        // Sent once, whatever happens to the connection: see OneShotBody.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *device = new OneShotBody(body, call);
        reply = m_network->sendCustomRequest(request, verb, device);
    } else {
        reply = m_network->sendCustomRequest(request, verb, body);
    }
    reply->setParent(call);
    call->attach(reply, m_maxReplyBytes);
    return call;
}

ApiCall *LosantClient::listTokens(const TokenLocation &location, const TokenQuery &query)
{
    if (const QString why = checkIds(location); !why.isEmpty())
        return refuse(ApiCall::Operation::List, why);
    return send(ApiCall::Operation::List, location, "GET", location.collectionPath(),
                listParams(query));
}

ApiCall *LosantClient::createToken(const TokenLocation &location, const QJsonObject &apiTokenPost)
{
    if (const QString why = checkIds(location); !why.isEmpty())
        return refuse(ApiCall::Operation::Create, why);
    return send(ApiCall::Operation::Create, location, "POST", location.collectionPath(),
                halParams(), QJsonDocument(apiTokenPost).toJson(QJsonDocument::Compact));
}

ApiCall *LosantClient::getToken(const TokenLocation &location, const QString &apiTokenId)
{
    if (const QString why = checkIds(location, apiTokenId); !why.isEmpty())
        return refuse(ApiCall::Operation::Get, why);
    return send(ApiCall::Operation::Get, location, "GET", location.tokenPath(apiTokenId),
                halParams());
}

ApiCall *LosantClient::patchToken(const TokenLocation &location, const QString &apiTokenId,
                                  const QJsonObject &apiTokenPatch)
{
    if (const QString why = checkIds(location, apiTokenId); !why.isEmpty())
        return refuse(ApiCall::Operation::Patch, why);
    return send(ApiCall::Operation::Patch, location, "PATCH", location.tokenPath(apiTokenId),
                halParams(), QJsonDocument(apiTokenPatch).toJson(QJsonDocument::Compact));
}

ApiCall *LosantClient::deleteToken(const TokenLocation &location, const QString &apiTokenId)
{
    if (const QString why = checkIds(location, apiTokenId); !why.isEmpty())
        return refuse(ApiCall::Operation::Delete, why);
    return send(ApiCall::Operation::Delete, location, "DELETE", location.tokenPath(apiTokenId),
                halParams());
}

namespace {
// Why the audit log call cannot go out: a malformed instance or entry ID, or a filter ID.
QString auditProblem(const QString &instanceId, const QString &entryId = QString(),
                     const AuditLogFilter &filter = {})
{
    if (const QString why = TokenLocation::instance(instanceId).problem(); !why.isEmpty())
        return why;
    if (!entryId.isNull() && !LosantIds::isValidId(entryId))
        return LosantClient::tr("The audit log entry ID \"%1\" is not valid: it must be 24 "
                                "hexadecimal characters.")
                .arg(entryId.left(64));
    for (const QList<AuditParty> *parties :
         {&filter.primaryTargets, &filter.secondaryTargets, &filter.actors}) {
        for (const AuditParty &p : *parties) {
            if (!p.id.isEmpty() && !LosantIds::isValidId(p.id))
                return LosantClient::tr("The ID \"%1\" in the audit log filter is not valid: "
                                        "it must be 24 hexadecimal characters.")
                        .arg(p.id.left(64));
        }
    }
    return QString();
}

QString auditPath(const QString &instanceId)
{
    // Singular "instance", unlike the token paths (docs/api.md "Paths").
    return QStringLiteral("/instance/") + instanceId + QStringLiteral("/audit-logs");
}
} // namespace

ApiCall *LosantClient::listAuditLogs(const QString &instanceId, const AuditLogQuery &query)
{
    if (const QString why = auditProblem(instanceId, QString(), query.filter); !why.isEmpty())
        return refuse(ApiCall::Operation::AuditList, why);
    return send(ApiCall::Operation::AuditList, TokenLocation::instance(instanceId), "GET",
                auditPath(instanceId), auditListParams(query));
}

ApiCall *LosantClient::getAuditLog(const QString &instanceId, const QString &instanceAuditLogId)
{
    if (const QString why = auditProblem(instanceId, instanceAuditLogId); !why.isEmpty())
        return refuse(ApiCall::Operation::AuditGet, why);
    return send(ApiCall::Operation::AuditGet, TokenLocation::instance(instanceId), "GET",
                auditPath(instanceId) + QLatin1Char('/') + instanceAuditLogId, halParams());
}

ApiCall *LosantClient::listDirectory(DirectoryKind kind, const QString &ownerId, int page,
                                     int perPage)
{
    // Organizations of an instance, or the user's own with no instance; applications and
    // dashboards of one organization (docs/api.md "Organizations, applications and dashboards").
    const bool ofInstance = kind == DirectoryKind::Organizations && !ownerId.isEmpty();
    if ((kind != DirectoryKind::Organizations || ofInstance) && !LosantIds::isValidId(ownerId))
        return refuse(ApiCall::Operation::DirectoryList,
                      tr("The ID \"%1\" is not valid: it must be 24 hexadecimal characters.")
                              .arg(ownerId.left(64)));
    QList<QPair<QString, QString>> params = halParams();
    params.append({QStringLiteral("sortField"), QStringLiteral("name")});
    params.append({QStringLiteral("sortDirection"), QStringLiteral("asc")});
    params.append({QStringLiteral("page"), QString::number(page)});
    params.append({QStringLiteral("perPage"), QString::number(perPage)});
    QString path;
    switch (kind) {
    case DirectoryKind::Organizations:
        path = ofInstance ? QStringLiteral("/instances/") + ownerId + QStringLiteral("/orgs")
                          : QStringLiteral("/orgs");
        break;
    case DirectoryKind::Applications:
    case DirectoryKind::Dashboards:
        path = kind == DirectoryKind::Applications ? QStringLiteral("/applications")
                                                   : QStringLiteral("/dashboards");
        params.append({QStringLiteral("orgId"), ownerId}); // after the list's own, as the client
        break;
    }
    const TokenLocation where
            = ofInstance ? TokenLocation::instance(ownerId) : TokenLocation::user();
    return send(ApiCall::Operation::DirectoryList, where, "GET", path, params);
}
