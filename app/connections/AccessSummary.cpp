#include "connections/AccessSummary.h"

#include "core/TokenPermissions.h"

using TokenPermissions::Call;

namespace {
bool allowsAnything(TokenLocation::Kind kind, const QStringList &scopes)
{
    for (Call call : {Call::List, Call::Create, Call::Get, Call::Patch, Call::Delete})
        if (TokenPermissions::allows(kind, call, scopes))
            return true;
    return false;
}
} // namespace

QString AccessSummary::sentence(TokenLocation::Kind kind, const TokenAccess &access)
{
    if (!access.scopesKnown) {
        return access.mayList ? tr("The access token may list tokens here; whether it may "
                                   "create them shows when you try.")
                              : tr("The access token may not list tokens here.");
    }
    const bool mayCreate = TokenPermissions::allows(kind, Call::Create, access.scopes);
    if (access.mayList)
        return mayCreate ? tr("The access token may list and create tokens here.")
                         : tr("The access token may list tokens here, not create them.");
    if (mayCreate)
        return tr("The access token may create tokens here, not list them.");
    return allowsAnything(kind, access.scopes)
            ? tr("The access token may neither list nor create tokens here.")
            : tr("The access token may do nothing with the tokens here.");
}

QString AccessSummary::listScopeExamples(TokenLocation::Kind kind)
{
    // The read-only preset and the collection's own get scope: the two a person would grant.
    QStringList examples{TokenPermissions::readOnlyScope(kind)};
    for (const QString &scope : TokenPermissions::scopesAllowing(kind, Call::List))
        if (scope.endsWith(QLatin1String("ApiTokens.get")))
            examples.append(scope);
    return examples.join(QLatin1String(", "));
}
