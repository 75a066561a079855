#include "localinstance/DemoData.h"

#include "localinstance/DemoDirectory.h"
#include "localinstance/DemoFlavours.h"
#include "localinstance/DemoHistory.h"
#include "localinstance/LocalInstance.h"

#include <QRandomGenerator>

namespace {
using Kind = TokenLocation::Kind;

const QString &pick(QRandomGenerator &rng, const QStringList &items)
{
    return items.at(rng.bounded(int(items.size())));
}

using DemoDirectory::hexId;

QString tokenName(QRandomGenerator &rng, const DemoFlavour &flavour)
{
    QString name = pick(rng, flavour.purposes);
    switch (rng.bounded(3)) {
    case 0:
        name += QLatin1Char('-') + pick(rng, flavour.suffixes);
        break;
    case 1:
        name += QLatin1Char(' ') + QString::number(rng.bounded(1, 40));
        break;
    default:
        break;
    }
    return name;
}

// Who made a token made by an API token (the demo's own admin token), and the user who made the
// tokens that a user made, when it is always the same one (the user's own tokens).
struct ApiTokenCreator
{
    QString id;
    QString name;
    QString userId;
};

// An ID drawn as before the demo had organizations, turned into one of `ids` (the same draws, so
// every other field of every token stays as it was); the drawn ID itself when there are none.
QString demoId(QRandomGenerator &rng, const QStringList &ids)
{
    const QString drawn = hexId(rng);
    return ids.isEmpty() ? drawn : DemoDirectory::pickFor(drawn, ids);
}

// One made-up token of this flavour, created over the last three years; its organization roles
// name the demo's organizations and their applications and dashboards.
ApiToken randomToken(QRandomGenerator &rng, const DemoFlavour &flavour, const QDateTime &now,
                     const ApiTokenCreator &creator, const QList<DemoOrg> &orgs)
{
    ApiToken t;
    t.id = hexId(rng);
    t.name = tokenName(rng, flavour);
    t.status = rng.bounded(100) < 20 ? QStringLiteral("inactive") : QStringLiteral("active");
    switch (rng.bounded(4)) {
    case 0:
    case 1:
        t.creatorType = QStringLiteral("user");
        t.creatorName = pick(rng, flavour.users);
        t.creatorId = creator.userId.isEmpty() ? hexId(rng) : creator.userId;
        break;
    case 2:
        t.creatorType = QStringLiteral("flow");
        t.creatorName = pick(rng, flavour.flows);
        t.creatorId = hexId(rng);
        break;
    default:
        t.creatorType = QStringLiteral("apiToken");
        t.creatorName = creator.name;
        t.creatorId = creator.id;
        break;
    }
    t.scope = flavour.scopeSets.at(rng.bounded(int(flavour.scopeSets.size())));
    if (rng.bounded(3) == 0)
        t.description = pick(rng, flavour.descriptions);
    const qint64 ageSecs = rng.bounded(3 * 365 * 24 * 3600);
    t.creationDate = now.addSecs(-ageSecs).addMSecs(-rng.bounded(1000));
    t.lastUpdated = t.creationDate.addSecs(rng.bounded(int(ageSecs) + 1));
    const int expiry = rng.bounded(100);
    if (expiry < 15) // expired
        t.expirationDate = now.addSecs(-rng.bounded(1, 400 * 24 * 3600));
    else if (expiry < 30) // due within the next days
        t.expirationDate = now.addSecs(rng.bounded(3600, 29 * 24 * 3600));
    else if (expiry < 50) // far off
        t.expirationDate = now.addDays(rng.bounded(60, 3 * 365));
    // else: never expires
    // Application tokens have no roles in organizations (docs/api.md "Scopes per kind").
    if (flavour.withRoles && rng.bounded(8) == 0) {
        t.defaultRole = QStringLiteral("view");
        OrgRole org;
        QStringList orgIds;
        for (const DemoOrg &o : orgs)
            orgIds << o.id;
        // The sandbox's resources stay made-up IDs: the demo user owns no application.
        const DemoOrg *in = nullptr;
        if (rng.bounded(2)) {
            org.orgId = demoId(rng, orgIds);
            in = orgIds.isEmpty() ? nullptr : &orgs.at(orgIds.indexOf(org.orgId));
        } else {
            org.orgId = QStringLiteral("sandbox");
        }
        org.role = rng.bounded(2) ? QStringLiteral("edit") : QStringLiteral("collaborate");
        if (rng.bounded(2))
            org.applicationRoles.append(
                    {demoId(rng, in ? in->applicationIds : QStringList()), QStringLiteral("view")});
        if (rng.bounded(2))
            org.dashboardRoles.append({demoId(rng, in ? in->dashboardIds : QStringList()),
                                       QStringLiteral("collaborate")});
        t.orgRoles.append(org);
    }
    return t;
}

void fill(LocalInstance &store, Kind kind, const QString &ownerId, int count, QRandomGenerator &rng,
          const DemoFlavour &flavour, const ApiTokenCreator &creator, const QList<DemoOrg> &orgs)
{
    const QDateTime now = store.now();
    for (int i = 0; i < count; ++i)
        store.addToken(kind, ownerId, randomToken(rng, flavour, now, creator, orgs));
}

// A demo application of `count` tokens. `rng` is its own random stream (its ID already drawn),
// so its size leaves the rest alone.
DemoCollection addApplication(LocalInstance &store, const QString &id, const QString &name,
                              int count, QRandomGenerator &rng, const DemoFlavour &flavour,
                              const ApiTokenCreator &creator, const QString &userId)
{
    store.addOwner(Kind::Application, id);
    store.addMember(userId, Kind::Application, id);
    fill(store, Kind::Application, id, count, rng, flavour, creator, {});
    return {TokenLocation::application(id), name};
}
} // namespace

namespace DemoData {
DemoInstance populate(LocalInstance &instance, int tokenCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    DemoInstance demo;
    demo.instanceId = instance.addInstance(hexId(rng));
    const QDateTime now = instance.now();
    // The demo user's access token: it made every token an API token made.
    const ApiTokenCreator admin{hexId(rng), QStringLiteral("Losant Tokens demo admin"), QString()};
    // The applications' own random streams, whose first draw is their ID: the organizations,
    // which the tokens' roles name, list them.
    QRandomGenerator greenhouseRng(seed + 1);
    const QString greenhouse = hexId(greenhouseRng);
    QRandomGenerator fleetRng(seed + 2);
    const QString fleet = hexId(fleetRng);
    const QList<DemoOrg> orgs
            = DemoDirectory::populate(instance, demo.instanceId, greenhouse, fleet, seed + 6);
    fill(instance, Kind::Instance, demo.instanceId, tokenCount, rng, DemoFlavours::instance(),
         admin, orgs);
    demo.userId = instance.addOwner(Kind::User, hexId(rng));
    instance.addMember(demo.userId, Kind::Instance, demo.instanceId);
    for (const DemoOrg &org : orgs)
        instance.addOrgMember(demo.userId, org.id);

    // The instance's own administrator token, as an instance usually has one.
    ApiToken instanceAdmin;
    instanceAdmin.name = QStringLiteral("Instance admin");
    instanceAdmin.description = QStringLiteral("Administers this instance for scripts.");
    instanceAdmin.scope = QStringList{QStringLiteral("all.Instance")};
    // Admin in every organization and never expiring: the findings' worst case (issue 13).
    instanceAdmin.defaultRole = QStringLiteral("admin");
    instanceAdmin.creatorType = QStringLiteral("user");
    instanceAdmin.creatorName = DemoFlavours::demoUserName();
    instanceAdmin.creatorId = demo.userId;
    instanceAdmin.creationDate = now.addDays(-400);
    QRandomGenerator adminRng(seed + 3);
    instanceAdmin.id = hexId(adminRng);
    instance.addToken(Kind::Instance, demo.instanceId, instanceAdmin);

    demo.collections << DemoCollection{TokenLocation::instance(demo.instanceId), QString()};
    demo.collections << addApplication(instance, greenhouse, QStringLiteral("Greenhouse sensors"),
                                       40, greenhouseRng, DemoFlavours::greenhouse(), admin,
                                       demo.userId);
    demo.collections << addApplication(instance, fleet, QStringLiteral("Fleet telemetry"), 600,
                                       fleetRng, DemoFlavours::fleet(), admin, demo.userId);
    demo.collections << DemoCollection{TokenLocation::user(), QString()};

    // The user's own tokens, then the one the demo signs in with.
    QRandomGenerator userRng(seed + 4);
    fill(instance, Kind::User, demo.userId, 12, userRng, DemoFlavours::user(),
         {admin.id, admin.name, demo.userId}, orgs);
    ApiToken token;
    token.id = admin.id;
    token.name = admin.name;
    token.description = QStringLiteral(
            "Created by the demo mode: reaches the instance, both applications and my tokens.");
    token.scope = QStringList{QStringLiteral("all.User")};
    token.creatorType = QStringLiteral("user");
    token.creatorName = DemoFlavours::demoUserName();
    token.creatorId = demo.userId;
    token.creationDate = now.addDays(-400);
    demo.adminSecret = instance.addToken(Kind::User, demo.userId, token).token;

    // A year of the instance's audit log, acted on by the demo user, a colleague and both
    // administering tokens besides each token's creator.
    QRandomGenerator historyRng(seed + 5);
    const QList<AuditParty> actors{
            {demo.userId, QStringLiteral("User"), DemoFlavours::demoUserName()},
            {hexId(historyRng), QStringLiteral("User"), QStringLiteral("Grace Hopper")},
            {instanceAdmin.id, QStringLiteral("ApiToken"), instanceAdmin.name},
            {admin.id, QStringLiteral("ApiToken"), admin.name}};
    DemoHistory::populate(instance, demo.instanceId, actors, historyRng.generate());
    return demo;
}
} // namespace DemoData
