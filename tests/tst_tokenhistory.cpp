// Issue 14: a token's History tab in the real window over HTTP: the lifecycle the app's own
// actions leave in the instance audit log, the honest wording when there is none, and what the
// tab says where there is no audit log to read.
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/ModalAnswerer.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/CreateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QApplication>
#include <QDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {
const QString kNoActivity = QStringLiteral(
        "No recorded activity. Losant's audit log records changes, not reads, keeps a year, and "
        "may be turned off for an instance, so this may mean little.");
const QString kForbidden = QStringLiteral(
        "This access token may not read the instance audit log (it needs instanceAuditLogs.get "
        "or all.Instance.read).");
const QString kByAdmin = QStringLiteral(" by zz admin (API token)");
} // namespace

class TestTokenHistory : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void cleanup();

    void appActions_showAsLifecycleInOrder_withTheActor();
    void deleteByTheApp_showsAmongTheChangesMadeWithTheAccessToken();
    void lastChangeMadeWithToken_saysHowLongAgo_neverLastUsed();
    void changes_sayWhatChanged_andWhichFailed();
    void manyEntries_showTheLatest_andSaySo();
    void tokenWithoutEntries_saysNoRecordedActivity_andWhy();
    void historyLoads_onlyWhenTheTabIsShown();
    void newSelection_dropsTheEarlierTokensLateAnswer();
    void withoutAuditScope_saysWhy_andAsksOnce();
    void applicationTokens_sayThereIsNoInstanceAuditLog();

private:
    bool openOn(const TokenCollection &tokens);
    void select(const QString &name);
    void showHistory();
    QStringList lines(const QString &listName) const; // the list's items, dates cut off
    QString summary() const;
    QString message() const;
    int auditRequests() const
    {
        return RequestLog::count(*m_server, "GET", QStringLiteral("/audit-logs"));
    }
    TokenListModel *model() const { return m_window->model(); }
    QTableView *table() const { return m_window.table(); }

    WindowFixture m_window;
    ModalAnswerer m_modal;
};

void TestTokenHistory::cleanup()
{
    m_window.close();
    m_modal.reset();
    dropApi();
}

bool TestTokenHistory::openOn(const TokenCollection &tokens)
{
    if (!m_window.open(tokens))
        return false;
    bool ok = false;
    [&] {
        QTRY_VERIFY(!model()->isLoading() && !model()->canFetchMore({}));
        ok = true;
    }();
    return ok;
}

void TestTokenHistory::select(const QString &name)
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->tokenAt(row).name == name) {
            m_window.clickRow(row);
            QCOMPARE(m_window.detailsPane()->shownTokenId(), model()->tokenAt(row).id);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row named %1").arg(name)));
}

void TestTokenHistory::showHistory()
{
    auto *tabs = child<QTabWidget>(m_window.detailsPane(), QStringLiteral("detailsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(1), QStringLiteral("History"));
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QTRY_VERIFY(child<QWidget>(m_window.detailsPane(), QStringLiteral("historyTab"))->isVisible());
}

QStringList TestTokenHistory::lines(const QString &listName) const
{
    QStringList out;
    auto *list = child<QListWidget>(m_window.detailsPane(), listName);
    if (!list || !list->isVisible())
        return out;
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text();
        out.append(text.mid(text.indexOf(QStringLiteral(" — ")) + 3)); // after the date
    }
    return out;
}

QString TestTokenHistory::summary() const
{
    auto *label = child<QLabel>(m_window.detailsPane(), QStringLiteral("historySummary"));
    return label && label->isVisible() ? label->text() : QString();
}

QString TestTokenHistory::message() const
{
    auto *label = child<QLabel>(m_window.detailsPane(), QStringLiteral("historyMessage"));
    return label && label->isVisible() ? label->text() : QString();
}

void TestTokenHistory::appActions_showAsLifecycleInOrder_withTheActor()
{
    QVERIFY(startApi());
    QVERIFY(openOn(m_api->tokens()));

    // Create "fresh" with the New token dialog.
    QTest::keyClick(m_window.window(), Qt::Key_N, Qt::ControlModifier);
    CreateTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CreateTokenDialog *>()) && dialog->isVisible());
    QTest::mouseClick(child<QRadioButton>(dialog, QStringLiteral("permissionsAll")),
                      Qt::LeftButton);
    auto *name = child<QLineEdit>(dialog, QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("fresh"));
    QTest::keyClick(name, Qt::Key_Return);
    TokenCreatedDialog *shown = nullptr;
    QTRY_VERIFY((shown = m_window->findChild<TokenCreatedDialog *>()) != nullptr);
    // Copied first: closing on an unsaved secret asks whether to.
    QTest::mouseClick(child<QPushButton>(shown, QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(shown, QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TokenCreatedDialog *>());
    QTRY_COMPARE(m_window.detailsPane()->shownTokenId().isEmpty(), false);
    const QString id = m_window.detailsPane()->shownTokenId();
    QCOMPARE(model()->tokenAt(model()->rowOfToken(id)).name, QStringLiteral("fresh"));

    // Rename it with the Edit dialog (F2).
    select(QStringLiteral("fresh"));
    QTest::keyClick(table(), Qt::Key_F2);
    QDialog *edit = nullptr;
    QTRY_VERIFY((edit = m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog")))
                && edit->isVisible());
    auto *editName = child<QLineEdit>(edit, QStringLiteral("editName"));
    editName->selectAll();
    QTest::keyClicks(editName, QStringLiteral("renamed"));
    QTest::mouseClick(child<QPushButton>(edit, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(m_server->instance().token(m_instanceId, id)->name, QStringLiteral("renamed"));
    QTRY_COMPARE(model()->tokenAt(model()->rowOfToken(id)).name, QStringLiteral("renamed"));

    // Deactivate it (Ctrl+Shift+A).
    select(QStringLiteral("renamed"));
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_server->instance().token(m_instanceId, id)->status, QStringLiteral("inactive"));
    QTRY_COMPARE(model()->tokenAt(model()->rowOfToken(id)).lastUpdated,
                 m_server->instance().token(m_instanceId, id)->lastUpdated);

    showHistory();
    const QStringList expected{QStringLiteral("Created as “fresh”") + kByAdmin,
                               QStringLiteral("Renamed from “fresh” to “renamed”") + kByAdmin,
                               QStringLiteral("Deactivated") + kByAdmin};
    QTRY_COMPARE(lines(QStringLiteral("historyLifecycle")), expected);
    // It made no change itself: said so, with why that may mean little.
    QVERIFY2(summary().startsWith(QLatin1String("No recorded change made with this token.")),
             qPrintable(summary()));
    QVERIFY(!summary().contains(QLatin1String("last used"), Qt::CaseInsensitive));

    // A change while the tab is shown appears at once: activate it again.
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(lines(QStringLiteral("historyLifecycle")).value(3),
                 QStringLiteral("Activated") + kByAdmin);
}

void TestTokenHistory::deleteByTheApp_showsAmongTheChangesMadeWithTheAccessToken()
{
    QVERIFY(startApi());
    addToken(QStringLiteral("doomed"));
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("doomed"));
    const QString doomedId = m_window.detailsPane()->shownTokenId();
    m_modal.answerBox(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"));
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(model()->rowOfToken(doomedId), -1);

    // The admin token made the delete: its History says what it did, and when.
    select(QStringLiteral("zz admin"));
    showHistory();
    QTRY_VERIFY(!summary().isEmpty());
    QCOMPARE(summary(),
             QStringLiteral("Last recorded change made with this token: just now (Losant records "
                            "changes, not reads)"));
    const QStringList made = lines(QStringLiteral("historyRequests"));
    QCOMPARE(made.size(), 1);
    QVERIFY2(made.first().startsWith(QStringLiteral("Deleted token “doomed”")),
             qPrintable(made.first()));
}

void TestTokenHistory::lastChangeMadeWithToken_saysHowLongAgo_neverLastUsed()
{
    LocalInstance &instance = freshApi();
    const ApiToken ci = addToken(QStringLiteral("ci deploy"));
    const ApiToken target = addToken(QStringLiteral("target"));
    // Months ago "ci deploy" created "old"; three days ago it renamed it to "target".
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[daysAgo, action] :
         {std::pair{3, QStringLiteral("patch")}, std::pair{200, QStringLiteral("post")}}) {
        InstanceAuditLog entry;
        entry.creationDate = now.addDays(-daysAgo);
        entry.actor = AuditParty{ci.id, QStringLiteral("ApiToken"), ci.name};
        entry.primaryTarget = AuditParty{target.id, QStringLiteral("ApiToken"), target.name};
        entry.requestResource = action == QLatin1String("post")
                ? QStringLiteral("instanceApiTokens")
                : QStringLiteral("instanceApiToken");
        entry.requestAction = action;
        entry.requestBody = QJsonObject{
                {QStringLiteral("name"),
                 action == QLatin1String("post") ? QStringLiteral("old") : target.name}};
        entry.responseStatus = 200;
        instance.addAuditLog(m_instanceId, entry);
    }
    QVERIFY(m_api->start());
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("ci deploy"));
    showHistory();
    // "3 days" once the English plural forms are loaded; "3 day(s)" as the source says.
    QTRY_VERIFY2(summary().startsWith(
                         QStringLiteral("Last recorded change made with this token: 3 day")),
                 qPrintable(summary()));
    QVERIFY2(summary().endsWith(QStringLiteral(" ago (Losant records changes, not reads)")),
             qPrintable(summary()));
    QCOMPARE(lines(QStringLiteral("historyRequests")),
             QStringList({QStringLiteral("Updated token “target”"),
                          QStringLiteral("Created token “target”")}));
    QVERIFY(lines(QStringLiteral("historyLifecycle")).isEmpty()); // nothing changed "ci deploy"

    // The other token's lifecycle names "ci deploy" as the actor, oldest first.
    select(QStringLiteral("target"));
    QTRY_COMPARE(lines(QStringLiteral("historyLifecycle")),
                 QStringList({QStringLiteral("Created as “old” by ci deploy (API token)"),
                              QStringLiteral("Renamed from “old” to “target” by ci deploy (API "
                                             "token)")}));
}

void TestTokenHistory::changes_sayWhatChanged_andWhichFailed()
{
    LocalInstance &instance = freshApi();
    const ApiToken token = addToken(QStringLiteral("grafana"));
    const AuditParty alice{QStringLiteral("5a0000000000000000000001"), QStringLiteral("User"),
                           QStringLiteral("alice")};
    const QJsonObject bodies[]
            = {{{QStringLiteral("description"), QStringLiteral("dashboards <b>only</b>")}},
               {{QStringLiteral("defaultRole"), QStringLiteral("view")}},
               {{QStringLiteral("name"), QStringLiteral("grafana ro")},
                {QStringLiteral("description"), QString()}},
               {{QStringLiteral("status"), QStringLiteral("inactive")}}};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    int day = 0;
    for (const QJsonObject &body : bodies) {
        InstanceAuditLog entry;
        entry.creationDate = start.addDays(day++);
        entry.actor = alice;
        entry.primaryTarget = AuditParty{token.id, QStringLiteral("ApiToken"), token.name};
        entry.requestResource = QStringLiteral("instanceApiToken");
        entry.requestAction = QStringLiteral("patch");
        entry.requestBody = body;
        entry.responseStatus = body.contains(QLatin1String("status")) ? 403 : 200;
        instance.addAuditLog(m_instanceId, entry);
    }
    QVERIFY(m_api->start());
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("grafana"));
    showHistory();
    // Oldest first; markup in a description is shown as typed.
    QTRY_COMPARE(lines(QStringLiteral("historyLifecycle")),
                 QStringList({QStringLiteral("Description set to “dashboards <b>only</b>” by "
                                             "alice (user)"),
                              QStringLiteral("Roles changed by alice (user)"),
                              QStringLiteral("Renamed from “grafana” to “grafana ro”, description "
                                             "cleared by alice (user)"),
                              QStringLiteral("Deactivated by alice (user) — failed (403)")}));
    QCOMPARE(summary(),
             QStringLiteral("No recorded change made with this token. Losant's audit log records "
                            "changes, not reads, keeps a year, and may be turned off for an "
                            "instance, so this may mean little."));
}

void TestTokenHistory::manyEntries_showTheLatest_andSaySo()
{
    LocalInstance &instance = freshApi();
    const ApiToken busy = addToken(QStringLiteral("busy"));
    const ApiToken other = addToken(QStringLiteral("other"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-200);
    // 130 descriptions set on "busy" by alice, then 30 changes "busy" made to "other".
    for (int i = 0; i < 160; ++i) {
        const bool toBusy = i < 130;
        InstanceAuditLog entry;
        entry.creationDate = start.addSecs(3600 * i);
        entry.actor = toBusy ? AuditParty{QStringLiteral("5a0000000000000000000001"),
                                          QStringLiteral("User"), QStringLiteral("alice")}
                             : AuditParty{busy.id, QStringLiteral("ApiToken"), busy.name};
        entry.primaryTarget = toBusy ? AuditParty{busy.id, QStringLiteral("ApiToken"), busy.name}
                                     : AuditParty{other.id, QStringLiteral("ApiToken"), other.name};
        entry.requestResource = QStringLiteral("instanceApiToken");
        entry.requestAction = QStringLiteral("patch");
        entry.requestBody = QJsonObject{{QStringLiteral("description"), QString::number(i)}};
        entry.responseStatus = 200;
        instance.addAuditLog(m_instanceId, entry);
    }
    QVERIFY(m_api->start());
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("busy"));
    showHistory();
    QTRY_VERIFY(!summary().isEmpty());
    const QStringList lifecycle = lines(QStringLiteral("historyLifecycle"));
    QCOMPARE(lifecycle.size(), 100);
    QCOMPARE(lifecycle.first(), QStringLiteral("Description set to “30” by alice (user)"));
    QCOMPARE(lifecycle.last(), QStringLiteral("Description set to “129” by alice (user)"));
    QCOMPARE(child<QLabel>(m_window.detailsPane(), QStringLiteral("historyLifecycleTitle"))->text(),
             QStringLiteral("Changes to this token (the latest 100 of 130)"));
    QCOMPARE(lines(QStringLiteral("historyRequests")).size(), 20);
    QCOMPARE(child<QLabel>(m_window.detailsPane(), QStringLiteral("historyRequestsTitle"))->text(),
             QStringLiteral("Changes made with this token (the latest 20 of 30)"));
}

void TestTokenHistory::tokenWithoutEntries_saysNoRecordedActivity_andWhy()
{
    QVERIFY(startApi());
    addToken(QStringLiteral("quiet"));
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("quiet"));
    showHistory();
    QTRY_COMPARE(summary(), kNoActivity);
    QVERIFY(lines(QStringLiteral("historyLifecycle")).isEmpty());
    QVERIFY(lines(QStringLiteral("historyRequests")).isEmpty());
    QCOMPARE(message(), QString());
}

void TestTokenHistory::historyLoads_onlyWhenTheTabIsShown()
{
    QVERIFY(startApi());
    addToken(QStringLiteral("one"));
    addToken(QStringLiteral("two"));
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("one"));
    select(QStringLiteral("two"));
    QCOMPARE(auditRequests(), 0); // the Details tab is shown: the audit log is not asked
    showHistory();
    QTRY_COMPARE(summary(), kNoActivity);
    QCOMPARE(auditRequests(), 2); // the token's lifecycle, then what was done with it
    const QString twoId = m_window.detailsPane()->shownTokenId();
    for (const RecordedRequest &r :
         RequestLog::byMethod(*m_server, "GET", QStringLiteral("/audit-logs")))
        QVERIFY2(QString::fromLatin1(r.rawQuery).contains(twoId), r.rawQuery.constData());
    // Back on Details, another token asks nothing until History is shown again.
    auto *tabs = child<QTabWidget>(m_window.detailsPane(), QStringLiteral("detailsTabs"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
    select(QStringLiteral("one"));
    QCOMPARE(auditRequests(), 2);
    showHistory();
    QTRY_COMPARE(auditRequests(), 4);
    QTRY_COMPARE(summary(), kNoActivity);
}

void TestTokenHistory::newSelection_dropsTheEarlierTokensLateAnswer()
{
    LocalInstance &instance = freshApi();
    for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")}) {
        const ApiToken token = addToken(name);
        InstanceAuditLog created;
        created.actor = AuditParty{QStringLiteral("5a0000000000000000000001"),
                                   QStringLiteral("User"), QStringLiteral("alice")};
        created.primaryTarget = AuditParty{token.id, QStringLiteral("ApiToken"), name};
        created.requestResource = QStringLiteral("instanceApiTokens");
        created.requestAction = QStringLiteral("post");
        created.requestBody = QJsonObject{{QStringLiteral("name"), name}};
        created.responseStatus = 201;
        instance.addAuditLog(m_instanceId, created);
    }
    const QStringList one{QStringLiteral("Created as “one” by alice (user)")};
    QVERIFY(m_api->start());
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("one"));
    const QString oneId = m_window.detailsPane()->shownTokenId();
    showHistory();
    QTRY_COMPARE(lines(QStringLiteral("historyLifecycle")), one);

    // "two"'s history is held back by the server; "one" is chosen again before it comes.
    LocalInstanceServer::Fault slow = LocalInstanceServer::Fault::delayed(600);
    slow.times = 1;
    m_server->setFault(LocalInstanceServer::Route::AuditList, slow);
    QSignalSpy held(m_server, &LocalInstanceServer::delayedAnswerDone);
    const int before = auditRequests();
    select(QStringLiteral("two"));
    QTRY_COMPARE(auditRequests(), before + 1);
    select(QStringLiteral("one"));
    QTRY_COMPARE(lines(QStringLiteral("historyLifecycle")), one);
    QTRY_COMPARE(held.size(), 1); // "two"'s answer has gone out, to nobody
    QCOMPARE(lines(QStringLiteral("historyLifecycle")), one);
    QCOMPARE(m_window.detailsPane()->shownTokenId(), oneId);
}

void TestTokenHistory::withoutAuditScope_saysWhy_andAsksOnce()
{
    LocalInstance &instance = freshApi();
    addToken(QStringLiteral("one"));
    addToken(QStringLiteral("two"));
    const QString lister = instance.issueToken(m_instanceId, QStringLiteral("lister"),
                                               {QStringLiteral("instanceApiTokens.get")});
    QVERIFY(m_api->start());
    m_api->connectAs(lister);
    QVERIFY(openOn(m_api->tokens()));
    select(QStringLiteral("one"));
    showHistory();
    QTRY_COMPARE(message(), kForbidden);
    QCOMPARE(auditRequests(), 1);
    QCOMPARE(summary(), QString());
    QVERIFY(!child<QPushButton>(m_window.detailsPane(), QStringLiteral("historyRetry"))
                     ->isVisible()); // a retry cannot help
    for (QWidget *w : QApplication::topLevelWidgets()) // no error box
        QVERIFY2(!qobject_cast<QMessageBox *>(w) || !w->isVisible(), qPrintable(w->objectName()));
    // Another token: the same answer, without asking again.
    select(QStringLiteral("two"));
    QCOMPARE(message(), kForbidden);
    QCOMPARE(auditRequests(), 1);
    QVERIFY(m_window.errorBar()->isHidden()); // the list itself is fine
}

void TestTokenHistory::applicationTokens_sayThereIsNoInstanceAuditLog()
{
    LocalInstance &instance = freshApi();
    ApiToken app;
    app.name = QStringLiteral("app token");
    app.scope = {QStringLiteral("all.Application.read")};
    instance.addToken(Kind::Application, m_applicationId, app);
    QVERIFY(m_api->start());
    m_api->connectAs(m_userAdmin);
    QVERIFY(openOn(m_api->tokens(Kind::Application)));
    select(QStringLiteral("app token"));
    showHistory();
    QTRY_COMPARE(message(),
                 QStringLiteral("Application tokens have no instance audit log, so there is no "
                                "recorded history to show."));
    QCOMPARE(auditRequests(), 0);
    QVERIFY(!m_window.action("activityAction")->isEnabled()); // no Activity view either
}

QTEST_MAIN(TestTokenHistory)
#include "tst_tokenhistory.moc"
