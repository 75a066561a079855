// LostCreateCheck without a window, against the local instance over HTTP: after a create whose
// answer was lost, one lookup by name says whether the token exists, and no create is ever
// sent again by it.
#include "api/ApiCall.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/SignalSpies.h"
#include "workflows/LostCreateCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestLostCreateCheck : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void createAppliedThenDropped_isFound_withoutASecondCreate();
    void createNeverApplied_isNotFound();
    void globCharacters_areComparedExactly();
    void failingLookup_saysSo();
    void startingAgain_abandonsTheFirstLookup();

private:
    ApiError loseCreate(const QString &name, const Fault &fault);
    static Fault unprocessed();
    int requestsOf(const QByteArray &method) const { return RequestLog::count(*m_server, method); }
};

// Sends a create that the fault makes lose its answer; returns the error it ended with.
ApiError TestLostCreateCheck::loseCreate(const QString &name, const Fault &fault)
{
    Fault once = fault;
    once.times = 1;
    m_server->setFault(Route::Create, once);
    ApiCall *call = m_api->tokens().create(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scope"), QJsonArray{QStringLiteral("all.Instance")}}});
    QSignalSpy failed(call, &ApiCall::failed);
    if (!failed.wait())
        return ApiError();
    return failed.constFirst().constFirst().value<ApiError>();
}

// Neither processed nor answered: the create never happened, and nobody was told.
LocalApiSuite::Fault TestLostCreateCheck::unprocessed()
{
    Fault fault = Fault::withStatus(503);
    fault.dropConnection = true;
    return fault;
}

void TestLostCreateCheck::createAppliedThenDropped_isFound_withoutASecondCreate()
{
    const int before = m_server->instance().tokenCount(m_instanceId);
    const ApiError lost = loseCreate(QStringLiteral("ci runner"), Fault::dropped());
    QVERIFY(lost.answerLost);
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), before + 1);

    LostCreateCheck check(m_api->tokens());
    auto [found, notFound] = spyOn(&check, &LostCreateCheck::found, &LostCreateCheck::notFound);
    check.start(QStringLiteral("ci runner"));
    QVERIFY(check.isRunning());
    QVERIFY(found.wait());
    QCOMPARE(notFound.size(), 0);
    const ApiToken token = found.constFirst().constFirst().value<ApiToken>();
    QCOMPARE(token.name, QStringLiteral("ci runner"));
    QVERIFY(m_server->instance().token(m_instanceId, token.id).has_value());
    QVERIFY(token.token.isEmpty()); // the secret went with the answer
    QVERIFY(token.creationDate.isValid());

    // On the wire: the one POST, then one list by name, newest first.
    QCOMPARE(requestsOf("POST"), 1);
    QCOMPARE(requestsOf("GET"), 1);
    const RecordedRequest list = m_server->requests().constLast();
    const QUrlQuery query(QString::fromLatin1(list.rawQuery));
    QCOMPARE(query.queryItemValue(QStringLiteral("filterField")), QStringLiteral("name"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
             QStringLiteral("ci runner"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sortField")), QStringLiteral("creationDate"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sortDirection")), QStringLiteral("desc"));
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), before + 1);
}

void TestLostCreateCheck::createNeverApplied_isNotFound()
{
    const int before = m_server->instance().tokenCount(m_instanceId);
    QVERIFY(loseCreate(QStringLiteral("never made"), unprocessed()).answerLost);

    LostCreateCheck check(m_api->tokens());
    auto [found, notFound] = spyOn(&check, &LostCreateCheck::found, &LostCreateCheck::notFound);
    check.start(QStringLiteral("never made"));
    QVERIFY(notFound.wait());
    QCOMPARE(notFound.constFirst().constFirst().toString(), QStringLiteral("never made"));
    QCOMPARE(found.size(), 0);
    QCOMPARE(requestsOf("POST"), 1);
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), before);
}

void TestLostCreateCheck::globCharacters_areComparedExactly()
{
    // The server's filter is a glob: "rot?" matches "rota", which is not the lost token.
    addToken(QStringLiteral("rota"));
    QVERIFY(loseCreate(QStringLiteral("rot?"), unprocessed()).answerLost);

    LostCreateCheck check(m_api->tokens());
    auto [found, notFound] = spyOn(&check, &LostCreateCheck::found, &LostCreateCheck::notFound);
    check.start(QStringLiteral("rot?"));
    QVERIFY(notFound.wait());
    QCOMPARE(found.size(), 0);
}

void TestLostCreateCheck::failingLookup_saysSo()
{
    QVERIFY(loseCreate(QStringLiteral("unknown"), Fault::dropped()).answerLost);
    m_server->setFault(Route::List, Fault::withStatus(500));
    LostCreateCheck check(m_api->tokens());
    auto [found, notFound, failed] = spyOn(&check, &LostCreateCheck::found,
                                           &LostCreateCheck::notFound, &LostCreateCheck::failed);
    check.start(QStringLiteral("unknown"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().httpStatus, 500);
    QCOMPARE(found.size() + notFound.size(), 0);
    QVERIFY(!check.isRunning());
    QCOMPARE(requestsOf("POST"), 1);
}

void TestLostCreateCheck::startingAgain_abandonsTheFirstLookup()
{
    addToken(QStringLiteral("first"));
    Fault slow = Fault::delayed(400);
    slow.times = 1;
    m_server->setFault(Route::List, slow);
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);
    QSignalSpy held(m_server, &LocalInstanceServer::delayedAnswerDone);

    LostCreateCheck check(m_api->tokens());
    auto [found, notFound, failed] = spyOn(&check, &LostCreateCheck::found,
                                           &LostCreateCheck::notFound, &LostCreateCheck::failed);
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
