// TokenEditSubmission without a window, against the local instance over HTTP: the body is
// checked against apiTokenPatch.json before anything is sent, the token is fetched again, only
// the changed fields are sent, and a change made elsewhere is reported, never overwritten.
#include "api/ApiCall.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/SignalSpies.h"
#include "workflows/TokenEditSubmission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestTokenEditSubmission : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void patchBetween_holdsOnlyTheChangedFields_data();
    void patchBetween_holdsOnlyTheChangedFields();
    void unchangedOnServer_fetchesThenSendsOnlyTheChangedFields();
    void changedElsewhere_isReported_andNothingIsSent();
    void changedElsewhere_sendAnyway_sendsOnlyMyFields();
    void bodyTheSchemaRefuses_isNeverSent();
    void failingFetch_saysWhy_andSendsNothing();

private:
    ApiToken addLoadedToken();
    QList<RecordedRequest> requests(const QByteArray &method) const
    {
        return RequestLog::byMethod(*m_server, method);
    }
    ApiToken changeElsewhere(const QString &id, const QJsonObject &patch);
    ApiToken loadedThenChangedElsewhere();
};

// A token last saved long ago, as the edit dialog loaded it.
ApiToken TestTokenEditSubmission::addLoadedToken()
{
    ApiToken token;
    token.name = QStringLiteral("billing export");
    token.description = QStringLiteral("nightly");
    token.scope = {QStringLiteral("all.Instance.read")};
    token.defaultRole = QStringLiteral("view");
    return addToken(token);
}

// Someone else's save, through the API; the recorded requests start after it.
ApiToken TestTokenEditSubmission::changeElsewhere(const QString &id, const QJsonObject &patch)
{
    ApiCall *call = m_api->tokens().patch(id, patch);
    QSignalSpy received(call, &ApiCall::tokenReceived);
    if (!received.wait())
        return ApiToken();
    m_server->clearRequests();
    return received.constFirst().constFirst().value<ApiToken>();
}

// The token as the dialog loaded it ("nightly"), after someone else made it "hourly now".
ApiToken TestTokenEditSubmission::loadedThenChangedElsewhere()
{
    const ApiToken loaded = addLoadedToken();
    changeElsewhere(loaded.id, {{QStringLiteral("description"), QStringLiteral("hourly now")}});
    return loaded;
}

void TestTokenEditSubmission::patchBetween_holdsOnlyTheChangedFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("nothing") << QString() << QString() << QJsonObject();
    QTest::newRow("name") << QStringLiteral("name") << QStringLiteral("renamed")
                          << QJsonObject{{QStringLiteral("name"), QStringLiteral("renamed")}};
    QTest::newRow("description emptied") << QStringLiteral("description") << QString()
                                         << QJsonObject{{QStringLiteral("description"), QString()}};
    QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("inactive")
                            << QJsonObject{{QStringLiteral("status"), QStringLiteral("inactive")}};
    QTest::newRow("role") << QStringLiteral("defaultRole") << QStringLiteral("edit")
                          << QJsonObject{{QStringLiteral("defaultRole"), QStringLiteral("edit")}};
    // The API cannot unset a default role: an empty one is never sent.
    QTest::newRow("role unset") << QStringLiteral("defaultRole") << QString() << QJsonObject();
}

void TestTokenEditSubmission::patchBetween_holdsOnlyTheChangedFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QJsonObject, expected);
    const ApiToken loaded = addLoadedToken();
    ApiToken edited = loaded;
    if (field == QLatin1String("name"))
        edited.name = value;
    else if (field == QLatin1String("description"))
        edited.description = value;
    else if (field == QLatin1String("status"))
        edited.status = value;
    else if (field == QLatin1String("defaultRole"))
        edited.defaultRole = value;
    QCOMPARE(TokenEditSubmission::patchBetween(loaded, edited), expected);
}

void TestTokenEditSubmission::unchangedOnServer_fetchesThenSendsOnlyTheChangedFields()
{
    const ApiToken loaded = addLoadedToken();
    TokenEditSubmission submission(m_api->tokens());
    auto [fetched, conflict, saved]
            = spyOn(&submission, &TokenEditSubmission::fetched, &TokenEditSubmission::conflict,
                    &TokenEditSubmission::saved);
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("billing export (old)")},
                            {QStringLiteral("status"), QStringLiteral("inactive")}};
    QVERIFY(submission.submit(loaded, patch).isEmpty());
    QVERIFY(submission.isRunning());
    QVERIFY(saved.wait());
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(conflict.size(), 0);
    const ApiToken token = saved.constFirst().constFirst().value<ApiToken>();
    QCOMPARE(token.name, QStringLiteral("billing export (old)"));
    QCOMPARE(token.status, QStringLiteral("inactive"));
    QCOMPARE(token.description, QStringLiteral("nightly"));

    // On the wire: the fetch, then the PATCH of exactly those fields.
    const QList<RecordedRequest> all = m_server->requests();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).method, QByteArray("GET"));
    QCOMPARE(all.at(0).path,
             QStringLiteral("/instances/%1/tokens/%2").arg(m_instanceId, loaded.id));
    QCOMPARE(all.at(1).method, QByteArray("PATCH"));
    QCOMPARE(QJsonDocument::fromJson(all.at(1).body).object(), patch);
}

void TestTokenEditSubmission::changedElsewhere_isReported_andNothingIsSent()
{
    const ApiToken loaded = loadedThenChangedElsewhere();
    const QJsonObject mine{{QStringLiteral("description"), QStringLiteral("weekly")}};
    TokenEditSubmission submission(m_api->tokens());
    auto [conflict, saved]
            = spyOn(&submission, &TokenEditSubmission::conflict, &TokenEditSubmission::saved);
    QVERIFY(submission.submit(loaded, mine).isEmpty());
    QVERIFY(conflict.wait());
    QCOMPARE(conflict.constFirst().at(0).value<ApiToken>().description, QStringLiteral("nightly"));
    QCOMPARE(conflict.constFirst().at(1).value<ApiToken>().description,
             QStringLiteral("hourly now"));
    QVERIFY(!submission.isRunning());
    QCOMPARE(requests("GET").size(), 1);
    QCOMPARE(requests("PATCH").size(), 0);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_server->instance().token(m_instanceId, loaded.id)->description,
             QStringLiteral("hourly now"));
}

void TestTokenEditSubmission::changedElsewhere_sendAnyway_sendsOnlyMyFields()
{
    const ApiToken loaded = loadedThenChangedElsewhere();
    TokenEditSubmission submission(m_api->tokens());
    auto [conflict, saved]
            = spyOn(&submission, &TokenEditSubmission::conflict, &TokenEditSubmission::saved);
    const QJsonObject mine{{QStringLiteral("name"), QStringLiteral("billing")}};
    QVERIFY(submission.submit(loaded, mine).isEmpty());
    QVERIFY(conflict.wait());
    submission.sendAnyway();
    QVERIFY(saved.wait());
    const QList<RecordedRequest> patches = requests("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.constFirst().body).object(), mine);
    // Their description stays; my name is added.
    const ApiToken now = *m_server->instance().token(m_instanceId, loaded.id);
    QCOMPARE(now.name, QStringLiteral("billing"));
    QCOMPARE(now.description, QStringLiteral("hourly now"));
    submission.sendAnyway(); // after the save: no second PATCH
    QCOMPARE(submission.isRunning(), false);
    QCOMPARE(requests("PATCH").size(), 1);
}

void TestTokenEditSubmission::bodyTheSchemaRefuses_isNeverSent()
{
    const ApiToken loaded = addLoadedToken();
    TokenEditSubmission submission(m_api->tokens());
    QSignalSpy failed(&submission, &TokenEditSubmission::failed);
    const QJsonObject patch{
            {QStringLiteral("name"), QString(256, QLatin1Char('n'))},
            {QStringLiteral("orgRoles"),
             QJsonArray{QJsonObject{{QStringLiteral("orgId"), QStringLiteral("not-an-org")},
                                    {QStringLiteral("role"), QStringLiteral("view")}}}}};
    const QList<SchemaProblem> problems = submission.submit(loaded, patch);
    QCOMPARE(problems, ApiTokenSchema::checkPatch(patch));
    QStringList fields;
    for (const SchemaProblem &p : problems)
        fields.append(p.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("orgRoles[0].orgId")}));
    QVERIFY(!submission.isRunning());
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TestTokenEditSubmission::failingFetch_saysWhy_andSendsNothing()
{
    const ApiToken loaded = addLoadedToken();
    m_server->setFault(Route::Get, Fault::withStatus(500));
    TokenEditSubmission submission(m_api->tokens());
    auto [failed, fetched]
            = spyOn(&submission, &TokenEditSubmission::failed, &TokenEditSubmission::fetched);
    QVERIFY(submission.submit(loaded, {{QStringLiteral("status"), QStringLiteral("inactive")}})
                    .isEmpty());
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().httpStatus, 500);
    QCOMPARE(fetched.size(), 0);
    QCOMPARE(requests("PATCH").size(), 0);
    submission.sendAnyway(); // there was no conflict to override
    QCOMPARE(requests("PATCH").size(), 0);
    QCOMPARE(m_server->instance().token(m_instanceId, loaded.id)->status, QStringLiteral("active"));
}

QTEST_MAIN(TestTokenEditSubmission)
#include "tst_tokeneditsubmission.moc"
