// The list's 429 rule on its own, against the local instance's fault plan over real HTTP.
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "workflows/ListRateLimit.h"

#include "api/ApiCall.h"
#include "core/ApiTokenPage.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class TestListRateLimit : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiError>(); } // read from the spies
    void init();
    void cleanup();
    void firstTooMany_countsRetryAfterDown_andAsksAgainOnce();
    void secondTooMany_inARow_isLeftToThePerson();
    void aPageBetween_makesTheNextTooManyWaitedOutAgain();
    void otherFailures_andLongWaits_goStraightToThePerson();
    void retryNow_endsTheCountdown();

private:
    // "list=429:N" as the command line spells it, for the next `times` list requests.
    void planTooMany(const QString &spec, int times);
    // One list request; its answer goes to the rule, as the window's model hands it on.
    void list();
    int listRequests() const { return RequestLog::listCount(*m_server); }

    std::unique_ptr<ListRateLimit> m_limit;
    // What the rule says, from the start of each test.
    std::unique_ptr<QSignalSpy> m_waiting;
    std::unique_ptr<QSignalSpy> m_retried;
    std::unique_ptr<QSignalSpy> m_failed;
    int m_pages = 0;
};

void TestListRateLimit::init()
{
    QVERIFY(startApi());
    m_limit = std::make_unique<ListRateLimit>();
    m_limit->setTickInterval(5ms); // a "second" of the countdown
    m_pages = 0;
    connect(m_limit.get(), &ListRateLimit::retryRequested, this, &TestListRateLimit::list);
    m_waiting = std::make_unique<QSignalSpy>(m_limit.get(), &ListRateLimit::waiting);
    m_retried = std::make_unique<QSignalSpy>(m_limit.get(), &ListRateLimit::retryRequested);
    m_failed = std::make_unique<QSignalSpy>(m_limit.get(), &ListRateLimit::failed);
}

void TestListRateLimit::cleanup()
{
    m_waiting.reset();
    m_retried.reset();
    m_failed.reset();
    m_limit.reset();
    dropApi();
}

void TestListRateLimit::planTooMany(const QString &spec, int times)
{
    LocalInstanceServer::Route route;
    LocalInstanceServer::Fault fault;
    QString error;
    QVERIFY2(LocalInstanceServer::Fault::parse(spec, &route, &fault, &error), qPrintable(error));
    fault.times = times;
    m_server->setFault(route, fault);
}

void TestListRateLimit::list()
{
    ApiCall *call = m_api->tokens().list(TokenQuery());
    connect(call, &ApiCall::pageReceived, this, [this] {
        ++m_pages;
        m_limit->reset();
    });
    connect(call, &ApiCall::failed, m_limit.get(), &ListRateLimit::loadFailed);
}

void TestListRateLimit::firstTooMany_countsRetryAfterDown_andAsksAgainOnce()
{
    planTooMany(QStringLiteral("list=429:3"), 1);
    list();
    QVERIFY(m_waiting->wait());
    QVERIFY(m_limit->isCountingDown());
    QVERIFY(m_retried->wait());
    // The server's Retry-After, second by second, then the retry.
    QCOMPARE(m_waiting->size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_waiting->at(i).at(0).toInt(), 3 - i);
    QTRY_COMPARE(m_pages, 1);
    QCOMPARE(listRequests(), 2);
    QCOMPARE(m_retried->size(), 1);
    QCOMPARE(m_failed->size(), 0);
    QVERIFY(!m_limit->isCountingDown());
}

void TestListRateLimit::secondTooMany_inARow_isLeftToThePerson()
{
    planTooMany(QStringLiteral("list=429:1"), 2);
    list();
    QVERIFY(m_failed->wait());
    QCOMPARE(m_retried->size(), 1);
    QCOMPARE(listRequests(), 2);
    const auto error = m_failed->first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.retryAfterSeconds, 1);
    QVERIFY(!m_limit->isCountingDown());
    QCOMPARE(m_pages, 0);

    // The person's Retry is sent; the server has recovered.
    m_limit->retryNow();
    QTRY_COMPARE(m_pages, 1);
    QCOMPARE(listRequests(), 3);
}

void TestListRateLimit::aPageBetween_makesTheNextTooManyWaitedOutAgain()
{
    planTooMany(QStringLiteral("list=429:1"), 1);
    list();
    QVERIFY(m_retried->wait());
    QTRY_COMPARE(m_pages, 1);

    planTooMany(QStringLiteral("list=429:1"), 1);
    m_failed->clear(); // failures are counted from the second round on
    list();
    QVERIFY(m_retried->wait());
    QTRY_COMPARE(m_pages, 2);
    QCOMPARE(m_failed->size(), 0);
    QCOMPARE(listRequests(), 4);
}

void TestListRateLimit::otherFailures_andLongWaits_goStraightToThePerson()
{
    planTooMany(QStringLiteral("list=503"), 1);
    list();
    QVERIFY(m_failed->wait());
    QCOMPARE(m_failed->first().first().value<ApiError>().httpStatus, 503);

    // Longer than anyone would sit through: the person decides, even on the first 429.
    planTooMany(QStringLiteral("list=429:%1").arg(ListRateLimit::kMaxWaitSeconds + 1), 1);
    list();
    QVERIFY(m_failed->wait());
    QCOMPARE(m_failed->last().first().value<ApiError>().httpStatus, 429);
    QCOMPARE(m_waiting->size(), 0);
    QCOMPARE(listRequests(), 2);
}

void TestListRateLimit::retryNow_endsTheCountdown()
{
    m_limit->setTickInterval(1h); // a countdown that would not end during the test
    planTooMany(QStringLiteral("list=429:2"), 1);
    list();
    QVERIFY(m_waiting->wait());
    QVERIFY(m_limit->isCountingDown());
    m_limit->retryNow();
    QVERIFY(!m_limit->isCountingDown());
    QTRY_COMPARE(m_pages, 1);
    QCOMPARE(m_waiting->size(), 1);
    QCOMPARE(listRequests(), 2);
}

QTEST_GUILESS_MAIN(TestListRateLimit)
#include "tst_listratelimit.moc"
