#include "localinstance/LocalInstance.h"

#include "localinstance/LocalJson.h"

#include <QHash>

// Who may call what: the access token's own collection, its user's memberships, and the scopes
// each call accepts (docs/api.md "Scopes", "Token kinds").
namespace {
using LocalJson::error;
} // namespace

std::optional<LocalAnswer> LocalInstance::authenticate(const QByteArray &authorizationHeader,
                                                       Caller *caller) const
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return error(401, tr("An Authorization header with a Bearer access token is required."));
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return error(401, tr("The Authorization header must be “Bearer <access token>”."));
    const QString secret = QString::fromUtf8(header.mid(7).trimmed());
    Caller found;
    if (const auto grant = m_oauth.constFind(secret); grant != m_oauth.cend()) {
        found = {grant->token, Kind::User, grant->userId, true};
    } else {
        const auto where = m_bySecret.constFind(secret);
        if (where == m_bySecret.cend())
            return error(401, tr("The access token is not valid."));
        const Owner &owner = *m_owners.constFind(where->ownerKey);
        if (const std::shared_ptr<Stored> stored = owner.tokens.value(where->tokenId))
            found.token = stored->token;
        TokenLocation::kindFromKey(where->ownerKey.section(QLatin1Char(':'), 0, 0), &found.kind);
        found.ownerId = where->ownerKey.section(QLatin1Char(':'), 1);
    }
    const ApiToken &t = found.token;
    if (!t.isActive())
        return error(401, tr("The access token is inactive."));
    if (t.isExpired(now()))
        return error(
                401,
                tr("The access token expired on %1.").arg(LosantDates::toIso(t.expirationDate)));
    *caller = found;
    return std::nullopt;
}

std::optional<LocalAnswer> LocalInstance::refuseAccess(const Caller &caller, Kind kind,
                                                       const QString &ownerId, Call call) const
{
    // An instance or application token reaches its own collection only; a user token reaches
    // its own tokens and the instances and applications its user is a member of.
    switch (caller.kind) {
    case Kind::Instance:
        if (kind == Kind::Application)
            return error(403, tr("An instance token cannot reach an application's tokens."));
        if (kind == Kind::User)
            return error(403,
                         tr("An instance token cannot reach /me/tokens: they belong to a user."));
        if (caller.ownerId != ownerId)
            return error(403, tr("This access token belongs to another instance."));
        break;
    case Kind::Application:
        if (kind == Kind::Instance)
            return error(403, tr("An application token cannot reach an instance's tokens."));
        if (kind == Kind::User)
            return error(403,
                         tr("An application token cannot reach /me/tokens: they belong to a "
                            "user."));
        if (caller.ownerId != ownerId)
            return error(403, tr("This access token belongs to another application."));
        break;
    case Kind::User:
        if (kind == Kind::Instance && !isMember(caller.ownerId, kind, ownerId))
            return error(403,
                         tr("The user of this access token is not a member of this instance."));
        if (kind == Kind::Application && !isMember(caller.ownerId, kind, ownerId))
            return error(403,
                         tr("The user of this access token is not a member of this "
                            "application."));
        break;
    }
    if (caller.oauth && TokenPermissions::refusesOAuthTokens(kind, call))
        return error(403,
                     tr("Access tokens issued by OAuth cannot create, change or delete API "
                        "tokens; use an API token with the needed scope."));
    if (!TokenPermissions::allows(kind, call, caller.token.scope))
        return error(403,
                     tr("This access token lacks the scope for this call; it needs one of: %1.")
                             .arg(TokenPermissions::scopesAllowing(kind, call)
                                          .join(QLatin1String(", "))));
    return std::nullopt;
}
