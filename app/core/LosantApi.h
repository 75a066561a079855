#pragma once

#include <QStringList>

// One definition of each fact of the API that more than one place relies on (docs/api.md).
namespace LosantApi {
constexpr const char *kDefaultBaseUrl = "https://api.losant.com";
constexpr const char *kAcceptVersion = "^1.30.0"; // docs/api.md, "Headers"

// apiTokenPost.json / apiTokenPatch.json
constexpr int kMaxNameLength = 255;
constexpr int kMaxDescriptionLength = 32767;
constexpr int kMaxOrgRoles = 25;
constexpr int kMaxResourceRoles = 100; // per org role, for applications and for dashboards

// Losant documents no ceiling for perPage; docs/api.md records the one we chose.
constexpr int kMaxPerPage = 1000;
constexpr int kDefaultPerPage = 100;

// The roles apiTokenPost.json allows, in the order a person picks them (widest first).
inline QStringList orgRoleValues()
{
    return {QStringLiteral("admin"), QStringLiteral("edit"), QStringLiteral("collaborate"),
            QStringLiteral("view"), QStringLiteral("none")};
}
// The fields a token list sorts by (name first, the default).
inline QStringList tokenSortFields()
{
    return {QStringLiteral("name"),        QStringLiteral("status"),
            QStringLiteral("id"),          QStringLiteral("creationDate"),
            QStringLiteral("lastUpdated"), QStringLiteral("expirationDate")};
}
inline QStringList resourceRoleValues()
{
    return {QStringLiteral("collaborate"), QStringLiteral("view"), QStringLiteral("none")};
}
} // namespace LosantApi
