// TokenEditSubmission without a window, against the local instance over HTTP: the body is
// checked against apiTokenPatch.json before anything is sent, the token is fetched again, only
// the changed fields are sent, and a change made elsewhere is reported, never overwritten.
#include "support/LocalApiFixture.h"
#include "api/ApiCall.h"
#include "workflows/TokenEditSubmission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Fault = LocalInstanceServer::Fault;
using Route = LocalInstanceServer::Route;

class TestTokenEditSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void patchBetween_holdsOnlyTheChangedFields_data();
    void patchBetween_holdsOnlyTheChangedFields();
    void unchangedOnServer_fetchesThenSendsOnlyTheChangedFields();
    void changedElsewhere_isReported_andNothingIsSent();
    void changedElsewhere_sendAnyway_sendsOnlyMyFields();
    void bodyTheSchemaRefuses_isNeverSent();
    void failingFetch_saysWhy_andSendsNothing();

private:
    ApiToken addToken();
    QList<RecordedRequest> requests(const QByteArray &method) const;
    ApiToken changeElsewhere(const QString &id, const QJsonObject &patch);
    std::unique_ptr<LocalApi> m_api;
};

void TestTokenEditSubmission::init()
{
    m_api = std::make_unique<LocalApi>();
    QVERIFY(m_api->start());
}

void TestTokenEditSubmission::cleanup()
{
    m_api.reset();
}

// A token last saved long ago, as the edit dialog loaded it.
ApiToken TestTokenEditSubmission::addToken()
{
    ApiToken token;
    token.name = QStringLiteral("billing export");
    token.description = QStringLiteral("nightly");
    token.scope = {QStringLiteral("all.Instance.read")};
    token.defaultRole = QStringLiteral("view");
    token.creationDate = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    ApiToken stored = m_api->server.instance().addToken(m_api->instanceId, token);
    stored.token.clear();
    return stored;
}

QList<RecordedRequest> TestTokenEditSubmission::requests(const QByteArray &method) const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_api->server.requests())
        if (r.method == method)
            out.append(r);
    return out;
}

// Someone else's save, through the API; the recorded requests start after it.
ApiToken TestTokenEditSubmission::changeElsewhere(const QString &id, const QJsonObject &patch)
{
    ApiCall *call = m_api->tokens().patch(id, patch);
    QSignalSpy received(call, &ApiCall::tokenReceived);
    if (!received.wait())
        return ApiToken();
    m_api->server.clearRequests();
    return received.constFirst().constFirst().value<ApiToken>();
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
    const ApiToken loaded = addToken();
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
    const ApiToken loaded = addToken();
    TokenEditSubmission submission(m_api->tokens());
    QSignalSpy fetched(&submission, &TokenEditSubmission::fetched);
    QSignalSpy conflict(&submission, &TokenEditSubmission::conflict);
    QSignalSpy saved(&submission, &TokenEditSubmission::saved);
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
    const QList<RecordedRequest> all = m_api->server.requests();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).method, QByteArray("GET"));
    QCOMPARE(all.at(0).path,
             QStringLiteral("/instances/%1/tokens/%2").arg(m_api->instanceId, loaded.id));
    QCOMPARE(all.at(1).method, QByteArray("PATCH"));
    QCOMPARE(QJsonDocument::fromJson(all.at(1).body).object(), patch);
}

void TestTokenEditSubmission::changedElsewhere_isReported_andNothingIsSent()
{
    const ApiToken loaded = addToken();
    changeElsewhere(loaded.id, {{QStringLiteral("description"), QStringLiteral("hourly now")}});
    TokenEditSubmission submission(m_api->tokens());
    QSignalSpy conflict(&submission, &TokenEditSubmission::conflict);
    QSignalSpy saved(&submission, &TokenEditSubmission::saved);
    QVERIFY(submission.submit(loaded, {{QStringLiteral("description"), QStringLiteral("weekly")}})
                    .isEmpty());
    QVERIFY(conflict.wait());
    QCOMPARE(conflict.constFirst().at(0).value<ApiToken>().description, QStringLiteral("nightly"));
    QCOMPARE(conflict.constFirst().at(1).value<ApiToken>().description,
             QStringLiteral("hourly now"));
    QVERIFY(!submission.isRunning());
    QCOMPARE(requests("GET").size(), 1);
    QCOMPARE(requests("PATCH").size(), 0);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_api->server.instance().token(m_api->instanceId, loaded.id)->description,
             QStringLiteral("hourly now"));
}

void TestTokenEditSubmission::changedElsewhere_sendAnyway_sendsOnlyMyFields()
{
    const ApiToken loaded = addToken();
    changeElsewhere(loaded.id, {{QStringLiteral("description"), QStringLiteral("hourly now")}});
    TokenEditSubmission submission(m_api->tokens());
    QSignalSpy conflict(&submission, &TokenEditSubmission::conflict);
    QSignalSpy saved(&submission, &TokenEditSubmission::saved);
    const QJsonObject mine{{QStringLiteral("name"), QStringLiteral("billing")}};
    QVERIFY(submission.submit(loaded, mine).isEmpty());
    QVERIFY(conflict.wait());
    submission.sendAnyway();
    QVERIFY(saved.wait());
    const QList<RecordedRequest> patches = requests("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.constFirst().body).object(), mine);
    // Their description stays; my name is added.
    const ApiToken now = *m_api->server.instance().token(m_api->instanceId, loaded.id);
    QCOMPARE(now.name, QStringLiteral("billing"));
    QCOMPARE(now.description, QStringLiteral("hourly now"));
    submission.sendAnyway(); // after the save: no second PATCH
    QCOMPARE(submission.isRunning(), false);
    QCOMPARE(requests("PATCH").size(), 1);
}

void TestTokenEditSubmission::bodyTheSchemaRefuses_isNeverSent()
{
    const ApiToken loaded = addToken();
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
    QVERIFY(m_api->server.requests().isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TestTokenEditSubmission::failingFetch_saysWhy_andSendsNothing()
{
    const ApiToken loaded = addToken();
    m_api->server.setFault(Route::Get, Fault::withStatus(500));
    TokenEditSubmission submission(m_api->tokens());
    QSignalSpy failed(&submission, &TokenEditSubmission::failed);
    QSignalSpy fetched(&submission, &TokenEditSubmission::fetched);
    QVERIFY(submission.submit(loaded, {{QStringLiteral("status"), QStringLiteral("inactive")}})
                    .isEmpty());
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().httpStatus, 500);
    QCOMPARE(fetched.size(), 0);
    QCOMPARE(requests("PATCH").size(), 0);
    submission.sendAnyway(); // there was no conflict to override
    QCOMPARE(requests("PATCH").size(), 0);
    QCOMPARE(m_api->server.instance().token(m_api->instanceId, loaded.id)->status,
             QStringLiteral("active"));
}

QTEST_MAIN(TestTokenEditSubmission)
#include "tst_tokeneditsubmission.moc"
