#include "connections/ProfileStore.h"

#include <QSettings>

#include <algorithm>

namespace {
// An array, not one group per name: any text, slashes included, is a valid profile name.
const QString kProfilesArray = QStringLiteral("connections/profiles");
const QString kLastUsedKey = QStringLiteral("connections/lastUsed");
const QString kNameKey = QStringLiteral("name");
const QString kApiUrlKey = QStringLiteral("apiUrl");
const QString kKindKey = QStringLiteral("kind");
const QString kOwnerIdKey = QStringLiteral("ownerId");
// Profiles from before other token kinds name only an instance, under this key; it is still
// written for instance profiles, so an older version can open them.
const QString kInstanceIdKey = QStringLiteral("instanceId");
const QString kLosantDomainKey = QStringLiteral("losantDomain");

bool byName(const ConnectionProfile &a, const ConnectionProfile &b)
{
    const int folded = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    // Names differing only in case still get one fixed order.
    return folded != 0 ? folded < 0 : a.name < b.name;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list = load();
    std::sort(list.begin(), list.end(), byName);
    return list;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const QList<ConnectionProfile> list = load();
    for (const ConnectionProfile &p : list)
        if (p.name == name)
            return p;
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

void ProfileStore::save(const ConnectionProfile &profile, const QString &previousName)
{
    if (profile.name.isEmpty())
        return; // the empty name means the demo instance, which is not a profile
    ConnectionProfile stored = profile;
    // A password in the URL would be a secret in a plain file.
    stored.apiUrl = stored.apiUrl.adjusted(QUrl::RemovePassword);

    QList<ConnectionProfile> list = load();
    const bool renamed = !previousName.isEmpty() && previousName != stored.name;
    const auto replaced = [&](const ConnectionProfile &p) {
        return p.name == stored.name || (renamed && p.name == previousName);
    };
    list.erase(std::remove_if(list.begin(), list.end(), replaced), list.end());
    list.append(stored);
    store(list);
    if (renamed && m_settings->value(kLastUsedKey).toString() == previousName)
        writeLastUsed(stored.name);
    m_settings->sync();
    Q_EMIT changed();
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> list = load();
    const qsizetype removed
            = list.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    const bool wasLastUsed = !name.isEmpty() && m_settings->value(kLastUsedKey).toString() == name;
    if (removed == 0 && !wasLastUsed)
        return;
    store(list);
    if (wasLastUsed)
        writeLastUsed(QString());
    m_settings->sync();
    Q_EMIT changed();
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(kLastUsedKey).toString();
    // A name left behind by another writer of the file must not pick a profile that is gone.
    return contains(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (m_settings->value(kLastUsedKey).toString() == name)
        return;
    writeLastUsed(name);
    m_settings->sync();
    Q_EMIT changed();
}

QList<ConnectionProfile> ProfileStore::load() const
{
    QList<ConnectionProfile> list;
    const int size = m_settings->beginReadArray(kProfilesArray);
    list.reserve(size);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(kNameKey).toString();
        if (p.name.isEmpty())
            continue; // a hand-edited or damaged entry
        const QString url = m_settings->value(kApiUrlKey).toString();
        if (!url.isEmpty())
            p.apiUrl = QUrl(url);
        const QString kind = m_settings->value(kKindKey).toString();
        if (!kind.isEmpty() && !TokenLocation::kindFromKey(kind, &p.kind))
            continue; // a kind from a newer version, or a hand-edited entry
        p.ownerId = kind.isEmpty() ? m_settings->value(kInstanceIdKey).toString()
                                   : m_settings->value(kOwnerIdKey).toString();
        if (p.kind == TokenLocation::Kind::User)
            p.ownerId.clear();
        p.losantDomain = m_settings->value(kLosantDomainKey).toString();
        list.append(p);
    }
    m_settings->endArray();
    return list;
}

void ProfileStore::store(const QList<ConnectionProfile> &profiles)
{
    // Rewritten whole, so a shorter list leaves no stale entries behind.
    m_settings->remove(kProfilesArray);
    m_settings->beginWriteArray(kProfilesArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(kNameKey, p.name);
        m_settings->setValue(kApiUrlKey, p.apiUrl.toString(QUrl::FullyEncoded));
        m_settings->setValue(kKindKey, TokenLocation::kindKey(p.kind));
        m_settings->setValue(kOwnerIdKey, p.ownerId);
        if (p.kind == TokenLocation::Kind::Instance)
            m_settings->setValue(kInstanceIdKey, p.ownerId);
        m_settings->setValue(kLosantDomainKey, p.losantDomain);
    }
    m_settings->endArray();
}

void ProfileStore::writeLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(kLastUsedKey);
    else
        m_settings->setValue(kLastUsedKey, name);
}
