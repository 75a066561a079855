#pragma once

#include "connections/ConnectionProfile.h"
#include "core/DemoEndpoint.h"
#include "ui/ConnectionDialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class LosantClient;
class MainWindow;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;

// What is open: one instance in one window, with its own client. Switching builds a fresh
// client and window, so nothing in flight for the old instance can reach the new one.
class AppSession : public QObject
{
    Q_OBJECT
public:
    AppSession(QNetworkAccessManager *network, ProfileStore *profiles, SecretStore *secrets,
               QObject *parent = nullptr);
    ~AppSession() override;

    // Starts the demo instance (the first time) and says where it listens; the app's main and
    // the tests hand it in, so the widgets never link the server.
    using DemoStarter = std::function<std::optional<DemoEndpoint>()>;
    void setDemoStarter(DemoStarter start) { m_startDemo = std::move(start); }
    // False when the demo instance could not start (no loopback port).
    bool openDemo();
    // Reads the profile's token from the keychain (unless `token` is given), then opens it.
    void openProfile(const QString &name, const QString &token = QString());
    // A connection from the command line: used for this run, never saved.
    void openDirect(const ConnectionProfile &profile, const QString &token);
    void showConnections(const QString &select = QString(), const QString &notice = QString());

    MainWindow *window() const { return m_window; }
    QString currentProfile() const { return m_current; } // empty: the demo instance
    ConnectionDialog *connectionDialog() const { return m_dialog; }

Q_SIGNALS:
    // The shown window painted its first page (start-up measurements and screenshots).
    void firstPageShown();
    // A new window replaced the old one.
    void windowChanged(MainWindow *window);

private:
    void open(const ConnectionProfile &profile, const QString &token, const QString &label,
              const QString &choice);
    void refreshChoices();
    void remindOfDemo();

    QNetworkAccessManager *m_network;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    DemoStarter m_startDemo;
    std::unique_ptr<LosantClient> m_client;
    QPointer<MainWindow> m_window;
    QPointer<ConnectionDialog> m_dialog;
    QString m_current;
    bool m_isDemo = false;
    QString m_keychainNotice; // said once, in whichever window is open
    quint64 m_opening = 0; // tells a late keychain read apart from the latest request
};
