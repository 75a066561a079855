#pragma once

#include "core/ApiToken.h"

#include <QByteArray>

namespace LocalTokenJson {
// The token as a list writes it: byte for byte QJsonDocument(token.toJson()).toJson(Compact)
// (keys in order, Qt's escapes), written straight from the fields, which is several times
// faster; a page of tokens never listed before was mostly this.
QByteArray write(const ApiToken &token);
} // namespace LocalTokenJson
