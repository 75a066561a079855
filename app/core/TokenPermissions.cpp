#include "core/TokenPermissions.h"

#include "core/ScopeCatalog.h"

#include <algorithm>

namespace TokenPermissions {
namespace {
using Kind = TokenLocation::Kind;

QStringList names(std::initializer_list<const char *> list)
{
    QStringList l;
    l.reserve(int(list.size()));
    for (const char *n : list)
        l.append(QLatin1String(n));
    return l;
}

// The umbrellas each kind's reference page accepts, before the resource's own scopes.
QStringList umbrellas(Kind kind, bool read, bool bounded)
{
    switch (kind) {
    case Kind::Instance:
        if (read)
            return bounded
                    ? names({"all.Instance", "all.Instance.bounded", "all.Instance.read",
                             "all.User", "all.User.bounded", "all.User.read"})
                    : names({"all.Instance", "all.Instance.read", "all.User", "all.User.read"});
        return names({"all.Instance", "all.User"});
    case Kind::Application:
        if (read)
            return names({"all.Application", "all.Application.bounded", "all.Application.read",
                          "all.Organization", "all.Organization.bounded", "all.Organization.read",
                          "all.User", "all.User.bounded", "all.User.read"});
        return names({"all.Application", "all.Organization", "all.User"});
    case Kind::User:
        break;
    }
    if (read)
        return names({"all.User", "all.User.bounded", "all.User.read", "only.User",
                      "only.User.bounded", "only.User.read"});
    return names({"all.User", "only.User"});
}

QString resourcePrefix(Kind kind)
{
    switch (kind) {
    case Kind::Instance:
        return QStringLiteral("instance");
    case Kind::Application:
        return QStringLiteral("application");
    case Kind::User:
        break;
    }
    return QStringLiteral("user");
}
} // namespace

QStringList scopesAllowing(Kind kind, Call call)
{
    const bool collection = call == Call::List || call == Call::Create;
    const bool read = call == Call::List || call == Call::Get;
    // The instance list page leaves out the .bounded umbrellas its single-token page accepts.
    QStringList allowed = umbrellas(kind, read, !(kind == Kind::Instance && call == Call::List));
    const QString resource = resourcePrefix(kind)
            + (collection ? QStringLiteral("ApiTokens") : QStringLiteral("ApiToken"));
    static const char *const kActions[] = {"get", "post", "get", "patch", "delete"};
    allowed << resource + QStringLiteral(".*")
            << resource + QLatin1Char('.') + QLatin1String(kActions[int(call)]);
    return allowed;
}

bool allows(Kind kind, Call call, const QStringList &tokenScopes)
{
    const QStringList allowed = scopesAllowing(kind, call);
    return std::any_of(tokenScopes.cbegin(), tokenScopes.cend(),
                       [&](const QString &s) { return allowed.contains(s); });
}

QStringList auditScopesAllowing(AuditCall call)
{
    // instanceAuditLogs.md / instanceAuditLog.md: the instance read umbrellas with .bounded.
    const QString resource = call == AuditCall::List ? QStringLiteral("instanceAuditLogs")
                                                     : QStringLiteral("instanceAuditLog");
    return umbrellas(Kind::Instance, true, true)
            << resource + QStringLiteral(".*") << resource + QStringLiteral(".get");
}

bool allowsAudit(AuditCall call, const QStringList &tokenScopes)
{
    const QStringList allowed = auditScopesAllowing(call);
    return std::any_of(tokenScopes.cbegin(), tokenScopes.cend(),
                       [&](const QString &s) { return allowed.contains(s); });
}

bool refusesOAuthTokens(Kind kind, Call call)
{
    return kind == Kind::User && call != Call::List && call != Call::Get;
}

QStringList grantableScopes(Kind kind)
{
    using ScopeCatalog::Family;
    switch (kind) {
    case Kind::Application:
        return ScopeCatalog::applicationTokenScopes();
    case Kind::Instance:
        return ScopeCatalog::scopes(Family::Instance) + ScopeCatalog::scopes(Family::Organization)
                + ScopeCatalog::scopes(Family::Application) + ScopeCatalog::scopes(Family::User);
    case Kind::User:
        break;
    }
    return ScopeCatalog::scopes(Family::User) + ScopeCatalog::scopes(Family::Organization)
            + ScopeCatalog::scopes(Family::Application) + ScopeCatalog::scopes(Family::Instance);
}

QString allScope(Kind kind)
{
    switch (kind) {
    case Kind::Instance:
        return QStringLiteral("all.Instance");
    case Kind::Application:
        return QStringLiteral("all.Application");
    case Kind::User:
        break;
    }
    return QStringLiteral("all.User");
}

QString readOnlyScope(Kind kind)
{
    return allScope(kind) + QStringLiteral(".read");
}
} // namespace TokenPermissions
