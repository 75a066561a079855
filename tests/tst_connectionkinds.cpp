// Issue 12: a connection names its collection. The connection dialog on real widgets against the
// local instance over HTTP: choosing instance, application or "My tokens" (by keyboard too),
// saving and reopening each kind, Test connection saying what the access token may do there,
// profiles from the instance-only version, and malformed application IDs. Runs without a
// keychain (no session bus), so secrets stay in the session's memory.
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "support/LocalApiFixture.h"
#include "support/WidgetLookup.h"
#include "ui/ConnectionDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
using Kind = TokenLocation::Kind;

QString kindButtonName(Kind kind)
{
    switch (kind) {
    case Kind::Instance:
        return QStringLiteral("kindInstance");
    case Kind::Application:
        return QStringLiteral("kindApplication");
    case Kind::User:
        break;
    }
    return QStringLiteral("kindUser");
}

// Where a widget is in the dialog once every pending layout has run.
QPoint placeOf(QWidget *widget)
{
    for (int pass = 0; pass < 3; ++pass) // nested layouts post their requests in turn
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->mapTo(widget->window(), QPoint());
}

// A label's text as the person reads it, without its mnemonic marker.
QString shown(const QLabel *label)
{
    return label->text().remove(QLatin1Char('&'));
}
} // namespace

class TestConnectionKinds : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void kindChoice_byKeyboard_relabelsTheId_andKeepsTheFormInPlace();
    void myTokens_savesNoId_andReopensAsMyTokens();
    void previousVersionProfile_opensAsAnInstance();
    void malformedApplicationId_isExplained_andNothingIsSent();
    void eachKind_roundTrips_andTestSaysItMayListAndCreate_data();
    void eachKind_roundTrips_andTestSaysItMayListAndCreate();
    void testConnection_saysWhatTheTokenMayDo_data();
    void testConnection_saysWhatTheTokenMayDo();

private:
    ConnectionDialog *openDialog();
    void fill(ConnectionDialog *dialog, const QString &name, Kind kind, const QString &ownerId,
              const QString &token);
    // Clicks Save and waits until the profile and its secret are stored.
    bool save(ConnectionDialog *dialog);
    // Clicks Test connection and returns what the dialog says once the test ends.
    QString testConnection(ConnectionDialog *dialog);
    QString shownId(ConnectionDialog *dialog) const;
    // The fixture's instance or application; empty for the user's own tokens.
    // The ID a connection of this kind names: none for My tokens.
    QString idOf(Kind kind) const { return kind == Kind::User ? QString() : ownerOf(kind); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QSettings *m_settings = nullptr;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionKinds::init()
{
    freshApi();
    QVERIFY(m_api->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings
            = new QSettings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = new ProfileStore(m_settings);
    m_secrets = new SecretStore(
            QStringLiteral("losant-tokens-kinds-%1").arg(QCoreApplication::applicationPid()));
}

void TestConnectionKinds::cleanup()
{
    m_dialog.reset();
    delete m_secrets;
    delete m_profiles;
    delete m_settings;
    m_dir.reset();
    dropApi();
}

ConnectionDialog *TestConnectionKinds::openDialog()
{
    m_dialog = std::make_unique<ConnectionDialog>(m_profiles, m_secrets, &m_api->network);
    m_dialog->show();
    [this] { QVERIFY(QTest::qWaitForWindowActive(m_dialog.get())); }();
    return m_dialog.get();
}

void TestConnectionKinds::fill(ConnectionDialog *dialog, const QString &name, Kind kind,
                               const QString &ownerId, const QString &token)
{
    QTest::mouseClick(child<QRadioButton>(dialog, kindButtonName(kind)), Qt::LeftButton);
    const QList<QPair<QString, QString>> fields
            = {{QStringLiteral("profileNameEdit"), name},
               {QStringLiteral("apiUrlEdit"), m_server->baseUrl().toString()},
               {QStringLiteral("instanceIdEdit"), ownerId},
               {QStringLiteral("accessTokenEdit"), token}};
    for (const auto &[objectName, text] : fields) {
        auto *edit = child<QLineEdit>(dialog, objectName);
        if (!edit->isVisible())
            continue; // the ID field, for "My tokens"
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
}

bool TestConnectionKinds::save(ConnectionDialog *dialog)
{
    auto *button = child<QPushButton>(dialog, QStringLiteral("saveProfileButton"));
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *notice = child<QLabel>(dialog, QStringLiteral("connectionNotice"));
    return QTest::qWaitFor([notice] { return notice->text().startsWith(QLatin1String("Saved")); });
}

QString TestConnectionKinds::testConnection(ConnectionDialog *dialog)
{
    auto *button = child<QPushButton>(dialog, QStringLiteral("testConnectionButton"));
    if (!button || !button->isEnabled())
        return QStringLiteral("(Test connection is disabled)");
    QSignalSpy finished(dialog->tester(), &ConnectionTester::finished);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(20000))
        return QStringLiteral("(no answer)");
    return child<QLabel>(dialog, QStringLiteral("testResultLabel"))->text();
}

QString TestConnectionKinds::shownId(ConnectionDialog *dialog) const
{
    auto *edit = child<QLineEdit>(dialog, QStringLiteral("instanceIdEdit"));
    return edit->isVisible() ? edit->text() : QString();
}

void TestConnectionKinds::kindChoice_byKeyboard_relabelsTheId_andKeepsTheFormInPlace()
{
    ConnectionDialog *dialog = openDialog();
    auto *instance = child<QRadioButton>(dialog, QStringLiteral("kindInstance"));
    auto *application = child<QRadioButton>(dialog, QStringLiteral("kindApplication"));
    auto *user = child<QRadioButton>(dialog, QStringLiteral("kindUser"));
    auto *label = child<QLabel>(dialog, QStringLiteral("ownerIdLabel"));
    auto *id = child<QLineEdit>(dialog, QStringLiteral("instanceIdEdit"));
    auto *token = child<QLineEdit>(dialog, QStringLiteral("accessTokenEdit"));
    auto *test = child<QPushButton>(dialog, QStringLiteral("testConnectionButton"));
    QVERIFY(instance->isChecked()); // a new profile starts as before: an instance
    QCOMPARE(shown(label), QStringLiteral("Instance ID:"));
    const QPoint emptyAt = placeOf(token);
    QTest::mouseClick(user, Qt::LeftButton);
    QCOMPARE(placeOf(token), emptyAt);
    QTest::mouseClick(instance, Qt::LeftButton);
    QCOMPARE(placeOf(token), emptyAt);

    QTest::keyClicks(id, QStringLiteral("5f0c8f7e")); // too short: a message under it
    const QPoint tokenAt = placeOf(token);
    const QPoint testAt = placeOf(test);

    // Alt+P picks Application: the ID keeps what was typed, under the application's name.
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(application->isChecked()); // a mnemonic clicks as if by mouse: press, release
    QCOMPARE(shown(label), QStringLiteral("Application ID:"));
    QCOMPARE(id->text(), QStringLiteral("5f0c8f7e"));
    QVERIFY2(child<QLabel>(dialog, QStringLiteral("instanceIdError"))
                     ->text()
                     .startsWith(QLatin1String("An application ID has 24")),
             qPrintable(child<QLabel>(dialog, QStringLiteral("instanceIdError"))->text()));
    QCOMPARE(placeOf(token), tokenAt);

    // The arrow keys move along the choice: My tokens needs no ID, and nothing below moves.
    application->setFocus();
    QTest::keyClick(application, Qt::Key_Right);
    QVERIFY(user->isChecked());
    QVERIFY(!id->isVisible());
    QCOMPARE(shown(label), QString());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("noOwnerIdNote"))->isVisible());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("instanceIdError"))->text().trimmed(),
             QString()); // no message about an ID that is not used
    QCOMPARE(placeOf(token), tokenAt);
    QCOMPARE(placeOf(test), testAt);

    QTest::keyClick(user, Qt::Key_Left);
    QTest::keyClick(application, Qt::Key_Left);
    QVERIFY(instance->isChecked());
    QVERIFY(id->isVisible());
    QCOMPARE(shown(label), QStringLiteral("Instance ID:"));
    QCOMPARE(id->text(), QStringLiteral("5f0c8f7e"));
    QCOMPARE(placeOf(token), tokenAt);
}

void TestConnectionKinds::myTokens_savesNoId_andReopensAsMyTokens()
{
    ConnectionDialog *dialog = openDialog();
    // An ID typed for an instance first does not stick to "My tokens".
    fill(dialog, QStringLiteral("Mine"), Kind::Instance, m_instanceId, m_api->admin);
    QTest::mouseClick(child<QRadioButton>(dialog, QStringLiteral("kindUser")), Qt::LeftButton);
    QVERIFY(save(dialog));
    const std::optional<ConnectionProfile> stored = m_profiles->profile(QStringLiteral("Mine"));
    QVERIFY(stored);
    QCOMPARE(stored->kind, Kind::User);
    QCOMPARE(stored->ownerId, QString());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_instanceId.toLatin1()));

    dialog = openDialog();
    dialog->selectProfile(QStringLiteral("Mine"));
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("kindUser"))->isChecked());
    QCOMPARE(shownId(dialog), QString());
    auto *list = child<QListWidget>(dialog, QStringLiteral("profileList"));
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Mine\nMy tokens"));
}

void TestConnectionKinds::previousVersionProfile_opensAsAnInstance()
{
    // Exactly what the instance-only version wrote: no kind, the ID under "instanceId".
    m_settings->beginWriteArray(QStringLiteral("connections/profiles"), 1);
    m_settings->setArrayIndex(0);
    m_settings->setValue(QStringLiteral("name"), QStringLiteral("Before"));
    m_settings->setValue(QStringLiteral("apiUrl"), m_server->baseUrl().toString());
    m_settings->setValue(QStringLiteral("instanceId"), m_instanceId);
    m_settings->setValue(QStringLiteral("losantDomain"), QString());
    m_settings->endArray();
    m_settings->sync();
    bool written = false;
    m_secrets->write(QStringLiteral("Before"), m_api->admin,
                     [&written](const QString &) { written = true; });
    QTRY_VERIFY(written);

    ConnectionDialog *dialog = openDialog(); // opens the only profile
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("profileNameEdit"))->text(),
             QStringLiteral("Before"));
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("kindInstance"))->isChecked());
    QCOMPARE(shown(child<QLabel>(dialog, QStringLiteral("ownerIdLabel"))),
             QStringLiteral("Instance ID:"));
    QCOMPARE(shownId(dialog), m_instanceId);
    QCOMPARE(child<QListWidget>(dialog, QStringLiteral("profileList"))->item(0)->text(),
             QStringLiteral("Before\nInstance %1").arg(m_instanceId));
    QTRY_COMPARE(child<QLineEdit>(dialog, QStringLiteral("accessTokenEdit"))->text(), m_api->admin);

    const QString said = testConnection(dialog);
    QVERIFY2(said.contains(QLatin1String("Connected: this instance has 1 API token")),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("may list and create tokens here")), qPrintable(said));
    QCOMPARE(m_server->requests().constFirst().path,
             TokenLocation::instance(m_instanceId).collectionPath());
}

void TestConnectionKinds::malformedApplicationId_isExplained_andNothingIsSent()
{
    ConnectionDialog *dialog = openDialog();
    fill(dialog, QStringLiteral("App"), Kind::Application, QStringLiteral("5f0c8f7e2d"),
         m_api->admin);
    auto *error = child<QLabel>(dialog, QStringLiteral("instanceIdError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("An application ID has 24 hexadecimal characters; this has 10."));
    auto *saveButton = child<QPushButton>(dialog, QStringLiteral("saveProfileButton"));
    QVERIFY(!saveButton->isEnabled());
    QCOMPARE(saveButton->toolTip(),
             QStringLiteral("The application ID has 24 hexadecimal characters (10 so far)."));
    auto *test = child<QPushButton>(dialog, QStringLiteral("testConnectionButton"));
    QVERIFY(!test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    QVERIFY(!dialog->tester()->isRunning());

    // The tester itself refuses one too, in words, before sending anything.
    QSignalSpy finished(dialog->tester(), &ConnectionTester::finished);
    dialog->tester()->start(m_server->baseUrl(),
                            TokenLocation::application(QStringLiteral("5f0c-not-an-id")),
                            m_api->admin);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).value<ConnectionTester::Outcome>(),
             ConnectionTester::Outcome::BadInput);
    QCOMPARE(finished.first().at(1).toString(),
             QStringLiteral("The application ID \"5f0c-not-an-id\" is not valid: it must be 24 "
                            "hexadecimal characters."));
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!m_profiles->contains(QStringLiteral("App")));
}

void TestConnectionKinds::eachKind_roundTrips_andTestSaysItMayListAndCreate_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("instance") << Kind::Instance;
    QTest::newRow("application") << Kind::Application;
    QTest::newRow("my tokens") << Kind::User;
}

void TestConnectionKinds::eachKind_roundTrips_andTestSaysItMayListAndCreate()
{
    QFETCH(Kind, kind);
    const QString ownerId = idOf(kind);
    const TokenLocation location = TokenLocation::of(kind, ownerId);
    ConnectionDialog *dialog = openDialog();
    fill(dialog, QStringLiteral("Round trip"), kind, ownerId, m_userAdmin);
    QVERIFY(save(dialog));
    const std::optional<ConnectionProfile> stored
            = m_profiles->profile(QStringLiteral("Round trip"));
    QVERIFY(stored);
    QCOMPARE(stored->kind, kind);
    QCOMPARE(stored->ownerId, ownerId);

    dialog = openDialog(); // a new dialog, as after closing: it shows the only profile
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("profileNameEdit"))->text(),
             QStringLiteral("Round trip"));
    QVERIFY(child<QRadioButton>(dialog, kindButtonName(kind))->isChecked());
    QCOMPARE(shownId(dialog), ownerId);
    QCOMPARE(child<QListWidget>(dialog, QStringLiteral("profileList"))->item(0)->text(),
             QStringLiteral("Round trip\n") + location.displayName());
    QTRY_COMPARE(child<QLineEdit>(dialog, QStringLiteral("accessTokenEdit"))->text(), m_userAdmin);

    // all.User reaches all three, and its own token object says so.
    const QString said = testConnection(dialog);
    const int count
            = m_server->instance().tokenCount(kind, kind == Kind::User ? m_userId : ownerId);
    const QString counted = kind == Kind::Instance
            ? QStringLiteral("Connected: this instance has %1 API token").arg(count)
            : kind == Kind::Application
            ? QStringLiteral("Connected: this application has %1 API token").arg(count)
            : QStringLiteral("Connected: you have %1 API token").arg(count);
    QVERIFY2(said.contains(counted), qPrintable(said));
    QVERIFY2(said.endsWith(QLatin1String("may list and create tokens here.")), qPrintable(said));
    QVERIFY(!said.contains(m_userAdmin));
    QCOMPARE(m_server->requests().constFirst().path, location.collectionPath());
    for (const RecordedRequest &r : m_server->requests())
        QCOMPARE(r.method, QByteArray("GET")); // nothing created to find out
}

void TestConnectionKinds::testConnection_saysWhatTheTokenMayDo_data()
{
    QTest::addColumn<Kind>("kind"); // what the connection opens
    QTest::addColumn<Kind>("heldIn"); // where the access token lives
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("said");
    const auto scopes = [](const char *a, const char *b = nullptr) {
        QStringList list{QString::fromLatin1(a)};
        if (b)
            list.append(QString::fromLatin1(b));
        return list;
    };
    QTest::newRow("application token that may only list")
            << Kind::Application << Kind::Application << scopes("applicationApiTokens.get")
            << "The access token may list tokens here, not create them.";
    QTest::newRow("instance token on an application")
            << Kind::Application << Kind::Instance << scopes("all.Instance")
            << "The access token may not list tokens here. It lacks a scope that can list tokens "
               "(all.Application.read, applicationApiTokens.get, …).";
    QTest::newRow("user token that may only read itself, on an application")
            << Kind::Application << Kind::User << scopes("userApiToken.get")
            << "The access token may do nothing with the tokens here.";
    QTest::newRow("user token that may create an application's tokens")
            << Kind::Application << Kind::User
            << scopes("userApiToken.get", "applicationApiTokens.post")
            << "The access token may create tokens here, not list them.";
    QTest::newRow("read-only user token on my tokens")
            << Kind::User << Kind::User << scopes("all.User.read")
            << "The access token may list tokens here, not create them.";
}

void TestConnectionKinds::testConnection_saysWhatTheTokenMayDo()
{
    QFETCH(Kind, kind);
    QFETCH(Kind, heldIn);
    QFETCH(QStringList, scopes);
    QFETCH(QString, said);
    const QString secret = m_server->instance().issueToken(heldIn, ownerOf(heldIn),
                                                           QStringLiteral("tried"), scopes);
    ConnectionDialog *dialog = openDialog();
    fill(dialog, QStringLiteral("Tried"), kind, idOf(kind), secret);
    const QString result = testConnection(dialog);
    QVERIFY2(result.contains(said), qPrintable(result));
    QVERIFY(!result.contains(secret));
    QCOMPARE(m_server->requests().constFirst().path,
             TokenLocation::of(kind, idOf(kind)).collectionPath());
    for (const RecordedRequest &r : m_server->requests())
        QCOMPARE(r.method, QByteArray("GET"));
}

QTEST_MAIN(TestConnectionKinds)
#include "tst_connectionkinds.moc"
