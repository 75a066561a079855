// LostCreateCheck without a window, against the local instance over HTTP: after a create whose
// answer was lost, one lookup by name says whether the token exists, and no create is ever
// sent again by it.
#include "support/LocalApiFixture.h"
#include "api/ApiCall.h"
#include "workflows/LostCreateCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using Fault = LocalInstanceServer::Fault;
using Route = LocalInstanceServer::Route;

class TestLostCreateCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createAppliedThenDropped_isFound_withoutASecondCreate();
    void createNeverApplied_isNotFound();
    void globCharacters_areComparedExactly();
    void failingLookup_saysSo();
    void startingAgain_abandonsTheFirstLookup();

private:
    ApiError loseCreate(const QString &name, const Fault &fault);
    int requestsOf(const QByteArray &method) const;
    std::unique_ptr<LocalApi> m_api;
};

void TestLostCreateCheck::init()
{
    m_api = std::make_unique<LocalApi>();
    QVERIFY(m_api->start());
}

void TestLostCreateCheck::cleanup()
{
    m_api.reset();
}

// Sends a create that the fault makes lose its answer; returns the error it ended with.
ApiError TestLostCreateCheck::loseCreate(const QString &name, const Fault &fault)
{
    Fault once = fault;
    once.times = 1;
    m_api->server.setFault(Route::Create, once);
    ApiCall *call = m_api->tokens().create(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scope"), QJsonArray{QStringLiteral("all.Instance")}}});
    QSignalSpy failed(call, &ApiCall::failed);
    if (!failed.wait())
        return ApiError();
    return failed.constFirst().constFirst().value<ApiError>();
}

int TestLostCreateCheck::requestsOf(const QByteArray &method) const
{
    int n = 0;
    for (const RecordedRequest &r : m_api->server.requests())
        n += r.method == method;
    return n;
}

void TestLostCreateCheck::createAppliedThenDropped_isFound_withoutASecondCreate()
{
    const int before = m_api->server.instance().tokenCount(m_api->instanceId);
    const ApiError lost = loseCreate(QStringLiteral("ci runner"), Fault::dropped());
    QVERIFY(lost.answerLost);
    QCOMPARE(m_api->server.instance().tokenCount(m_api->instanceId), before + 1);

    LostCreateCheck check(m_api->tokens());
    QSignalSpy found(&check, &LostCreateCheck::found);
    QSignalSpy notFound(&check, &LostCreateCheck::notFound);
    check.start(QStringLiteral("ci runner"));
    QVERIFY(check.isRunning());
    QVERIFY(found.wait());
    QCOMPARE(notFound.size(), 0);
    const ApiToken token = found.constFirst().constFirst().value<ApiToken>();
    QCOMPARE(token.name, QStringLiteral("ci runner"));
    QVERIFY(m_api->server.instance().token(m_api->instanceId, token.id).has_value());
    QVERIFY(token.token.isEmpty()); // the secret went with the answer
    QVERIFY(token.creationDate.isValid());

    // On the wire: the one POST, then one list by name, newest first.
    QCOMPARE(requestsOf("POST"), 1);
    QCOMPARE(requestsOf("GET"), 1);
    const RecordedRequest list = m_api->server.requests().constLast();
    const QUrlQuery query(QString::fromLatin1(list.rawQuery));
    QCOMPARE(query.queryItemValue(QStringLiteral("filterField")), QStringLiteral("name"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
             QStringLiteral("ci runner"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sortField")), QStringLiteral("creationDate"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sortDirection")), QStringLiteral("desc"));
    QCOMPARE(m_api->server.instance().tokenCount(m_api->instanceId), before + 1);
}

void TestLostCreateCheck::createNeverApplied_isNotFound()
{
    const int before = m_api->server.instance().tokenCount(m_api->instanceId);
    Fault unprocessed = Fault::withStatus(503); // not processed, and no answer either
    unprocessed.dropConnection = true;
    QVERIFY(loseCreate(QStringLiteral("never made"), unprocessed).answerLost);

    LostCreateCheck check(m_api->tokens());
    QSignalSpy found(&check, &LostCreateCheck::found);
    QSignalSpy notFound(&check, &LostCreateCheck::notFound);
    check.start(QStringLiteral("never made"));
    QVERIFY(notFound.wait());
    QCOMPARE(notFound.constFirst().constFirst().toString(), QStringLiteral("never made"));
    QCOMPARE(found.size(), 0);
    QCOMPARE(requestsOf("POST"), 1);
    QCOMPARE(m_api->server.instance().tokenCount(m_api->instanceId), before);
}

void TestLostCreateCheck::globCharacters_areComparedExactly()
{
    // The server's filter is a glob: "rot?" matches "rota", which is not the lost token.
    ApiToken other;
    other.name = QStringLiteral("rota");
    m_api->server.instance().addToken(m_api->instanceId, other);
    Fault unprocessed = Fault::withStatus(503);
    unprocessed.dropConnection = true;
    QVERIFY(loseCreate(QStringLiteral("rot?"), unprocessed).answerLost);

    LostCreateCheck check(m_api->tokens());
    QSignalSpy found(&check, &LostCreateCheck::found);
    QSignalSpy notFound(&check, &LostCreateCheck::notFound);
    check.start(QStringLiteral("rot?"));
    QVERIFY(notFound.wait());
    QCOMPARE(found.size(), 0);
}

void TestLostCreateCheck::failingLookup_saysSo()
{
    QVERIFY(loseCreate(QStringLiteral("unknown"), Fault::dropped()).answerLost);
    m_api->server.setFault(Route::List, Fault::withStatus(500));
    LostCreateCheck check(m_api->tokens());
    QSignalSpy found(&check, &LostCreateCheck::found);
    QSignalSpy notFound(&check, &LostCreateCheck::notFound);
    QSignalSpy failed(&check, &LostCreateCheck::failed);
    check.start(QStringLiteral("unknown"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().httpStatus, 500);
    QCOMPARE(found.size() + notFound.size(), 0);
    QVERIFY(!check.isRunning());
    QCOMPARE(requestsOf("POST"), 1);
}

void TestLostCreateCheck::startingAgain_abandonsTheFirstLookup()
{
    ApiToken exists;
    exists.name = QStringLiteral("first");
    m_api->server.instance().addToken(m_api->instanceId, exists);
    Fault slow = Fault::delayed(400);
    slow.times = 1;
    m_api->server.setFault(Route::List, slow);
    QSignalSpy received(&m_api->server, &LocalInstanceServer::requestReceived);
    QSignalSpy held(&m_api->server, &LocalInstanceServer::delayedAnswerDone);

    LostCreateCheck check(m_api->tokens());
    QSignalSpy found(&check, &LostCreateCheck::found);
    QSignalSpy notFound(&check, &LostCreateCheck::notFound);
    QSignalSpy failed(&check, &LostCreateCheck::failed);
    check.start(QStringLiteral("first"));
    QVERIFY(received.wait());
    check.start(QStringLiteral("second"));
    QVERIFY(notFound.wait());
    QTRY_COMPARE(held.size(), 1); // the first lookup's answer has gone out, to nobody
    QCOMPARE(found.size(), 0); // "first" exists, but that lookup was abandoned
    QCOMPARE(failed.size(), 0); // and its cancel is not reported either
    QCOMPARE(notFound.size(), 1);
    QCOMPARE(notFound.constFirst().constFirst().toString(), QStringLiteral("second"));
    QCOMPARE(check.name(), QStringLiteral("second"));
}

QTEST_MAIN(TestLostCreateCheck)
#include "tst_lostcreatecheck.moc"
