#pragma once

#include "core/ApiToken.h"
#include "core/ApiTokenPage.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Turns reply bodies into typed values, refusing (with the reason) anything of the wrong shape,
// so a bad reply is never half-applied to the table.
namespace ApiReplyParser {
std::optional<ApiTokenPage> parsePage(const QByteArray &body, QString *problem);
std::optional<ApiToken> parseToken(const QByteArray &body, QString *problem);
std::optional<ApiToken> parseTokenObject(const QJsonObject &object, QString *problem);
// The {type, message} of an error body; false when the body is not such an object.
bool parseError(const QByteArray &body, QString *type, QString *message);
} // namespace ApiReplyParser
