// Issue 12: one window session moves between the demo's instance, its two applications and the
// demo user's own tokens through the switcher, by keyboard, with no restart; the title and the
// switcher say which kind is open, and every row shown belongs to it.
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "localinstance/DemoServer.h"
#include "support/WindowFixture.h"
#include "ui/AppSession.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QComboBox>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSwitchKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void switcher_offersEveryDemoCollection_withItsKind();
    void switching_showsOnlyThatCollectionsTokens();

private:
    QComboBox *switcher() const;
    // Presses `key` on the switcher, as a person would, and waits for the new window's first
    // page (each arrow key press switches at once, so one press per switch).
    bool pressOnSwitcher(Qt::Key key);
    bool waitForLoaded();
    TokenListModel *model() const { return m_session->window()->model(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<AppSession> m_session;
    DemoEndpoint m_endpoint;
};

void TestSwitchKinds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("losant-tokens-test-switchkinds"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoServer>(30);
    m_session = std::make_unique<AppSession>(m_network.get(), m_profiles.get(), m_secrets.get());
    m_session->setDemoStarter([this] {
        const std::optional<DemoEndpoint> endpoint = m_demo->start();
        if (endpoint)
            m_endpoint = *endpoint;
        return endpoint;
    });
    QVERIFY(m_session->openDemo());
    QVERIFY(QTest::qWaitForWindowActive(m_session->window()));
    QVERIFY(waitForLoaded());
}

void TestSwitchKinds::cleanup()
{
    m_session.reset(); // the window before the server it talks to
    m_demo.reset();
    m_network.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

QComboBox *TestSwitchKinds::switcher() const
{
    return m_session->window()->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
}

bool TestSwitchKinds::waitForLoaded()
{
    bool ok = false;
    [&] {
        QTRY_VERIFY(model()->hasLoaded() && !model()->isLoading());
        ok = true;
    }();
    return ok;
}

bool TestSwitchKinds::pressOnSwitcher(Qt::Key key)
{
    QSignalSpy changed(m_session.get(), &AppSession::windowChanged);
    QComboBox *box = switcher();
    box->setFocus();
    QTest::keyClick(box, key);
    if (!changed.wait(10000))
        return false;
    return waitForLoaded();
}

void TestSwitchKinds::switcher_offersEveryDemoCollection_withItsKind()
{
    // The demo: one instance, two applications and the demo user's own tokens.
    QCOMPARE(m_endpoint.collections.size(), 4);
    QCOMPARE(m_endpoint.collections.at(0).location.kind(), TokenLocation::Kind::Instance);
    QCOMPARE(m_endpoint.collections.at(1).location.kind(), TokenLocation::Kind::Application);
    QCOMPARE(m_endpoint.collections.at(2).location.kind(), TokenLocation::Kind::Application);
    QCOMPARE(m_endpoint.collections.at(3).location.kind(), TokenLocation::Kind::User);

    QComboBox *box = switcher();
    QCOMPARE(box->currentText(), QStringLiteral("Demo instance (local)"));
    const QString first = m_endpoint.collections.at(1).name;
    const QString second = m_endpoint.collections.at(2).name;
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    QVERIFY(box->findText(QStringLiteral("Demo application “%1” (local)").arg(first)) > 0);
    QVERIFY(box->findText(QStringLiteral("Demo application “%1” (local)").arg(second)) > 0);
    QVERIFY(box->findText(QStringLiteral("Demo: my tokens (local)")) > 0);
    QVERIFY2(m_session->window()->windowTitle().contains(QLatin1String("Demo instance")),
             qPrintable(m_session->window()->windowTitle()));
}

void TestSwitchKinds::switching_showsOnlyThatCollectionsTokens()
{
    const int instanceTotal = model()->totalCount();
    QVERIFY(instanceTotal > 0);
    for (int row = 0; row < model()->rowCount(); ++row)
        QVERIFY(model()->tokenAt(row).ownerType.isEmpty()); // instance tokens have none

    QSet<int> totals{instanceTotal};
    for (int c = 1; c <= 2; ++c) {
        const DemoCollection &app = m_endpoint.collections.at(c);
        QVERIFY(pressOnSwitcher(Qt::Key_Down));
        QCOMPARE(switcher()->currentText(),
                 QStringLiteral("Demo application “%1” (local)").arg(app.name));
        MainWindow *window = m_session->window();
        QVERIFY2(window->windowTitle().contains(app.name), qPrintable(window->windowTitle()));
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(model()->tokenAt(row).ownerType, QStringLiteral("application"));
            QCOMPARE(model()->tokenAt(row).ownerId, app.location.ownerId());
        }
        totals.insert(model()->totalCount());
    }

    QVERIFY(pressOnSwitcher(Qt::Key_Down));
    QCOMPARE(switcher()->currentText(), QStringLiteral("Demo: my tokens (local)"));
    QVERIFY(model()->rowCount() > 0);
    const QString user = model()->tokenAt(0).ownerId;
    for (int row = 0; row < model()->rowCount(); ++row) {
        QCOMPARE(model()->tokenAt(row).ownerType, QStringLiteral("user"));
        QCOMPARE(model()->tokenAt(row).ownerId, user);
    }
    // The access token is one of the user's own tokens, and is marked as such.
    QVERIFY(model()->rowOfToken(model()->ownTokenId()) >= 0);
    totals.insert(model()->totalCount());
    QCOMPARE(totals.size(), 4); // four collections of different sizes: nothing mixed up

    // And back to the instance, in the same session.
    QVERIFY(pressOnSwitcher(Qt::Key_Home));
    QCOMPARE(switcher()->currentText(), QStringLiteral("Demo instance (local)"));
    QCOMPARE(model()->totalCount(), instanceTotal);
}

QTEST_MAIN(TestSwitchKinds)
#include "tst_switchkinds.moc"
