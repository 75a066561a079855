#pragma once

#include "connections/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSettings;

// The saved connection profiles and the one used last, in QSettings; never an access token.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The settings must outlive the store; the app passes a default QSettings.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const; // sorted by name, case-insensitively
    std::optional<ConnectionProfile> profile(const QString &name) const;
    bool contains(const QString &name) const;

    // Adds or replaces the profile of that name; with previousName it is a rename that moves it.
    void save(const ConnectionProfile &profile, const QString &previousName = QString());
    void remove(const QString &name);

    QString lastUsed() const; // empty: the demo instance
    void setLastUsed(const QString &name);

Q_SIGNALS:
    void changed();

private:
    QList<ConnectionProfile> load() const;
    void store(const QList<ConnectionProfile> &profiles);
    void writeLastUsed(const QString &name);

    QSettings *m_settings;
};
