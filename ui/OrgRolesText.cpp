#include "ui/OrgRolesText.h"

#include "core/LosantIds.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenDetailsPane) // the pane's words, translated where they were
};
} // namespace

namespace OrgRolesText {
QString describe(const QList<OrgRole> &roles, const QHash<QString, QString> &orgNames)
{
    QStringList lines;
    for (const OrgRole &role : roles) {
        const QString name = orgNames.value(role.orgId.toLower());
        const QString org = name.isEmpty() ? role.orgId : Text::tr("%1 (%2)").arg(name, role.orgId);
        QString line = Text::tr("%1: %2").arg(org, role.role);
        if (!role.applicationRoles.isEmpty())
            line += Text::tr(", %n application role(s)", nullptr,
                             int(role.applicationRoles.size()));
        if (!role.dashboardRoles.isEmpty())
            line += Text::tr(", %n dashboard role(s)", nullptr, int(role.dashboardRoles.size()));
        lines.append(line);
    }
    return lines.isEmpty() ? Text::tr("(none)") : lines.join(QLatin1Char('\n'));
}

bool namesAnOrganization(const QList<OrgRole> &roles)
{
    return std::any_of(roles.cbegin(), roles.cend(),
                       [](const OrgRole &r) { return LosantIds::isValidId(r.orgId); });
}
} // namespace OrgRolesText
