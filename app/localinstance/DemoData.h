#pragma once

#include "core/DemoEndpoint.h"

#include <QList>
#include <QString>

class LocalInstance;

// What the demo mode fills: the instance, two applications and the demo user's own tokens, and
// the secret of the user's token that reaches all of them.
struct DemoInstance
{
    QString instanceId;
    QString adminSecret; // a user token with all.User; its user is a member of every collection
    QString userId;
    QList<DemoCollection> collections; // the instance, the applications by name, the user's
};

namespace DemoData {
// Fills `instance` with an instance of `tokenCount` varied tokens (and a token that administers
// it), the applications "Greenhouse sensors" (40 tokens) and "Fleet telemetry" (600), and a
// dozen tokens of the demo user, whose access token (all.User, in the user's own tokens) is the
// admin secret, and a year of the instance's audit log (DemoHistory). Four organizations
// (DemoDirectory), the user a member of each, hold the applications and dashboards that the
// tokens' organization roles name. The same seed gives the same IDs, tokens and history; dates
// are relative to the instance's clock and the secrets are random.
DemoInstance populate(LocalInstance &instance, int tokenCount = 250, quint32 seed = 20261127);
} // namespace DemoData
