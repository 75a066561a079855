// Connections on the real widgets against the local instance over HTTP: the profile dialog
// (checks while typing, Test connection in words, save, remove), the window's switcher and
// title, switching while a request is in flight, and what a restart opens. Runs without a
// keychain (no session bus), so it also shows the session-only behaviour.
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "localinstance/DemoServer.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/AppSession.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/TokenListModel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {
// What Test connection is tried against.
enum class Tried { Valid, UnknownToken, TokenWithoutScope, UnknownInstance, ClosedPort };
} // namespace
Q_DECLARE_METATYPE(Tried)

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void instanceId_isCheckedWhileTyping();
    void httpToRemoteHost_isRefusedWithTheReason();
    void testConnection_saysEachOutcomeInWords_data();
    void testConnection_saysEachOutcomeInWords();
    void tokenField_isMaskedUntilShown();
    void saveAndOpen_showsTheInstance_andKeepsTheTokenOutOfSettings();
    void switching_abortsInFlight_andNeverMixesInstances();
    void restart_opensTheLastProfile_andWithoutKeychainAsksForTheToken();
    void removingProfile_removesItsSecret();
    void demo_offersToAddAConnection_andSaysOnceThereIsNoKeychain();

private:
    void startSession();
    ConnectionDialog *openDialog();
    void fill(ConnectionDialog *dialog, const QString &name, const QString &url,
              const QString &instance, const QString &token);
    ConnectionProfile profileFor(const QString &name, const QString &instanceId) const;
    // Saves the profile and its secret as the dialog would; true once the secret is stored.
    bool saveWithSecret(const ConnectionProfile &profile, const QString &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSettings *m_settings = nullptr;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    LocalInstanceServer *m_server = nullptr;
    std::unique_ptr<DemoServer> m_demo; // the demo instance, once a test opens it
    AppSession *m_session = nullptr;
    QString m_instanceA, m_adminA, m_instanceB, m_adminB, m_noScope;
};

void TestConnections::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestConnections::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings
            = new QSettings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = new ProfileStore(m_settings);
    m_secrets = new SecretStore(
            QStringLiteral("losant-tokens-test-%1").arg(QCoreApplication::applicationPid()));
    m_network = new QNetworkAccessManager(this);
    m_server = new LocalInstanceServer(this);
    LocalInstance &instance = m_server->instance();
    m_instanceA = instance.addInstance();
    m_adminA = instance.issueToken(m_instanceA, QStringLiteral("admin A"),
                                   {QStringLiteral("all.Instance")});
    m_noScope = instance.issueToken(m_instanceA, QStringLiteral("creator only"),
                                    {QStringLiteral("instanceApiTokens.post")});
    m_instanceB = instance.addInstance();
    m_adminB = instance.issueToken(m_instanceB, QStringLiteral("admin B"),
                                   {QStringLiteral("all.Instance")});
    for (int i = 0; i < 30; ++i) {
        ApiToken a;
        a.name = QStringLiteral("alpha %1").arg(i, 2, 10, QLatin1Char('0'));
        a.status = QStringLiteral("active");
        instance.addToken(m_instanceA, a);
        ApiToken b;
        b.name = QStringLiteral("beta %1").arg(i, 2, 10, QLatin1Char('0'));
        b.status = QStringLiteral("active");
        instance.addToken(m_instanceB, b);
    }
    QVERIFY(m_server->start() != 0);
}

void TestConnections::cleanup()
{
    delete m_session;
    m_session = nullptr;
    m_demo.reset(); // after the window that talks to it
    delete m_server;
    delete m_network;
    delete m_secrets;
    delete m_profiles;
    delete m_settings;
    m_dir.reset();
}

void TestConnections::startSession()
{
    m_demo = std::make_unique<DemoServer>(20);
    m_session = new AppSession(m_network, m_profiles, m_secrets);
    m_session->setDemoStarter([this] { return m_demo->start(); });
}

ConnectionProfile TestConnections::profileFor(const QString &name, const QString &instanceId) const
{
    ConnectionProfile p;
    p.name = name;
    p.apiUrl = m_server->baseUrl();
    p.ownerId = instanceId;
    return p;
}

bool TestConnections::saveWithSecret(const ConnectionProfile &profile, const QString &secret)
{
    m_profiles->save(profile);
    auto done = std::make_shared<bool>(false); // outlives a wait that gives up
    m_secrets->write(profile.name, secret, [done](const QString &) { *done = true; });
    return QTest::qWaitFor([done] { return *done; });
}

ConnectionDialog *TestConnections::openDialog()
{
    if (!m_session)
        startSession();
    m_session->showConnections();
    ConnectionDialog *dialog = m_session->connectionDialog();
    [&] {
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
    }();
    return dialog;
}

void TestConnections::fill(ConnectionDialog *dialog, const QString &name, const QString &url,
                           const QString &instance, const QString &token)
{
    const QList<QPair<QString, QString>> fields = {{QStringLiteral("profileNameEdit"), name},
                                                   {QStringLiteral("apiUrlEdit"), url},
                                                   {QStringLiteral("instanceIdEdit"), instance},
                                                   {QStringLiteral("accessTokenEdit"), token}};
    for (const auto &[objectName, text] : fields) {
        auto *edit = child<QLineEdit>(dialog, objectName);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
}

void TestConnections::instanceId_isCheckedWhileTyping()
{
    ConnectionDialog *dialog = openDialog();
    auto *edit = child<QLineEdit>(dialog, QStringLiteral("instanceIdEdit"));
    auto *error = child<QLabel>(dialog, QStringLiteral("instanceIdError"));
    QTest::keyClicks(edit, QStringLiteral("5f0c8f7e"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("this has 8")), qPrintable(error->text()));
    QTest::keyClicks(edit, QStringLiteral("xyz-!")); // not hexadecimal: never typed in
    QCOMPARE(edit->text(), QStringLiteral("5f0c8f7e"));
    QTest::keyClicks(edit, QStringLiteral("2d5b4a0012345678"));
    QVERIFY(!error->isVisible());
    QTest::keyClicks(edit, QStringLiteral("9")); // a 25th character does not fit
    QCOMPARE(edit->text(), QStringLiteral("5f0c8f7e2d5b4a0012345678"));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("saveProfileButton"))->isEnabled());
}

void TestConnections::httpToRemoteHost_isRefusedWithTheReason()
{
    ConnectionDialog *dialog = openDialog();
    fill(dialog, QStringLiteral("Staging"), QStringLiteral("http://staging.example.com"),
         m_instanceA, m_adminA);
    auto *error = child<QLabel>(dialog, QStringLiteral("apiUrlError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("staging.example.com"))
                     && error->text().contains(QLatin1String("https")),
             qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("saveProfileButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("testConnectionButton"))->isEnabled());

    // The same host over https, and plain http to this computer, are fine.
    fill(dialog, QStringLiteral("Staging"), QStringLiteral("https://staging.example.com"),
         m_instanceA, m_adminA);
    QVERIFY(!error->isVisible());
    fill(dialog, QStringLiteral("Local"), m_server->baseUrl().toString(), m_instanceA, m_adminA);
    QVERIFY(!error->isVisible());
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("saveProfileButton"))->isEnabled());
}

void TestConnections::testConnection_saysEachOutcomeInWords_data()
{
    QTest::addColumn<Tried>("which");
    QTest::addColumn<QString>("said");
    QTest::newRow("valid token") << Tried::Valid << "this instance has 32 API token";
    QTest::newRow("unknown token") << Tried::UnknownToken << "access token was refused";
    QTest::newRow("token without the scope")
            << Tried::TokenWithoutScope << "lacks a scope that can list tokens";
    QTest::newRow("unknown instance") << Tried::UnknownInstance << "No instance with this ID";
    QTest::newRow("closed port") << Tried::ClosedPort << "Could not reach";
}

void TestConnections::testConnection_saysEachOutcomeInWords()
{
    QFETCH(Tried, which);
    QFETCH(QString, said);
    QString url = m_server->baseUrl().toString();
    QString instance = m_instanceA;
    QString token = m_adminA;
    if (which == Tried::UnknownToken)
        token = QStringLiteral("not-a-token-this-server-issued");
    else if (which == Tried::TokenWithoutScope)
        token = m_noScope;
    else if (which == Tried::UnknownInstance)
        instance = QStringLiteral("0123456789abcdef01234567");
    if (which == Tried::ClosedPort) {
        LocalInstanceServer gone;
        QVERIFY(gone.start() != 0);
        url = gone.baseUrl().toString();
    } // its port is closed from here on

    ConnectionDialog *dialog = openDialog();
    fill(dialog, QStringLiteral("Trial"), url, instance, token);
    auto *test = child<QPushButton>(dialog, QStringLiteral("testConnectionButton"));
    auto *result = child<QLabel>(dialog, QStringLiteral("testResultLabel"));
    QSignalSpy finished(dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled()); // one test at a time
    QVERIFY(finished.wait(20000));
    QVERIFY2(result->text().contains(said), qPrintable(result->text()));
    QVERIFY(!result->text().contains(token)); // the token never shows, whatever happened
    QVERIFY(test->isEnabled());
    if (which == Tried::Valid) {
        // The count comes from a one-token page (reading the token's own scopes follows it).
        const RecordedRequest list = m_server->requests().constFirst();
        QVERIFY2(list.rawQuery.contains("perPage=1"), list.rawQuery.constData());
        QVERIFY2(result->text().contains(QLatin1String("may list and create tokens here")),
                 qPrintable(result->text()));
    }
}

void TestConnections::tokenField_isMaskedUntilShown()
{
    ConnectionDialog *dialog = openDialog();
    auto *token = child<QLineEdit>(dialog, QStringLiteral("accessTokenEdit"));
    QTest::keyClicks(token, QStringLiteral("secret-value"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>(dialog, QStringLiteral("showTokenButton")),
                      Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>(dialog, QStringLiteral("showTokenButton")),
                      Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    // The losantdomain header waits under "Advanced".
    auto *domain = child<QLineEdit>(dialog, QStringLiteral("losantDomainEdit"));
    QVERIFY(!domain->isVisible());
    QTest::mouseClick(child<QToolButton>(dialog, QStringLiteral("advancedToggle")), Qt::LeftButton);
    QVERIFY(domain->isVisible());
}

void TestConnections::saveAndOpen_showsTheInstance_andKeepsTheTokenOutOfSettings()
{
    ConnectionDialog *dialog = openDialog();
    fill(dialog, QStringLiteral("Production"), m_server->baseUrl().toString(), m_instanceB,
         m_adminB);
    QSignalSpy changed(m_session, &AppSession::windowChanged);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openProfileButton")),
                      Qt::LeftButton);
    QVERIFY(changed.wait());
    MainWindow *window = m_session->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY2(window->windowTitle().contains(QLatin1String("Production")),
             qPrintable(window->windowTitle()));
    QVERIFY(!window->windowTitle().contains(m_adminB));
    auto *switcher = child<QComboBox>(window, QStringLiteral("profileSwitcher"));
    // The switcher names the kind of what is open beside the profile's name.
    QCOMPARE(switcher->currentText(), QStringLiteral("Production · Instance"));
    QTRY_COMPARE(window->model()->rowCount(), 31);
    QVERIFY(window->model()->tokenAt(0).name.startsWith(QLatin1String("admin B")));
    QCOMPARE(m_profiles->lastUsed(), QStringLiteral("Production"));

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("Production"));
    QVERIFY(stored.contains(m_instanceB.toLatin1()));
    QVERIFY(!stored.contains(m_adminB.toLatin1()));
}

void TestConnections::switching_abortsInFlight_andNeverMixesInstances()
{
    QVERIFY(saveWithSecret(profileFor(QStringLiteral("A"), m_instanceA), m_adminA));
    QVERIFY(saveWithSecret(profileFor(QStringLiteral("B"), m_instanceB), m_adminB));

    LocalInstanceServer::Fault slow = LocalInstanceServer::Fault::delayed(700);
    slow.times = 1;
    m_server->setFault(LocalInstanceServer::Route::List, slow);
    startSession();
    QSignalSpy changed(m_session, &AppSession::windowChanged);
    m_session->openProfile(QStringLiteral("A"));
    QVERIFY(changed.wait());
    QTRY_COMPARE(m_server->requests().size(), 1); // A's slow first page is out

    // The person picks B in the switcher, by keyboard.
    auto *switcher = child<QComboBox>(m_session->window(), QStringLiteral("profileSwitcher"));
    QCOMPARE(switcher->currentText(), QStringLiteral("A · Instance"));
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QVERIFY(changed.wait());
    MainWindow *window = m_session->window();
    QVERIFY2(window->windowTitle().contains(QLatin1String("B")), qPrintable(window->windowTitle()));
    QTRY_COMPARE(window->model()->rowCount(), 31);
    QSignalSpy answered(m_server, &LocalInstanceServer::delayedAnswerDone);
    QVERIFY(answered.size() > 0 || answered.wait(5000)); // A's answer went out, to no one
    QTRY_VERIFY(!window->model()->isLoading());
    QCOMPARE(window->model()->rowCount(), 31);
    for (int row = 0; row < window->model()->rowCount(); ++row) {
        const QString name = window->model()->tokenAt(row).name;
        QVERIFY2(!name.startsWith(QLatin1String("alpha")) && name != QLatin1String("admin A"),
                 qPrintable(name));
    }
    QCOMPARE(m_profiles->lastUsed(), QStringLiteral("B"));
}

void TestConnections::restart_opensTheLastProfile_andWithoutKeychainAsksForTheToken()
{
    QVERIFY(saveWithSecret(profileFor(QStringLiteral("Prod"), m_instanceA), m_adminA));
    startSession();
    m_session->openProfile(QStringLiteral("Prod"));
    QTRY_VERIFY(m_session->window() && m_session->window()->model()->rowCount() == 32);
    delete m_session;
    m_session = nullptr;

    // A restart: new settings object, store and (no keychain here) an empty session memory.
    delete m_profiles;
    delete m_settings;
    delete m_secrets;
    m_settings
            = new QSettings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = new ProfileStore(m_settings);
    m_secrets = new SecretStore(QStringLiteral("losant-tokens-test-restart"));
    QCOMPARE(m_profiles->lastUsed(), QStringLiteral("Prod"));
    QCOMPARE(m_profiles->profile(QStringLiteral("Prod"))->ownerId, m_instanceA);

    startSession();
    m_session->openProfile(m_profiles->lastUsed());
    QTRY_VERIFY(m_session->connectionDialog() && m_session->connectionDialog()->isVisible());
    ConnectionDialog *dialog = m_session->connectionDialog();
    auto *notice = child<QLabel>(dialog, QStringLiteral("connectionNotice"));
    QVERIFY2(notice->text().contains(QStringLiteral("No access token is stored for “Prod”")),
             qPrintable(notice->text()));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("profileNameEdit"))->text(),
             QStringLiteral("Prod"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("tokenStorageNote"))
                    ->text()
                    .contains(QLatin1String("this session only")));
    // The demo instance fills the window meanwhile, so the app is never empty.
    QVERIFY(m_session->window());

    // Entering the token opens the instance.
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("accessTokenEdit")), m_adminA);
    QSignalSpy changed(m_session, &AppSession::windowChanged);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openProfileButton")),
                      Qt::LeftButton);
    QVERIFY(changed.wait());
    QTRY_COMPARE(m_session->window()->model()->rowCount(), 32);
}

void TestConnections::removingProfile_removesItsSecret()
{
    QVERIFY(saveWithSecret(profileFor(QStringLiteral("Old"), m_instanceA), m_adminA));
    m_profiles->save(profileFor(QStringLiteral("Keep"), m_instanceB));

    ConnectionDialog *dialog = openDialog();
    dialog->selectProfile(QStringLiteral("Old"));
    QTRY_COMPARE(child<QLineEdit>(dialog, QStringLiteral("accessTokenEdit"))->text(), m_adminA);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("removeProfileButton")),
                      Qt::LeftButton);
    auto *ask = dialog->findChild<QMessageBox *>(QStringLiteral("confirmRemoveProfile"));
    QVERIFY(ask);
    QVERIFY(m_profiles->contains(QStringLiteral("Old"))); // nothing happens before the answer
    QTest::mouseClick(child<QPushButton>(ask, QStringLiteral("confirmRemoveButton")),
                      Qt::LeftButton);
    QVERIFY(!m_profiles->contains(QStringLiteral("Old")));
    QVERIFY(m_profiles->contains(QStringLiteral("Keep")));

    QString secret = QStringLiteral("unread");
    bool done = false;
    m_secrets->read(QStringLiteral("Old"), [&](const QString &s, const QString &) {
        secret = s;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(secret.isEmpty());
}

void TestConnections::demo_offersToAddAConnection_andSaysOnceThereIsNoKeychain()
{
    startSession();
    QVERIFY(m_session->openDemo());
    MainWindow *window = m_session->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *bar = child<MessageBar>(window, QStringLiteral("infoBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->message().startsWith(QLatin1String("This is the demo")),
             qPrintable(bar->message()));
    QCOMPARE(child<QComboBox>(window, QStringLiteral("profileSwitcher"))->currentText(),
             QStringLiteral("Demo instance (local)"));
    QTest::mouseClick(child<QPushButton>(bar, QStringLiteral("infoBarAction")), Qt::LeftButton);
    QTRY_VERIFY(m_session->connectionDialog() && m_session->connectionDialog()->isVisible());

    // Saving without a keychain: said once, in the window, and the token stays in memory.
    QSignalSpy unavailable(m_secrets, &SecretStore::keychainUnavailable);
    ConnectionDialog *dialog = m_session->connectionDialog();
    fill(dialog, QStringLiteral("One"), m_server->baseUrl().toString(), m_instanceA, m_adminA);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(dialog, QStringLiteral("connectionNotice"))
                        ->text()
                        .contains(QLatin1String("session only")));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addProfileButton")),
                      Qt::LeftButton);
    fill(dialog, QStringLiteral("Two"), m_server->baseUrl().toString(), m_instanceB, m_adminB);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_profiles->profiles().size(), 2);
    QTRY_VERIFY(bar->message().contains(QLatin1String("No keychain is available")));
    QCOMPARE(unavailable.size(), 1);
    // The switcher lists the new profiles.
    auto *switcher = child<QComboBox>(window, QStringLiteral("profileSwitcher"));
    QVERIFY(switcher->findText(QStringLiteral("One · Instance")) > 0);
    QVERIFY(switcher->findText(QStringLiteral("Two · Instance")) > 0);
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
