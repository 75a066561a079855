#include "localinstance/LocalInstance.h"

#include "core/ApiTokenSchema.h"
#include "localinstance/LocalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Create, get, patch and delete of one token: the same bodies and answers for every kind
// (docs/api.md "Create and update bodies").
namespace {
using LocalJson::error;
using LocalJson::ok;

// Why a request body is refused: not JSON, or the first problem `check` finds; none when it is
// accepted, with the parsed body in `value`.
std::optional<QString> refusal(const QByteArray &body,
                               QList<SchemaProblem> (*check)(const QJsonValue &), QJsonValue *value)
{
    // Wrapped in an array so a scalar body parses too (and is then refused by the schema).
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &e);
    if (e.error != QJsonParseError::NoError || doc.array().size() != 1)
        return LocalInstance::tr("The body is not valid JSON.");
    *value = doc.array().at(0);
    const QList<SchemaProblem> problems = check(*value);
    if (problems.isEmpty())
        return std::nullopt;
    const SchemaProblem &p = problems.first();
    return p.field.isEmpty() ? p.message : p.field + QLatin1String(": ") + p.message;
}
} // namespace

LocalAnswer LocalInstance::create(Kind kind, const QString &ownerId, const Caller &caller,
                                  const QByteArray &body)
{
    QJsonValue value;
    if (const auto why = refusal(body, ApiTokenSchema::checkPost, &value))
        return error(400, *why);
    const QJsonObject o = value.toObject();
    ApiToken t = ApiToken::fromJson(o);
    t.id.clear();
    t.expirationDate
            = ApiTokenSchema::parseDateTime(o.value(QLatin1String("expirationDate")).toString());
    // Without a scope the token gets its kind's full access (our choice; Losant does not say).
    if (!o.contains(QLatin1String("scope")))
        t.scope = QStringList{TokenPermissions::allScope(kind)};
    if (t.status.isEmpty())
        t.status = QStringLiteral("active");
    t.ownerId = ownerId;
    // ownerType's enum has no "instance" (docs/api.md "Token object").
    t.ownerType = kind == Kind::Instance ? QString() : TokenLocation::kindKey(kind);
    // An OAuth access token is no API token: the user it stands for creates.
    t.creatorId = caller.oauth ? caller.ownerId : caller.token.id;
    t.creatorType = caller.oauth ? QStringLiteral("user") : QStringLiteral("apiToken");
    t.creatorName = caller.oauth ? QString() : caller.token.name;
    t.creationDate = now();
    t.lastUpdated = t.creationDate;
    const ApiToken stored = addToken(kind, ownerId, t);
    return ok(201, stored.toJson());
}

LocalAnswer LocalInstance::getOne(Kind kind, const QString &ownerId, const QString &tokenId)
{
    const std::optional<ApiToken> t = token(kind, ownerId, tokenId);
    if (!t)
        return error(404, tr("API token %1 was not found.").arg(tokenId));
    return ok(200, t->toJson());
}

LocalAnswer LocalInstance::patch(Kind kind, const QString &ownerId, const QString &tokenId,
                                 const QByteArray &body)
{
    // The body is checked before the token is looked up, as a schema middleware would.
    QJsonValue value;
    if (const auto why = refusal(body, ApiTokenSchema::checkPatch, &value))
        return error(400, *why);
    Owner *owner = findOwner(kind, ownerId);
    const auto it = owner ? owner->tokens.find(tokenId) : LocalTokenOrders::Table::iterator();
    if (!owner || it == owner->tokens.end())
        return error(404, tr("API token %1 was not found.").arg(tokenId));
    const QJsonObject o = value.toObject();
    ApiToken t = (*it)->token;
    auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (o.contains(QLatin1String("name")))
        t.name = str("name");
    if (o.contains(QLatin1String("description")))
        t.description = str("description");
    if (o.contains(QLatin1String("defaultRole")))
        t.defaultRole = str("defaultRole");
    if (o.contains(QLatin1String("status")))
        t.status = str("status");
    if (o.contains(QLatin1String("orgRoles")))
        t.orgRoles = ApiToken::fromJson(o).orgRoles;
    t.lastUpdated = now();
    owner->orders.update(it->get(), t); // moved only in the orders whose key changed
    return ok(200, t.toJson());
}

LocalAnswer LocalInstance::remove(Kind kind, const QString &ownerId, const QString &tokenId)
{
    if (!removeToken(kind, ownerId, tokenId))
        return error(404, tr("API token %1 was not found.").arg(tokenId));
    return ok(200, {{QStringLiteral("success"), true}});
}
