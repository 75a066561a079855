// StatusToggle without a window, against the local instance over HTTP: the new state at once,
// the server's token when it agrees, the old token and its words when it refuses, and exactly
// one PATCH of the status only.
#include "support/LocalApiFixture.h"
#include "workflows/StatusToggle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Fault = LocalInstanceServer::Fault;
using Route = LocalInstanceServer::Route;

class TestStatusToggle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void toggle_showsAtOnce_thenTheServersToken_data();
    void toggle_showsAtOnce_thenTheServersToken();
    void refusal_revertsToTheOldToken_withTheServersError();
    void twoTokens_toggleSideBySide();

private:
    ApiToken addToken(const QString &name, const QString &status);
    QList<RecordedRequest> patches() const;
    std::unique_ptr<LocalApi> m_api;
};

void TestStatusToggle::init()
{
    m_api = std::make_unique<LocalApi>();
    QVERIFY(m_api->start());
}

void TestStatusToggle::cleanup()
{
    m_api.reset();
}

ApiToken TestStatusToggle::addToken(const QString &name, const QString &status)
{
    ApiToken token;
    token.name = name;
    token.status = status;
    token.scope = {QStringLiteral("all.Instance.read")};
    token.creationDate = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    ApiToken stored = m_api->server.instance().addToken(m_api->instanceId, token);
    stored.token.clear(); // as the list shows it
    return stored;
}

QList<RecordedRequest> TestStatusToggle::patches() const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_api->server.requests())
        if (r.method == "PATCH")
            out.append(r);
    return out;
}

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
    QSignalSpy shown(&toggle, &StatusToggle::shown);
    QSignalSpy confirmed(&toggle, &StatusToggle::confirmed);
    QSignalSpy reverted(&toggle, &StatusToggle::reverted);
    QSignalSpy finished(&toggle, &StatusToggle::finished);

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
             QStringLiteral("/instances/%1/tokens/%2").arg(m_api->instanceId, before.id));
    QCOMPARE(QJsonDocument::fromJson(sent.constFirst().body).object(),
             QJsonObject({{QStringLiteral("status"), to}}));
    QCOMPARE(m_api->server.instance().token(m_api->instanceId, before.id)->status, to);
}

void TestStatusToggle::refusal_revertsToTheOldToken_withTheServersError()
{
    const ApiToken before = addToken(QStringLiteral("kiosk"), QStringLiteral("active"));
    Fault refuse = Fault::withStatus(403);
    refuse.body = R"({"type":"Unauthorized","message":"Not allowed for this token"})";
    m_api->server.setFault(Route::Patch, refuse);
    StatusToggle toggle(m_api->tokens(), before);
    QSignalSpy shown(&toggle, &StatusToggle::shown);
    QSignalSpy confirmed(&toggle, &StatusToggle::confirmed);
    QSignalSpy reverted(&toggle, &StatusToggle::reverted);
    QSignalSpy finished(&toggle, &StatusToggle::finished);

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
    QCOMPARE(m_api->server.instance().token(m_api->instanceId, before.id)->status,
             QStringLiteral("active"));
}

void TestStatusToggle::twoTokens_toggleSideBySide()
{
    m_api->server.setFault(Route::Patch, Fault::delayed(200));
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
