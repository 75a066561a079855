// StatusToggle without a window, against the local instance over HTTP: the new state at once,
// the server's token when it agrees, the old token and its words when it refuses, and exactly
// one PATCH of the status only.
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/SignalSpies.h"
#include "workflows/StatusToggle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestStatusToggle : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void toggle_showsAtOnce_thenTheServersToken_data();
    void toggle_showsAtOnce_thenTheServersToken();
    void refusal_revertsToTheOldToken_withTheServersError();
    void twoTokens_toggleSideBySide();

private:
    QList<RecordedRequest> patches() const { return RequestLog::byMethod(*m_server, "PATCH"); }
};

void TestStatusToggle::toggle_showsAtOnce_thenTheServersToken_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("deactivate") << QStringLiteral("active") << QStringLiteral("inactive");
    QTest::newRow("activate") << QStringLiteral("inactive") << QStringLiteral("active");
}

void TestStatusToggle::toggle_showsAtOnce_thenTheServersToken()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const ApiToken before = addToken(QStringLiteral("ci deploy"), from);
    StatusToggle toggle(m_api->tokens(), before);
    auto [shown, confirmed, reverted, finished]
            = spyOn(&toggle, &StatusToggle::shown, &StatusToggle::confirmed,
                    &StatusToggle::reverted, &StatusToggle::finished);

    toggle.start();
    // Shown before any answer: the row changes the moment the person asks.
    QCOMPARE(shown.size(), 1);
    const ApiToken optimistic = shown.constFirst().constFirst().value<ApiToken>();
    QCOMPARE(optimistic.id, before.id);
    QCOMPARE(optimistic.status, to);
    QVERIFY(toggle.isRunning());

    QVERIFY(finished.wait());
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(reverted.size(), 0);
    const ApiToken server = confirmed.constFirst().constFirst().value<ApiToken>();
    QCOMPARE(server.status, to);
    QVERIFY(server.lastUpdated > before.lastUpdated); // the server's token, not the guess
    QVERIFY(!toggle.isRunning());

    const QList<RecordedRequest> sent = patches();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().path,
             QStringLiteral("/instances/%1/tokens/%2").arg(m_instanceId, before.id));
    QCOMPARE(QJsonDocument::fromJson(sent.constFirst().body).object(),
             QJsonObject({{QStringLiteral("status"), to}}));
    QCOMPARE(m_server->instance().token(m_instanceId, before.id)->status, to);
}

void TestStatusToggle::refusal_revertsToTheOldToken_withTheServersError()
{
    const ApiToken before = addToken(QStringLiteral("kiosk"), QStringLiteral("active"));
    Fault refuse = Fault::withStatus(403);
    refuse.body = R"({"type":"Unauthorized","message":"Not allowed for this token"})";
    m_server->setFault(Route::Patch, refuse);
    StatusToggle toggle(m_api->tokens(), before);
    auto [shown, confirmed, reverted, finished]
            = spyOn(&toggle, &StatusToggle::shown, &StatusToggle::confirmed,
                    &StatusToggle::reverted, &StatusToggle::finished);

    toggle.start();
    QCOMPARE(shown.constFirst().constFirst().value<ApiToken>().status, QStringLiteral("inactive"));
    QVERIFY(finished.wait());
    QCOMPARE(confirmed.size(), 0);
    QCOMPARE(reverted.size(), 1);
    const ApiToken back = reverted.constFirst().at(0).value<ApiToken>();
    const ApiError error = reverted.constFirst().at(1).value<ApiError>();
    QCOMPARE(back.id, before.id);
    QCOMPARE(back.status, QStringLiteral("active"));
    QCOMPARE(back.lastUpdated, before.lastUpdated);
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.message, QStringLiteral("Not allowed for this token"));
    QCOMPARE(patches().size(), 1); // refused once, never sent again by itself
    QCOMPARE(m_server->instance().token(m_instanceId, before.id)->status, QStringLiteral("active"));
}

void TestStatusToggle::twoTokens_toggleSideBySide()
{
    m_server->setFault(Route::Patch, Fault::delayed(200));
    const ApiToken a = addToken(QStringLiteral("a"), QStringLiteral("active"));
    const ApiToken b = addToken(QStringLiteral("b"), QStringLiteral("inactive"));
    StatusToggle first(m_api->tokens(), a);
    StatusToggle second(m_api->tokens(), b);
    QSignalSpy firstConfirmed(&first, &StatusToggle::confirmed);
    QSignalSpy secondConfirmed(&second, &StatusToggle::confirmed);
    first.start();
    second.start(); // while the first is out: it is not abandoned
    QTRY_COMPARE(firstConfirmed.size(), 1);
    QTRY_COMPARE(secondConfirmed.size(), 1);
    QCOMPARE(firstConfirmed.constFirst().constFirst().value<ApiToken>().status,
             QStringLiteral("inactive"));
    QCOMPARE(secondConfirmed.constFirst().constFirst().value<ApiToken>().status,
             QStringLiteral("active"));
    QCOMPARE(patches().size(), 2);
}

QTEST_MAIN(TestStatusToggle)
#include "tst_statustoggle.moc"
