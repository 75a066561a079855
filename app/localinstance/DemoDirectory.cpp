#include "localinstance/DemoDirectory.h"

#include "localinstance/LocalInstance.h"

#include <QHash>

namespace {
// What the demo fills in: an organization's name and description, and the names of its
// applications and dashboards.
struct OrgPlan
{
    QString name;
    QString description;
    QStringList applications;
    QStringList dashboards;
};

QList<OrgPlan> plans()
{
    return {{QStringLiteral("Acme Farms"),
             QStringLiteral("Greenhouses and fields in the valley."),
             {QStringLiteral("Greenhouse sensors"), QStringLiteral("Irrigation control"),
              QStringLiteral("Soil moisture"), QStringLiteral("Weather station")},
             {QStringLiteral("Greenhouse overview"), QStringLiteral("Water usage"),
              QStringLiteral("Harvest forecast")}},
            {QStringLiteral("Northwind Logistics"),
             QString(),
             {QStringLiteral("Fleet telemetry"), QStringLiteral("Warehouse climate"),
              QStringLiteral("Cold chain monitor")},
             {QStringLiteral("Fleet map"), QStringLiteral("Delivery times"),
              QStringLiteral("Fuel efficiency"), QStringLiteral("Cold chain alerts")}},
            {QStringLiteral("Contoso Labs"),
             QStringLiteral("Research buildings and their equipment."),
             {QStringLiteral("Lab freezers"), QStringLiteral("Air quality"),
              QStringLiteral("Badge readers"), QStringLiteral("Prototype rig"),
              QStringLiteral("Energy meters")},
             {QStringLiteral("Freezer temperatures"), QStringLiteral("Building energy")}},
            // Markup in a name: the pickers must show it as the text it is.
            {QStringLiteral("R&D <i>lab</i>"),
             QString(),
             {QStringLiteral("Sensor prototypes"), QStringLiteral("Firmware canary")},
             {QStringLiteral("Canary health"), QStringLiteral("Test bench")}}};
}
} // namespace

namespace DemoDirectory {
QString hexId(QRandomGenerator &rng)
{
    const quint64 high = rng.generate64();
    const quint32 low = rng.generate();
    return QString::number(high, 16).rightJustified(16, QLatin1Char('0'))
            + QString::number(low, 16).rightJustified(8, QLatin1Char('0'));
}

QList<DemoOrg> populate(LocalInstance &instance, const QString &instanceId,
                        const QString &greenhouseId, const QString &fleetId, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QDateTime now = instance.now();
    // Created one to four years ago, last changed since.
    const auto dated = [&rng, &now](auto &item) {
        const int ageDays = rng.bounded(365, 4 * 365);
        item.creationDate = now.addDays(-ageDays).addSecs(-rng.bounded(24 * 3600));
        item.lastUpdated = item.creationDate.addDays(rng.bounded(ageDays));
    };
    // The demo's applications with tokens keep their own IDs (and their tokens).
    const QHash<QString, QString> known{{QStringLiteral("Greenhouse sensors"), greenhouseId},
                                        {QStringLiteral("Fleet telemetry"), fleetId}};
    QList<DemoOrg> orgs;
    for (const OrgPlan &plan : plans()) {
        LocalDirectory::Org org;
        org.id = hexId(rng);
        org.instanceId = instanceId;
        org.name = plan.name;
        org.description = plan.description;
        dated(org);
        instance.directory().addOrg(org);
        DemoOrg demo{org.id, {}, {}};
        for (const QString &name : plan.applications) {
            LocalDirectory::Resource app;
            app.id = known.contains(name) ? known.value(name) : hexId(rng);
            instance.addOwner(TokenLocation::Kind::Application, app.id); // it may hold tokens
            app.name = name;
            app.orgId = org.id;
            dated(app);
            instance.directory().setApplication(app);
            demo.applicationIds << app.id;
        }
        for (const QString &name : plan.dashboards) {
            LocalDirectory::Resource dashboard;
            dashboard.id = hexId(rng);
            dashboard.name = name;
            dashboard.orgId = org.id;
            // About half the dashboards show one of the organization's applications.
            if (rng.bounded(2))
                dashboard.applicationId = pickFor(dashboard.id, demo.applicationIds);
            dated(dashboard);
            instance.directory().addDashboard(dashboard);
            demo.dashboardIds << dashboard.id;
        }
        orgs << demo;
    }
    return orgs;
}

const QString &pickFor(const QString &drawnId, const QStringList &ids)
{
    return ids.at(qsizetype(drawnId.right(8).toUInt(nullptr, 16) % quint32(ids.size())));
}
} // namespace DemoDirectory
