#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// The scopes an API token may carry, as the create schema enumerates them, with labels made
// from their names by scripts/generate-scope-catalog.py.
namespace ScopeCatalog {
enum class Family { Instance, Application, Organization, User };

QStringList scopes(Family family);
// What an application token may be given: Losant's application-scoped create schema's enum
// (docs/schemas/applicationApiTokenPost.json), less scopes apiTokenPost does not know.
QStringList applicationTokenScopes();
const QSet<QString> &allScopes();
bool isKnownScope(const QString &scope);
// "instanceApiTokens.get" -> "instanceApiTokens"; "all.Instance" -> "all".
QString resourceOf(const QString &scope);
// "instanceApiTokens.get" -> "Instance API tokens · list"; an unknown scope is returned as is.
QString label(const QString &scope);
// "instanceApiTokens" -> "Instance API tokens"; an unknown resource is returned as is.
QString groupLabel(const QString &resource);
// One line on what the group's scopes allow; empty for an unknown resource.
QString groupDescription(const QString &resource);
} // namespace ScopeCatalog
