#include "connections/SecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QStringList>

#include <qt6keychain/keychain.h>

namespace {
// The bus names of the keychains QtKeychain talks to on Linux.
QStringList keychainBusNames()
{
    return {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
            QStringLiteral("org.kde.kwalletd6")};
}

// Why no keychain can be reached on the session bus, or empty when one can.
QString keychainUnreachableReason()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnectionInterface *busInterface = bus.isConnected() ? bus.interface() : nullptr;
    if (!busInterface)
        return SecretStore::tr("There is no D-Bus session bus to reach a keychain through.");
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    const QStringList names = keychainBusNames();
    for (const QString &name : names) {
        const QDBusReply<bool> registered = busInterface->isServiceRegistered(name);
        if (registered.isValid() && registered.value())
            return QString();
        if (activatable.isValid() && activatable.value().contains(name))
            return QString();
    }
    return SecretStore::tr("No keychain service (such as GNOME Keyring or KWallet) is on the bus.");
}

// Backends word their own errors; this keeps a secret out of them whatever they say.
QString withoutSecret(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("…"));
    return text;
}

template<typename Job> Job *newJob(const QString &service, const QString &profile)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(profile);
    return job;
}
} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{ }

void SecretStore::read(const QString &profile, ReadDone done)
{
    if (m_sessionOnly) {
        later([done, secret = m_sessionSecrets.value(profile)] {
            if (done)
                done(secret, QString());
        });
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, profile);
    // With this store as context the callback is dropped if the store goes first.
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, done] {
        QString secret;
        QString error;
        switch (job->error()) {
        case QKeychain::NoError:
            secret = job->textData();
            break;
        case QKeychain::EntryNotFound:
            break;
        default:
            if (fallsBack(job))
                secret = m_sessionSecrets.value(profile);
            else
                error = tr("Could not read the access token of “%1” from the keychain: %2")
                                .arg(profile, job->errorString());
        }
        if (done)
            done(secret, error);
    });
    job->start();
}

void SecretStore::write(const QString &profile, const QString &secret, Done done)
{
    if (m_sessionOnly) {
        m_sessionSecrets.insert(profile, secret);
        later([done] {
            if (done)
                done(QString());
        });
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, profile);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, secret, done] {
        QString error;
        if (job->error() != QKeychain::NoError) {
            if (fallsBack(job))
                m_sessionSecrets.insert(profile, secret);
            else
                error = tr("Could not store the access token of “%1” in the keychain: %2")
                                .arg(profile, withoutSecret(job->errorString(), secret));
        }
        if (done)
            done(error);
    });
    job->start();
}

void SecretStore::remove(const QString &profile, Done done)
{
    if (m_sessionOnly) {
        m_sessionSecrets.remove(profile);
        later([done] {
            if (done)
                done(QString());
        });
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, profile);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, done] {
        QString error;
        switch (job->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            break;
        default:
            if (fallsBack(job))
                m_sessionSecrets.remove(profile);
            else
                error = tr("Could not delete the access token of “%1” from the keychain: %2")
                                .arg(profile, job->errorString());
        }
        if (done)
            done(error);
    });
    job->start();
}

void SecretStore::rename(const QString &oldProfile, const QString &newProfile, Done done)
{
    if (oldProfile == newProfile) {
        later([done] {
            if (done)
                done(QString());
        });
        return;
    }
    const auto finish = [done](const QString &error) {
        if (done)
            done(error);
    };
    read(oldProfile,
         [this, oldProfile, newProfile, finish](const QString &secret, const QString &readError) {
             if (!readError.isEmpty())
                 return finish(readError);
             // No secret to move: a stale one under the new name must not come back to life.
             if (secret.isEmpty())
                 return remove(newProfile, finish);
             write(newProfile, secret, [this, oldProfile, finish](const QString &writeError) {
                 if (!writeError.isEmpty())
                     return finish(writeError); // the old entry stays, so nothing is lost
                 remove(oldProfile, finish);
             });
         });
}

bool SecretStore::isKeychainAvailable()
{
#ifdef LOSANT_QKEYCHAIN_HAS_IS_AVAILABLE
    if (!QKeychain::isAvailable())
        return false;
#endif
    return keychainUnreachableReason().isEmpty();
}

bool SecretStore::fallsBack(const QKeychain::Job *job)
{
    QString reason;
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reason = tr("No keychain is available: %1").arg(job->errorString());
        break;
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
        // The same codes also mean a real failure of a running keychain, which is not ours to hide.
        reason = keychainUnreachableReason();
        if (reason.isEmpty())
            return false;
        break;
    default:
        return false;
    }
    if (!m_sessionOnly) {
        m_sessionOnly = true;
        m_unavailableReason = reason;
        Q_EMIT keychainUnavailable(reason);
    }
    return true;
}

void SecretStore::later(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}
