#include "localinstance/LocalInstance.h"

#include "core/LosantIds.h"
#include "localinstance/LocalJson.h"

#include <algorithm>

// GET /instances/{instanceId}/orgs, /orgs, /applications and /dashboards: who may list them
// (docs/api.md "Organizations, applications and dashboards"); their pages are
// LocalDirectoryLists.cpp's.
namespace {
using LocalJson::error;
using Kind = TokenLocation::Kind;

const QStringList kOrgScopes{QStringLiteral("all.Instance"),   QStringLiteral("all.Instance.read"),
                             QStringLiteral("all.User"),       QStringLiteral("all.User.read"),
                             QStringLiteral("instanceOrgs.*"), QStringLiteral("instanceOrgs.get")};
const QStringList kUserOrgScopes{QStringLiteral("all.User"), QStringLiteral("all.User.read"),
                                 QStringLiteral("orgs.*"), QStringLiteral("orgs.get")};
const QStringList kApplicationScopes{
        QStringLiteral("all.Organization"), QStringLiteral("all.Organization.read"),
        QStringLiteral("all.User"),         QStringLiteral("all.User.cli"),
        QStringLiteral("all.User.read"),    QStringLiteral("applications.*"),
        QStringLiteral("applications.get")};
const QStringList kDashboardScopes{
        QStringLiteral("all.Organization"), QStringLiteral("all.Organization.read"),
        QStringLiteral("all.User"),         QStringLiteral("all.User.read"),
        QStringLiteral("dashboards.*"),     QStringLiteral("dashboards.get")};

// One listed item: its JSON and what it sorts by.
bool hasAny(const QStringList &scope, const QStringList &accepted)
{
    return std::any_of(scope.cbegin(), scope.cend(),
                       [&accepted](const QString &s) { return accepted.contains(s); });
}
} // namespace

std::optional<LocalAnswer>
LocalInstance::handleDirectory(const QByteArray &verb, const QStringList &segments,
                               const QUrlQuery &query, const QByteArray &authorizationHeader) const
{
    const bool orgs = segments.size() == 3 && segments.at(0) == QLatin1String("instances")
            && segments.at(2) == QLatin1String("orgs");
    const bool userOrgs = segments == QStringList{QStringLiteral("orgs")};
    const bool applications = segments == QStringList{QStringLiteral("applications")};
    const bool dashboards = segments == QStringList{QStringLiteral("dashboards")};
    if (verb != "GET" || (!orgs && !userOrgs && !applications && !dashboards))
        return std::nullopt; // the token routes, or their "There is no … here"
    if (orgs && !LosantIds::isValidId(segments.at(1)))
        return error(400,
                     tr("instanceId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(segments.at(1)));
    Caller caller;
    if (const auto refused = authenticate(authorizationHeader, &caller))
        return *refused;
    const QStringList &accepted = orgs ? kOrgScopes
            : userOrgs                 ? kUserOrgScopes
            : applications             ? kApplicationScopes
                                       : kDashboardScopes;
    const auto lacksScope = [&] {
        return error(403,
                     tr("This access token lacks the scope for this call; it needs one of: %1.")
                             .arg(accepted.join(QLatin1String(", "))));
    };
    if (orgs) {
        const QString instanceId = segments.at(1).toLower();
        if (!hasOwner(Kind::Instance, instanceId))
            return error(404, tr("Instance %1 was not found.").arg(instanceId));
        if (caller.kind == Kind::Application)
            return error(403, tr("An application token cannot list an instance's organizations."));
        if (caller.kind == Kind::Instance && caller.ownerId != instanceId)
            return error(403, tr("This access token belongs to another instance."));
        if (caller.kind == Kind::User && !isMember(caller.ownerId, Kind::Instance, instanceId))
            return error(403,
                         tr("The user of this access token is not a member of this instance."));
        if (!hasAny(caller.token.scope, accepted))
            return lacksScope();
        return listOrgs(instanceId, query);
    }
    // Organizations, applications and dashboards are a user's: its memberships decide which
    // are listed.
    if (caller.kind == Kind::Application)
        return error(403, tr("An application token cannot list applications or dashboards."));
    if (!hasAny(caller.token.scope, accepted))
        return lacksScope();
    if (caller.kind != Kind::User)
        return error(403, tr("Only a user's access token lists applications and dashboards."));
    if (userOrgs)
        return listUserOrgs(caller.ownerId, query);
    return applications ? listApplications(caller.ownerId, query)
                        : listDashboards(caller.ownerId, query);
}
