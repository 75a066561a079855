#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// The scopes an API token may carry, as the create schema enumerates them.
namespace ScopeCatalog {
enum class Family { Instance, Application, Organization, User };

QStringList scopes(Family family);
const QSet<QString> &allScopes();
bool isKnownScope(const QString &scope);
// "instanceApiTokens.get" -> "instanceApiTokens"; "all.Instance" -> "all".
QString resourceOf(const QString &scope);
} // namespace ScopeCatalog
