#include "cli/CliConnection.h"

#include "cli/ConnectionOptions.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

CliConnection::CliConnection(QObject *parent) : QObject(parent) { }

CliConnection::~CliConnection() = default;

void CliConnection::open(const ConnectionOptions &options)
{
    if (options.profile.isEmpty()) {
        m_client.setBaseUrl(options.url);
        m_location = TokenLocation::of(options.kind, options.ownerId);
        const QString token = options.accessToken;
        QTimer::singleShot(0, this, [this, token] { connectWith(token); });
        return;
    }
    QSettings settings;
    const std::optional<ConnectionProfile> profile
            = ProfileStore(&settings).profile(options.profile);
    const QString name = options.profile;
    if (!profile) { // checked already; gone since only if another process removed it
        QTimer::singleShot(0, this, [this, name] {
            Q_EMIT failed(tr("there is no connection profile \"%1\"").arg(name), true);
        });
        return;
    }
    m_client.setBaseUrl(profile->apiUrl);
    m_client.setLosantDomain(profile->losantDomain);
    m_location = profile->location();
    if (!options.accessToken.isEmpty()) {
        const QString token = options.accessToken;
        QTimer::singleShot(0, this, [this, token] { connectWith(token); });
        return;
    }
    m_secrets = new SecretStore(QStringLiteral("losant-tokens"), this);
    m_secrets->read(name, [this, name](const QString &secret, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(tr("cannot read the access token of profile \"%1\" from the keychain: "
                             "%2")
                                  .arg(name, error),
                          false);
            return;
        }
        if (secret.isEmpty()) {
            Q_EMIT failed(tr("profile \"%1\" has no access token saved in the keychain: give "
                             "--token-file")
                                  .arg(name),
                          true);
            return;
        }
        connectWith(secret);
    });
}

void CliConnection::connectWith(const QString &accessToken)
{
    m_client.setAccessToken(accessToken);
    Q_EMIT ready();
}
