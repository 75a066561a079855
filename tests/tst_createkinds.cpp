// The New token and Edit dialogs for every kind of collection, on the real widgets against the
// local instance over HTTP: the scopes offered are exactly what Losant's schema files allow the
// kind (read here from the files, not from the app's table), presets and custom picks send what
// they say, application tokens carry no roles, and Losant's refusal of OAuth-issued access
// tokens on /me/tokens is explained where it happens.
#include "api/ApiCall.h"
#include "core/ScopeCatalog.h"
#include "support/CreateDialogFixture.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/EditTokenDialog.h"
#include "ui/MessageBox.h"
#include "ui/ScopePicker.h"
#include "ui/TokenListModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {
using Kind = TokenLocation::Kind;
// Words of the app's own explanation (the local server's message mentions OAuth too).
const QLatin1String kExplained("issued by OAuth (a sign-in)");

// Every "enum" list under a schema's scope property, in the file's order.
void collectEnums(const QJsonValue &value, QList<QStringList> *into)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectEnums(v, into);
        return;
    }
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("enum"))) {
        QStringList list;
        for (const QJsonValue &v : o.value(QLatin1String("enum")).toArray())
            list.append(v.toString());
        into->append(list);
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collectEnums(it.value(), into);
}

// The scope enums of one of Losant's schema files (apiTokenPost has one per family).
QList<QStringList> scopeEnums(const QString &file)
{
    QFile f(QStringLiteral(LOSANT_SCHEMA_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
    QList<QStringList> enums;
    collectEnums(schema.value(QLatin1String("properties")).toObject().value(QLatin1String("scope")),
                 &enums);
    return enums;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// What a token of this kind may be given, by docs/api.md "Scopes per kind": for applications
// the application schema's enum as far as apiTokenPost (which the POST is checked with) knows
// it, for the others all of apiTokenPost.
QSet<QString> schemaScopes(Kind kind)
{
    QSet<QString> all;
    for (const QStringList &family : scopeEnums(QStringLiteral("apiTokenPost.json")))
        all.unite(toSet(family));
    if (kind != Kind::Application)
        return all;
    QSet<QString> application;
    for (const QStringList &list : scopeEnums(QStringLiteral("applicationApiTokenPost.json")))
        application.unite(toSet(list));
    return application.intersect(all);
}

// The kind's own family in apiTokenPost: the enum holding its umbrella scope.
QSet<QString> ownFamily(Kind kind)
{
    if (kind == Kind::Application)
        return schemaScopes(kind);
    const QString umbrella
            = kind == Kind::Instance ? QStringLiteral("all.Instance") : QStringLiteral("all.User");
    for (const QStringList &family : scopeEnums(QStringLiteral("apiTokenPost.json")))
        if (family.contains(umbrella))
            return toSet(family);
    return {};
}
} // namespace

class TestCreateKinds : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void schemaFiles_areRead();
    void createDialog_offersExactlyTheSchemasScopes_data();
    void createDialog_offersExactlyTheSchemasScopes();
    void preset_sendsTheKindsScope_data();
    void preset_sendsTheKindsScope();
    void customSelection_sendsExactlyThoseScopes_data();
    void customSelection_sendsExactlyThoseScopes();
    void applicationToken_asksForNoRoles_andSendsNone();
    void createSimilar_applicationToken_keepsItsPreset();
    void editApplicationToken_hidesRoles_andPatchesTheName();
    void oauthToken_createOnMyTokens_isExplained_andTheNameKept();
    void oauthToken_deleteOnMyTokens_isExplained();
    void oauthToken_editOnMyTokens_isExplained_andTheEditKept();
    void oauthToken_bulkDeactivateOnMyTokens_explainsOnce();
    void instance403_getsNoOAuthExplanation();

private:
    void kindColumn();
    // Opens the New token dialog on the kind's collection, as a token that may create there.
    void openFor(Kind kind);
    TokenCollection collection(Kind kind) const { return m_api->tokens(kind); }
    template<typename T = QWidget> T *child(const QString &name) const
    {
        return ::child<T>(m_dialog, name);
    }
    QTreeWidget *tree() const { return child<QTreeWidget>(QStringLiteral("scopeTree")); }
    // The API names of the scope list's leaves, only those in view or all of them.
    QStringList listed(bool inViewOnly) const;
    void search(const QString &text);
    void tick(const QString &scope);
    void typeName(const QString &name);
    void click(const QString &name) { QTest::mouseClick(child(name), Qt::LeftButton); }
    // Clicks Create and waits for the token; returns the body the server got.
    QJsonObject createAndGetBody();

    // Adds an active token of this name to the user's own tokens; returns its ID.
    QString addMine(const QString &name);

    CreateDialogFixture m_dialog;
};

void TestCreateKinds::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestCreateKinds::init()
{
    QVERIFY(startApi());
}

void TestCreateKinds::cleanup()
{
    m_dialog.close();
    dropApi();
    QApplication::clipboard()->clear();
}

void TestCreateKinds::kindColumn()
{
    QTest::addColumn<int>("kindNumber"); // a TokenLocation::Kind
}

void TestCreateKinds::openFor(Kind kind)
{
    // An instance token reaches only its instance; a user token with all.User reaches all three.
    if (kind != Kind::Instance)
        m_api->connectAs(m_userAdmin);
    QVERIFY(m_dialog.open(collection(kind), CreateDialogFixture::Until::Exposed));
}

QStringList TestCreateKinds::listed(bool inViewOnly) const
{
    QStringList out;
    for (int g = 0; g < tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree()->topLevelItem(g);
        if (inViewOnly && group->isHidden())
            continue;
        for (int c = 0; c < group->childCount(); ++c)
            if (!inViewOnly || !group->child(c)->isHidden())
                out.append(group->child(c)->text(ScopePicker::ApiNameColumn));
    }
    return out;
}

void TestCreateKinds::search(const QString &text)
{
    auto *field = child<QLineEdit>(QStringLiteral("scopeSearch"));
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void TestCreateKinds::tick(const QString &scope)
{
    search(scope);
    const QList<QTreeWidgetItem *> found = tree()->findItems(
            scope, Qt::MatchExactly | Qt::MatchRecursive, ScopePicker::ApiNameColumn);
    QCOMPARE(found.size(), 1);
    const QRect rect = tree()->visualItemRect(found.first());
    QVERIFY2(rect.isValid(), qPrintable(scope));
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::keyClick(tree(), Qt::Key_Space);
    QCOMPARE(found.first()->checkState(ScopePicker::LabelColumn), Qt::Checked);
}

void TestCreateKinds::typeName(const QString &name)
{
    auto *edit = child<QLineEdit>(QStringLiteral("nameEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, name);
}

QJsonObject TestCreateKinds::createAndGetBody()
{
    QSignalSpy created(m_dialog.dialog(), &CreateTokenDialog::tokenCreated);
    auto *create = child<QPushButton>(QStringLiteral("createButton"));
    if (!create->isEnabled())
        qWarning("%s", qPrintable(child<QLabel>(QStringLiteral("reasonLabel"))->text()));
    QTest::mouseClick(create, Qt::LeftButton);
    if (!created.wait())
        return {};
    const QList<QJsonObject> bodies = RequestLog::bodies(*m_server, "POST");
    return bodies.size() == 1 ? bodies.first() : QJsonObject();
}

void TestCreateKinds::schemaFiles_areRead()
{
    // Without the files every comparison below would compare nothing.
    QVERIFY(schemaScopes(Kind::Instance).size() > 400);
    QVERIFY(schemaScopes(Kind::Application).size() > 200);
    QVERIFY(schemaScopes(Kind::Application).size() < schemaScopes(Kind::Instance).size());
    QVERIFY(ownFamily(Kind::Instance).contains(QStringLiteral("instanceApiTokens.post")));
    QVERIFY(ownFamily(Kind::User).contains(QStringLiteral("userApiTokens.post")));
}

void TestCreateKinds::createDialog_offersExactlyTheSchemasScopes_data()
{
    kindColumn();
    QTest::newRow("instance") << int(Kind::Instance);
    QTest::newRow("application") << int(Kind::Application);
    QTest::newRow("user") << int(Kind::User);
}

void TestCreateKinds::createDialog_offersExactlyTheSchemasScopes()
{
    QFETCH(int, kindNumber);
    const Kind kind = Kind(kindNumber);
    openFor(kind);
    click(QStringLiteral("permissionsCustom"));
    QVERIFY(tree()->isVisible());

    // At first the kind's own family, and the switch only where there is more to show.
    const QStringList first = listed(true);
    QCOMPARE(toSet(first), ownFamily(kind));
    auto *showAll = child<QCheckBox>(QStringLiteral("showAllScopes"));
    QCOMPARE(showAll->isVisible(), kind != Kind::Application);
    if (showAll->isVisible())
        click(QStringLiteral("showAllScopes"));

    // Then everything the kind may be given, each once, and nothing else.
    const QStringList all = listed(true);
    QCOMPARE(all.size(), toSet(all).size());
    QCOMPARE(toSet(all), schemaScopes(kind));
    QCOMPARE(toSet(listed(false)), schemaScopes(kind));
    // The own family leads the list.
    QCOMPARE(all.mid(0, first.size()), first);

    // Each scope shows a readable label beside its API name, and is found by either.
    const QString scope = kind == Kind::Instance ? QStringLiteral("instanceApiTokens.post")
            : kind == Kind::Application          ? QStringLiteral("applicationApiTokens.post")
                                                 : QStringLiteral("userApiTokens.post");
    const QString label = ScopeCatalog::label(scope);
    QVERIFY2(label.endsWith(QStringLiteral("API tokens · create")), qPrintable(label));
    for (const QString &needle : {label, scope}) {
        search(needle);
        QVERIFY2(listed(true).contains(scope), qPrintable(needle));
        QTreeWidgetItem *leaf = tree()->findItems(scope, Qt::MatchExactly | Qt::MatchRecursive,
                                                  ScopePicker::ApiNameColumn)
                                        .first();
        QCOMPARE(leaf->text(ScopePicker::LabelColumn), label);
        QVERIFY(tree()->visualItemRect(leaf).isValid());
    }
}

void TestCreateKinds::preset_sendsTheKindsScope_data()
{
    kindColumn();
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("scope");
    const QString all = QStringLiteral("permissionsAll");
    const QString read = QStringLiteral("permissionsReadOnly");
    QTest::newRow("instance, all") << int(Kind::Instance) << all << "all.Instance";
    QTest::newRow("instance, read only") << int(Kind::Instance) << read << "all.Instance.read";
    QTest::newRow("application, all") << int(Kind::Application) << all << "all.Application";
    QTest::newRow("application, read only")
            << int(Kind::Application) << read << "all.Application.read";
    QTest::newRow("application, devices") << int(Kind::Application) << "permissionsDevices"
                                          << "all.Device";
    QTest::newRow("application, devices read only")
            << int(Kind::Application) << "permissionsDevicesReadOnly"
            << "all.Device.read";
    QTest::newRow("user, all") << int(Kind::User) << all << "all.User";
    QTest::newRow("user, read only") << int(Kind::User) << read << "all.User.read";
}

void TestCreateKinds::preset_sendsTheKindsScope()
{
    QFETCH(int, kindNumber);
    const Kind kind = Kind(kindNumber);
    QFETCH(QString, button);
    QFETCH(QString, scope);
    openFor(kind);
    // Nothing chosen at first; only applications offer the device presets.
    const QList<QRadioButton *> choices
            = child<QWidget>(QStringLiteral("permissionPicker"))->findChildren<QRadioButton *>();
    QCOMPARE(choices.size(), kind == Kind::Application ? 5 : 3);
    for (const QRadioButton *choice : choices)
        QVERIFY2(!choice->isChecked(), qPrintable(choice->objectName()));

    typeName(QStringLiteral("preset %1").arg(scope));
    auto *preset = child<QRadioButton>(button);
    QVERIFY2(preset->text().endsWith(scope), qPrintable(preset->text())); // names the scope
    click(button);
    const int before = m_server->instance().tokenCount(kind, ownerOf(kind));
    const QJsonObject body = createAndGetBody();
    QCOMPARE(body.value(QLatin1String("scope")).toArray(), QJsonArray({scope}));
    const QList<RecordedRequest> posts = RequestLog::byMethod(*m_server, "POST");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().path, collection(kind).location().collectionPath());
    QCOMPARE(m_server->instance().tokenCount(kind, ownerOf(kind)), before + 1);
}

void TestCreateKinds::customSelection_sendsExactlyThoseScopes_data()
{
    kindColumn();
    QTest::newRow("instance") << int(Kind::Instance);
    QTest::newRow("application") << int(Kind::Application);
    QTest::newRow("user") << int(Kind::User);
}

void TestCreateKinds::customSelection_sendsExactlyThoseScopes()
{
    QFETCH(int, kindNumber);
    const Kind kind = Kind(kindNumber);
    openFor(kind);
    typeName(QStringLiteral("picked by hand"));
    click(QStringLiteral("permissionsCustom"));
    auto *showAll = child<QCheckBox>(QStringLiteral("showAllScopes"));
    if (showAll->isVisible())
        click(QStringLiteral("showAllScopes"));
    // The first, a middle and the last scope the schema allows this kind, in its own order.
    QStringList pool = listed(false);
    QVERIFY(pool.size() > 3);
    const QStringList picks = {pool.first(), pool.at(pool.size() / 2), pool.last()};
    for (const QString &scope : picks)
        tick(scope);
    QCOMPARE(child<QLabel>(QStringLiteral("scopeCount"))->text(),
             QStringLiteral("3 scope(s) selected"));

    const QJsonObject body = createAndGetBody();
    QStringList sent;
    for (const QJsonValue &v : body.value(QLatin1String("scope")).toArray())
        sent.append(v.toString());
    QCOMPARE(sent.size(), 3);
    QCOMPARE(toSet(sent), toSet(picks));
    const QList<ApiToken> stored = m_server->instance().tokens(kind, ownerOf(kind));
    const auto made = std::find_if(stored.cbegin(), stored.cend(), [](const ApiToken &t) {
        return t.name == QLatin1String("picked by hand");
    });
    QVERIFY(made != stored.cend());
    QCOMPARE(toSet(made->scope), toSet(picks));
}

void TestCreateKinds::applicationToken_asksForNoRoles_andSendsNone()
{
    openFor(Kind::Application);
    QVERIFY(!child(QStringLiteral("defaultRoleCombo"))->isVisible());
    QVERIFY(!child(QStringLiteral("orgRolesEditor"))->isVisible());
    typeName(QStringLiteral("dashboard feed"));
    click(QStringLiteral("permissionsReadOnly"));
    const QJsonObject preview
            = QJsonDocument::fromJson(
                      child<QPlainTextEdit>(QStringLiteral("jsonPreview"))->toPlainText().toUtf8())
                      .object();
    QVERIFY(!preview.contains(QLatin1String("defaultRole")));
    QVERIFY(!preview.contains(QLatin1String("orgRoles")));
    // "Copy as curl" posts to the application's tokens.
    click(QStringLiteral("copyCurlButton"));
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(curl.contains(m_server->baseUrl().toString(QUrl::StripTrailingSlash)
                           + collection(Kind::Application).location().collectionPath()),
             qPrintable(curl));
    QVERIFY(!curl.contains(QLatin1String("defaultRole")));
    const QJsonObject body = createAndGetBody();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("dashboard feed"));
    QVERIFY(!body.contains(QLatin1String("defaultRole")));
    QVERIFY(!body.contains(QLatin1String("orgRoles")));

    // The same form on an instance still asks for them.
    m_dialog.close();
    openFor(Kind::Instance);
    QVERIFY(child(QStringLiteral("defaultRoleCombo"))->isVisible());
    QVERIFY(child(QStringLiteral("orgRolesEditor"))->isVisible());
}

void TestCreateKinds::createSimilar_applicationToken_keepsItsPreset()
{
    openFor(Kind::Application);
    ApiToken like;
    like.name = QStringLiteral("gateway");
    like.description = QStringLiteral("reads the gateways");
    like.scope = {QStringLiteral("all.Device.read")};
    like.defaultRole = QStringLiteral("view"); // nothing an application token can carry
    QVERIFY(m_dialog->prefillFrom(like).isEmpty());
    QVERIFY(child<QRadioButton>(QStringLiteral("permissionsDevicesReadOnly"))->isChecked());
    typeName(QStringLiteral("gateway 2"));
    const QJsonObject body = createAndGetBody();
    QCOMPARE(body.value(QLatin1String("scope")).toArray(),
             QJsonArray({QStringLiteral("all.Device.read")}));
    QCOMPARE(body.value(QLatin1String("description")).toString(), like.description);
    QVERIFY(!body.contains(QLatin1String("defaultRole")));
}

void TestCreateKinds::editApplicationToken_hidesRoles_andPatchesTheName()
{
    m_api->connectAs(m_userAdmin);
    ApiToken token;
    token.name = QStringLiteral("kiosk");
    token.status = QStringLiteral("active");
    token.scope = {QStringLiteral("all.Application.read")};
    token = m_server->instance().addToken(Kind::Application, m_applicationId, token);
    EditTokenDialog dialog(collection(Kind::Application), token);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("editDefaultRole"))->isVisible());
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("editOrgRoles"))->isVisible());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("editName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" lobby"));
    QSignalSpy saved(&dialog, &EditTokenDialog::tokenSaved);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY(saved.wait());
    const QList<QJsonObject> patches = RequestLog::bodies(*m_server, "PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("kiosk lobby")}}));
    QCOMPARE(m_server->instance().token(Kind::Application, m_applicationId, token.id)->name,
             QStringLiteral("kiosk lobby"));
}

void TestCreateKinds::oauthToken_createOnMyTokens_isExplained_andTheNameKept()
{
    const QString signIn
            = m_server->instance().issueOAuthToken(m_userId, {QStringLiteral("all.User")});
    m_api->connectAs(signIn);
    QVERIFY(m_dialog.open(collection(Kind::User), CreateDialogFixture::Until::Exposed));
    typeName(QStringLiteral("from a sign-in"));
    click(QStringLiteral("permissionsAll"));
    const int before = m_server->instance().tokenCount(Kind::User, m_userId);
    QTest::mouseClick(child(QStringLiteral("createButton")), Qt::LeftButton);

    auto *error = child<QLabel>(QStringLiteral("serverErrorLabel"));
    QTRY_VERIFY(error->isVisible() && !m_dialog->isSending());
    // What the server said, asked for the same way, follows the app's explanation.
    QSignalSpy refused(collection(Kind::User).create(m_dialog->draft().toPostBody()),
                       &ApiCall::failed);
    QVERIFY(refused.wait());
    const ApiError server = refused.first().first().value<ApiError>();
    QCOMPARE(server.httpStatus, 403);
    QVERIFY(!server.message.isEmpty());
    const QString text = error->text();
    QVERIFY2(text.contains(kExplained), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("all.User")), qPrintable(text));
    QVERIFY2(text.indexOf(server.message) > text.indexOf(kExplained), qPrintable(text));
    // The person's input is all still there, ready for another try.
    QCOMPARE(child<QLineEdit>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("from a sign-in"));
    QVERIFY(child<QRadioButton>(QStringLiteral("permissionsAll"))->isChecked());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QPushButton>(QStringLiteral("createButton"))->isEnabled());
    QCOMPARE(m_server->instance().tokenCount(Kind::User, m_userId), before);
}

void TestCreateKinds::oauthToken_deleteOnMyTokens_isExplained()
{
    const QString id = addMine(QStringLiteral("old laptop"));
    m_api->connectAs(m_server->instance().issueOAuthToken(m_userId, {QStringLiteral("all.User")}));
    WindowFixture window;
    QVERIFY(window.open(collection(Kind::User)));
    const int row = window->model()->rowOfToken(id);
    QVERIFY(row >= 0);
    window.clickRow(row);
    MessageBox::setNextAnswer(MessageBox::Delete);
    QTest::keyClick(window.table(), Qt::Key_Delete);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("actionFailedBox"))));
    QVERIFY2(box->informativeText().contains(kExplained), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QLatin1String("(403)")));
    QVERIFY(box->informativeText().contains(QLatin1String("all.User")));
    QVERIFY(m_server->instance().token(Kind::User, m_userId, id).has_value());
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), 1);
    box->close();
}

QString TestCreateKinds::addMine(const QString &name)
{
    ApiToken token;
    token.name = name;
    token.status = QStringLiteral("active");
    token.scope = {QStringLiteral("all.User.read")};
    return m_server->instance().addToken(Kind::User, m_userId, token).id;
}

void TestCreateKinds::oauthToken_editOnMyTokens_isExplained_andTheEditKept()
{
    const QString id = addMine(QStringLiteral("desk"));
    m_api->connectAs(m_server->instance().issueOAuthToken(m_userId, {QStringLiteral("all.User")}));
    EditTokenDialog dialog(collection(Kind::User),
                           *m_server->instance().token(Kind::User, m_userId, id));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // User tokens have roles: the fields are there.
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("editDefaultRole"))->isVisible());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("editName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" at home"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);

    auto *error = dialog.findChild<QLabel *>(QStringLiteral("editError"));
    QTRY_VERIFY(error->isVisible() && save->isEnabled());
    QVERIFY2(error->text().contains(kExplained), qPrintable(error->text()));
    QCOMPARE(RequestLog::count(*m_server, "PATCH"), 1);
    QCOMPARE(name->text(), QStringLiteral("desk at home"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_server->instance().token(Kind::User, m_userId, id)->name, QStringLiteral("desk"));
}

void TestCreateKinds::oauthToken_bulkDeactivateOnMyTokens_explainsOnce()
{
    const QStringList ids = {addMine(QStringLiteral("phone")), addMine(QStringLiteral("tablet"))};
    m_api->connectAs(m_server->instance().issueOAuthToken(m_userId, {QStringLiteral("all.User")}));
    WindowFixture window;
    QVERIFY(window.open(collection(Kind::User)));
    // The two, not the user's own admin token beside them.
    window.table()->setFocus();
    QItemSelection both;
    for (const QString &id : ids) {
        const int row = window->model()->rowOfToken(id);
        QVERIFY(row >= 0);
        both.select(window->model()->index(row, 0),
                    window->model()->index(row, TokenListModel::ColumnCount - 1));
    }
    window.table()->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(window.table()->selectionModel()->selectedRows().size(), 2);
    MessageBox::setNextAnswer(MessageBox::Deactivate);
    window.action("toggleStatusAction")->trigger();

    QMessageBox *report = nullptr;
    QTRY_VERIFY((report = window->findChild<QMessageBox *>(QStringLiteral("bulkReportBox"))));
    const QString text = report->informativeText();
    // Said once for the run, and each token named with the server's words.
    QCOMPARE(text.count(kExplained), 1);
    for (const QString &name : {QStringLiteral("phone"), QStringLiteral("tablet")})
        QVERIFY2(text.contains(name), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("(403)")), 2);
    QCOMPARE(RequestLog::count(*m_server, "PATCH"), 2);
    for (const QString &id : ids)
        QCOMPARE(m_server->instance().token(Kind::User, m_userId, id)->status,
                 QStringLiteral("active"));
    report->close();
}

void TestCreateKinds::instance403_getsNoOAuthExplanation()
{
    // The explanation belongs to /me/tokens only: an instance's 403 is the server's words.
    LocalInstanceServer::Fault fault;
    fault.status = 403;
    fault.body = R"({"type":"Forbidden","message":"Not this one"})";
    m_server->setFault(LocalInstanceServer::Route::Create, fault);
    openFor(Kind::Instance);
    typeName(QStringLiteral("refused"));
    click(QStringLiteral("permissionsAll"));
    QTest::mouseClick(child(QStringLiteral("createButton")), Qt::LeftButton);
    auto *error = child<QLabel>(QStringLiteral("serverErrorLabel"));
    QTRY_VERIFY(error->isVisible() && !m_dialog->isSending());
    QVERIFY2(error->text().contains(QLatin1String("Not this one")), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(QLatin1String("OAuth")), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(QStringLiteral("nameEdit"))->text(), QStringLiteral("refused"));
}

QTEST_MAIN(TestCreateKinds)
#include "tst_createkinds.moc"
