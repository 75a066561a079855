#pragma once

#include "core/ApiError.h"
#include "core/TokenLocation.h"
#include "core/TokenPermissions.h"

#include <QString>

// The app's words on why Losant refused a call, where the server's own message does not say
// enough: the one place every dialog, action and bulk run gets them from (through
// ApiError::explanation, which ApiCall fills in and ApiError::displayText puts first).
namespace CallRefusal {
// What the refusal of `call` on a collection of `kind` means; empty when there is nothing to add.
// A 403 on creating, changing or deleting /me/tokens is Losant refusing an access token issued
// by OAuth (docs/api.md "Token kinds"), or one without the scope for it.
QString explanation(const ApiError &error, TokenLocation::Kind kind, TokenPermissions::Call call);
// `error` with its explanation filled in.
ApiError explained(ApiError error, TokenLocation::Kind kind, TokenPermissions::Call call);
} // namespace CallRefusal
