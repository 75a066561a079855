#pragma once

#include "core/ApiToken.h"
#include "core/ApiTokenPage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// Turns reply bodies into typed values, refusing (with the reason) anything of the wrong shape,
// so a bad reply is never half-applied to the table.
namespace ApiReplyParser {
// The body as a JSON object; false (with the reason) when it is not one.
bool parseObject(const QByteArray &body, QJsonObject *object, QString *problem);
// A whole number that fits an int and is not negative.
bool isCount(const QJsonValue &value);
// The envelope every list answer shares (tokens, audit log): an object whose `items` is a list
// and whose `totalCount` is a count; false (with the reason) otherwise.
bool parseListEnvelope(const QByteArray &body, QJsonObject *object, QString *problem);
// A list answer: its plain form read straight from the bytes (TokenPageReader), anything else
// through parsePageWithQtJson, which gives the same page or the reason for a refusal.
std::optional<ApiTokenPage> parsePage(const QByteArray &body, QString *problem);
std::optional<ApiTokenPage> parsePageWithQtJson(const QByteArray &body, QString *problem);
std::optional<ApiToken> parseToken(const QByteArray &body, QString *problem);
std::optional<ApiToken> parseTokenObject(const QJsonObject &object, QString *problem);
// The {type, message} of an error body; false when the body is not such an object.
bool parseError(const QByteArray &body, QString *type, QString *message);
} // namespace ApiReplyParser
