// Issue 14: the Activity view of an instance in the real window over HTTP: every token entry of
// the audit log, newest first, paged as the table is, each filter a new server query, and
// entries about tokens that are gone still naming them.
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/ModalAnswerer.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/ActivityDialog.h"
#include "ui/AuditLogModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SettingsKeys.h"
#include "ui/TokenListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

namespace {
const int kPerPage = 40; // the table's page size, which the view pages by too
const int kEntries = 100; // token entries, one a day back from now
const QString kApiToken = QStringLiteral("ApiToken");

// The entry's party as the view names it.
struct Actor
{
    QString id, type, name;
};
const Actor kActors[] = {
        {QStringLiteral("5a0000000000000000000001"), QStringLiteral("User"),
         QStringLiteral("alice")},
        {QStringLiteral("5a0000000000000000000002"), QStringLiteral("User"), QStringLiteral("bob")},
        {QStringLiteral("5a0000000000000000000003"), kApiToken, QStringLiteral("ci deploy")}};
const char *const kActions[] = {"post", "patch", "delete"};
} // namespace

class TestActivityView : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void init();
    void cleanup();

    void opens_newestFirst_onlyTokenEntries_pagedAsTheTable();
    void headerClick_sortsOnTheServer();
    void actorFilter_byNameTyped_andByActorSeen();
    void actionFilter_eachAction();
    void statusFilter_failedAndOneCode();
    void dateRange_fromAndTo();
    void deletedTokens_stayNamed();
    void failedLoad_offersRetry_whichLoads();
    void withoutAuditScope_saysWhy_withoutRetry();

private:
    bool openView();
    // The entry added for day `i` (0: now); every 3rd actor, action; every 5th failed.
    static InstanceAuditLog entryFor(int i);
    // The last audit log query the server got, decoded.
    QHash<QString, QString> lastQuery() const;
    int auditRequests() const
    {
        return RequestLog::count(*m_server, "GET", QStringLiteral("/audit-logs"));
    }
    // Waits for the query after `before` requests to be answered and every page loaded.
    void waitForQuery(int before);
    QStringList column(int column) const;
    QSet<QString> distinct(int c) const
    {
        const QStringList all = column(c);
        return QSet<QString>(all.cbegin(), all.cend());
    }
    void choose(QComboBox *combo, int index); // by keyboard, as the person would

    WindowFixture m_window;
    ModalAnswerer m_modal;
    QPointer<ActivityDialog> m_dialog;
    AuditLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

InstanceAuditLog TestActivityView::entryFor(int i)
{
    const Actor &a = kActors[i % 3];
    InstanceAuditLog e;
    e.creationDate = QDateTime::currentDateTimeUtc().addDays(-i).addSecs(-60);
    e.actor = AuditParty{a.id, a.type, a.name};
    e.primaryTarget
            = AuditParty{QStringLiteral("5b00000000000000000000%1").arg(i, 2, 10, QLatin1Char('0')),
                         kApiToken, QStringLiteral("token %1").arg(i)};
    e.requestAction = QLatin1String(kActions[(i / 3) % 3]);
    e.requestResource = e.requestAction == QLatin1String("post")
            ? QStringLiteral("instanceApiTokens")
            : QStringLiteral("instanceApiToken");
    e.requestBody = QJsonObject{{QStringLiteral("name"), e.primaryTarget.name}};
    e.responseStatus = i % 5 == 4 ? 403 : (e.requestAction == QLatin1String("post") ? 201 : 200);
    return e;
}

void TestActivityView::init()
{
    LocalInstance &instance = freshApi(); // with empty settings
    QSettings().setValue(SettingsKeys::kTablePerPage, kPerPage);
    for (int i = 0; i < kEntries; ++i)
        instance.addAuditLog(m_instanceId, entryFor(i));
    // Not about a token: never in the view.
    InstanceAuditLog other = entryFor(0);
    other.primaryTarget
            = AuditParty{kActors[0].id, QStringLiteral("User"), QStringLiteral("alice")};
    other.requestResource = QStringLiteral("instanceMember");
    instance.addAuditLog(m_instanceId, other);
    QVERIFY(m_api->start());
}

void TestActivityView::cleanup()
{
    m_window.close();
    m_modal.reset();
    dropApi();
    QSettings().clear();
}

bool TestActivityView::openView()
{
    if (!m_window.window() && !m_window.open(m_api->tokens()))
        return false;
    const int before = auditRequests();
    m_window->activateWindow(); // a shortcut needs it, after a box
    if (!QTest::qWaitForWindowActive(m_window))
        return false;
    QTest::keyClick(m_window.window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    [&] {
        QTRY_VERIFY((m_dialog = m_window->findChild<ActivityDialog *>()) && m_dialog->isVisible());
    }();
    if (!m_dialog)
        return false;
    m_model = m_dialog->model();
    m_table = child<QTableView>(m_dialog, QStringLiteral("activityTable"));
    [&] { QTRY_VERIFY(auditRequests() == before + 1 && !m_model->isLoading()); }();
    return !QTest::currentTestFailed();
}

QHash<QString, QString> TestActivityView::lastQuery() const
{
    QHash<QString, QString> out;
    const QList<RecordedRequest> gets
            = RequestLog::byMethod(*m_server, "GET", QStringLiteral("/audit-logs"));
    if (gets.isEmpty())
        return out;
    const QUrlQuery query(QString::fromLatin1(gets.last().rawQuery));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        out.insert(key, value);
    return out;
}

void TestActivityView::waitForQuery(int before)
{
    QTRY_VERIFY(auditRequests() > before && !m_model->isLoading());
    QCOMPARE(lastQuery().value(QStringLiteral("page")), QStringLiteral("0"));
    // Every page of it, by scrolling to the end as the person would.
    for (int i = 0; i < 10 && m_model->canFetchMore({}); ++i) {
        const int rows = m_model->rowCount();
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {},
                          m_table->visualRect(m_model->index(0, 0)).center());
        QTest::keyClick(m_table, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(m_model->rowCount() > rows && !m_model->isLoading());
    }
}

QStringList TestActivityView::column(int c) const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(m_model->index(row, c).data().toString());
    return out;
}

void TestActivityView::choose(QComboBox *combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

void TestActivityView::opens_newestFirst_onlyTokenEntries_pagedAsTheTable()
{
    QVERIFY(m_window.open(m_api->tokens()));
    QVERIFY(m_window.action("activityAction")->isEnabled());
    QVERIFY(openView());
    const QHash<QString, QString> q = lastQuery();
    QCOMPARE(q.value(QStringLiteral("sortField")), QStringLiteral("creationDate"));
    QCOMPARE(q.value(QStringLiteral("sortDirection")), QStringLiteral("desc"));
    QCOMPARE(q.value(QStringLiteral("perPage")), QString::number(kPerPage));
    QCOMPARE(q.value(QStringLiteral("auditLogFilter[primaryTarget][0][type]")), kApiToken);
    QCOMPARE(m_model->rowCount(), kPerPage); // one page until the person scrolls
    QCOMPARE(m_model->totalCount(), kEntries); // the other entry is not about a token

    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(m_model->rowCount(), 2 * kPerPage);
    QCOMPARE(lastQuery().value(QStringLiteral("page")), QStringLiteral("1"));
    QTest::keyClick(m_table, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(m_model->rowCount(), kEntries);
    QVERIFY(!m_model->isLoading() && !m_model->canFetchMore({}));

    // Newest first, each entry once, named as recorded.
    for (int row = 0; row < kEntries; ++row) {
        QCOMPARE(m_model->index(row, AuditLogModel::Token).data().toString(),
                 QStringLiteral("token %1").arg(row));
        if (row > 0)
            QVERIFY(m_model->entryAt(row - 1).creationDate > m_model->entryAt(row).creationDate);
    }
    QCOMPARE(m_model->index(0, AuditLogModel::Actor).data().toString(),
             QStringLiteral("alice (user)"));
    QCOMPARE(m_model->index(2, AuditLogModel::Actor).data().toString(),
             QStringLiteral("ci deploy (API token)"));
    QCOMPARE(m_model->index(3, AuditLogModel::Action).data().toString(), QStringLiteral("Updated"));
    QCOMPARE(m_model->index(4, AuditLogModel::Status).data().toString(),
             QStringLiteral("403 (failed)"));
    QCOMPARE(child<QLabel>(m_dialog, QStringLiteral("activityCount"))->text(),
             QStringLiteral("Showing 100 of 100 entries"));
}

void TestActivityView::headerClick_sortsOnTheServer()
{
    QVERIFY(openView());
    QHeaderView *header = m_table->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const int before = auditRequests();
        QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        waitForQuery(before);
    };
    clickHeader(AuditLogModel::Status);
    QCOMPARE(lastQuery().value(QStringLiteral("sortField")), QStringLiteral("responseStatus"));
    const QString direction = lastQuery().value(QStringLiteral("sortDirection"));
    const QStringList statuses = column(AuditLogModel::Status);
    QCOMPARE(statuses.size(), kEntries);
    // The server's order: the failed (403) entries all at one end.
    QVERIFY2(direction == QLatin1String("asc") ? !statuses.first().contains(u'4')
                                               : statuses.first().startsWith(u'4'),
             qPrintable(direction + QLatin1Char(' ') + statuses.first()));

    // A column the server cannot sort by sends nothing and keeps the indicator where it was.
    const int before = auditRequests();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(AuditLogModel::Token) + 10,
                             header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(AuditLogModel::Status));
    QCOMPARE(auditRequests(), before);
}

void TestActivityView::actorFilter_byNameTyped_andByActorSeen()
{
    QVERIFY(openView());
    auto *actor = child<QComboBox>(m_dialog, QStringLiteral("activityActorFilter"));
    int before = auditRequests();
    actor->lineEdit()->setFocus();
    QTest::keyClicks(actor->lineEdit(), QStringLiteral("bob"));
    QTest::keyClick(actor->lineEdit(), Qt::Key_Return);
    waitForQuery(before);
    QCOMPARE(lastQuery().value(QStringLiteral("auditLogFilter[actor][0][name]")),
             QStringLiteral("bob"));
    QCOMPARE(m_model->rowCount(), kEntries / 3);
    QCOMPARE(distinct(AuditLogModel::Actor), QSet<QString>{QStringLiteral("bob (user)")});

    // An actor seen in the log is chosen by ID: the one chosen, whatever its name.
    before = auditRequests();
    actor->lineEdit()->selectAll();
    QTest::keyClicks(actor->lineEdit(), QStringLiteral("ci deploy (API token)"));
    QTest::keyClick(actor->lineEdit(), Qt::Key_Return);
    waitForQuery(before);
    const QHash<QString, QString> q = lastQuery();
    QCOMPARE(q.value(QStringLiteral("auditLogFilter[actor][0][id]")), kActors[2].id);
    QCOMPARE(q.value(QStringLiteral("auditLogFilter[actor][0][type]")), kApiToken);
    QCOMPARE(m_model->rowCount(), (kEntries + 1) / 3);
    QCOMPARE(distinct(AuditLogModel::Actor),
             QSet<QString>{QStringLiteral("ci deploy (API token)")});

    // Cleared: everyone again, in one more query.
    before = auditRequests();
    actor->lineEdit()->selectAll();
    QTest::keyClick(actor->lineEdit(), Qt::Key_Delete);
    QTest::keyClick(actor->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(auditRequests() == before + 1 && !m_model->isLoading());
    QVERIFY(!lastQuery().contains(QStringLiteral("auditLogFilter[actor][0][id]")));
    QCOMPARE(m_model->totalCount(), kEntries);
}

void TestActivityView::actionFilter_eachAction()
{
    QVERIFY(openView());
    auto *action = child<QComboBox>(m_dialog, QStringLiteral("activityActionFilter"));
    const struct
    {
        const char *resource, *action, *shown;
    } choices[] = {{"instanceApiTokens", "post", "Created"},
                   {"instanceApiToken", "patch", "Updated"},
                   {"instanceApiToken", "delete", "Deleted"}};
    int expectedRows = 0;
    for (int i = 0; i < 3; ++i) {
        const int before = auditRequests();
        choose(action, i + 1);
        waitForQuery(before);
        const QHash<QString, QString> q = lastQuery();
        QCOMPARE(q.value(QStringLiteral("auditLogFilter[request][0][resource]")),
                 QLatin1String(choices[i].resource));
        QCOMPARE(q.value(QStringLiteral("auditLogFilter[request][0][action]")),
                 QLatin1String(choices[i].action));
        QVERIFY(m_model->rowCount() > 0);
        QCOMPARE(distinct(AuditLogModel::Action), QSet<QString>{QLatin1String(choices[i].shown)});
        expectedRows += m_model->rowCount();
    }
    QCOMPARE(expectedRows, kEntries); // each entry under exactly one action
}

void TestActivityView::statusFilter_failedAndOneCode()
{
    QVERIFY(openView());
    auto *status = child<QComboBox>(m_dialog, QStringLiteral("activityStatusFilter"));
    int before = auditRequests();
    choose(status, status->findText(QStringLiteral("Failed (4xx–5xx)")));
    waitForQuery(before);
    QHash<QString, QString> q = lastQuery();
    QVERIFY(q.values().contains(QStringLiteral("403")));
    QVERIFY(!q.values().contains(QStringLiteral("200")));
    QCOMPARE(m_model->rowCount(), kEntries / 5);
    QCOMPARE(distinct(AuditLogModel::Status), QSet<QString>{QStringLiteral("403 (failed)")});

    before = auditRequests();
    choose(status, status->findText(QStringLiteral("201")));
    waitForQuery(before);
    q = lastQuery();
    QCOMPARE(q.value(QStringLiteral("auditLogFilter[responseCode][0]")), QStringLiteral("201"));
    QVERIFY(!q.contains(QStringLiteral("auditLogFilter[responseCode][1]")));
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(distinct(AuditLogModel::Status), QSet<QString>{QStringLiteral("201")});
    QCOMPARE(distinct(AuditLogModel::Action), QSet<QString>{QStringLiteral("Created")});
}

void TestActivityView::dateRange_fromAndTo()
{
    QVERIFY(openView());
    const QDate today = QDate::currentDate();
    auto *fromCheck = child<QCheckBox>(m_dialog, QStringLiteral("activityFromCheck"));
    auto *from = child<QDateEdit>(m_dialog, QStringLiteral("activityFrom"));
    auto *toCheck = child<QCheckBox>(m_dialog, QStringLiteral("activityToCheck"));
    auto *to = child<QDateEdit>(m_dialog, QStringLiteral("activityTo"));
    QVERIFY(!from->isEnabled());

    int before = auditRequests();
    QTest::mouseClick(toCheck, Qt::LeftButton);
    QVERIFY(to->isEnabled());
    waitForQuery(before); // up to today: everything
    QVERIFY(lastQuery().contains(QStringLiteral("end")));
    QVERIFY(!lastQuery().contains(QStringLiteral("start")));
    QCOMPARE(m_model->rowCount(), kEntries);

    // Typed as the person would, section by section: 19 days ago up to 10 days ago.
    const auto type = [this](QDateEdit *edit, const QDate &date) {
        const int before = auditRequests();
        edit->setFocus(Qt::TabFocusReason); // the year is selected
        QTest::keyClicks(edit, date.toString(QStringLiteral("yyyyMMdd")));
        QTRY_COMPARE(edit->date(), date);
        QTRY_VERIFY(auditRequests() > before && !m_model->isLoading());
    };
    type(to, today.addDays(-10));
    QTest::mouseClick(fromCheck, Qt::LeftButton);
    type(from, today.addDays(-19));
    before = auditRequests() - 1;
    waitForQuery(before);

    const QHash<QString, QString> q = lastQuery();
    const QDateTime start
            = QDateTime::fromMSecsSinceEpoch(q.value(QStringLiteral("start")).toLongLong());
    const QDateTime end
            = QDateTime::fromMSecsSinceEpoch(q.value(QStringLiteral("end")).toLongLong());
    QCOMPARE(start, today.addDays(-19).startOfDay());
    QCOMPARE(end, today.addDays(-9).startOfDay().addMSecs(-1));
    QCOMPARE(m_model->rowCount(), 10);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate day = m_model->entryAt(row).creationDate.toLocalTime().date();
        QVERIFY2(day >= today.addDays(-19) && day <= today.addDays(-10),
                 qPrintable(day.toString()));
    }
}

void TestActivityView::deletedTokens_stayNamed()
{
    addToken(QStringLiteral("doomed"));
    QVERIFY(m_window.open(m_api->tokens()));
    QTRY_VERIFY(!m_window->model()->isLoading());
    int row = -1;
    for (int r = 0; r < m_window->model()->rowCount(); ++r)
        if (m_window->model()->tokenAt(r).name == QLatin1String("doomed"))
            row = r;
    QVERIFY(row >= 0);
    const QString id = m_window->model()->tokenAt(row).id;
    m_window.clickRow(row);
    m_modal.answerBox(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"));
    QTest::keyClick(m_window.table(), Qt::Key_Delete);
    QTRY_COMPARE(m_window->model()->rowOfToken(id), -1);
    QVERIFY(!m_server->instance().token(m_instanceId, id).has_value());

    QVERIFY(openView());
    // The delete the app made is the newest entry, and names the token that is gone.
    QCOMPARE(m_model->entryAt(0).primaryTarget.id, id);
    QCOMPARE(m_model->index(0, AuditLogModel::Token).data().toString(), QStringLiteral("doomed"));
    QCOMPARE(m_model->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("Deleted"));
    QCOMPARE(m_model->index(0, AuditLogModel::Actor).data().toString(),
             QStringLiteral("zz admin (API token)"));
    // Filtering keeps it too: only deletes.
    const int before = auditRequests();
    choose(child<QComboBox>(m_dialog, QStringLiteral("activityActionFilter")), 3);
    waitForQuery(before);
    QVERIFY(column(AuditLogModel::Token).contains(QStringLiteral("doomed")));
    QVERIFY(column(AuditLogModel::Token).contains(QStringLiteral("token 8"))); // never existed here
}

void TestActivityView::failedLoad_offersRetry_whichLoads()
{
    LocalInstanceServer::Fault broken = LocalInstanceServer::Fault::withStatus(500);
    broken.times = 1;
    m_server->setFault(LocalInstanceServer::Route::AuditList, broken);
    QVERIFY(openView());
    auto *bar = child<MessageBar>(m_dialog, QStringLiteral("activityErrorBar"));
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->message().startsWith(QLatin1String("The activity could not be loaded")),
             qPrintable(bar->message()));
    QCOMPARE(m_model->rowCount(), 0);
    const int before = auditRequests();
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(auditRequests() == before + 1 && !m_model->isLoading());
    QCOMPARE(m_model->rowCount(), kPerPage);
    QVERIFY(!bar->isVisible());
}

void TestActivityView::withoutAuditScope_saysWhy_withoutRetry()
{
    const QString lister = m_server->instance().issueToken(
            m_instanceId, QStringLiteral("lister"), {QStringLiteral("instanceApiTokens.get")});
    m_api->connectAs(lister);
    QVERIFY(openView());
    auto *bar = child<MessageBar>(m_dialog, QStringLiteral("activityErrorBar"));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->message(),
             QStringLiteral("This access token may not read the instance audit log (it needs "
                            "instanceAuditLogs.get or all.Instance.read)."));
    QVERIFY(!bar->actionButton()->isVisible()); // a retry cannot help
    QCOMPARE(auditRequests(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestActivityView)
#include "tst_activityview.moc"
