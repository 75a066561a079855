#pragma once

#include "core/InstanceAuditLog.h"

#include <QList>
#include <QString>

class LocalInstance;

namespace DemoHistory {
// A year of audit log history for the demo instance's tokens (docs/api.md "Audit log"): the
// creation of those made within the year, their renames, status and description changes,
// tokens created and deleted since (so no longer listed), and a few refused changes. `actors`
// are those who act besides the tokens' own creators (users and API tokens). The same seed
// and token set give the same entries; dates are relative to the instance's clock.
void populate(LocalInstance &store, const QString &instanceId, const QList<AuditParty> &actors,
              quint32 seed);
} // namespace DemoHistory
