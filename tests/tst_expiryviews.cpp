// The expiry radar, calendar and start notice in the real window against the local instance over
// HTTP: the radar counts every token of the collection (more than the loaded page) while the
// table stays usable, a bar chosen by click or keyboard filters the table until cleared; the
// calendar file has one event per token still to expire and no secret; the start notice counts
// the active tokens due within 7 days and lists them on a click.
#include "support/ICalendarCheck.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WindowFixture.h"
#include "ui/ExpiryNotice.h"
#include "ui/ExpiryRadarChart.h"
#include "ui/ExpiryViews.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

namespace {
const int kTokens = 150; // two pages of the table's 100
} // namespace

class TestExpiryViews : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void radar_countsEveryToken_aClickedBarFiltersTheTable_untilCleared();
    void radar_barsAreReachedAndChosenByKeyboard();
    void radar_loadsInTheBackground_andCancels();
    void radar_saysWhileItWaitsOutA429_thenCounts();
    void calendar_hasOneEventPerTokenToExpire_andNoSecret();
    void startNotice_countsActiveTokensDueWithinAWeek_andListsThemOnClick();
    void startNotice_saysNothing_whenNoneIsDue();

private:
    void openWindow(bool notice = false);
    QDialog *openRadar();
    QSet<QString> visibleIds() const;
    QSet<QString> idsExpiringBetween(const QDateTime &from, const QDateTime &to,
                                     bool activeOnly = false) const;

    WindowFixture m_window{WindowFixture::Tester::None};
    QList<ApiToken> m_tokens; // as added
    QDateTime m_now;
};

void TestExpiryViews::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestExpiryViews::init()
{
    freshApi();
    m_now = QDateTime::currentDateTimeUtc();
    m_tokens.clear();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = QStringLiteral("token %1").arg(i, 3, 10, QLatin1Char('0'));
        t.scope = {QStringLiteral("all.Instance.read")};
        t.status = i % 7 == 0 ? QStringLiteral("inactive") : QStringLiteral("active");
        if (i % 10 == 1)
            t.expirationDate = m_now.addDays(-1 - i); // expired
        else if (i % 10 == 2)
            t.expirationDate = m_now.addSecs(3600 * (1 + i)); // within the week (i < 150: 6.3 d)
        else if (i % 10 == 5)
            t.expirationDate = m_now.addDays(8 + i % 5); // the second week
        else if (i % 10 == 6)
            t.expirationDate = m_now.addDays(500); // beyond the radar
        m_tokens.append(addToken(t));
    }
}

void TestExpiryViews::cleanup()
{
    m_window.close();
    dropApi();
}

void TestExpiryViews::openWindow(bool notice)
{
    QVERIFY(m_api->start());
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active,
                          [notice](MainWindow *window) {
                              window->expiryViews()->notice()->setUseTray(false);
                              window->expiryViews()->setStartNotice(notice);
                          }));
    QTRY_VERIFY(!m_window->model()->isLoading());
}

QDialog *TestExpiryViews::openRadar()
{
    return m_window.openDialog("expiryRadarAction", QStringLiteral("expiryRadarDialog"));
}

QSet<QString> TestExpiryViews::visibleIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        if (!m_window.table()->isRowHidden(row))
            ids.insert(m_window->model()->tokenAt(row).id);
    return ids;
}

QSet<QString> TestExpiryViews::idsExpiringBetween(const QDateTime &from, const QDateTime &to,
                                                  bool activeOnly) const
{
    QSet<QString> ids;
    for (const ApiToken &t : m_tokens)
        if (t.expirationDate.isValid() && (!from.isValid() || t.expirationDate > from)
            && t.expirationDate <= to && (!activeOnly || t.isActive()))
            ids.insert(t.id);
    return ids;
}

void TestExpiryViews::radar_countsEveryToken_aClickedBarFiltersTheTable_untilCleared()
{
    openWindow();
    QCOMPARE(m_window->model()->rowCount(), 100); // one page loaded
    QDialog *radar = openRadar();
    QVERIFY(!radar->isModal()); // the table stays in use
    auto *chart = radar->findChild<ExpiryRadarChart *>(QStringLiteral("expiryRadarChart"));
    QTRY_VERIFY(chart->isEnabled());
    // Every token of the collection, not only the loaded page.
    QCOMPARE(chart->bins().at(0).count(), idsExpiringBetween({}, m_now).size());
    QCOMPARE(chart->bins().at(0).count(), 15);
    QCOMPARE(chart->bins().at(1).count(), 15);
    QCOMPARE(chart->bins().at(2).count(), 15);
    int total = 0;
    for (const ExpiryBin &b : chart->bins())
        total += b.count();
    QCOMPARE(total, 45); // never expiring and beyond the year are in no bar
    QVERIFY(radar->findChild<QLabel *>(QStringLiteral("radarSummary"))
                    ->text()
                    .contains(QStringLiteral("30 expire within 12 months, 15 already expired")));

    // A click on the second week's bar: the table shows its tokens, from every page.
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(2).center());
    auto *chip = m_window->findChild<QWidget *>(QStringLiteral("expiryRangeChip"));
    QVERIFY(chip->isVisible());
    const ExpiryBin week = chart->bins().at(2);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("expiryRangeLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Expiring ")));
    QTRY_VERIFY(m_window->model()->rowCount() == kTokens + 1 && !m_window->model()->isLoading());
    QTRY_COMPARE(visibleIds(), idsExpiringBetween(week.from, week.to));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))
                    ->text()
                    .startsWith(QStringLiteral("15 expiring in the chosen range")));

    // The expired bar, then Clear: every row again.
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(0).center());
    QTRY_COMPARE(visibleIds(), idsExpiringBetween({}, m_now));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("clearExpiryRangeButton")),
                      Qt::LeftButton);
    QVERIFY(!chip->isVisible());
    QCOMPARE(visibleIds().size(), kTokens + 1);
    QCOMPARE(m_window->filterBar()->quickFilter(), FilterBar::QuickFilter::None);
}

void TestExpiryViews::radar_barsAreReachedAndChosenByKeyboard()
{
    openWindow();
    QDialog *radar = openRadar();
    auto *chart = radar->findChild<ExpiryRadarChart *>(QStringLiteral("expiryRadarChart"));
    QTRY_VERIFY(chart->isEnabled());
    QVERIFY(chart->focusPolicy() & Qt::TabFocus);
    chart->setFocus(Qt::TabFocusReason);
    auto *current = radar->findChild<QLabel *>(QStringLiteral("radarCurrentLabel"));
    QTest::keyClick(chart, Qt::Key_Home);
    // (Plurals read "token(s)" in the tests: no translation is loaded.)
    QVERIFY2(current->text().startsWith(QStringLiteral("Already expired: 15 token")),
             qPrintable(current->text()));
    QTest::keyClick(chart, Qt::Key_Right);
    QVERIFY2(current->text().contains(QStringLiteral(": 15 token")), qPrintable(current->text()));
    QVERIFY(!current->text().startsWith(QStringLiteral("Already")));
    QCOMPARE(chart->accessibleDescription(), current->text());
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(m_window->filterBar()->quickFilter(), FilterBar::QuickFilter::ExpiryRange);
    QCOMPARE(m_window->filterBar()->expiryRange().from, chart->bins().at(1).from);
    QTRY_COMPARE(visibleIds(), idsExpiringBetween(m_now, m_now.addDays(7)));
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(chart->currentBar(), ExpiryRadar::kWeeks);
    QTest::keyClick(chart, Qt::Key_Space);
    QTRY_VERIFY(visibleIds().isEmpty()); // nothing in the last week
    // Choosing Expired in the filter bar ends the range.
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("quickExpiredButton")),
                      Qt::LeftButton);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("expiryRangeChip"))->isVisible());
    QTRY_COMPARE(visibleIds(), idsExpiringBetween({}, m_now));
}

void TestExpiryViews::radar_saysWhileItWaitsOutA429_thenCounts()
{
    openWindow();
    Fault tooMany = Fault::tooManyRequests(1);
    tooMany.times = 1;
    m_server->setFault(Route::List, tooMany);
    QDialog *radar = openRadar();
    auto *status = radar->findChild<QLabel *>(QStringLiteral("radarFetchStatus"));
    // Not a silent pause: the wait is said, counted in seconds.
    QTRY_VERIFY2(status->text().contains(QLatin1String("slow down (429)"))
                         && status->text().contains(QLatin1String("1 s")),
                 qPrintable(status->text()));
    auto *chart = radar->findChild<ExpiryRadarChart *>(QStringLiteral("expiryRadarChart"));
    QTRY_VERIFY(chart->isEnabled());
    int counted = 0;
    for (const ExpiryBin &bin : chart->bins())
        counted += bin.count();
    QVERIFY(counted > 0);
    QVERIFY2(!status->text().contains(QLatin1String("429")), qPrintable(status->text()));
}

void TestExpiryViews::radar_loadsInTheBackground_andCancels()
{
    openWindow();
    Fault slow = Fault::delayed(3000);
    slow.times = 1;
    m_server->setFault(Route::List, slow);
    QDialog *radar = openRadar();
    auto *cancel = radar->findChild<QPushButton *>(QStringLiteral("radarFetchCancel"));
    QVERIFY(cancel->isVisible());
    QVERIFY(radar->findChild<QWidget *>(QStringLiteral("radarFetchProgress"))->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // nothing blocks the window
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isVisible());
    QVERIFY(radar->findChild<QLabel *>(QStringLiteral("radarFetchStatus"))
                    ->text()
                    .contains(QStringLiteral("canceled")));
    auto *chart = radar->findChild<ExpiryRadarChart *>(QStringLiteral("expiryRadarChart"));
    QVERIFY(!chart->isEnabled());
    QVERIFY(chart->bins().isEmpty());

    // Reload, without the delay: the counts come.
    QSignalSpy done(m_server, &LocalInstanceServer::delayedAnswerDone);
    QVERIFY(done.wait(10000)); // the abandoned page's answer is out of the way
    QTest::mouseClick(radar->findChild<QPushButton *>(QStringLiteral("radarReloadButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(chart->isEnabled());
    QCOMPARE(chart->bins().at(0).count(), 15);
}

void TestExpiryViews::calendar_hasOneEventPerTokenToExpire_andNoSecret()
{
    openWindow();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("expirations.ics"));
    QDialog *dialog
            = m_window.openDialog("exportCalendarAction", QStringLiteral("expiryCalendarDialog"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("calendarSaveButton"));
    dialog->findChild<QLineEdit *>(QStringLiteral("calendarPath"))->setText(path);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("expiryCalendarDialog")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const ICalendarCheck::Result result = ICalendarCheck::check(content);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QSet<QString> uids;
    const QString host = m_server->baseUrl().host();
    for (const ICalendarCheck::Component &e : result.ofName(QStringLiteral("VEVENT")))
        uids.insert(e.properties.value(QStringLiteral("UID")).value(0));
    QSet<QString> expected;
    for (const QString &id : idsExpiringBetween(m_now, m_now.addYears(5)))
        expected.insert(id + QLatin1Char('@') + host);
    QCOMPARE(uids, expected); // every page's tokens, the expired and never-expiring left out
    QVERIFY(!content.contains(m_api->admin.toUtf8())); // not the access token
    const QString summary = result.ofName(QStringLiteral("VEVENT"))
                                    .constFirst()
                                    .properties.value(QStringLiteral("SUMMARY"))
                                    .value(0);
    QVERIFY2(summary.contains(m_api->tokens().location().displayName()), qPrintable(summary));
}

void TestExpiryViews::startNotice_countsActiveTokensDueWithinAWeek_andListsThemOnClick()
{
    openWindow(true);
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("expiryNoticeBar"));
    const QSet<QString> due = idsExpiringBetween(m_now, m_now.addDays(7), true);
    QCOMPARE(due.size(), 13); // 15 within the week, 2 of them inactive
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->message().startsWith(QStringLiteral("13 active token"))
                     && bar->message().endsWith(QStringLiteral("expire within 7 days.")),
             qPrintable(bar->message()));
    // Counted by the server: the active tokens sorted by expiration, one page.
    const QList<RecordedRequest> lists = RequestLog::byMethod(*m_server, "GET");
    QVERIFY(std::any_of(lists.cbegin(), lists.cend(), [](const RecordedRequest &r) {
        const QUrlQuery q(QString::fromLatin1(r.rawQuery));
        return q.queryItemValue(QStringLiteral("sortField")) == QLatin1String("expirationDate")
                && q.queryItemValue(QStringLiteral("sortDirection")) == QLatin1String("asc")
                && q.queryItemValue(QStringLiteral("filter")) == QLatin1String("active");
    }));

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("showExpiringButton")),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("expiryRangeLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Active, expiring within 7 day")));
    QTRY_VERIFY(m_window->model()->rowCount() == kTokens + 1 && !m_window->model()->isLoading());
    QTRY_COMPARE(visibleIds(), due);
}

void TestExpiryViews::startNotice_saysNothing_whenNoneIsDue()
{
    for (const ApiToken &t : std::as_const(m_tokens))
        if (t.expirationDate.isValid() && t.expirationDate > m_now
            && t.expirationDate <= m_now.addDays(7))
            m_server->instance().removeToken(TokenLocation::Kind::Instance, m_instanceId, t.id);
    QVERIFY(m_api->start());
    int counted = -1;
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active,
                          [&counted](MainWindow *window) {
                              ExpiryNotice *notice = window->expiryViews()->notice();
                              notice->setUseTray(false);
                              QObject::connect(notice, &ExpiryNotice::checked, window,
                                               [&counted](int n) { counted = n; });
                              window->expiryViews()->setStartNotice(true);
                          }));
    QTRY_COMPARE(counted, 0);
    QVERIFY(!m_window->findChild<MessageBar *>(QStringLiteral("expiryNoticeBar"))->isVisible());
}

QTEST_MAIN(TestExpiryViews)
#include "tst_expiryviews.moc"
