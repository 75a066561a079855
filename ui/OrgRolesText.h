#pragma once

#include "core/ApiToken.h"

#include <QHash>
#include <QString>

// A token's org roles in words for the details pane, one line per organization, named where
// the organization's name is known (e.g. "Acme Farms (5f0c…): edit, 1 application role").
namespace OrgRolesText {
// `orgNames`: names by lower-case organization ID; an ID without one is shown alone.
QString describe(const QList<OrgRole> &roles, const QHash<QString, QString> &orgNames);
// Whether a role names an organization (not only "sandbox"): the names are then worth asking.
bool namesAnOrganization(const QList<OrgRole> &roles);
} // namespace OrgRolesText
