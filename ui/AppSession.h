#pragma once

#include "connections/ConnectionProfile.h"
#include "core/DemoEndpoint.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class LosantClient;
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
    // Opens the demo's collection of that index (0: the instance; then its applications and
    // the demo user's own tokens). False when the demo could not start (no loopback port).
    bool openDemo(int index = 0);
    // Reads the profile's token from the keychain (unless `token` is given), then opens it.
    void openProfile(const QString &name, const QString &token = QString());
    // A connection from the command line: used for this run, never saved.
    void openDirect(const ConnectionProfile &profile, const QString &token);
    void showConnections(const QString &select = QString(), const QString &notice = QString());

    MainWindow *window() const { return m_window; }
    QString currentProfile() const { return m_current; } // empty: the demo
    ConnectionDialog *connectionDialog() const { return m_dialog; }

Q_SIGNALS:
    // The shown window painted its first page (start-up measurements and screenshots).
    void firstPageShown();
    // A new window replaced the old one.
    void windowChanged(MainWindow *window);

private:
    void open(const ConnectionProfile &profile, const QString &token, const QString &label,
              const QString &choice);
    // The switcher's entry of the demo's collection `index`, of a profile.
    CollectionChoice demoChoice(int index) const;
    static CollectionChoice profileChoice(const ConnectionProfile &profile);
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
    int m_demoIndex = 0; // the demo's collection shown, while m_isDemo
    std::optional<DemoEndpoint> m_demo; // once the demo has started
    QString m_keychainNotice; // said once, in whichever window is open
    quint64 m_opening = 0; // tells a late keychain read apart from the latest request
};
