#pragma once

#include "core/TokenPolicy.h"

// The token policy kept in the settings, and its JSON file for a team to share.
namespace PolicySettings {
TokenPolicy load(); // an empty policy when none is saved (or the saved one is unreadable)
void save(const TokenPolicy &policy);
// Reads a policy file; nothing, and `error` translated, when it cannot be read or is wrong.
std::optional<TokenPolicy> readFile(const QString &path, QString *error);
bool writeFile(const TokenPolicy &policy, const QString &path, QString *error);
} // namespace PolicySettings
