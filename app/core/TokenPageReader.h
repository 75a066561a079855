#pragma once

#include "core/ApiTokenPage.h"

#include <QByteArray>
#include <optional>

// A list answer read straight from its bytes into tokens, about three times as fast as through
// QJsonDocument: what every page of the window costs. Only the plain shape Losant sends is
// read; for anything else (a wrong type, an escaped key, a number in an unusual form) it gives
// nothing and ApiReplyParser reads the body with Qt's parser, so the answers never differ.
// rawItems is read from the body only when asked for. Safe on any thread.
namespace TokenPageReader {
std::optional<ApiTokenPage> read(const QByteArray &body);
} // namespace TokenPageReader
