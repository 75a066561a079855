#pragma once

#include "core/DirectoryPage.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads the list answers of organizations, applications and dashboards: each item needs a valid
// `id` and a string `name`; every other field is left alone, as the pickers use none.
namespace DirectoryReplyParser {
std::optional<DirectoryPage> parsePage(const QByteArray &body, QString *problem);
} // namespace DirectoryReplyParser
