#pragma once

#include "core/TokenLocation.h"

#include <QString>
#include <QStringList>

// Which scopes allow each call on each kind of token collection, as Losant's reference pages
// list them (docs/api.md "Scopes"): one table for the local instance's rules and for saying in
// words what an access token may do.
namespace TokenPermissions {
enum class Call { List, Create, Get, Patch, Delete };

// Any one of these scopes allows the call.
QStringList scopesAllowing(TokenLocation::Kind kind, Call call);
bool allows(TokenLocation::Kind kind, Call call, const QStringList &tokenScopes);
// Losant refuses these calls to access tokens issued by OAuth (user tokens' create, patch and
// delete: docs/api.md "Token kinds").
bool refusesOAuthTokens(TokenLocation::Kind kind, Call call);

// The instance audit log's two reads (docs/api.md "Audit log"): the list and one entry.
enum class AuditCall { List, Get };
// Any one of these scopes allows reading the instance's audit log this way.
QStringList auditScopesAllowing(AuditCall call);
bool allowsAudit(AuditCall call, const QStringList &tokenScopes);

// The scopes a new token of this kind may be given, from the create schemas
// (docs/api.md "Scopes per kind"), in the schema's order.
QStringList grantableScopes(TokenLocation::Kind kind);
// The preset that grants everything this kind may grant ("all.Instance", ...) and its read-only
// twin ("all.Instance.read", ...).
QString allScope(TokenLocation::Kind kind);
QString readOnlyScope(TokenLocation::Kind kind);
} // namespace TokenPermissions
