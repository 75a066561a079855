#pragma once

#include <QString>

namespace LosantIds {
// The pattern of every Losant ID (instanceId, apiTokenId, orgId, resourceId).
bool isValidId(const QString &id);
// orgRoles[].orgId also takes the literal "sandbox".
bool isValidOrgId(const QString &id);
} // namespace LosantIds
