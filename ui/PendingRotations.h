#pragma once

#include "workflows/RotationState.h"

#include <QList>

// The rotations left to be resumed, in the settings (SettingsKeys::kPendingRotations): one
// entry per old token and collection, plain values only (IDs, names, step, grace deadline).
namespace PendingRotations {
// The pending rotations of this collection (RotationState::keyOf), oldest first.
QList<RotationState> of(const QString &collectionKey);
// Stores the state, replacing the one of the same old token; a finished one is removed.
void save(const RotationState &state);
void remove(const QString &collectionKey, const QString &oldId);
} // namespace PendingRotations
