#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

class LocalInstance;

// One demo organization: its ID and those of its applications and dashboards, which the demo
// tokens' organization roles refer to.
struct DemoOrg
{
    QString id;
    QStringList applicationIds;
    QStringList dashboardIds;
};

namespace DemoDirectory {
// A 24-hex ID drawn from `rng` (two draws: 64 and 32 bits).
QString hexId(QRandomGenerator &rng);

// The demo instance's four organizations with their applications and dashboards, for the
// org-role editor's pickers. "Greenhouse sensors" (`greenhouseId`) joins Acme Farms and
// "Fleet telemetry" (`fleetId`) Northwind Logistics; every other ID and date comes from `seed`.
QList<DemoOrg> populate(LocalInstance &instance, const QString &instanceId,
                        const QString &greenhouseId, const QString &fleetId, quint32 seed);

// The organization, application or dashboard a drawn ID stands for: the same draw, the same pick.
const QString &pickFor(const QString &drawnId, const QStringList &ids);
} // namespace DemoDirectory
