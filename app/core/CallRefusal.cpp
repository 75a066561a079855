#include "core/CallRefusal.h"

#include <QCoreApplication>

namespace CallRefusal {
QString explanation(const ApiError &error, TokenLocation::Kind kind, TokenPermissions::Call call)
{
    if (error.kind != ApiError::Kind::Server || error.httpStatus != 403
        || !TokenPermissions::refusesOAuthTokens(kind, call))
        return {};
    // The scopes named are the table's for this very call, so the advice cannot drift from it.
    const QStringList scopes = TokenPermissions::scopesAllowing(kind, call);
    return QCoreApplication::translate(
                   "CallRefusal",
                   "Losant does not let an access token issued by OAuth (a sign-in) create, "
                   "change or delete your API tokens. Connect with an API token that has one of "
                   "the scopes %1 instead.")
            .arg(scopes.join(QLatin1String(", ")));
}

ApiError explained(ApiError error, TokenLocation::Kind kind, TokenPermissions::Call call)
{
    error.explanation = explanation(error, kind, call);
    return error;
}
} // namespace CallRefusal
