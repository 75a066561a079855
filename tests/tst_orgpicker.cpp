// The org-role editor offers organizations, applications and dashboards by name, from the
// instance over HTTP, where the access token can list them; where it cannot (a scope it lacks, a
// failing server) it says why and the person types IDs as before, losing nothing typed.
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/CreateDialogFixture.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/CreateTokenDialog.h"
#include "ui/EditTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestOrgPicker : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void init();
    void cleanup();

    void pickingByName_sendsTheirIds();
    void typedId_showsItsName();
    void sandbox_offersNoApplicationNames();
    void instanceToken_cannotListApplications_typesIdsInstead();
    void failingServer_saysSo_andKeepsWhatWasTyped();
    void editDialog_namesTheTokensRoles_andChangesThem();
    void userTokens_offerTheUsersOwnOrganizations();
    void detailsPane_namesTheShownTokensOrganizations();

private:
    // Opens a New token dialog on this collection, named, with every permission, and one
    // organization row; returns the row.
    QWidget *openWithOneRow(const TokenCollection &tokens);
    QWidget *orgRow(int i) const
    {
        return child<QWidget>(m_dialog, QStringLiteral("orgRoleRow_%1").arg(i));
    }
    QJsonObject preview() const;

    CreateDialogFixture m_dialog;
    QString m_acme, m_contoso, m_markup; // organizations of the instance
    QString m_barn, m_irrigation, m_harvest, m_lab; // Acme's apps and dashboard, Contoso's app
};

void TestOrgPicker::init()
{
    LocalInstance &instance = freshApi();
    // Added out of order: the server sorts them by name.
    m_markup = instance.addOrg(m_instanceId, QStringLiteral("R&D <i>lab</i>"));
    m_contoso = instance.addOrg(m_instanceId, QStringLiteral("Contoso Labs"));
    m_acme = instance.addOrg(m_instanceId, QStringLiteral("Acme Farms"));
    m_irrigation = instance.addOrgApplication(m_acme, QStringLiteral("Irrigation"));
    m_barn = instance.addOrgApplication(m_acme, QStringLiteral("Barn climate"));
    m_harvest = instance.addOrgDashboard(m_acme, QStringLiteral("Harvest overview"));
    m_lab = instance.addOrgApplication(m_contoso, QStringLiteral("Lab sensors"));
    // The user of m_userAdmin belongs to Acme only.
    instance.addOrgMember(m_userId, m_acme);
    QVERIFY(m_api->start());
}

void TestOrgPicker::cleanup()
{
    m_dialog.close();
    dropApi();
}

QWidget *TestOrgPicker::openWithOneRow(const TokenCollection &tokens)
{
    if (!m_dialog.open(tokens, CreateDialogFixture::Until::Exposed))
        return nullptr;
    auto *name = child<QLineEdit>(m_dialog, QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("farm hand"));
    QTest::mouseClick(child<QWidget>(m_dialog, QStringLiteral("permissionsAll")), Qt::LeftButton);
    QTest::mouseClick(child<QWidget>(m_dialog, QStringLiteral("addOrgRole")), Qt::LeftButton);
    return orgRow(0);
}

QJsonObject TestOrgPicker::preview() const
{
    return QJsonDocument::fromJson(child<QPlainTextEdit>(m_dialog, QStringLiteral("jsonPreview"))
                                           ->toPlainText()
                                           .toUtf8())
            .object();
}

namespace {
QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

QJsonObject firstOrgRole(const QJsonObject &body)
{
    return body.value(QStringLiteral("orgRoles")).toArray().first().toObject();
}
} // namespace

void TestOrgPicker::pickingByName_sendsTheirIds()
{
    m_api->connectAs(m_userAdmin); // all.User: may list organizations, applications, dashboards
    QWidget *row = openWithOneRow(m_api->tokens());
    QVERIFY(row);
    auto *orgPicker = child<QComboBox>(row, QStringLiteral("orgPicker"));
    auto *orgId = child<QLineEdit>(row, QStringLiteral("orgId"));
    // Names in the server's order, as plain text (the markup is a name, not formatting).
    const QStringList orgs{QStringLiteral("Choose an organization…"),
                           QStringLiteral("Sandbox (every user's own)"),
                           QStringLiteral("Acme Farms"), QStringLiteral("Contoso Labs"),
                           QStringLiteral("R&D <i>lab</i>")};
    QTRY_COMPARE(itemTexts(orgPicker), orgs);
    QVERIFY(orgPicker->isVisible() && orgPicker->isEnabled());
    QCOMPARE(m_dialog->focusWidget(), orgPicker); // the new row starts on its picker
    QVERIFY(!child<QLabel>(m_dialog, QStringLiteral("orgListNote"))->isVisible());
    // Asked once, as Losant's client asks: names ascending, the largest page we use.
    const QList<RecordedRequest> asked
            = RequestLog::byMethod(*m_server, "GET", QStringLiteral("/orgs"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().path, QStringLiteral("/instances/%1/orgs").arg(m_instanceId));
    QCOMPARE(asked.first().rawQuery,
             QByteArray("_actions=false&_links=true&_embedded=true&sortField=name"
                        "&sortDirection=asc&page=0&perPage=1000"));

    // Keyboard: typing the first letter picks Acme, and its ID goes in the field.
    QTest::keyClicks(orgPicker, QStringLiteral("A"));
    QCOMPARE(orgPicker->currentText(), QStringLiteral("Acme Farms"));
    QCOMPARE(orgId->text(), m_acme);
    // Tab goes on as the row reads: the ID field, then the role.
    QCOMPARE(orgPicker->nextInFocusChain(), orgId);
    QCOMPARE(orgId->nextInFocusChain(), child<QComboBox>(row, QStringLiteral("orgRole")));

    QTest::mouseClick(child<QPushButton>(row, QStringLiteral("addApplicationRole")),
                      Qt::LeftButton);
    auto *app = child<QWidget>(row, QStringLiteral("applicationRoleRow"));
    auto *appPicker = child<QComboBox>(app, QStringLiteral("resourcePicker"));
    QTRY_COMPARE(itemTexts(appPicker),
                 (QStringList{QStringLiteral("Choose an application…"),
                              QStringLiteral("Barn climate"), QStringLiteral("Irrigation")}));
    QTest::keyClicks(appPicker, QStringLiteral("I"));
    QCOMPARE(child<QLineEdit>(app, QStringLiteral("resourceId"))->text(), m_irrigation);
    QCOMPARE(appPicker->nextInFocusChain(), child<QLineEdit>(app, QStringLiteral("resourceId")));
    const QList<RecordedRequest> apps
            = RequestLog::byMethod(*m_server, "GET", QStringLiteral("/applications"));
    QCOMPARE(apps.size(), 1);
    const QByteArray orgQuery = "&perPage=1000&orgId=" + m_acme.toLatin1(); // after the list's
    QVERIFY2(apps.first().rawQuery.endsWith(orgQuery), apps.first().rawQuery.constData());

    QTest::mouseClick(child<QPushButton>(row, QStringLiteral("addDashboardRole")), Qt::LeftButton);
    auto *dash = child<QWidget>(row, QStringLiteral("dashboardRoleRow"));
    auto *dashPicker = child<QComboBox>(dash, QStringLiteral("resourcePicker"));
    QTRY_COMPARE(dashPicker->count(), 2);
    QTest::keyClick(dashPicker, Qt::Key_Down);
    QCOMPARE(dashPicker->currentText(), QStringLiteral("Harvest overview"));

    // What goes out is the IDs, exactly once.
    const QJsonObject role = firstOrgRole(preview());
    QCOMPARE(role.value(QStringLiteral("orgId")).toString(), m_acme);
    QCOMPARE(role.value(QStringLiteral("applicationRoles"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("resourceId"))
                     .toString(),
             m_irrigation);
    QCOMPARE(role.value(QStringLiteral("dashboardRoles"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("resourceId"))
                     .toString(),
             m_harvest);
    auto *create = child<QPushButton>(m_dialog, QStringLiteral("createButton"));
    QTest::mouseClick(child<QWidget>(m_dialog, QStringLiteral("neverExpires")), Qt::LeftButton);
    QVERIFY2(create->isEnabled(),
             qPrintable(child<QLabel>(m_dialog, QStringLiteral("reasonLabel"))->text()));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE(RequestLog::count(*m_server, "POST"), 1);
    QCOMPARE(firstOrgRole(RequestLog::bodies(*m_server, "POST").first()), role);
}

void TestOrgPicker::typedId_showsItsName()
{
    m_api->connectAs(m_userAdmin);
    QWidget *row = openWithOneRow(m_api->tokens());
    QVERIFY(row);
    auto *orgPicker = child<QComboBox>(row, QStringLiteral("orgPicker"));
    QTRY_COMPARE(orgPicker->count(), 5);
    auto *orgId = child<QLineEdit>(row, QStringLiteral("orgId"));
    orgId->setFocus();
    QTest::keyClicks(orgId, m_contoso.toUpper()); // IDs are hexadecimal, in either case
    QCOMPARE(orgPicker->currentText(), QStringLiteral("Contoso Labs"));
    // An ID no list knows is kept as typed; the picker goes back to its prompt.
    const QString other
            = m_contoso.endsWith(QLatin1Char('f')) ? QStringLiteral("0") : QStringLiteral("f");
    QTest::keyClick(orgId, Qt::Key_Backspace);
    QTest::keyClicks(orgId, other);
    QCOMPARE(orgPicker->currentIndex(), 0);
    QCOMPARE(orgId->text(), m_contoso.toUpper().chopped(1) + other);

    // The user is no member of Contoso: its applications are not theirs to see, so none are
    // offered, and the ID can still be typed.
    orgId->clear();
    QTest::keyClicks(orgId, m_contoso);
    QTest::mouseClick(child<QPushButton>(row, QStringLiteral("addApplicationRole")),
                      Qt::LeftButton);
    auto *app = child<QWidget>(row, QStringLiteral("applicationRoleRow"));
    auto *appPicker = child<QComboBox>(app, QStringLiteral("resourcePicker"));
    QTRY_COMPARE(itemTexts(appPicker), QStringList{QStringLiteral("Choose an application…")});
    QCOMPARE(RequestLog::count(*m_server, "GET", QStringLiteral("/applications")), 1);
    QTest::keyClicks(child<QLineEdit>(app, QStringLiteral("resourceId")), m_lab);
    QCOMPARE(firstOrgRole(preview())
                     .value(QStringLiteral("applicationRoles"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("resourceId"))
                     .toString(),
             m_lab);
}

void TestOrgPicker::sandbox_offersNoApplicationNames()
{
    m_api->connectAs(m_userAdmin);
    QWidget *row = openWithOneRow(m_api->tokens());
    QVERIFY(row);
    auto *orgPicker = child<QComboBox>(row, QStringLiteral("orgPicker"));
    QTRY_COMPARE(orgPicker->count(), 5);
    QTest::keyClick(orgPicker, Qt::Key_Down);
    QCOMPARE(child<QLineEdit>(row, QStringLiteral("orgId"))->text(), QStringLiteral("sandbox"));
    QTest::mouseClick(child<QPushButton>(row, QStringLiteral("addApplicationRole")),
                      Qt::LeftButton);
    auto *app = child<QWidget>(row, QStringLiteral("applicationRoleRow"));
    // Every user's sandbox has its own applications: there is no one list to offer.
    QVERIFY(!child<QComboBox>(app, QStringLiteral("resourcePicker"))->isVisible());
    QCOMPARE(m_dialog->focusWidget(), child<QLineEdit>(app, QStringLiteral("resourceId")));
    QVERIFY(!child<QLabel>(row, QStringLiteral("resourceListNote"))->isVisible());
    QCOMPARE(RequestLog::count(*m_server, "GET", QStringLiteral("/applications")), 0);
}

void TestOrgPicker::instanceToken_cannotListApplications_typesIdsInstead()
{
    // all.Instance may list the instance's organizations, not applications (docs/api.md).
    QWidget *row = openWithOneRow(m_api->tokens());
    QVERIFY(row);
    auto *orgPicker = child<QComboBox>(row, QStringLiteral("orgPicker"));
    QTRY_COMPARE(orgPicker->count(), 5);
    orgPicker->setFocus();
    QTest::keyClicks(orgPicker, QStringLiteral("A"));
    QTest::mouseClick(child<QPushButton>(row, QStringLiteral("addApplicationRole")),
                      Qt::LeftButton);
    auto *note = child<QLabel>(row, QStringLiteral("resourceListNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("applications could not be listed"))
                     && note->text().contains(QLatin1String("403"))
                     && note->text().contains(QLatin1String("Type their IDs instead")),
             qPrintable(note->text()));
    auto *app = child<QWidget>(row, QStringLiteral("applicationRoleRow"));
    QVERIFY(!child<QComboBox>(app, QStringLiteral("resourcePicker"))->isVisible());
    auto *id = child<QLineEdit>(app, QStringLiteral("resourceId"));
    id->setFocus();
    QTest::keyClicks(id, m_barn);
    QCOMPARE(firstOrgRole(preview())
                     .value(QStringLiteral("applicationRoles"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("resourceId"))
                     .toString(),
             m_barn);
    // A second application row asks no more: the answer is kept while the dialog is open.
    QTest::mouseClick(child<QPushButton>(row, QStringLiteral("addApplicationRole")),
                      Qt::LeftButton);
    QCOMPARE(RequestLog::count(*m_server, "GET", QStringLiteral("/applications")), 1);
    QCOMPARE(note->text().count(QLatin1String("could not be listed")), 1);
}

void TestOrgPicker::failingServer_saysSo_andKeepsWhatWasTyped()
{
    m_server->setFault(Route::DirectoryList, Fault::withStatus(500));
    QWidget *row = openWithOneRow(m_api->tokens());
    QVERIFY(row);
    auto *note = child<QLabel>(m_dialog, QStringLiteral("orgListNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("Organizations could not be listed"))
                     && note->text().contains(QLatin1String("500")),
             qPrintable(note->text()));
    QVERIFY(!child<QComboBox>(row, QStringLiteral("orgPicker"))->isVisible());
    QCOMPARE(child<QLineEdit>(m_dialog, QStringLiteral("nameEdit"))->text(),
             QStringLiteral("farm hand"));
    auto *orgId = child<QLineEdit>(row, QStringLiteral("orgId"));
    orgId->setFocus();
    QTest::keyClicks(orgId, m_acme);
    QCOMPARE(firstOrgRole(preview()).value(QStringLiteral("orgId")).toString(), m_acme);
    // Token calls are unaffected: the create goes out once.
    QTest::mouseClick(child<QWidget>(m_dialog, QStringLiteral("neverExpires")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_dialog, QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_COMPARE(RequestLog::count(*m_server, "POST"), 1);
}

void TestOrgPicker::editDialog_namesTheTokensRoles_andChangesThem()
{
    m_api->connectAs(m_userAdmin);
    ApiToken token;
    token.name = QStringLiteral("barn reader");
    token.scope = {QStringLiteral("all.Instance.read")};
    token.orgRoles = {{m_acme, QStringLiteral("view"), {{m_barn, QStringLiteral("view")}}, {}}};
    token = addToken(token);
    EditTokenDialog dialog(m_api->tokens(), token);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *row = child<QWidget>(&dialog, QStringLiteral("orgRoleRow_0"));
    auto *orgPicker = child<QComboBox>(row, QStringLiteral("orgPicker"));
    auto *appPicker = child<QComboBox>(row, QStringLiteral("resourcePicker"));
    // The token's IDs, named.
    QTRY_COMPARE(orgPicker->currentText(), QStringLiteral("Acme Farms"));
    QTRY_COMPARE(appPicker->currentText(), QStringLiteral("Barn climate"));
    appPicker->setFocus();
    QTest::keyClick(appPicker, Qt::Key_Down);
    QCOMPARE(appPicker->currentText(), QStringLiteral("Irrigation"));
    QSignalSpy saved(&dialog, &EditTokenDialog::tokenSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait());
    const QList<OrgRole> roles = m_server->instance().token(m_instanceId, token.id)->orgRoles;
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().applicationRoles.first().resourceId, m_irrigation);
}

void TestOrgPicker::userTokens_offerTheUsersOwnOrganizations()
{
    // A user's own tokens have roles in the user's organizations: GET /orgs lists those.
    m_api->connectAs(m_userAdmin);
    QWidget *row = openWithOneRow(m_api->tokens(Kind::User));
    QVERIFY(row);
    auto *orgPicker = child<QComboBox>(row, QStringLiteral("orgPicker"));
    QTRY_COMPARE(itemTexts(orgPicker),
                 (QStringList{QStringLiteral("Choose an organization…"),
                              QStringLiteral("Sandbox (every user's own)"),
                              QStringLiteral("Acme Farms")}));
    const QList<RecordedRequest> asked
            = RequestLog::byMethod(*m_server, "GET", QStringLiteral("/orgs"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().path, QStringLiteral("/orgs"));
}

void TestOrgPicker::detailsPane_namesTheShownTokensOrganizations()
{
    m_api->connectAs(m_userAdmin);
    ApiToken named;
    named.name = QStringLiteral("a farm reader");
    named.scope = {QStringLiteral("all.Instance.read")};
    named.orgRoles = {{m_acme, QStringLiteral("edit"), {{m_barn, QStringLiteral("view")}}, {}},
                      {QStringLiteral("sandbox"), QStringLiteral("view"), {}, {}}};
    named = addToken(named);
    ApiToken plain;
    plain.name = QStringLiteral("b sandbox only");
    plain.scope = {QStringLiteral("all.Instance.read")};
    plain.orgRoles = {{QStringLiteral("sandbox"), QStringLiteral("view"), {}, {}}};
    plain = addToken(plain);
    WindowFixture window;
    QVERIFY(window.open(m_api->tokens()));
    QTRY_VERIFY(window->model()->rowCount() >= 2);
    auto *roles = child<QLabel>(window.detailsPane(), QStringLiteral("detailOrgRoles"));

    // A token whose roles are in the sandbox only asks for no names.
    window.clickRow(1);
    QCOMPARE(window.detailsPane()->shownTokenId(), plain.id);
    QCOMPARE(roles->text(), QStringLiteral("sandbox: view"));
    window.roundTrip(*m_server);
    QCOMPARE(RequestLog::count(*m_server, "GET", QStringLiteral("/orgs")), 0);

    // One that names an organization shows its name beside the ID, once the list is read.
    window.clickRow(0);
    QCOMPARE(window.detailsPane()->shownTokenId(), named.id);
    QTRY_COMPARE(roles->text(),
                 QStringLiteral("Acme Farms (%1): edit, 1 application role(s)\n"
                                "sandbox: view")
                         .arg(m_acme));
    QCOMPARE(RequestLog::count(*m_server, "GET", QStringLiteral("/orgs")), 1);
    // Asked once: showing it again reads the names kept.
    window.clickRow(1);
    window.clickRow(0);
    QCOMPARE(roles->text().left(10), QStringLiteral("Acme Farms"));
    window.roundTrip(*m_server);
    QCOMPARE(RequestLog::count(*m_server, "GET", QStringLiteral("/orgs")), 1);
}

QTEST_MAIN(TestOrgPicker)
#include "tst_orgpicker.moc"
