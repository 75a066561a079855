// Issue 13: the findings where the person looks, in the real window over HTTP: the Findings
// column and its tooltip, the findings filter, the status-bar summary, the details pane's
// findings with their action buttons, and the background scan of every page with Cancel.
#include "core/TokenFindings.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SettingsKeys.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

class TestFindingsView : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void cleanup();

    void column_showsTheWorstSeverityAndEveryReason();
    void summary_countsWhatTheRulesFind();
    void findingsFilter_showsOnlyTokensOfThatSeverity();
    void detailsPane_listsFindings_andEditOpensTheEditDialog();
    void deleteButton_ofAFinding_sendsOneDelete();
    void rotateButton_isForwardedByTheWindow();
    void scan_coversEveryPage_andFindsNamesakesOnLaterPages();
    void scan_cancelled_keepsTheLoadedSummary();
    void scan_saysWhileItWaitsOutA429();
    void autoScan_offByDefault_thenScansSmallCollectionsOnly();
    void findingsFilter_andExpiryRange_takeTurns();

private:
    // A window on a fresh instance holding `tokens` (besides the admin token).
    bool openWith(const QList<ApiToken> &tokens, int perPage = 100);
    ApiToken token(const QString &name, const QStringList &scope, int expiresInDays,
                   const QString &description = QStringLiteral("Used by a test.")) const;
    int rowOf(const QString &name) const { return m_window->model()->rowOfToken(idOf(name)); }
    QString idOf(const QString &name) const;
    QString findingsCell(const QString &name, int role = Qt::DisplayRole) const;
    QString summary() const
    {
        return child<QLabel>(m_window.window(), QStringLiteral("findingsSummary"))->text();
    }
    QStringList visibleNames() const;
    // The count per severity the rules give over every token on the server.
    QString expectedCounts() const;

    // Without the model tester, which loads every page: the scan tests need pages left.
    WindowFixture m_window{WindowFixture::Tester::None};
    QHash<QString, QString> m_ids; // by name
};

void TestFindingsView::cleanup()
{
    m_window.close();
    dropApi();
    m_ids.clear();
}

ApiToken TestFindingsView::token(const QString &name, const QStringList &scope, int expiresInDays,
                                 const QString &description) const
{
    ApiToken t;
    t.name = name;
    t.status = QStringLiteral("active");
    t.scope = scope;
    t.description = description;
    t.creatorType = QStringLiteral("user");
    t.creatorName = QStringLiteral("Ada");
    if (expiresInDays != 0)
        t.expirationDate = QDateTime::currentDateTimeUtc().addDays(expiresInDays);
    t.lastUpdated = QDateTime::currentDateTimeUtc().addDays(-1);
    return t;
}

bool TestFindingsView::openWith(const QList<ApiToken> &tokens, int perPage)
{
    freshApi();
    QSettings().setValue(SettingsKeys::kTablePerPage, perPage);
    for (const ApiToken &t : tokens) {
        const ApiToken stored = addToken(t);
        m_ids.insert(stored.name, stored.id);
    }
    return m_api->start() && m_window.open(m_api->tokens());
}

QString TestFindingsView::idOf(const QString &name) const
{
    return m_ids.value(name);
}

QString TestFindingsView::findingsCell(const QString &name, int role) const
{
    const int row = rowOf(name);
    return row < 0 ? QStringLiteral("(not loaded)")
                   : m_window->model()->index(row, TokenListModel::Findings).data(role).toString();
}

QStringList TestFindingsView::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        if (!m_window.table()->isRowHidden(row))
            names << m_window->model()->tokenAt(row).name;
    return names;
}

QString TestFindingsView::expectedCounts() const
{
    const QList<TokenFinding> all = TokenFindings::evaluate(
            m_server->instance().tokens(m_instanceId), QDateTime::currentDateTimeUtc());
    int n[3] = {0, 0, 0};
    for (const TokenFinding &f : all)
        ++n[int(f.severity) - 1];
    return QStringLiteral("%1 high, %2 medium, %3 low").arg(n[2]).arg(n[1]).arg(n[0]);
}

void TestFindingsView::column_showsTheWorstSeverityAndEveryReason()
{
    QVERIFY(openWith(
            {token(QStringLiteral("forever admin"), {QStringLiteral("all.Instance")}, 0),
             token(QStringLiteral("quiet"), {QStringLiteral("devices.get")}, 60, QString()),
             token(QStringLiteral("clean"), {QStringLiteral("devices.get")}, 60)}));
    QCOMPARE(m_window->model()->headerData(TokenListModel::Findings, Qt::Horizontal).toString(),
             QStringLiteral("Findings"));
    // Shown right after the status, where the eye already is.
    QCOMPARE(m_window.table()->horizontalHeader()->visualIndex(TokenListModel::Findings),
             TokenListModel::Status + 1);
    QCOMPARE(findingsCell(QStringLiteral("forever admin")), QStringLiteral("High (2)"));
    const QString tip = findingsCell(QStringLiteral("forever admin"), Qt::ToolTipRole);
    QVERIFY2(tip.contains(QLatin1String("never expires and has the broad scope all.Instance")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("can create tokens or members")), qPrintable(tip));
    QCOMPARE(findingsCell(QStringLiteral("quiet")), QStringLiteral("Low (1)"));
    QVERIFY(findingsCell(QStringLiteral("quiet"), Qt::ToolTipRole)
                    .contains(QLatin1String("no description")));
    QCOMPARE(findingsCell(QStringLiteral("clean")), QString());
}

void TestFindingsView::summary_countsWhatTheRulesFind()
{
    QVERIFY(openWith({token(QStringLiteral("forever admin"), {QStringLiteral("all.Instance")}, 0),
                      token(QStringLiteral("due"), {QStringLiteral("devices.get")}, 3),
                      token(QStringLiteral("later"), {QStringLiteral("devices.get")}, 20),
                      token(QStringLiteral("clean"), {QStringLiteral("devices.get")}, 60)}));
    // One page holds them all: the loaded rows are the whole collection, and it says so.
    QTRY_VERIFY2(summary().contains(expectedCounts()), qPrintable(summary()));
    QVERIFY2(summary().contains(QLatin1String("(all 5 token")), qPrintable(summary()));

    // A token deleted elsewhere and a refresh: the summary follows.
    QVERIFY(m_server->instance().removeToken(m_instanceId, idOf(QStringLiteral("due"))));
    m_window.action("refreshAction")->trigger();
    QTRY_VERIFY2(summary().contains(expectedCounts())
                         && summary().contains(QLatin1String("(all 4 token")),
                 qPrintable(summary()));
}

void TestFindingsView::findingsFilter_showsOnlyTokensOfThatSeverity()
{
    QVERIFY(openWith(
            {token(QStringLiteral("due"), {QStringLiteral("devices.get")}, 3),
             token(QStringLiteral("later"), {QStringLiteral("devices.get")}, 20),
             token(QStringLiteral("quiet"), {QStringLiteral("devices.get")}, 60, QString()),
             token(QStringLiteral("clean"), {QStringLiteral("devices.get")}, 60)}));
    auto *combo = child<QComboBox>(m_window.window(), QStringLiteral("findingsFilterCombo"));
    // The admin token (all.Instance, never expires) is high too.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End); // "High findings"
    QCOMPARE(m_window->filterBar()->quickFilter(), FilterBar::QuickFilter::FindingsHigh);
    QTRY_COMPARE(visibleNames(), (QStringList{QStringLiteral("due"), QStringLiteral("zz admin")}));
    QVERIFY(child<QLabel>(m_window.window(), QStringLiteral("countLabel"))
                    ->text()
                    .startsWith(QLatin1String("2 with findings of 5 loaded tokens")));
    QTest::keyClick(combo, Qt::Key_Up); // "Medium or high findings"
    QTRY_COMPARE(visibleNames(),
                 (QStringList{QStringLiteral("due"), QStringLiteral("later"),
                              QStringLiteral("zz admin")}));
    QTest::keyClick(combo, Qt::Key_Up); // "With findings"
    QTRY_COMPARE(visibleNames(),
                 (QStringList{QStringLiteral("due"), QStringLiteral("later"),
                              QStringLiteral("quiet"), QStringLiteral("zz admin")}));
    // Expired takes over: one quick filter at a time.
    m_window->filterBar()->expiredAction()->trigger();
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(m_window->filterBar()->quickFilter(), FilterBar::QuickFilter::Expired);
    QTest::keyClick(combo, Qt::Key_End);
    QVERIFY(!m_window->filterBar()->expiredAction()->isChecked());
    QTest::keyClick(combo, Qt::Key_Home); // "All tokens"
    QTRY_COMPARE(visibleNames().size(), 5);
}

void TestFindingsView::detailsPane_listsFindings_andEditOpensTheEditDialog()
{
    QVERIFY(openWith(
            {token(QStringLiteral("quiet"), {QStringLiteral("devices.get")}, 60, QString()),
             token(QStringLiteral("clean"), {QStringLiteral("devices.get")}, 60)}));
    TokenDetailsPane *pane = m_window.detailsPane();
    auto *panel = child<QWidget>(pane, QStringLiteral("findingsPanel"));
    m_window.clickRow(rowOf(QStringLiteral("clean")));
    QTRY_COMPARE(pane->shownTokenId(), idOf(QStringLiteral("clean")));
    QVERIFY(!panel->isVisible());

    m_window.clickRow(rowOf(QStringLiteral("quiet")));
    QTRY_COMPARE(pane->shownTokenId(), idOf(QStringLiteral("quiet")));
    QVERIFY(panel->isVisible());
    auto *finding = child<QWidget>(panel, QStringLiteral("finding_no-description"));
    QVERIFY(child<QLabel>(finding, QStringLiteral("findingReason"))
                    ->text()
                    .contains(QLatin1String("no description")));
    auto *edit = child<QPushButton>(finding, QStringLiteral("findingAction"));
    QCOMPARE(edit->text(), QStringLiteral("Edit…"));
    QTest::mouseClick(edit, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog")))
                && dialog->isVisible());
    dialog->reject();
    QCOMPARE(RequestLog::count(*m_server, "PATCH"), 0);
}

void TestFindingsView::deleteButton_ofAFinding_sendsOneDelete()
{
    QVERIFY(openWith({token(QStringLiteral("stale"), {QStringLiteral("devices.get")}, -5),
                      token(QStringLiteral("clean"), {QStringLiteral("devices.get")}, 60)}));
    m_window.clickRow(rowOf(QStringLiteral("stale")));
    TokenDetailsPane *pane = m_window.detailsPane();
    QTRY_COMPARE(pane->shownTokenId(), idOf(QStringLiteral("stale")));
    auto *finding = child<QWidget>(pane, QStringLiteral("finding_expired-not-deleted"));
    auto *remove = child<QPushButton>(finding, QStringLiteral("findingAction"));
    QCOMPARE(remove->text(), QStringLiteral("Delete…"));
    const QString before = summary();
    MessageBox::setNextAnswer(MessageBox::Delete); // the usual confirmation, answered Delete
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(rowOf(QStringLiteral("stale")), -1);
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), 1);
    QVERIFY(RequestLog::byMethod(*m_server, "DELETE")
                    .first()
                    .path.endsWith(idOf(QStringLiteral("stale"))));
    QVERIFY(!m_server->instance().token(Kind::Instance, m_instanceId,
                                        idOf(QStringLiteral("stale"))));
    QTRY_VERIFY2(summary() != before && summary().contains(expectedCounts()),
                 qPrintable(summary()));
}

void TestFindingsView::rotateButton_isForwardedByTheWindow()
{
    QVERIFY(openWith({token(QStringLiteral("due"), {QStringLiteral("devices.get")}, 3)}));
    m_window.clickRow(rowOf(QStringLiteral("due")));
    TokenDetailsPane *pane = m_window.detailsPane();
    QTRY_COMPARE(pane->shownTokenId(), idOf(QStringLiteral("due")));
    auto *finding = child<QWidget>(pane, QStringLiteral("finding_expires-within-7-days"));
    auto *rotate = child<QPushButton>(finding, QStringLiteral("findingAction"));
    QCOMPARE(rotate->text(), QStringLiteral("Rotate…"));
    QSignalSpy rotateRequested(m_window.window(), &MainWindow::rotateRequested);
    QTest::mouseClick(rotate, Qt::LeftButton);
    QCOMPARE(rotateRequested.size(), 1);
    // The guided rotation opens on the token; nothing is created before the person goes on.
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("rotationDialog")))
                && dialog->isVisible());
    QVERIFY2(dialog->windowTitle().contains(QLatin1String("due")),
             qPrintable(dialog->windowTitle()));
    QCOMPARE(RequestLog::count(*m_server, "POST"), 0);
    dialog->reject();
}

void TestFindingsView::scan_coversEveryPage_andFindsNamesakesOnLaterPages()
{
    // Sorted by name, 40 a page (more than the table shows, so it asks for no more by itself):
    // "twin" #1 ends page 1 and its namesake starts page 2.
    QList<ApiToken> tokens;
    for (int i = 0; i < 39; ++i)
        tokens << token(QStringLiteral("a%1").arg(i, 2, 10, QLatin1Char('0')),
                        {QStringLiteral("devices.get")}, 60);
    tokens << token(QStringLiteral("twin"), {QStringLiteral("devices.get")}, 60)
           << token(QStringLiteral("twin"), {QStringLiteral("devices.get")}, 60)
           << token(QStringLiteral("y"), {QStringLiteral("devices.get")}, 60);
    QVERIFY(openWith(tokens, 40));
    QCOMPARE(m_window->model()->rowCount(), 40);
    const int twin = 39;
    QCOMPARE(m_window->model()->tokenAt(twin).name, QStringLiteral("twin"));
    QCOMPARE(m_window->model()->index(twin, TokenListModel::Findings).data().toString(), QString());
    QTRY_VERIFY2(summary().contains(QLatin1String("(40 loaded token")), qPrintable(summary()));

    auto *progress = child<QProgressBar>(m_window.window(), QStringLiteral("findingsScanProgress"));
    const int listsBefore = RequestLog::listCount(*m_server);
    m_window.action("scanFindingsAction")->trigger();
    QVERIFY(progress->isVisible());
    QTRY_VERIFY2(summary().contains(QLatin1String("(all 43 token(s), scanned")),
                 qPrintable(summary()));
    QVERIFY(!progress->isVisible());
    // One request of the largest page, beside the table, which keeps its own rows.
    QCOMPARE(RequestLog::listCount(*m_server) - listsBefore, 1);
    QCOMPARE(m_window->model()->rowCount(), 40);
    QVERIFY2(summary().contains(expectedCounts()), qPrintable(summary()));
    QTRY_COMPARE(m_window->model()->index(twin, TokenListModel::Findings).data().toString(),
                 QStringLiteral("Low (1)"));
    QVERIFY(m_window->model()
                    ->index(twin, TokenListModel::Findings)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("1 other active token")));
}

void TestFindingsView::scan_cancelled_keepsTheLoadedSummary()
{
    QList<ApiToken> tokens;
    for (int i = 0; i < 45; ++i)
        tokens << token(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                        {QStringLiteral("devices.get")}, 60);
    QVERIFY(openWith(tokens, 40));
    QCOMPARE(m_window->model()->rowCount(), 40);
    m_window.action("scanFindingsAction")->trigger();
    auto *cancel = child<QToolButton>(m_window.window(), QStringLiteral("findingsScanCancel"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isVisible());
    QVERIFY(!child<QProgressBar>(m_window.window(), QStringLiteral("findingsScanProgress"))
                     ->isVisible());
    m_window.roundTrip(*m_server); // an answer to the cancelled scan would have come by now
    QVERIFY2(summary().contains(QLatin1String("(40 loaded token")), qPrintable(summary()));
    // And the table never waited: it still loads its next page when asked.
    m_window->model()->fetchMore(QModelIndex());
    QTRY_COMPARE(m_window->model()->rowCount(), 46);
    QTRY_VERIFY2(summary().contains(QLatin1String("(all 46 token")), qPrintable(summary()));
}

void TestFindingsView::scan_saysWhileItWaitsOutA429()
{
    QList<ApiToken> tokens;
    for (int i = 0; i < 45; ++i)
        tokens << token(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                        {QStringLiteral("devices.get")}, 60);
    QVERIFY(openWith(tokens, 40));
    Fault tooMany = Fault::tooManyRequests(1);
    tooMany.times = 1;
    m_server->setFault(Route::List, tooMany);
    m_window.action("scanFindingsAction")->trigger();
    QStatusBar *bar = m_window->statusBar();
    QTRY_VERIFY2(bar->currentMessage().contains(QLatin1String("slow down (429)")),
                 qPrintable(bar->currentMessage()));
    QTRY_VERIFY2(summary().contains(QLatin1String("(all 46 token(s), scanned")),
                 qPrintable(summary()));
}

void TestFindingsView::autoScan_offByDefault_thenScansSmallCollectionsOnly()
{
    QList<ApiToken> tokens;
    for (int i = 0; i < 45; ++i)
        tokens << token(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                        {QStringLiteral("devices.get")}, 60);
    QVERIFY(openWith(tokens, 40));
    QAction *autoScan = m_window.action("autoScanFindingsAction");
    QVERIFY(!autoScan->isChecked()); // a scan costs list requests: only when asked for
    m_window.roundTrip(*m_server);
    QVERIFY2(summary().contains(QLatin1String("(40 loaded token")), qPrintable(summary()));

    autoScan->trigger();
    QVERIFY(QSettings().value(SettingsKeys::kFindingsAutoScan).toBool());
    QTRY_VERIFY2(summary().contains(QLatin1String("(all 46 token(s), scanned")),
                 qPrintable(summary()));
    m_window.close();
    dropApi();

    // With the setting on, a collection above the limit is still not scanned by itself.
    freshApi();
    QSettings().setValue(SettingsKeys::kTablePerPage, 40);
    QSettings().setValue(SettingsKeys::kFindingsAutoScan, true);
    for (int i = 0; i < 1000; ++i)
        addToken(token(QStringLiteral("big%1").arg(i, 4, 10, QLatin1Char('0')),
                       {QStringLiteral("devices.get")}, 60));
    QVERIFY(m_api->start() && m_window.open(m_api->tokens()));
    QVERIFY(m_window.action("autoScanFindingsAction")->isChecked());
    QCOMPARE(m_window->model()->totalCount(), 1001);
    QVERIFY(!child<QProgressBar>(m_window.window(), QStringLiteral("findingsScanProgress"))
                     ->isVisible());
    m_window.roundTrip(*m_server);
    QVERIFY2(summary().contains(QLatin1String("(40 loaded token")), qPrintable(summary()));
}

void TestFindingsView::findingsFilter_andExpiryRange_takeTurns()
{
    QVERIFY(openWith({token(QStringLiteral("due"), {QStringLiteral("devices.get")}, 3),
                      token(QStringLiteral("clean"), {QStringLiteral("devices.get")}, 60)}));
    FilterBar *bar = m_window->filterBar();
    auto *combo = child<QComboBox>(bar, QStringLiteral("findingsFilterCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(bar->quickFilter(), FilterBar::QuickFilter::FindingsHigh);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ExpiryBin week;
    week.from = now;
    week.to = now.addDays(7);
    bar->setExpiryRange(week, QStringLiteral("this week"));
    QCOMPARE(bar->quickFilter(), FilterBar::QuickFilter::ExpiryRange);
    QCOMPARE(combo->currentIndex(), 0);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(bar->quickFilter(), FilterBar::QuickFilter::FindingsLow);
    QVERIFY(!child<QWidget>(bar, QStringLiteral("expiryRangeChip"))->isVisible());
    QTRY_COMPARE(visibleNames(), (QStringList{QStringLiteral("due"), QStringLiteral("zz admin")}));
}

QTEST_MAIN(TestFindingsView)
#include "tst_findingsview.moc"
