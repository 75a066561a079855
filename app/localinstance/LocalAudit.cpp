#include "localinstance/LocalInstance.h"

#include "core/LosantIds.h"
#include "localinstance/LocalJson.h"

#include <QJsonDocument>
#include <QJsonObject>

// The instance audit log: what the local instance records for token calls, and its two GET
// endpoints' routing and access rules (docs/api.md "Audit log").
namespace {
using LocalJson::error;
using AuditCall = TokenPermissions::AuditCall;

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The query as a server hands it to its handlers: decoded names and values.
QJsonObject decodedQuery(const QUrlQuery &query)
{
    QJsonObject o;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &[name, value] : items) {
        const auto decode = [](QString text) {
            return QUrl::fromPercentEncoding(
                    text.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
        };
        o.insert(decode(name), decode(value));
    }
    return o;
}
} // namespace

QList<InstanceAuditLog> LocalInstance::auditLogs(const QString &instanceId) const
{
    const Owner *owner = findOwner(Kind::Instance, instanceId);
    return owner ? owner->auditLogs : QList<InstanceAuditLog>();
}

InstanceAuditLog LocalInstance::addAuditLog(const QString &instanceId, InstanceAuditLog entry)
{
    const QString id = addOwner(Kind::Instance, instanceId);
    if (id.isEmpty())
        return InstanceAuditLog();
    if (!LosantIds::isValidId(entry.id))
        entry.id = newId();
    entry.id = entry.id.toLower();
    entry.instanceId = id;
    if (!entry.creationDate.isValid())
        entry.creationDate = now();
    m_owners[ownerKey(Kind::Instance, id)].auditLogs.append(entry);
    return entry;
}

void LocalInstance::recordTokenCall(const Caller &caller, const QString &instanceId, Call call,
                                    const QString &tokenId, const QString &nameBefore,
                                    const QUrlQuery &query, const QByteArray &body,
                                    const LocalAnswer &answer)
{
    InstanceAuditLog e;
    // An API token of any kind acts as itself; an OAuth sign-in acts as its user, whose name the
    // local instance does not know.
    e.actor = caller.oauth
            ? AuditParty{caller.ownerId, QStringLiteral("User"), QString()}
            : AuditParty{caller.token.id, QStringLiteral("ApiToken"), caller.token.name};
    e.requestBody = objectOf(body);
    e.requestBody.remove(QStringLiteral("token")); // never a secret, whatever was sent
    e.requestQueryParams = decodedQuery(query);
    e.requestPathParams.insert(QStringLiteral("instanceId"), instanceId);
    e.responseStatus = answer.status;
    e.primaryTarget.type = QStringLiteral("ApiToken");
    if (call == Call::Create) {
        e.requestResource = QStringLiteral("instanceApiTokens");
        e.requestAction = QStringLiteral("post");
        // The new token's ID and name from the answer; a refused create names what was asked.
        const QJsonObject created = answer.status < 300 ? objectOf(answer.body) : QJsonObject();
        e.primaryTarget.id = created.value(QLatin1String("id")).toString();
        e.primaryTarget.name = (answer.status < 300 ? created : e.requestBody)
                                       .value(QLatin1String("name"))
                                       .toString();
    } else {
        e.requestResource = QStringLiteral("instanceApiToken");
        e.requestAction = call == Call::Patch ? QStringLiteral("patch") : QStringLiteral("delete");
        e.requestPathParams.insert(QStringLiteral("apiTokenId"), tokenId);
        // The name the token had when the request came: a rename's new name is in the body.
        e.primaryTarget.id = tokenId;
        e.primaryTarget.name = nameBefore;
    }
    // An error's body says why it was refused; a success's body is never kept (a create's holds
    // the secret).
    if (answer.status >= 400)
        e.responseBody = objectOf(answer.body);
    addAuditLog(instanceId, e);
}

LocalAnswer LocalInstance::handleAudit(const QByteArray &verb, const QStringList &segments,
                                       const QUrlQuery &query,
                                       const QByteArray &authorizationHeader)
{
    const bool list = segments.size() == 3;
    if (verb != "GET" || segments.size() < 3 || segments.size() > 4
        || segments.at(2) != QLatin1String("audit-logs"))
        return error(404,
                     tr("There is no %1 %2 here.")
                             .arg(QString::fromLatin1(verb),
                                  QLatin1Char('/') + segments.join(QLatin1Char('/'))));
    if (!LosantIds::isValidId(segments.at(1)))
        return error(400,
                     tr("instanceId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(segments.at(1)));
    const QString entryId = list ? QString() : segments.at(3).toLower();
    if (!list && !LosantIds::isValidId(entryId))
        return error(400,
                     tr("instanceAuditLogId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(segments.at(3)));
    Caller caller;
    if (const auto refused = authenticate(authorizationHeader, &caller))
        return *refused;
    const QString instanceId = segments.at(1).toLower();
    const Owner *owner = findOwner(Kind::Instance, instanceId);
    if (!owner)
        return error(404, tr("Instance %1 was not found.").arg(instanceId));
    // Who reaches an instance's audit log: its own tokens, and its members' user tokens.
    if (caller.kind == Kind::Application)
        return error(403, tr("An application token cannot read an instance's audit log."));
    if (caller.kind == Kind::Instance && caller.ownerId != instanceId)
        return error(403, tr("This access token belongs to another instance."));
    if (caller.kind == Kind::User && !isMember(caller.ownerId, Kind::Instance, instanceId))
        return error(403, tr("The user of this access token is not a member of this instance."));
    const AuditCall call = list ? AuditCall::List : AuditCall::Get;
    if (!TokenPermissions::allowsAudit(call, caller.token.scope))
        return error(403,
                     tr("This access token lacks the scope for this call; it needs one of: %1.")
                             .arg(TokenPermissions::auditScopesAllowing(call).join(
                                     QLatin1String(", "))));
    if (list)
        return auditList(instanceId, query);
    for (const InstanceAuditLog &e : owner->auditLogs) {
        if (e.id == entryId)
            return LocalJson::ok(200, e.toJson());
    }
    return error(404, tr("Instance audit log %1 was not found.").arg(entryId));
}
