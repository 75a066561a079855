#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// Access tokens by profile name in the OS keychain; without one, in memory for this session only.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // Callbacks run later from the event loop, never inside the call nor after the store is gone.
    using ReadDone = std::function<void(const QString &secret, const QString &error)>;
    using Done = std::function<void(const QString &error)>; // error empty: success

    explicit SecretStore(const QString &service = QStringLiteral("losant-tokens"),
                         QObject *parent = nullptr);

    QString service() const { return m_service; }

    // A profile without a stored secret reads as an empty secret and no error.
    void read(const QString &profile, ReadDone done);
    void write(const QString &profile, const QString &secret, Done done);
    void remove(const QString &profile, Done done); // removing a missing secret succeeds
    // Moves the secret (read, write, delete); without one under oldProfile, clears newProfile.
    void rename(const QString &oldProfile, const QString &newProfile, Done done);

    bool isSessionOnly() const { return m_sessionOnly; }
    QString unavailableReason() const { return m_unavailableReason; } // empty while usable

    // Asks the session bus for a Secret Service or KWallet, so it needs a QCoreApplication.
    static bool isKeychainAvailable();

Q_SIGNALS:
    // Once per store: from now on secrets stay in memory only, never written anywhere else.
    void keychainUnavailable(const QString &reason);

private:
    bool fallsBack(const QKeychain::Job *job);
    void later(std::function<void()> work);

    QString m_service;
    bool m_sessionOnly = false;
    QString m_unavailableReason;
    QHash<QString, QString> m_sessionSecrets;
};
