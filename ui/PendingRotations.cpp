#include "ui/PendingRotations.h"

#include "ui/SettingsKeys.h"

#include <QSettings>

namespace {
QList<RotationState> readAll()
{
    QSettings settings;
    QList<RotationState> all;
    const int n = settings.beginReadArray(SettingsKeys::kPendingRotations);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        QVariantMap map;
        for (const QString &key : settings.childKeys())
            map.insert(key, settings.value(key));
        const RotationState state = RotationState::fromMap(map);
        if (state.isPending())
            all.append(state);
    }
    settings.endArray();
    return all;
}

void writeAll(const QList<RotationState> &all)
{
    QSettings settings;
    settings.remove(SettingsKeys::kPendingRotations);
    settings.beginWriteArray(SettingsKeys::kPendingRotations, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        const QVariantMap map = all.at(i).toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            settings.setValue(it.key(), it.value()); // strings and a number: readable as text
    }
    settings.endArray();
}

bool same(const RotationState &a, const QString &collectionKey, const QString &oldId)
{
    return a.collectionKey == collectionKey && a.oldId == oldId;
}
} // namespace

namespace PendingRotations {

QList<RotationState> of(const QString &collectionKey)
{
    QList<RotationState> out;
    for (const RotationState &s : readAll())
        if (s.collectionKey == collectionKey)
            out.append(s);
    return out;
}

void save(const RotationState &state)
{
    QList<RotationState> all = readAll();
    bool replaced = false;
    for (RotationState &s : all) {
        if (same(s, state.collectionKey, state.oldId)) {
            s = state;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(state);
    all.removeIf([](const RotationState &s) { return !s.isPending(); });
    writeAll(all);
}

void remove(const QString &collectionKey, const QString &oldId)
{
    QList<RotationState> all = readAll();
    all.removeIf([&](const RotationState &s) { return same(s, collectionKey, oldId); });
    writeAll(all);
}

} // namespace PendingRotations
