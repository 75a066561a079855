#include "localinstance/DemoData.h"

#include "localinstance/LocalInstance.h"

#include <QRandomGenerator>

namespace {
const char *const kPurposes[] = {
        "ci-deploy",        "Grafana read-only", "edge gateway",    "backup job",  "billing export",
        "mqtt bridge",      "nightly report",    "support console", "terraform",   "data-lake sync",
        "alerting webhook", "Mobile app",        "kiosk",           "partner API", "load test"};
const char *const kSuffixes[]
        = {"eu-west", "us-east", "staging", "prod", "dev", "v2", "legacy", "temp", "Q3", "site B"};
const char *const kUsers[]
        = {"Ada Lovelace", "Grace Hopper", "Linus Ops", "Marta Nowak", "Kenji Sato"};
const char *const kFlows[] = {"Token rotation flow", "Provisioning workflow"};
const char *const kDescriptions[] = {
        "Used by the deployment pipeline.",      "Read-only access for dashboards.",
        "Rotate before the end of the quarter.", "Owned by the platform team; ask before deleting.",
        "Temporary token for a migration.",      "Field gateways at the Hamburg site."};

// Scope sets a token of the demo may carry.
const QStringList kScopeSets[] = {
        {QStringLiteral("all.Instance")},
        {QStringLiteral("all.Instance.read")},
        {QStringLiteral("instanceApiTokens.*"), QStringLiteral("instanceApiToken.*")},
        {QStringLiteral("instanceApiTokens.get"), QStringLiteral("instanceApiToken.get")},
        {QStringLiteral("all.Instance.bounded")},
        {QStringLiteral("all.User.read")},
        {QStringLiteral("instanceApiTokens.get"), QStringLiteral("instanceApiTokens.post"),
         QStringLiteral("instanceApiToken.patch")},
};

template<typename T, std::size_t N> const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString hexId(QRandomGenerator &rng)
{
    const quint64 high = rng.generate64();
    const quint32 low = rng.generate();
    return QString::number(high, 16).rightJustified(16, QLatin1Char('0'))
            + QString::number(low, 16).rightJustified(8, QLatin1Char('0'));
}

QString tokenName(QRandomGenerator &rng)
{
    QString name = QLatin1String(pick(rng, kPurposes));
    switch (rng.bounded(3)) {
    case 0:
        name += QLatin1Char('-') + QLatin1String(pick(rng, kSuffixes));
        break;
    case 1:
        name += QLatin1Char(' ') + QString::number(rng.bounded(1, 40));
        break;
    default:
        break;
    }
    return name;
}
} // namespace

namespace DemoData {
DemoInstance populate(LocalInstance &instance, int tokenCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QString instanceId = instance.addInstance(hexId(rng));
    const QDateTime now = instance.now();
    const QString adminId = hexId(rng);
    QStringList apiTokenCreators{adminId};
    for (int i = 0; i < tokenCount; ++i) {
        ApiToken t;
        t.id = hexId(rng);
        t.name = tokenName(rng);
        t.status = rng.bounded(100) < 20 ? QStringLiteral("inactive") : QStringLiteral("active");
        switch (rng.bounded(4)) {
        case 0:
        case 1:
            t.creatorType = QStringLiteral("user");
            t.creatorName = QLatin1String(pick(rng, kUsers));
            t.creatorId = hexId(rng);
            break;
        case 2:
            t.creatorType = QStringLiteral("flow");
            t.creatorName = QLatin1String(pick(rng, kFlows));
            t.creatorId = hexId(rng);
            break;
        default:
            t.creatorType = QStringLiteral("apiToken");
            t.creatorName = QStringLiteral("Losant Tokens demo admin");
            t.creatorId = apiTokenCreators.first();
            break;
        }
        t.scope = pick(rng, kScopeSets);
        if (rng.bounded(3) == 0)
            t.description = QLatin1String(pick(rng, kDescriptions));
        // Created over the last three years, updated some time after.
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
        if (rng.bounded(8) == 0) {
            t.defaultRole = QStringLiteral("view");
            OrgRole org;
            org.orgId = rng.bounded(2) ? hexId(rng) : QStringLiteral("sandbox");
            org.role = rng.bounded(2) ? QStringLiteral("edit") : QStringLiteral("collaborate");
            if (rng.bounded(2))
                org.applicationRoles.append({hexId(rng), QStringLiteral("view")});
            if (rng.bounded(2))
                org.dashboardRoles.append({hexId(rng), QStringLiteral("collaborate")});
            t.orgRoles.append(org);
        }
        instance.addToken(instanceId, t);
    }
    ApiToken admin;
    admin.id = adminId;
    admin.name = QStringLiteral("Losant Tokens demo admin");
    admin.description = QStringLiteral("Created by the demo mode to administer this instance.");
    admin.scope = QStringList{QStringLiteral("all.Instance")};
    admin.status = QStringLiteral("active");
    admin.creatorType = QStringLiteral("user");
    admin.creatorName = QLatin1String(kUsers[0]);
    admin.creatorId = hexId(rng);
    admin.creationDate = now.addDays(-400);
    const QString secret = instance.addToken(instanceId, admin).token;
    return {instanceId, secret};
}
} // namespace DemoData
