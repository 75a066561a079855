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

bool AppSession::openDemo(int index)
{
    if (!m_demo) {
        m_demo = m_startDemo ? m_startDemo() : std::nullopt;
        if (!m_demo)
            return false;
        if (m_demo->collections.isEmpty()) // a demo of one instance only
            m_demo->collections.append({TokenLocation::instance(m_demo->instanceId), QString()});
    }
    if (index < 0 || index >= m_demo->collections.size())
        index = 0;
    ConnectionProfile demo;
    demo.apiUrl = m_demo->apiUrl;
    demo.kind = m_demo->collections.at(index).location.kind();
    demo.ownerId = m_demo->collections.at(index).location.ownerId();
    m_isDemo = true;
    m_demoIndex = index;
    open(demo, m_demo->adminSecret, demoChoice(index).text, QString());
    remindOfDemo();
    return true;
}

CollectionChoice AppSession::demoChoice(int index) const
{
    CollectionChoice choice;
    choice.demoIndex = index;
    const DemoCollection &c = m_demo->collections.at(index);
    switch (c.location.kind()) {
    case TokenLocation::Kind::Instance:
        choice.text = tr("Demo instance (local)");
        break;
    case TokenLocation::Kind::Application:
        choice.text = tr("Demo application “%1” (local)").arg(c.name);
        break;
    case TokenLocation::Kind::User:
        choice.text = tr("Demo: my tokens (local)");
        break;
    }
    choice.toolTip = c.location.displayName();
    return choice;
}

CollectionChoice AppSession::profileChoice(const ConnectionProfile &profile)
{
    CollectionChoice choice;
    choice.profile = profile.name;
    // The kind beside the name; the ID in the tooltip, where a long one fits.
    choice.text = tr("%1 · %2").arg(profile.name, TokenLocation::kindName(profile.kind));
    choice.toolTip = tr("%1 on %2").arg(profile.location().displayName(), profile.apiUrl.host());
    return choice;
}

void AppSession::remindOfDemo()
{
    if (!m_window || !m_keychainNotice.isEmpty())
        return;
    const QString text = m_profiles->profiles().isEmpty()
            ? tr("This is the demo: made-up tokens on this computer, nothing leaves it. Add a "
                 "connection to manage the tokens of a real Losant instance or application, or "
                 "your own.")
            : tr("This is the demo on this computer. Switch to a real connection in the "
                 "“Tokens of” list.");
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
        open(p, secret, tr("%1 · %2 (%3)").arg(p.name, p.location().displayName(), p.apiUrl.host()),
             p.name);
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
    const QString label
            = tr("%1 (%2)").arg(profile.location().displayName(), profile.apiUrl.host());
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
    m_window = new MainWindow(TokenCollection(m_client.get(), profile.location()), label);
    refreshChoices();
    // Queued: these come from inside the window that the switch deletes.
    connect(
            m_window, &MainWindow::choiceRequested, this,
            [this](const CollectionChoice &choice) {
                if (choice.demoIndex >= 0) {
                    m_profiles->setLastUsed(QString());
                    openDemo(choice.demoIndex);
                } else {
                    openProfile(choice.profile);
                }
            },
            Qt::QueuedConnection);
    connect(
            m_window, &MainWindow::connectionsRequested, this,
            [this] {
                // After a 401 the dialog says why it opened: this access token is no use now.
                const QString notice = m_window && m_window->hasLostAccess()
                        ? tr("Losant no longer accepts this access token. Enter another access "
                             "token to manage these tokens again.")
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
    QList<CollectionChoice> choices;
    if (m_demo) {
        for (int i = 0; i < m_demo->collections.size(); ++i)
            choices.append(demoChoice(i));
    } else {
        // Not started yet: its instance alone, since starting it just to list it would cost.
        CollectionChoice instance;
        instance.demoIndex = 0;
        instance.text = tr("Demo instance (local)");
        choices.append(instance);
    }
    CollectionChoice current;
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        choices.append(profileChoice(p));
        if (!m_isDemo && p.name == m_current)
            current = choices.last();
    }
    if (m_isDemo) {
        current = demoChoice(m_demoIndex);
    } else if (current.profile.isEmpty() && !m_current.isEmpty()) {
        current.profile = m_current; // a connection from the command line
        current.text = m_current;
    }
    m_window->setChoices(choices, current);
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
