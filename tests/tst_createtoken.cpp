// The create-token dialog on the real widgets against the local instance over HTTP: what is
// sent, what is refused before sending, one POST per click, the secret shown once, and the new
// token selected in the browser.
#include "api/LosantClient.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/CreateDialogFixture.h"
#include "support/LocalApiFixture.h"
#include "support/ModalAnswerer.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/CreateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/ScopePicker.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {
const char kAppId[] = "5a1b2c3d4e5f60718293a4b5";
const char kDashId[] = "0123456789abcdef01234567";
const char kOrgId[] = "ABCDEF0123456789abcdef01";
// What the person does to the form that the dialog must refuse.
enum class Refused { EmptyName, LongName, PastExpiration, BadOrgId, TooManyOrgs };
} // namespace
Q_DECLARE_METATYPE(Refused)

class TestCreateToken : public CreateDialogTest
{
    Q_OBJECT

public:
    TestCreateToken() : CreateDialogTest(CreateDialogFixture::Until::Exposed) { }

private Q_SLOTS:
    void fillingForm_sendsExactlyTheExpectedBody_data();
    void fillingForm_sendsExactlyTheExpectedBody();
    void refusal_disablesCreate_andSaysWhy_data();
    void refusal_disablesCreate_andSaysWhy();
    void serverError400_keepsEveryField_andAllowsSendingAgain();
    void doubleClickAndEnterTwice_againstSlowServer_createOneToken();
    void cancel_abortsTheRequest();
    void copyAsCurl_usesPlaceholderNotTheAccessToken();
    void copy_putsSecretOnClipboard_andClearsItLater();
    void closingBeforeCopying_asksFirst();
    void saveToFile_isOwnerOnly();
    void newToken_appearsSelectedInTable();

private:
    void checkScope(const QString &scope);
    QWidget *orgRow(int i) const { return child<QWidget>(QStringLiteral("orgRoleRow_%1").arg(i)); }
    void stepExpirationYear(Qt::Key key, int targetYear);
};

void TestCreateToken::checkScope(const QString &scope)
{
    auto *search = child<QLineEdit>(QStringLiteral("scopeSearch"));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(search, scope);
    auto *tree = child<QTreeWidget>(QStringLiteral("scopeTree"));
    const QList<QTreeWidgetItem *> found
            = tree->findItems(scope, Qt::MatchExactly | Qt::MatchRecursive,
                              ScopePicker::ApiNameColumn); // the label is in column 0
    QCOMPARE(found.size(), 1);
    const QRect rect = tree->visualItemRect(found.first());
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tree->currentItem(), found.first());
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(found.first()->checkState(0), Qt::Checked);
}

void TestCreateToken::stepExpirationYear(Qt::Key key, int targetYear)
{
    auto *edit = child<QDateTimeEdit>(QStringLiteral("expirationEdit"));
    // A click on the first characters puts the cursor into the year section.
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(8, edit->height() / 2));
    QCOMPARE(edit->currentSection(), QDateTimeEdit::YearSection);
    // The spin box may take the first arrow key to select the section: step until there.
    for (int i = 0; i < 4 && edit->date().year() != targetYear; ++i)
        QTest::keyClick(edit, key);
    QCOMPARE(edit->date().year(), targetYear);
}

void TestCreateToken::fillingForm_sendsExactlyTheExpectedBody_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("minimal") << "minimal" << QByteArray(R"({"name":"ci deploy","status":"active",
                                              "scope":["all.Instance"]})");
    QTest::newRow("expiring") << "expiring"
                              << QByteArray(R"({"name":"nightly","description":"backup job",
                                 "expirationDate":"@EXP@","status":"inactive",
                                 "scope":["all.Instance.read"]})");
    QTest::newRow("custom scopes")
            << "custom" << QByteArray(R"({"name":"tokens admin","status":"active",
                "scope":["instanceApiTokens.get","instanceApiToken.delete","devices.get"]})");
    QTest::newRow("roles") << "roles" << QByteArray(R"({"name":"org admin","status":"active",
                "scope":["all.Instance"],"defaultRole":"edit","orgRoles":[
                {"orgId":"sandbox","role":"collaborate",
                 "applicationRoles":[{"resourceId":"5a1b2c3d4e5f60718293a4b5","role":"view"}],
                 "dashboardRoles":[{"resourceId":"0123456789abcdef01234567","role":"none"}]},
                {"orgId":"ABCDEF0123456789abcdef01","role":"view"}]})");
}

void TestCreateToken::fillingForm_sendsExactlyTheExpectedBody()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, expected);
    const int before = m_server->instance().tokenCount(m_instanceId);
    QSignalSpy created(m_dialog, &CreateTokenDialog::tokenCreated);

    if (scenario == QLatin1String("minimal")) {
        type(QStringLiteral("nameEdit"), QStringLiteral("ci deploy"));
        click(QStringLiteral("permissionsAll")); // no longer the defaults
        click(QStringLiteral("neverExpires"));
    } else if (scenario == QLatin1String("expiring")) {
        type(QStringLiteral("nameEdit"), QStringLiteral("nightly"));
        type(QStringLiteral("descriptionEdit"), QStringLiteral("backup job"));
        click(QStringLiteral("expiresAt"));
        stepExpirationYear(Qt::Key_Up, QDate::currentDate().year() + 2);
        auto *status = child<QComboBox>(QStringLiteral("statusCombo"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        click(QStringLiteral("permissionsReadOnly"));
        const QDateTime at = child<QDateTimeEdit>(QStringLiteral("expirationEdit"))->dateTime();
        QCOMPARE(at.date().year(), QDate::currentDate().year() + 2);
        expected.replace("@EXP@", LosantDates::toIso(at.toUTC()).toLatin1());
    } else if (scenario == QLatin1String("custom")) {
        type(QStringLiteral("nameEdit"), QStringLiteral("tokens admin"));
        click(QStringLiteral("neverExpires"));
        click(QStringLiteral("permissionsCustom"));
        checkScope(QStringLiteral("instanceApiToken.delete"));
        checkScope(QStringLiteral("instanceApiTokens.get"));
        click(QStringLiteral("showAllScopes"));
        checkScope(QStringLiteral("devices.get"));
        QCOMPARE(child<QLabel>(QStringLiteral("scopeCount"))->text(),
                 QStringLiteral("3 scope(s) selected"));
    } else if (scenario == QLatin1String("roles")) {
        type(QStringLiteral("nameEdit"), QStringLiteral("org admin"));
        click(QStringLiteral("permissionsAll"));
        click(QStringLiteral("neverExpires"));
        auto *role = child<QComboBox>(QStringLiteral("defaultRoleCombo"));
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down);
        QTest::keyClick(role, Qt::Key_Down);
        click(QStringLiteral("addOrgRole"));
        QWidget *row = orgRow(0);
        QTest::keyClicks(row->findChild<QLineEdit *>(QStringLiteral("orgId")),
                         QStringLiteral("sandbox"));
        QTest::keyClick(row->findChild<QComboBox *>(QStringLiteral("orgRole")), Qt::Key_Up);
        QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("addApplicationRole")),
                          Qt::LeftButton);
        QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("addDashboardRole")),
                          Qt::LeftButton);
        QWidget *app = row->findChild<QWidget *>(QStringLiteral("applicationRoleRow"));
        QTest::keyClicks(app->findChild<QLineEdit *>(QStringLiteral("resourceId")),
                         QLatin1String(kAppId));
        QWidget *dash = row->findChild<QWidget *>(QStringLiteral("dashboardRoleRow"));
        QTest::keyClicks(dash->findChild<QLineEdit *>(QStringLiteral("resourceId")),
                         QLatin1String(kDashId));
        QTest::keyClick(dash->findChild<QComboBox *>(QStringLiteral("resourceRole")), Qt::Key_Down);
        click(QStringLiteral("addOrgRole"));
        QTest::keyClicks(orgRow(1)->findChild<QLineEdit *>(QStringLiteral("orgId")),
                         QLatin1String(kOrgId));
    }

    const QJsonObject want = QJsonDocument::fromJson(expected).object();
    QVERIFY2(!want.isEmpty(), expected.constData());
    // The preview is the body that goes out.
    QCOMPARE(QJsonDocument::fromJson(
                     child<QPlainTextEdit>(QStringLiteral("jsonPreview"))->toPlainText().toUtf8())
                     .object(),
             want);
    QVERIFY2(createButton()->isEnabled(),
             qPrintable(child<QLabel>(QStringLiteral("reasonLabel"))->text()));
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    const QList<QJsonObject> posts = postBodies();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first(), want);
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), before + 1);
    const ApiToken token = created.first().first().value<ApiToken>();
    QVERIFY(!token.token.isEmpty());
    QCOMPARE(token.name, want.value(QLatin1String("name")).toString());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestCreateToken::refusal_disablesCreate_andSaysWhy_data()
{
    QTest::addColumn<Refused>("scenario");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty name") << Refused::EmptyName << "nameError"
                                << "Name must not be empty.";
    QTest::newRow("256-character name") << Refused::LongName << "nameError"
                                        << "Name must be at most 255 characters.";
    QTest::newRow("past expiration") << Refused::PastExpiration << "expirationError"
                                     << "The expiration must be in the future.";
    QTest::newRow("bad org ID") << Refused::BadOrgId << "orgRoleError"
                                << "Organization ID must be 24 hexadecimal characters";
    QTest::newRow("26 orgs") << Refused::TooManyOrgs << "orgRolesError"
                             << "At most 25 organization roles are allowed.";
}

void TestCreateToken::refusal_disablesCreate_andSaysWhy()
{
    QFETCH(Refused, scenario);
    QFETCH(QString, label);
    QFETCH(QString, words);

    click(QStringLiteral("permissionsAll")); // no longer the default
    if (scenario == Refused::EmptyName) {
        type(QStringLiteral("nameEdit"), QStringLiteral("x"));
        QVERIFY(createButton()->isEnabled());
        QTest::keyClick(child<QWidget>(QStringLiteral("nameEdit")), Qt::Key_Backspace);
    } else if (scenario == Refused::LongName) {
        type(QStringLiteral("nameEdit"), QString(255, QLatin1Char('n')));
        QVERIFY(createButton()->isEnabled());
        QTest::keyClick(child<QWidget>(QStringLiteral("nameEdit")), Qt::Key_N);
    } else {
        type(QStringLiteral("nameEdit"), QStringLiteral("x"));
        if (scenario == Refused::PastExpiration) {
            click(QStringLiteral("expiresAt"));
            QVERIFY(createButton()->isEnabled());
            stepExpirationYear(Qt::Key_Down, QDate::currentDate().year() - 1);
        } else if (scenario == Refused::BadOrgId) {
            click(QStringLiteral("addOrgRole"));
            QTest::keyClicks(orgRow(0)->findChild<QLineEdit *>(QStringLiteral("orgId")),
                             QStringLiteral("acme-org"));
        } else {
            for (int i = 0; i < 26; ++i) {
                click(QStringLiteral("addOrgRole"));
                QTest::keyClicks(orgRow(i)->findChild<QLineEdit *>(QStringLiteral("orgId")),
                                 QStringLiteral("sandbox"));
                QCOMPARE(createButton()->isEnabled(), i < 25);
            }
        }
    }
    QVERIFY(!createButton()->isEnabled());
    auto *error = child<QLabel>(label);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(words), qPrintable(error->text()));
    QVERIFY(!child<QLabel>(QStringLiteral("reasonLabel"))->text().isEmpty());
    // Neither a click nor Enter sends anything.
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTest::keyClick(m_dialog, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(postBodies().isEmpty());
}

void TestCreateToken::serverError400_keepsEveryField_andAllowsSendingAgain()
{
    LocalInstanceServer::Fault fault;
    fault.status = 400;
    fault.body = R"({"type":"Validation","message":"The name is not allowed here"})";
    fault.times = 1;
    m_server->setFault(LocalInstanceServer::Route::Create, fault);
    QSignalSpy created(m_dialog, &CreateTokenDialog::tokenCreated);

    type(QStringLiteral("nameEdit"), QStringLiteral("kept name"));
    type(QStringLiteral("descriptionEdit"), QStringLiteral("kept description"));
    click(QStringLiteral("permissionsCustom"));
    checkScope(QStringLiteral("instanceApiTokens.get"));
    click(QStringLiteral("addOrgRole"));
    QTest::keyClicks(orgRow(0)->findChild<QLineEdit *>(QStringLiteral("orgId")),
                     QStringLiteral("sandbox"));
    const QJsonObject body = m_dialog->draft().toPostBody();

    QTest::mouseClick(createButton(), Qt::LeftButton);
    auto *serverError = child<QLabel>(QStringLiteral("serverErrorLabel"));
    QTRY_VERIFY(serverError->isVisible());
    QVERIFY2(serverError->text().contains(QLatin1String("The name is not allowed here")),
             qPrintable(serverError->text()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(created.size(), 0);
    QCOMPARE(child<QLineEdit>(QStringLiteral("nameEdit"))->text(), QStringLiteral("kept name"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("descriptionEdit"))->toPlainText(),
             QStringLiteral("kept description"));
    QVERIFY(child<QRadioButton>(QStringLiteral("permissionsCustom"))->isChecked());
    QCOMPARE(m_dialog->draft().toPostBody(), body);
    QVERIFY(createButton()->isEnabled());

    // Sending again is the person's choice, never automatic.
    QCOMPARE(postBodies().size(), 1);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(postBodies().size(), 2);
    QCOMPARE(postBodies().last(), body);
}

void TestCreateToken::doubleClickAndEnterTwice_againstSlowServer_createOneToken()
{
    LocalInstanceServer::Fault slow;
    slow.delayMs = 800;
    m_server->setFault(LocalInstanceServer::Route::Create, slow);
    const int before = m_server->instance().tokenCount(m_instanceId);
    QSignalSpy created(m_dialog, &CreateTokenDialog::tokenCreated);
    QSignalSpy answered(m_server, &LocalInstanceServer::delayedAnswerDone);

    click(QStringLiteral("permissionsAll")); // no longer the default
    type(QStringLiteral("nameEdit"), QStringLiteral("only once"));
    // A double click as the window system delivers it: press, release, double-click, release.
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTest::mouseDClick(createButton(), Qt::LeftButton);
    QTest::mouseRelease(createButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isSending());
    QVERIFY(!createButton()->isEnabled());
    QTest::keyClick(child<QWidget>(QStringLiteral("nameEdit")), Qt::Key_Return);
    QTest::keyClick(child<QWidget>(QStringLiteral("nameEdit")), Qt::Key_Return);
    QTest::mouseClick(createButton(), Qt::LeftButton);

    QTRY_COMPARE(created.size(), 1);
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(postBodies().size(), 1);
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), before + 1);
}

void TestCreateToken::cancel_abortsTheRequest()
{
    LocalInstanceServer::Fault slow;
    slow.delayMs = 600;
    m_server->setFault(LocalInstanceServer::Route::Create, slow);
    QSignalSpy created(m_dialog, &CreateTokenDialog::tokenCreated);
    QSignalSpy answered(m_server, &LocalInstanceServer::delayedAnswerDone);
    QSignalSpy requests(m_server, &LocalInstanceServer::requestReceived);

    click(QStringLiteral("permissionsAll")); // no longer the default
    type(QStringLiteral("nameEdit"), QStringLiteral("changed my mind"));
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTRY_COMPARE(requests.size(), 1);
    click(QStringLiteral("cancelButton"));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isSending());
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(created.size(), 0);
    QCOMPARE(postBodies().size(), 1);
}

void TestCreateToken::copyAsCurl_usesPlaceholderNotTheAccessToken()
{
    type(QStringLiteral("nameEdit"), QStringLiteral("it's mine"));
    click(QStringLiteral("neverExpires")); // no expirationDate before the name in the body
    click(QStringLiteral("copyCurlButton"));
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(curl.contains(QLatin1String("Authorization: Bearer $LOSANT_ACCESS_TOKEN")),
             qPrintable(curl));
    QVERIFY(!curl.contains(m_api->admin));
    QVERIFY(curl.contains(m_server->baseUrl().toString(QUrl::StripTrailingSlash)
                          + QStringLiteral("/instances/") + m_instanceId
                          + QStringLiteral("/tokens?_actions=false&_links=true&_embedded=true")));
    QVERIFY(curl.contains(QLatin1String("Accept-Version: ^1.30.0")));
    QVERIFY(curl.contains(QLatin1String("Content-Type: application/json")));
    QVERIFY2(curl.contains(QLatin1String(R"('{"name":"it'\''s mine")")), qPrintable(curl));
}

void TestCreateToken::copy_putsSecretOnClipboard_andClearsItLater()
{
    const QString secret = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.secret-for-test");
    TokenCreatedDialog shown(QStringLiteral("t"), secret);
    QCOMPARE(shown.clipboardClearInterval(), 60000);
    shown.setClipboardClearInterval(300);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    auto *field = shown.findChild<QLineEdit *>(QStringLiteral("secretField"));
    QCOMPARE(field->text(), secret);
    QVERIFY(field->isReadOnly());
    QTest::mouseClick(shown.findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QVERIFY(shown.hasBeenSecured());
    // Copied and therefore closes without asking.
    QTest::mouseClick(shown.findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QVERIFY(!shown.isVisible());
    QVERIFY(field->text().isEmpty());
    QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());

    // Something else the person copied meanwhile is left alone.
    QSettings().setValue(QLatin1String(TokenCreatedDialog::kClipboardClearKey), 1);
    TokenCreatedDialog other(QStringLiteral("t"), secret);
    QCOMPARE(other.clipboardClearInterval(), 1000);
    other.setClipboardClearInterval(100);
    QTest::mouseClick(other.findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QApplication::clipboard()->setText(QStringLiteral("unrelated"));
    QTimer later;
    later.setSingleShot(true);
    later.start(300);
    QTRY_VERIFY(!later.isActive());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("unrelated"));
}

void TestCreateToken::closingBeforeCopying_asksFirst()
{
    TokenCreatedDialog shown(QStringLiteral("t"), QStringLiteral("s3cret"));
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    auto *close = shown.findChild<QPushButton *>(QStringLiteral("closeButton"));
    int asked = 0;
    ModalAnswerer modal;
    const auto answer = [&asked, &modal](QMessageBox::StandardButton button) {
        modal.answer(QStringLiteral("confirmCloseBox"), button, [&asked](QWidget *box) {
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("confirmCloseBox"));
            ++asked;
        });
    };
    answer(QMessageBox::Cancel);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(shown.isVisible());
    answer(QMessageBox::Close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(asked, 2);
    QVERIFY(!shown.isVisible());
}

void TestCreateToken::saveToFile_isOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("token.txt"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    QVERIFY(existing.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    TokenCreatedDialog shown(QStringLiteral("t"), QStringLiteral("s3cret"));
    QVERIFY(shown.saveSecretTo(path));
    QVERIFY(shown.hasBeenSecured());
    QFile saved(path);
    QCOMPARE(saved.permissions() & 0x0777,
             QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("s3cret\n"));
}

void TestCreateToken::newToken_appearsSelectedInTable()
{
    m_dialog->close();
    MainWindow window(TokenCollection(m_client, TokenLocation::instance(m_instanceId)),
                      QStringLiteral("test"));
    QAbstractItemModelTester tester(window.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.model()->rowCount() == 1 && !window.model()->isLoading());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("newTokenAction")));

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CreateTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CreateTokenDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    // All is no longer the default: chosen first, so Enter in the name is Create.
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("permissionsAll")),
                      Qt::LeftButton);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("aa brand new"));
    QTest::keyClick(name, Qt::Key_Return); // Enter is the Create button

    TokenCreatedDialog *shown = nullptr;
    QTRY_VERIFY((shown = window.findChild<TokenCreatedDialog *>()) != nullptr);
    QVERIFY(!shown->findChild<QLineEdit *>(QStringLiteral("secretField"))->text().isEmpty());
    QString newId;
    for (const ApiToken &t : m_server->instance().tokens(m_instanceId))
        if (t.name == QLatin1String("aa brand new"))
            newId = t.id;
    QVERIFY(!newId.isEmpty());
    auto *table = window.findChild<QTableView *>(QStringLiteral("tokenTable"));
    QTRY_COMPARE(table->currentIndex().data(TokenListModel::TokenIdRole).toString(), newId);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row()));

    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<TokenCreatedDialog *>());
}

QTEST_MAIN(TestCreateToken)
#include "tst_createtoken.moc"
