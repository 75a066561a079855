#pragma once

#include <QString>

// What an access token says about itself. Losant's API tokens are JWTs whose payload's `sub` is
// the token's own ID (docs/api.md, "The app's own token"). The payload is only decoded here: no
// signature check, nothing sent anywhere, and the token is never logged.
namespace AccessTokenClaims {
// The apiTokenId in the payload's `sub` (lower case), or empty when the access token is not a
// JWT or its `sub` is not a Losant ID.
QString apiTokenId(const QString &accessToken);
} // namespace AccessTokenClaims
