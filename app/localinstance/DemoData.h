#pragma once

#include <QString>

class LocalInstance;

// The instance the demo mode fills, and the secret of its admin token.
struct DemoInstance
{
    QString instanceId;
    QString adminSecret;
};

namespace DemoData {
// Fills `instance` with an instance of `tokenCount` varied tokens plus an admin token (scope
// all.Instance). The same seed gives the same instance ID and tokens; dates are relative to
// the instance's clock and the admin secret is random.
DemoInstance populate(LocalInstance &instance, int tokenCount = 250, quint32 seed = 20261127);
} // namespace DemoData
