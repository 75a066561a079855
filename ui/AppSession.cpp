#include "ui/AppSession.h"

#include "api/LosantClient.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"

AppSession::AppSession(QNetworkAccessManager *network, ProfileStore *profiles, SecretStore *secrets,
                       QObject *parent)
    : QObject(parent), m_network(network), m_profiles(profiles), m_secrets(secrets)
{
    connect(m_secrets, &SecretStore::keychainUnavailable, this, [this](const QString &reason) {
        m_keychainNotice = tr("No keychain is available (%1): access tokens you enter are kept "
                              "for this session only and never written to disk.")
                                   .arg(reason);
        if (m_window)
            m_window->infoBar()->showMessage(m_keychainNotice, MessageBar::Type::Warning);
    });
    connect(m_profiles, &ProfileStore::changed, this, &AppSession::refreshChoices);
}

AppSession::~AppSession()
{
    delete m_dialog;
    if (m_window)
        m_window->saveLayout();
    delete m_window; // before the client it uses
}

bool AppSession::openDemo()
{
    const std::optional<DemoEndpoint> endpoint = m_startDemo ? m_startDemo() : std::nullopt;
    if (!endpoint)
        return false;
    ConnectionProfile demo;
    demo.apiUrl = endpoint->apiUrl;
    demo.ownerId = endpoint->instanceId;
    m_isDemo = true;
    open(demo, endpoint->adminSecret, tr("Demo instance (local)"), QString());
    remindOfDemo();
    return true;
}

void AppSession::remindOfDemo()
{
    if (!m_window || !m_keychainNotice.isEmpty())
        return;
    const QString text = m_profiles->profiles().isEmpty()
            ? tr("This is the demo instance: made-up tokens on this computer, nothing leaves it. "
                 "Add a connection to manage a real Losant instance.")
            : tr("This is the demo instance on this computer. Switch to a real instance in the "
                 "Instance list.");
    m_window->infoBar()->showMessage(text, MessageBar::Type::Information, tr("Add a &Connection…"));
}

void AppSession::openProfile(const QString &name, const QString &token)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile) {
        showConnections(QString(), tr("There is no profile named “%1”.").arg(name));
        return;
    }
    const quint64 ticket = ++m_opening;
    const auto go = [this, ticket, p = *profile](const QString &secret, const QString &error) {
        if (ticket != m_opening)
            return; // the person has asked for something else meanwhile
        if (!error.isEmpty() || secret.isEmpty()) {
            if (!m_window)
                openDemo();
            showConnections(p.name,
                            error.isEmpty()
                                    ? tr("No access token is stored for “%1”. Enter it to open "
                                         "the instance.")
                                              .arg(p.name)
                                    : tr("The access token of “%1” could not be read: %2")
                                              .arg(p.name, error));
            return;
        }
        m_isDemo = false;
        m_profiles->setLastUsed(p.name);
        open(p, secret, tr("%1 (%2)").arg(p.name, p.apiUrl.host()), p.name);
    };
    if (!token.isEmpty())
        go(token, QString());
    else
        m_secrets->read(name, go);
}

void AppSession::openDirect(const ConnectionProfile &profile, const QString &token)
{
    ++m_opening;
    m_isDemo = false;
    const QString label = tr("%1 (%2)").arg(profile.location().displayName(), profile.apiUrl.host());
    open(profile, token, label, profile.name.isEmpty() ? label : profile.name);
}

void AppSession::open(const ConnectionProfile &profile, const QString &token, const QString &label,
                      const QString &choice)
{
    MainWindow *old = m_window;
    std::unique_ptr<LosantClient> oldClient = std::move(m_client);
    if (old)
        old->saveLayout(); // the new window starts with the same layout

    m_client = std::make_unique<LosantClient>(m_network);
    m_client->setBaseUrl(profile.apiUrl);
    m_client->setAccessToken(token);
    m_client->setLosantDomain(profile.losantDomain);
    m_current = choice;
    m_window = new MainWindow(
            TokenCollection(m_client.get(), profile.location()), label);
    refreshChoices();
    // Queued: these come from inside the window that the switch deletes.
    connect(
            m_window, &MainWindow::profileRequested, this,
            [this](const QString &name) {
                if (name.isEmpty()) {
                    m_profiles->setLastUsed(QString());
                    openDemo();
                } else {
                    openProfile(name);
                }
            },
            Qt::QueuedConnection);
    connect(
            m_window, &MainWindow::connectionsRequested, this,
            [this] {
                // After a 401 the dialog says why it opened: this access token is no use now.
                const QString notice = m_window && m_window->hasLostAccess()
                        ? tr("The instance no longer accepts this access token. Enter another "
                             "access token to manage it again.")
                        : QString();
                showConnections(m_isDemo ? QString() : m_current, notice);
            },
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::firstPageShown, this, &AppSession::firstPageShown);
    if (!m_keychainNotice.isEmpty())
        m_window->infoBar()->showMessage(m_keychainNotice, MessageBar::Type::Warning);
    m_window->show();
    // Everything of the old instance goes now: its dialogs, and (with its client) whatever it
    // still had in flight.
    delete old;
    oldClient.reset();
    Q_EMIT windowChanged(m_window);
}

void AppSession::refreshChoices()
{
    if (!m_window)
        return;
    QStringList names;
    for (const ConnectionProfile &p : m_profiles->profiles())
        names.append(p.name);
    m_window->setProfileChoices(names, m_isDemo ? QString() : m_current);
}

void AppSession::showConnections(const QString &select, const QString &notice)
{
    if (!m_dialog) {
        // No parent: opening a profile replaces the window, and the dialog must survive it.
        m_dialog = new ConnectionDialog(m_profiles, m_secrets, m_network);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setAttribute(Qt::WA_QuitOnClose, false); // closing the window still quits
        connect(
                m_dialog, &ConnectionDialog::openRequested, this,
                [this](const QString &name) { openProfile(name); }, Qt::QueuedConnection);
    }
    if (!select.isEmpty() || m_profiles->profiles().isEmpty())
        m_dialog->selectProfile(select);
    m_dialog->showNotice(notice);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}
