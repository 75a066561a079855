// Whole lists over a slow link: pages asked for several at once, handed over in order, each
// token once, a 429 waited out one page at a time, stale answers dropped; real HTTP.
#include "api/ApiCall.h"
#include "core/ApiError.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "workflows/ConcurrentPager.h"
#include "workflows/TokenQueryFetcher.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {
QStringList idsOf(const QList<ApiToken> &tokens)
{
    QStringList ids;
    for (const ApiToken &t : tokens)
        ids.append(t.id);
    return ids;
}
} // namespace

class TestConcurrentPager : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void slowLink_pagesOverlap_boundedInFlight_inOrder_eachOnce();
    void aListThatShifts_keepsEachTokenOnce();
    void tooManyMidway_lowersConcurrency_andIsWaitedOut();
    void tooManyAgainAfterTheWait_failsNamingThePage();
    void serverErrorMidway_failsAtTheFirstFailedPage_nothingAfter();
    void fetcherCancelMidway_nothingLateIsApplied();
    void fetcherRestartMidway_startsOver_eachTokenOnce();

private:
    static constexpr int kPerPage = 5;
    static constexpr int kPages = 11; // 54 added and the admin's own: 55 tokens

    void addTokens(int count);
    // Every token of the instance in list order, in one page fetched by the test itself.
    QStringList serverIds();
    ConcurrentPager *pager(QObject *parent);
};

void TestConcurrentPager::addTokens(int count)
{
    for (int i = 0; i < count; ++i)
        addToken(QStringLiteral("token %1").arg(i, 4, 10, QLatin1Char('0')));
}

QStringList TestConcurrentPager::serverIds()
{
    TokenQuery query;
    query.perPage = LosantApi::kMaxPerPage;
    QStringList ids;
    for (query.page = 0;; ++query.page) {
        ApiCall *call = m_api->tokens().list(query);
        ApiTokenPage page;
        connect(call, &ApiCall::pageReceived, this, [&page](const ApiTokenPage &p) { page = p; });
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(30000))
            return {};
        ids += idsOf(page.items);
        if (page.items.size() < query.perPage)
            return ids;
    }
}

ConcurrentPager *TestConcurrentPager::pager(QObject *parent)
{
    TokenQuery query;
    query.perPage = kPerPage;
    return new ConcurrentPager(m_api->tokens(), query, true, parent);
}

void TestConcurrentPager::slowLink_pagesOverlap_boundedInFlight_inOrder_eachOnce()
{
    addTokens(kPages * kPerPage - 1);
    m_server->setFault(Route::List, Fault::delayed(200)); // every answer held: a slow link
    m_server->clearRequests();
    int inFlight = 0;
    int mostInFlight = 0;
    connect(m_server, &LocalInstanceServer::requestReceived, this,
            [&] { mostInFlight = std::max(mostInFlight, ++inFlight); });
    connect(m_server, &LocalInstanceServer::delayedAnswerDone, this, [&] { --inFlight; });

    QObject owner;
    ConcurrentPager *walk = pager(&owner);
    QList<int> pages;
    QList<ApiToken> tokens;
    connect(walk, &ConcurrentPager::pageApplied, this, [&](const ApiTokenPage &page) {
        pages.append(page.page);
        tokens += page.items;
    });
    QSignalSpy finished(walk, &ConcurrentPager::finished);
    walk->start();
    QVERIFY(finished.wait(30000));

    // More than one page was asked for before the one before it was answered, never too many.
    QVERIFY2(mostInFlight > 1, qPrintable(QString::number(mostInFlight)));
    QVERIFY2(mostInFlight <= ConcurrentPager::kMaxInFlight,
             qPrintable(QString::number(mostInFlight)));
    QList<int> inOrder;
    for (int p = 0; p < kPages; ++p)
        inOrder.append(p);
    QCOMPARE(pages, inOrder);
    QCOMPARE(RequestLog::listCount(*m_server), kPages); // no page twice, none past the end
    m_server->clearFaults();
    QCOMPARE(idsOf(tokens), serverIds());
}

void TestConcurrentPager::aListThatShifts_keepsEachTokenOnce()
{
    addTokens(kPages * kPerPage - 1);
    const QStringList before = serverIds();
    QObject owner;
    ConcurrentPager *walk = pager(&owner);
    QList<ApiToken> tokens;
    connect(walk, &ConcurrentPager::pageApplied, this, [&](const ApiTokenPage &page) {
        if (tokens.isEmpty()) // sorts first: every later page shifts by one
            addToken(QStringLiteral("0000 added while listing"));
        tokens += page.items;
    });
    QSignalSpy finished(walk, &ConcurrentPager::finished);
    walk->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(idsOf(tokens), before); // the last of page 0 came again on page 1: kept once
}

void TestConcurrentPager::tooManyMidway_lowersConcurrency_andIsWaitedOut()
{
    addTokens(kPages * kPerPage - 1);
    const QStringList expected = serverIds();
    Fault fault = Fault::tooManyRequests(0);
    fault.skip = 2; // a page of the fanned-out ones
    fault.times = 1;
    m_server->setFault(Route::List, fault);
    m_server->clearRequests();
    QObject owner;
    ConcurrentPager *walk = pager(&owner);
    QList<ApiToken> tokens;
    connect(walk, &ConcurrentPager::pageApplied, this,
            [&](const ApiTokenPage &page) { tokens += page.items; });
    QSignalSpy waiting(walk, &ConcurrentPager::waiting);
    QSignalSpy finished(walk, &ConcurrentPager::finished);
    QSignalSpy failed(walk, &ConcurrentPager::failed);
    walk->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(walk->inFlightLimit(), 1); // the server said too fast: one page at a time
    QCOMPARE(RequestLog::listCount(*m_server), kPages + 1); // the turned-away page asked again
    QCOMPARE(idsOf(tokens), expected);
}

void TestConcurrentPager::tooManyAgainAfterTheWait_failsNamingThePage()
{
    addTokens(kPages * kPerPage - 1);
    Fault fault = Fault::tooManyRequests(0);
    fault.skip = 1; // every page after the first
    m_server->setFault(Route::List, fault);
    QObject owner;
    ConcurrentPager *walk = pager(&owner);
    QSignalSpy applied(walk, &ConcurrentPager::pageApplied);
    QSignalSpy finished(walk, &ConcurrentPager::finished);
    QSignalSpy failed(walk, &ConcurrentPager::failed);
    walk->start();
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus, 429);
    QVERIFY(failed.at(0).at(1).toInt() >= 1);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(finished.count(), 0);
}

void TestConcurrentPager::serverErrorMidway_failsAtTheFirstFailedPage_nothingAfter()
{
    addTokens(kPages * kPerPage - 1);
    Fault fault = Fault::withStatus(500);
    fault.skip = 3; // answered in the order asked for or not: some pages fail
    m_server->setFault(Route::List, fault);
    QObject owner;
    ConcurrentPager *walk = pager(&owner);
    QList<int> pages;
    connect(walk, &ConcurrentPager::pageApplied, this,
            [&](const ApiTokenPage &page) { pages.append(page.page); });
    QSignalSpy finished(walk, &ConcurrentPager::finished);
    QSignalSpy failed(walk, &ConcurrentPager::failed);
    walk->start();
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus, 500);
    const int failedPage = failed.at(0).at(1).toInt();
    QList<int> before; // every page before the failed one, in order, then nothing
    for (int p = 0; p < failedPage; ++p)
        before.append(p);
    QCOMPARE(pages, before);
    QVERIFY(failedPage >= 1 && failedPage <= 3);
    m_server->clearFaults();
    serverIds(); // a later round trip: any late answer would have arrived by now
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(pages, before);
}

void TestConcurrentPager::fetcherCancelMidway_nothingLateIsApplied()
{
    addTokens(3 * TokenQueryFetcher::kPerPage - 1); // three pages of the window's size
    m_server->setFault(Route::List, Fault::delayed(200));
    int answered = 0;
    connect(m_server, &LocalInstanceServer::delayedAnswerDone, this, [&] { ++answered; });
    TokenQueryFetcher fetcher(m_api->tokens(), TokenQuery());
    QSignalSpy finished(&fetcher, &TokenQueryFetcher::finished);
    QSignalSpy failed(&fetcher, &TokenQueryFetcher::failed);
    int progress = 0;
    int inFlightAtCancel = 0;
    connect(&fetcher, &TokenQueryFetcher::progress, this, [&] {
        if (++progress == 2) { // pages 1 and 2 were asked for together: page 2 is on its way
            inFlightAtCancel = fetcher.pager()->inFlight();
            fetcher.cancel();
        }
    });
    fetcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(progress, 2, 30000);
    QCOMPARE(inFlightAtCancel, 1);
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 30000); // the canceled page's answer is out too
    m_server->clearFaults();
    serverIds(); // a later round trip: a late answer would have arrived by now
    QCOMPARE(progress, 2);
    QCOMPARE(fetcher.tokens().size(), 2 * TokenQueryFetcher::kPerPage);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestConcurrentPager::fetcherRestartMidway_startsOver_eachTokenOnce()
{
    addTokens(3 * TokenQueryFetcher::kPerPage - 1);
    const QStringList expected = serverIds();
    TokenQueryFetcher fetcher(m_api->tokens(), TokenQuery());
    bool restarted = false;
    connect(&fetcher, &TokenQueryFetcher::progress, this, [&] {
        if (!restarted) { // the pages already asked for must not land in the new walk
            restarted = true;
            fetcher.start();
        }
    });
    QSignalSpy finished(&fetcher, &TokenQueryFetcher::finished);
    fetcher.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(restarted);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(idsOf(fetcher.tokens()), expected);
}

QTEST_GUILESS_MAIN(TestConcurrentPager)
#include "tst_concurrentpager.moc"
