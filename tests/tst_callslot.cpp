// CallSlot, the one way stale answers are ignored, against the local instance over HTTP: a new
// call abandons the previous one, abandon() and the owner's end cancel the request, and only
// the latest call's signals reach the owner.
#include "api/ApiCall.h"
#include "api/CallSlot.h"
#include "core/TokenQuery.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// An owner as models and dialogs are: it keeps its call in a slot and notes what reaches it.
class Owner : public QObject
{
public:
    CallSlot slot{this};
    QStringList heard; // the label of each call whose answer reached the owner
    QList<bool> busyWhenHeard;

    ApiCall *listen(ApiCall *call, const QString &label)
    {
        slot.start(call);
        connect(call, &ApiCall::pageReceived, this, [this, label] { note(label); });
        connect(call, &ApiCall::failed, this,
                [this, label](const ApiError &e) { note(label + QLatin1Char(':') + e.message); });
        return call;
    }

private:
    void note(const QString &what)
    {
        heard.append(what);
        busyWhenHeard.append(slot.isBusy());
    }
};

TokenQuery named(const QString &name)
{
    TokenQuery query;
    query.filterField = QStringLiteral("name");
    query.filter = name;
    return query;
}
} // namespace

class TestCallSlot : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void answer_reachesOwner_withTheSlotAlreadyEmpty();
    void newCall_cancelsThePrevious_andOnlyTheLatestReachesOwner();
    void abandon_cancelsTheRequest_andNothingReachesOwner();
    void ownerGoing_cancelsTheRequest();
    void refusedCall_reportsAfterStart_throughTheSlot();

private:
    int listRequests() const { return RequestLog::listCount(*m_server); }
};

void TestCallSlot::answer_reachesOwner_withTheSlotAlreadyEmpty()
{
    Owner owner;
    owner.listen(m_api->tokens().list(named(QStringLiteral("zz admin"))), QStringLiteral("only"));
    QVERIFY(owner.slot.isBusy());
    QTRY_COMPARE(owner.heard, QStringList{QStringLiteral("only")});
    // The owner's handler can start the next call at once: the slot no longer holds this one.
    QCOMPARE(owner.busyWhenHeard, QList<bool>{false});
    QVERIFY(!owner.slot.isBusy());
    QCOMPARE(listRequests(), 1);
}

void TestCallSlot::newCall_cancelsThePrevious_andOnlyTheLatestReachesOwner()
{
    Fault slow = Fault::delayed(600);
    slow.times = 1; // only the first list is slow: its answer would come last
    m_server->setFault(Route::List, slow);
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);
    QSignalSpy held(m_server, &LocalInstanceServer::delayedAnswerDone);

    Owner owner;
    ApiCall *first = owner.listen(m_api->tokens().list(named(QStringLiteral("a"))),
                                  QStringLiteral("first"));
    QSignalSpy firstFailed(first, &ApiCall::failed);
    QVERIFY(received.wait()); // the first request is on the server, its answer held back
    owner.listen(m_api->tokens().list(named(QStringLiteral("b"))), QStringLiteral("second"));

    // Starting the second canceled the first, where it was.
    QCOMPARE(firstFailed.size(), 1);
    QCOMPARE(firstFailed.constFirst().constFirst().value<ApiError>().kind,
             ApiError::Kind::Canceled);
    QTRY_COMPARE(owner.heard, QStringList{QStringLiteral("second")});
    QTRY_COMPARE(held.size(), 1); // the first's held answer has gone out too, to nobody
    QCOMPARE(owner.heard, QStringList{QStringLiteral("second")});
    QCOMPARE(listRequests(), 2);
}

void TestCallSlot::abandon_cancelsTheRequest_andNothingReachesOwner()
{
    m_server->setFault(Route::List, Fault::delayed(400));
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);
    QSignalSpy held(m_server, &LocalInstanceServer::delayedAnswerDone);
    Owner owner;
    ApiCall *call = owner.listen(m_api->tokens().list(TokenQuery()), QStringLiteral("gone"));
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(received.wait());
    owner.slot.abandon();
    QVERIFY(!owner.slot.isBusy());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Canceled);
    QTRY_COMPARE(held.size(), 1);
    QVERIFY(owner.heard.isEmpty());
}

void TestCallSlot::ownerGoing_cancelsTheRequest()
{
    m_server->setFault(Route::List, Fault::delayed(400));
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);
    auto owner = std::make_unique<Owner>();
    QPointer<ApiCall> call = owner->listen(m_api->tokens().list(TokenQuery()), QString());
    QSignalSpy failed(call.data(), &ApiCall::failed);
    QVERIFY(received.wait());
    owner.reset();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Canceled);
    QTRY_VERIFY(call.isNull()); // and it cleans itself up
}

void TestCallSlot::refusedCall_reportsAfterStart_throughTheSlot()
{
    Owner owner;
    // A malformed instance ID: refused before anything is sent, reported like an answer.
    TokenCollection nowhere(m_client, TokenLocation::instance(QStringLiteral("nope")));
    owner.listen(nowhere.list(TokenQuery()), QStringLiteral("refused"));
    QVERIFY(owner.heard.isEmpty());
    QTRY_COMPARE(owner.heard.size(), 1);
    QVERIFY2(owner.heard.constFirst().startsWith(QLatin1String("refused:")),
             qPrintable(owner.heard.constFirst()));
    QCOMPARE(owner.busyWhenHeard, QList<bool>{false});
    QCOMPARE(listRequests(), 0);
}

QTEST_MAIN(TestCallSlot)
#include "tst_callslot.moc"
