// The instance audit log over HTTP (issue 14): what the local instance records for the app's
// changes to tokens (through LosantClient), who may read it, how it refuses malformed queries,
// one entry, the answers' shape against Losant's schemas, and the demo's year of history
// (docs/api.md "Audit log").
#include "localinstance/DemoData.h"
#include "support/AuditOutcome.h"
#include "support/LocalApiFixture.h"
#include "support/SchemaCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

namespace {
const QString kUnknownId = QStringLiteral("5f0000000000000000000fff");

// Waits for a token call; the token it answered with (empty on failure), and its error.
ApiToken finish(ApiCall *call, ApiError *error = nullptr)
{
    ApiToken token;
    QObject::connect(call, &ApiCall::tokenReceived, call,
                     [&token](const ApiToken &t) { token = t; });
    QObject::connect(call, &ApiCall::failed, call, [error](const ApiError &e) {
        if (error)
            *error = e;
    });
    QSignalSpy finished(call, &ApiCall::finished);
    finished.wait(10000);
    return token;
}

QJsonObject tokenBody(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("scope"), QJsonArray{QStringLiteral("all.Instance.read")}}};
}

AuditLogQuery oldestFirst(const AuditLogFilter &filter = {})
{
    AuditLogQuery q;
    q.sortDirection = QStringLiteral("asc");
    q.filter = filter;
    return q;
}

QJsonObject schema(const char *name)
{
    return SchemaCheck::load(QStringLiteral(LOSANT_SCHEMA_DIR "/%1.json").arg(QLatin1String(name)));
}
} // namespace

class TestAuditLog : public LocalApiTest
{
    Q_OBJECT

private:
    // A GET of `pathAndQuery` with this access token, by hand: the status and the JSON body.
    QJsonObject getRaw(const QString &pathAndQuery, const QString &secret, int *status);
    QString auditPath() const
    {
        return QStringLiteral("/instance/%1/audit-logs").arg(m_instanceId);
    }
    QList<InstanceAuditLog> list(const AuditLogQuery &query);

private Q_SLOTS:
    void tokenLifecycle_isFourEntriesInOrder_namingTheDeletedToken();
    void refusedChanges_areRecordedWithTheirStatus();
    void actor_isTheCallingApiToken_orTheSignedInUser();
    void otherKindsOfTokens_areNotRecorded();
    void readingTheLog_needsItsScope_data();
    void readingTheLog_needsItsScope();
    void otherCollectionsTokens_mayNotReadTheLog();
    void malformedQuery_gets400NamingTheParameter_data();
    void malformedQuery_gets400NamingTheParameter();
    void oneEntry_isServed_unknownIs404_malformedIsNotSent();
    void answers_haveTheSchemasShape();
    void faults_reachTheAuditRoutes();
    void wrongShapes_areRefusedWhole_data();
    void wrongShapes_areRefusedWhole();
    void demoInstance_hasAYearOfHistory();
};

QJsonObject TestAuditLog::getRaw(const QString &pathAndQuery, const QString &secret, int *status)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(pathAndQuery)));
    request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    QNetworkReply *reply = m_api->network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QList<InstanceAuditLog> TestAuditLog::list(const AuditLogQuery &query)
{
    const AuditOutcome o = runAudit(m_client->listAuditLogs(m_instanceId, query));
    return o.finished && !o.error.isError() ? o.page.items : QList<InstanceAuditLog>();
}

void TestAuditLog::tokenLifecycle_isFourEntriesInOrder_namingTheDeletedToken()
{
    const TokenLocation here = TokenLocation::instance(m_instanceId);
    // Another token's entry, which the filter below must leave out.
    QVERIFY(!finish(m_client->createToken(here, tokenBody(QStringLiteral("bystander"))))
                     .id.isEmpty());
    const ApiToken created = finish(m_client->createToken(here, tokenBody(QStringLiteral("ci"))));
    QVERIFY(!created.id.isEmpty());
    QVERIFY(!finish(m_client->patchToken(here, created.id,
                                         {{QStringLiteral("name"), QStringLiteral("ci build")}}))
                     .id.isEmpty());
    QVERIFY(!finish(m_client->patchToken(here, created.id,
                                         {{QStringLiteral("status"), QStringLiteral("inactive")}}))
                     .id.isEmpty());
    ApiError error;
    finish(m_client->deleteToken(here, created.id), &error);
    QVERIFY(!error.isError());
    QVERIFY(!m_server->instance().token(m_instanceId, created.id));

    AuditLogFilter onlyIt;
    onlyIt.primaryTargets = {{created.id, QStringLiteral("ApiToken"), {}}};
    const QList<InstanceAuditLog> entries = list(oldestFirst(onlyIt));
    QCOMPARE(entries.size(), 4);
    const QStringList actions{QStringLiteral("post"), QStringLiteral("patch"),
                              QStringLiteral("patch"), QStringLiteral("delete")};
    // Each names the token as it was when the request came: the rename's new name is its body.
    const QStringList names{QStringLiteral("ci"), QStringLiteral("ci"), QStringLiteral("ci build"),
                            QStringLiteral("ci build")};
    const QList<int> statuses{201, 200, 200, 200};
    for (int i = 0; i < 4; ++i) {
        const InstanceAuditLog &e = entries.at(i);
        QCOMPARE(e.requestAction, actions.at(i));
        QCOMPARE(e.requestResource,
                 i == 0 ? QStringLiteral("instanceApiTokens") : QStringLiteral("instanceApiToken"));
        QCOMPARE(e.primaryTarget,
                 (AuditParty{created.id, QStringLiteral("ApiToken"), names.at(i)}));
        QCOMPARE(e.actor,
                 (AuditParty{m_client->ownTokenId(), QStringLiteral("ApiToken"),
                             QStringLiteral("zz admin")}));
        QCOMPARE(e.responseStatus, statuses.at(i));
        QCOMPARE(e.instanceId, m_instanceId);
        QCOMPARE(e.requestPathParams.value(QLatin1String("instanceId")).toString(), m_instanceId);
        QCOMPARE(e.requestPathParams.value(QLatin1String("apiTokenId")).toString(),
                 i == 0 ? QString() : created.id);
        QVERIFY(e.responseBody.isEmpty()); // a create's answer holds the secret: never kept
        if (i > 0)
            QVERIFY(e.creationDate >= entries.at(i - 1).creationDate);
    }
    QCOMPARE(entries.at(0).requestBody, tokenBody(QStringLiteral("ci")));
    QCOMPARE(entries.at(1).requestBody.value(QLatin1String("name")).toString(),
             QStringLiteral("ci build"));
    QCOMPARE(entries.at(2).requestBody.value(QLatin1String("status")).toString(),
             QStringLiteral("inactive"));
    QCOMPARE(entries.at(0).requestQueryParams.value(QLatin1String("_embedded")).toString(),
             QStringLiteral("true"));

    // Newest first by default: the delete leads.
    const QList<InstanceAuditLog> newest = list(AuditLogQuery());
    QCOMPARE(newest.size(), 5);
    QCOMPARE(newest.last().primaryTarget.name, QStringLiteral("bystander"));
    QCOMPARE(newest.first().requestAction, QStringLiteral("delete"));
    QCOMPARE(newest.first().primaryTarget.name, QStringLiteral("ci build"));
}

void TestAuditLog::refusedChanges_areRecordedWithTheirStatus()
{
    const TokenLocation here = TokenLocation::instance(m_instanceId);
    const ApiToken victim = addToken(QStringLiteral("victim"));
    const QString reader = m_server->instance().issueToken(m_instanceId, QStringLiteral("reader"),
                                                           {QStringLiteral("all.Instance.read")});
    m_api->connectAs(reader);
    ApiError refused;
    finish(m_client->patchToken(here, victim.id,
                                {{QStringLiteral("status"), QStringLiteral("inactive")}}),
           &refused);
    QCOMPARE(refused.httpStatus, 403);
    m_api->connectAs(m_api->admin);
    ApiError missing;
    finish(m_client->deleteToken(here, kUnknownId), &missing);
    QCOMPARE(missing.httpStatus, 404);
    ApiError invalid;
    finish(m_client->createToken(
                   here,
                   {{QStringLiteral("name"), QStringLiteral("bad")},
                    {QStringLiteral("scope"), QJsonArray{QStringLiteral("no.such.scope")}}}),
           &invalid);
    QCOMPARE(invalid.httpStatus, 400);
    QVERIFY(m_server->instance().token(m_instanceId, victim.id)->isActive());

    AuditLogFilter failures;
    failures.responseCodes = {400, 403, 404};
    const QList<InstanceAuditLog> entries = list(oldestFirst(failures));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).responseStatus, 403);
    QCOMPARE(entries.at(0).actor.name, QStringLiteral("reader"));
    QCOMPARE(entries.at(0).primaryTarget,
             (AuditParty{victim.id, QStringLiteral("ApiToken"), QStringLiteral("victim")}));
    QCOMPARE(entries.at(0).responseBody.value(QLatin1String("message")).toString(),
             refused.message);
    QCOMPARE(entries.at(1).responseStatus, 404);
    QCOMPARE(entries.at(1).requestAction, QStringLiteral("delete"));
    QCOMPARE(entries.at(1).primaryTarget.id, kUnknownId);
    QVERIFY(entries.at(1).primaryTarget.name.isEmpty());
    QCOMPARE(entries.at(2).responseStatus, 400);
    QCOMPARE(entries.at(2).requestAction, QStringLiteral("post"));
    QCOMPARE(entries.at(2).primaryTarget.name, QStringLiteral("bad"));
    QVERIFY(entries.at(2).primaryTarget.id.isEmpty());
    QCOMPARE(entries.at(2).actor.name, QStringLiteral("zz admin"));
}

void TestAuditLog::actor_isTheCallingApiToken_orTheSignedInUser()
{
    const TokenLocation here = TokenLocation::instance(m_instanceId);
    m_api->connectAs(m_userAdmin);
    const QString byUserToken
            = finish(m_client->createToken(here, tokenBody(QStringLiteral("u")))).id;
    QVERIFY(!byUserToken.isEmpty());
    m_api->connectAs(m_server->instance().issueOAuthToken(m_userId, {QStringLiteral("all.User")}));
    const QString bySignIn = finish(m_client->createToken(here, tokenBody(QStringLiteral("o")))).id;
    QVERIFY(!bySignIn.isEmpty());

    m_api->connectAs(m_api->admin);
    const QList<InstanceAuditLog> entries = list(oldestFirst());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).primaryTarget.id, byUserToken);
    QCOMPARE(entries.at(0).actor.type, QStringLiteral("ApiToken"));
    QCOMPARE(entries.at(0).actor.name, QStringLiteral("zz user admin"));
    QCOMPARE(entries.at(1).primaryTarget.id, bySignIn);
    QCOMPARE(entries.at(1).actor.type, QStringLiteral("User"));
    QCOMPARE(entries.at(1).actor.id, m_userId);
}

void TestAuditLog::otherKindsOfTokens_areNotRecorded()
{
    m_api->connectAs(m_userAdmin);
    for (const Kind kind : {Kind::Application, Kind::User}) {
        const TokenLocation there = TokenLocation::of(kind, ownerOf(kind));
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("elsewhere")}};
        const ApiToken made = finish(m_client->createToken(there, body));
        QVERIFY(!made.id.isEmpty());
        ApiError error;
        finish(m_client->deleteToken(there, made.id), &error);
        QVERIFY(!error.isError());
    }
    // Reads of the instance's tokens are not recorded either.
    const ApiToken read = addToken(QStringLiteral("read me"));
    QCOMPARE(finish(m_client->getToken(TokenLocation::instance(m_instanceId), read.id)).name,
             read.name);
    QVERIFY(m_server->instance().auditLogs(m_instanceId).isEmpty());
    const AuditOutcome o = runAudit(m_client->listAuditLogs(m_instanceId, AuditLogQuery()));
    QVERIFY(!o.error.isError());
    QCOMPARE(o.page.totalCount, 0);
}

void TestAuditLog::readingTheLog_needsItsScope_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("listStatus");
    QTest::addColumn<int>("getStatus");
    QTest::newRow("token scopes only") << QStringList{QStringLiteral("instanceApiTokens.*"),
                                                      QStringLiteral("instanceApiToken.*")}
                                       << 403 << 403;
    QTest::newRow("list only") << QStringList{QStringLiteral("instanceAuditLogs.get")} << 200
                               << 403;
    QTest::newRow("one entry only")
            << QStringList{QStringLiteral("instanceAuditLog.*")} << 403 << 200;
    QTest::newRow("both") << QStringList{QStringLiteral("instanceAuditLogs.*"),
                                         QStringLiteral("instanceAuditLog.get")}
                          << 200 << 200;
    QTest::newRow("all.Instance.read")
            << QStringList{QStringLiteral("all.Instance.read")} << 200 << 200;
    QTest::newRow("all.Instance.bounded")
            << QStringList{QStringLiteral("all.Instance.bounded")} << 200 << 200;
    QTest::newRow("all.Application")
            << QStringList{QStringLiteral("all.Application")} << 403 << 403;
}

void TestAuditLog::readingTheLog_needsItsScope()
{
    QFETCH(QStringList, scopes);
    QFETCH(int, listStatus);
    QFETCH(int, getStatus);
    const QString entryId = m_server->instance().addAuditLog(m_instanceId, {}).id;
    m_api->connectAs(m_server->instance().issueToken(m_instanceId, QStringLiteral("s"), scopes));

    const AuditOutcome listed = runAudit(m_client->listAuditLogs(m_instanceId, AuditLogQuery()));
    QVERIFY(listed.finished);
    QCOMPARE(listed.error.isError() ? listed.error.httpStatus : 200, listStatus);
    QCOMPARE(listed.page.items.size(), listStatus == 200 ? 1 : 0);
    const AuditOutcome one = runAudit(m_client->getAuditLog(m_instanceId, entryId));
    QVERIFY(one.finished);
    QCOMPARE(one.error.isError() ? one.error.httpStatus : 200, getStatus);
    QCOMPARE(one.entry.id, getStatus == 200 ? entryId : QString());
    // A refusal names the scopes that would do, as the reference pages list them.
    using TokenPermissions::AuditCall;
    if (listStatus == 403)
        QVERIFY(listed.error.message.contains(
                TokenPermissions::auditScopesAllowing(AuditCall::List).join(QLatin1String(", "))));
    if (getStatus == 403)
        QVERIFY(one.error.message.contains(QStringLiteral("instanceAuditLog.get")));
    QCOMPARE(TokenPermissions::allowsAudit(AuditCall::List, scopes), listStatus == 200);
    QCOMPARE(TokenPermissions::allowsAudit(AuditCall::Get, scopes), getStatus == 200);
}

void TestAuditLog::otherCollectionsTokens_mayNotReadTheLog()
{
    const QString appToken = m_server->instance().issueToken(Kind::Application, m_applicationId,
                                                             QStringLiteral("app"),
                                                             {QStringLiteral("all.Application")});
    const QString other = m_server->instance().addInstance();
    const QString otherToken = m_server->instance().issueToken(other, QStringLiteral("other"),
                                                               {QStringLiteral("all.Instance")});
    const QString stranger = m_server->instance().addUser();
    const QString strangerToken = m_server->instance().issueToken(
            Kind::User, stranger, QStringLiteral("stranger"), {QStringLiteral("all.User")});
    for (const QString &secret : {appToken, otherToken, strangerToken}) {
        m_api->connectAs(secret);
        const AuditOutcome o = runAudit(m_client->listAuditLogs(m_instanceId, AuditLogQuery()));
        QCOMPARE(o.error.httpStatus, 403);
    }
    // The other instance's token reads its own instance's log.
    m_api->connectAs(otherToken);
    QVERIFY(!runAudit(m_client->listAuditLogs(other, AuditLogQuery())).error.isError());
    // An unknown instance is 404, for a token that may read audit logs.
    m_api->connectAs(m_userAdmin);
    QCOMPARE(runAudit(m_client->listAuditLogs(kUnknownId, AuditLogQuery())).error.httpStatus, 404);
}

void TestAuditLog::malformedQuery_gets400NamingTheParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named"); // what the message must name; empty: accepted
    const auto row = [](const char *name, const char *query, const char *named) {
        QTest::newRow(name) << QString::fromLatin1(query) << QString::fromLatin1(named);
    };
    row("unknown key", "auditLogFilter%5Bcolour%5D%5B0%5D%5Bid%5D=5f0000000000000000000001",
        "colour");
    row("bad actor type", "auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=Robot",
        "auditLogFilter[actor][0][type]");
    row("secondary target type of the primary's enum",
        "auditLogFilter%5BsecondaryTarget%5D%5B0%5D%5Btype%5D=Organization",
        "auditLogFilter[secondaryTarget][0][type]");
    row("bad id", "auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Bid%5D=xyz",
        "auditLogFilter[primaryTarget][0][id]");
    row("unknown field", "auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Bcolour%5D=red",
        "auditLogFilter[primaryTarget][0][colour]");
    row("unknown request field", "auditLogFilter%5Brequest%5D%5B0%5D%5Bmethod%5D=get",
        "auditLogFilter[request][0][method]");
    row("code not a number", "auditLogFilter%5BresponseCode%5D%5B0%5D=abc",
        "auditLogFilter[responseCode][0]");
    row("code not whole", "auditLogFilter%5BresponseCode%5D%5B1%5D=200.5",
        "auditLogFilter[responseCode][1]");
    row("code out of range", "auditLogFilter%5BresponseCode%5D%5B0%5D=700",
        "auditLogFilter[responseCode][0]");
    row("code as an object", "auditLogFilter%5BresponseCode%5D%5B0%5D%5Bcode%5D=200",
        "auditLogFilter[responseCode][0]");
    row("no index", "auditLogFilter%5Bactor%5D%5Btype%5D=User", "auditLogFilter[actor][type]");
    row("not an object", "auditLogFilter=ApiToken", "auditLogFilter");
    row("given twice",
        "auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User"
        "&auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=ApiToken",
        "auditLogFilter[actor][0][type]");
    row("sort field of the token list", "sortField=name", "sortField");
    row("sort direction", "sortDirection=up", "sortDirection");
    row("page", "page=-1", "page");
    row("perPage zero", "perPage=0", "perPage");
    row("perPage above the ceiling", "perPage=1001", "perPage");
    row("start not ms", "start=yesterday", "start");
    row("end not whole", "end=1.5", "end");
    row("every valid parameter",
        "sortField=actorName&sortDirection=ASC&page=3&perPage=1000&start=0&end=99999999999999"
        "&auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User&auditLogFilter%5BresponseCode%5D%5B0%5D="
        "599",
        "");
}

void TestAuditLog::malformedQuery_gets400NamingTheParameter()
{
    QFETCH(QString, query);
    QFETCH(QString, named);
    int status = 0;
    const QJsonObject body = getRaw(auditPath() + QLatin1Char('?') + query, m_api->admin, &status);
    if (named.isEmpty()) {
        QCOMPARE(status, 200);
        QVERIFY(body.value(QLatin1String("items")).isArray());
        return;
    }
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("Validation"));
    const QString message = body.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(named), qPrintable(message));
}

void TestAuditLog::oneEntry_isServed_unknownIs404_malformedIsNotSent()
{
    const TokenLocation here = TokenLocation::instance(m_instanceId);
    QVERIFY(!finish(m_client->createToken(here, tokenBody(QStringLiteral("one")))).id.isEmpty());
    const QList<InstanceAuditLog> entries = list(AuditLogQuery());
    QCOMPARE(entries.size(), 1);

    const AuditOutcome one = runAudit(m_client->getAuditLog(m_instanceId, entries.first().id));
    QVERIFY(!one.error.isError());
    QCOMPARE(one.entry.toJson(), entries.first().toJson());
    QCOMPARE(m_server->requests().last().path, auditPath() + QLatin1Char('/') + one.entry.id);

    const AuditOutcome unknown = runAudit(m_client->getAuditLog(m_instanceId, kUnknownId));
    QCOMPARE(unknown.error.httpStatus, 404);
    QVERIFY(unknown.error.message.contains(kUnknownId));

    // Malformed IDs never leave the app.
    const qsizetype sent = m_server->requests().size();
    const AuditOutcome badEntry
            = runAudit(m_client->getAuditLog(m_instanceId, QStringLiteral("x")));
    QCOMPARE(badEntry.error.kind, ApiError::Kind::InvalidArgument);
    const AuditOutcome badInstance
            = runAudit(m_client->listAuditLogs(QStringLiteral("nope"), AuditLogQuery()));
    QCOMPARE(badInstance.error.kind, ApiError::Kind::InvalidArgument);
    AuditLogQuery badFilter;
    badFilter.filter.actors = {{QStringLiteral("123"), QStringLiteral("User"), {}}};
    const AuditOutcome filtered = runAudit(m_client->listAuditLogs(m_instanceId, badFilter));
    QCOMPARE(filtered.error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY(filtered.error.message.contains(QStringLiteral("123")));
    QCOMPARE(m_server->requests().size(), sent);
    // …but a malformed one by hand is refused by the server, naming it.
    int status = 0;
    const QJsonObject body = getRaw(auditPath() + QStringLiteral("/x"), m_api->admin, &status);
    QCOMPARE(status, 400);
    QVERIFY(body.value(QLatin1String("message"))
                    .toString()
                    .contains(QStringLiteral("instanceAuditLogId")));
}

void TestAuditLog::answers_haveTheSchemasShape()
{
    const TokenLocation here = TokenLocation::instance(m_instanceId);
    const ApiToken made = finish(m_client->createToken(here, tokenBody(QStringLiteral("shape"))));
    finish(m_client->patchToken(here, made.id,
                                {{QStringLiteral("description"), QStringLiteral("d")}}));
    finish(m_client->deleteToken(here, made.id));
    finish(m_client->deleteToken(here, made.id)); // 404
    InstanceAuditLog secondary;
    secondary.secondaryTarget = {kUnknownId, QStringLiteral("OrgInvite"), QStringLiteral("invite")};
    secondary.responseStatus = 201;
    m_server->instance().addAuditLog(m_instanceId, secondary);

    const QJsonObject listSchema = schema("instanceAuditLogs");
    const QJsonObject entrySchema = schema("instanceAuditLog");
    QVERIFY(!listSchema.isEmpty() && !entrySchema.isEmpty());
    int status = 0;
    const QJsonObject page = getRaw(auditPath(), m_api->admin, &status);
    QCOMPARE(status, 200);
    QCOMPARE(SchemaCheck::problems(page, listSchema), QStringList());
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 5);
    QCOMPARE(page.value(QLatin1String("totalCount")).toInt(), 5);
    // Each item is an instanceAuditLog (the list schema's $ref is broken upstream), with no
    // field the schema does not name.
    const QJsonObject known = entrySchema.value(QLatin1String("properties")).toObject();
    for (const QJsonValue &item : items) {
        QCOMPARE(SchemaCheck::problems(item, entrySchema), QStringList());
        for (const QString &key : item.toObject().keys())
            QVERIFY2(known.contains(key), qPrintable(key));
        QCOMPARE(item[QLatin1String("instanceAuditLogId")], item[QLatin1String("id")]);
    }
    const QString id = items.at(0)[QLatin1String("id")].toString();
    const QJsonObject one = getRaw(auditPath() + QLatin1Char('/') + id, m_api->admin, &status);
    QCOMPARE(status, 200);
    QCOMPARE(SchemaCheck::problems(one, entrySchema), QStringList());
    QCOMPARE(one, items.at(0).toObject());
    const QJsonObject missing
            = getRaw(auditPath() + QLatin1Char('/') + kUnknownId, m_api->admin, &status);
    QCOMPARE(status, 404);
    QCOMPARE(SchemaCheck::problems(missing, schema("error")), QStringList());
}

void TestAuditLog::faults_reachTheAuditRoutes()
{
    // The fault plan reaches the audit log's two routes by name, as --serve --fault does.
    Route route = Route::List;
    Fault fault;
    QString problem;
    QVERIFY(Fault::parse(QStringLiteral("audit-list=500"), &route, &fault, &problem));
    QCOMPARE(route, Route::AuditList);
    m_server->setFault(route, fault);
    QVERIFY(Fault::parse(QStringLiteral("audit-get=shape:items"), &route, &fault, &problem));
    QCOMPARE(route, Route::AuditGet);
    m_server->setFault(route, Fault::wrongShape(R"({"id": 5})"));
    const QString entryId = m_server->instance().addAuditLog(m_instanceId, {}).id;

    const AuditOutcome listed = runAudit(m_client->listAuditLogs(m_instanceId, AuditLogQuery()));
    QCOMPARE(listed.error.httpStatus, 500);
    const AuditOutcome one = runAudit(m_client->getAuditLog(m_instanceId, entryId));
    QCOMPARE(one.error.kind, ApiError::Kind::BadReply);
    QVERIFY2(one.error.message.contains(QStringLiteral("'id'")), qPrintable(one.error.message));
    // The token routes are untouched.
    ApiError error;
    finish(m_client->createToken(TokenLocation::instance(m_instanceId),
                                 tokenBody(QStringLiteral("t"))),
           &error);
    QVERIFY(!error.isError());
}

void TestAuditLog::wrongShapes_areRefusedWhole_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named"); // what the problem must name
    const auto page = [](const char *item) -> QByteArray {
        return QByteArray(R"({"items":[{"id":"5f0000000000000000000001"},)") + item
                + R"(],"count":2,"totalCount":2,"perPage":100,"page":0})";
    };
    QTest::newRow("items not a list")
            << true << QByteArray(R"({"items":{},"totalCount":0})") << QStringLiteral("'items'");
    QTest::newRow("no totalCount")
            << true << QByteArray(R"({"items":[]})") << QStringLiteral("'totalCount'");
    QTest::newRow("item not an object") << true << page("7") << QStringLiteral("not an object");
    QTest::newRow("actor name a number")
            << true << page(R"({"id":"5f0000000000000000000002","actorName":5})")
            << QStringLiteral("'actorName'");
    QTest::newRow("date not a date")
            << true << page(R"({"id":"5f0000000000000000000002","creationDate":"yesterday"})")
            << QStringLiteral("'creationDate'");
    QTest::newRow("body a list") << true
                                 << page(R"({"id":"5f0000000000000000000002","requestBody":[]})")
                                 << QStringLiteral("'requestBody'");
    QTest::newRow("status as text")
            << true << page(R"({"id":"5f0000000000000000000002","responseStatus":"200"})")
            << QStringLiteral("'responseStatus'");
    QTest::newRow("status not whole")
            << false << QByteArray(R"({"id":"5f0000000000000000000002","responseStatus":200.5})")
            << QStringLiteral("'responseStatus'");
    QTest::newRow("target type a list")
            << false << QByteArray(R"({"id":"5f0000000000000000000002","primaryTargetType":[]})")
            << QStringLiteral("'primaryTargetType'");
    QTest::newRow("no id") << false << QByteArray(R"({"actorName":"a"})")
                           << QStringLiteral("without an id");
    QTest::newRow("not an object") << false << QByteArray("[]") << QStringLiteral("not an object");
}

void TestAuditLog::wrongShapes_areRefusedWhole()
{
    QFETCH(bool, list);
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    m_server->setFault(list ? Route::AuditList : Route::AuditGet, Fault::wrongShape(body));
    const AuditOutcome o = runAudit(list ? m_client->listAuditLogs(m_instanceId, AuditLogQuery())
                                         : m_client->getAuditLog(m_instanceId, kUnknownId));
    QVERIFY(o.finished);
    QCOMPARE(o.error.kind, ApiError::Kind::BadReply);
    QVERIFY2(o.error.message.contains(named), qPrintable(o.error.message));
    QVERIFY(o.page.items.isEmpty());
    QVERIFY(o.entry.id.isEmpty());
}

void TestAuditLog::demoInstance_hasAYearOfHistory()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    LocalInstance a;
    LocalInstance b;
    a.setClock([now] { return now; });
    b.setClock([now] { return now; });
    const DemoInstance demo = DemoData::populate(a);
    DemoData::populate(b);
    const QList<InstanceAuditLog> entries = a.auditLogs(demo.instanceId);
    const QList<InstanceAuditLog> again = b.auditLogs(demo.instanceId);
    QCOMPARE(again.size(), entries.size());
    QVERIFY(entries.size() > 100);

    QSet<QString> existing;
    for (const ApiToken &t : a.tokens(demo.instanceId))
        existing.insert(t.id);
    QSet<QString> actorTypes, actions, deletedTargets, actorIds;
    int refused = 0;
    const QJsonObject entrySchema = schema("instanceAuditLog");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const InstanceAuditLog &e = entries.at(i);
        QCOMPARE(e.toJson(), again.at(i).toJson());
        QVERIFY(e.creationDate <= now && e.creationDate > now.addDays(-366));
        QCOMPARE(SchemaCheck::problems(e.toJson(), entrySchema), QStringList());
        QVERIFY(!e.primaryTarget.name.isEmpty());
        actorTypes.insert(e.actor.type);
        actorIds.insert(e.actor.id);
        actions.insert(e.requestAction);
        refused += e.responseStatus >= 400 ? 1 : 0;
        if (e.requestAction == QLatin1String("delete")) {
            QVERIFY(!existing.contains(e.primaryTarget.id));
            deletedTargets.insert(e.primaryTarget.id);
        }
    }
    QCOMPARE(actorTypes, (QSet<QString>{QStringLiteral("User"), QStringLiteral("ApiToken")}));
    QCOMPARE(actions,
             (QSet<QString>{QStringLiteral("post"), QStringLiteral("patch"),
                            QStringLiteral("delete")}));
    QVERIFY(deletedTargets.size() > 10);
    QVERIFY(refused > 0);
    // A token that is gone made changes before it went.
    QVERIFY(deletedTargets.intersects(actorIds));

    // The demo's access token reads it over HTTP, newest first.
    LocalInstanceServer server(&a);
    QVERIFY(server.start() != 0);
    LosantClient client(&m_api->network);
    client.setBaseUrl(server.baseUrl());
    client.setAccessToken(demo.adminSecret);
    AuditLogQuery q;
    q.perPage = 1000;
    const AuditOutcome o = runAudit(client.listAuditLogs(demo.instanceId, q));
    QVERIFY(!o.error.isError());
    QCOMPARE(o.page.totalCount, int(entries.size()));
    for (qsizetype i = 1; i < o.page.items.size(); ++i)
        QVERIFY(o.page.items.at(i - 1).creationDate >= o.page.items.at(i).creationDate);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
