// The API client against the local instance over real HTTP, and against broken peers.
#include "api/LosantClient.h"
#include "core/LosantIds.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/RawHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kUnknownInstance = QStringLiteral("0123456789abcdef01234567");
const QString kWellFormedId = kUnknownInstance; // the other half of a malformed pair

// A list query as the window asks for it: its order and page, and an optional filter.
TokenQuery queryOf(const char *sortField, const char *direction, int page, int perPage,
                   const QString &filterField = {}, const QString &filter = {})
{
    TokenQuery query;
    query.sortField = QLatin1String(sortField);
    query.sortDirection = QLatin1String(direction);
    query.page = page;
    query.perPage = perPage;
    query.filterField = filterField;
    query.filter = filter;
    return query;
}

QByteArray header(const RecordedRequest &r, const QByteArray &name)
{
    for (const auto &[key, value] : r.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QByteArray();
}

bool hasHeader(const RecordedRequest &r, const QByteArray &name)
{
    for (const auto &[key, value] : r.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace
Q_DECLARE_METATYPE(TokenQuery)

class TestLosantClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listQuery_reachesServerAsTheOfficialClientSendsIt_data();
    void listQuery_reachesServerAsTheOfficialClientSendsIt();
    void everyCall_carriesAcceptVersionAndBearer_data();
    void everyCall_carriesAcceptVersionAndBearer();
    void losantDomain_isSentOnlyWhenSet();
    void list_returnsTypedPage();
    void create_returnsSecretOnce_andGetDoesNot();
    void patchAndDelete_changeTheServer();
    void malformedId_isRefusedWithoutARequest_data();
    void malformedId_isRefusedWithoutARequest();
    void serverError_isReportedWithStatusTypeAndMessage();
    void unknownAccessToken_isA401ServerError();
    void closedPort_isANetworkError();
    void silentServer_isATimeout();
    void cancel_isReportedAsCancelNotTimeout();
    void htmlInsteadOfJson_isABadReply();
    void htmlErrorPage_keepsStatusAndSaysHtml();
    void wrongShape_isABadReplyNamingTheField();
    void createWhoseAnswerIsLost_isSentOnce();
    void absurdTotalCount_isABadReply();
    void closedPort_isNotALostAnswer();
    void redirectToAnotherOrigin_neverCarriesTheToken();
    void plainHttpToRemoteHost_isRefusedWithoutARequest();
    void retryAfter_isReadAsSecondsOrHttpDate_data();
    void retryAfter_isReadAsSecondsOrHttpDate();
    void faultSpec_isParsedOrRefusedByName_data();
    void faultSpec_isParsedOrRefusedByName();

private:
    ApiError waitForFailure(ApiCall *call);
    // How a token list fails when this raw HTTP answer is all the server ever says.
    ApiError listFailureFrom(const QByteArray &answer);

    QNetworkAccessManager *m_network = nullptr;
    LocalInstanceServer *m_server = nullptr;
    LosantClient *m_client = nullptr;
    QString m_instanceId;
    QString m_adminSecret;
};

void TestLosantClient::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new LocalInstanceServer(this);
    QVERIFY(m_server->start() != 0);
    m_instanceId = m_server->instance().addInstance();
    m_adminSecret = m_server->instance().issueToken(m_instanceId, QStringLiteral("admin"),
                                                    {QStringLiteral("all.Instance")});
    m_client = new LosantClient(m_network, this);
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setAccessToken(m_adminSecret);
}

void TestLosantClient::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_network;
}

ApiError TestLosantClient::waitForFailure(ApiCall *call)
{
    QSignalSpy failed(call, &ApiCall::failed);
    if (!failed.wait(10000))
        return {};
    return failed.first().first().value<ApiError>();
}

ApiError TestLosantClient::listFailureFrom(const QByteArray &answer)
{
    RawHttpServer peer(answer);
    m_client->setBaseUrl(peer.url());
    return waitForFailure(
            m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()));
}

void TestLosantClient::listQuery_reachesServerAsTheOfficialClientSendsIt_data()
{
    QTest::addColumn<TokenQuery>("query");
    QTest::addColumn<QByteArray>("rawQuery");

    const QByteArray hal = "_actions=false&_links=true&_embedded=true&";
    QTest::newRow("defaults") << queryOf("name", "asc", 0, 100)
                              << hal + "sortField=name&sortDirection=asc&page=0&perPage=100";
    QTest::newRow("sort by expiration, descending, page 3 of 25")
            << queryOf("expirationDate", "desc", 3, 25)
            << hal + "sortField=expirationDate&sortDirection=desc&page=3&perPage=25";
    QTest::newRow("glob on name is percent-encoded")
            << queryOf("name", "asc", 0, 100, QStringLiteral("name"), QStringLiteral("my*token"))
            << hal
                    + "sortField=name&sortDirection=asc&page=0&perPage=100&filterField=name"
                      "&filter=my%2Atoken";
    QTest::newRow("spaces, ampersand and non-ASCII")
            << queryOf("name", "asc", 0, 100, QStringLiteral("name"), QString::fromUtf8("a b&c=ä?"))
            << hal
                    + "sortField=name&sortDirection=asc&page=0&perPage=100&filterField=name"
                      "&filter=a%20b%26c%3D%C3%A4%3F";
    QTest::newRow("status filter") << queryOf("status", "asc", 1, 1000, QStringLiteral("status"),
                                              QStringLiteral("inactive"))
                                   << hal
                    + "sortField=status&sortDirection=asc&page=1"
                      "&perPage=1000&filterField=status&filter=inactive";
}

void TestLosantClient::listQuery_reachesServerAsTheOfficialClientSendsIt()
{
    QFETCH(TokenQuery, query);
    QFETCH(QByteArray, rawQuery);

    QSignalSpy received(m_client->listTokens(TokenLocation::instance(m_instanceId), query),
                        &ApiCall::pageReceived);
    QVERIFY(received.wait());
    const RecordedRequest r = m_server->requests().last();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/instances/") + m_instanceId + QStringLiteral("/tokens"));
    QCOMPARE(r.rawQuery, rawQuery);
    QVERIFY(!hasHeader(r, "Content-Type"));
}

void TestLosantClient::everyCall_carriesAcceptVersionAndBearer_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("hasBody");
    QTest::newRow("list") << int(ApiCall::Operation::List) << QByteArray("GET") << false;
    QTest::newRow("create") << int(ApiCall::Operation::Create) << QByteArray("POST") << true;
    QTest::newRow("get") << int(ApiCall::Operation::Get) << QByteArray("GET") << false;
    QTest::newRow("patch") << int(ApiCall::Operation::Patch) << QByteArray("PATCH") << true;
    QTest::newRow("delete") << int(ApiCall::Operation::Delete) << QByteArray("DELETE") << false;
    QTest::newRow("audit list") << int(ApiCall::Operation::AuditList) << QByteArray("GET") << false;
    QTest::newRow("audit get") << int(ApiCall::Operation::AuditGet) << QByteArray("GET") << false;
    QTest::newRow("directory list")
            << int(ApiCall::Operation::DirectoryList) << QByteArray("GET") << false;
}

void TestLosantClient::everyCall_carriesAcceptVersionAndBearer()
{
    QFETCH(int, operation);
    QFETCH(QByteArray, method);
    QFETCH(bool, hasBody);

    ApiToken seed;
    seed.name = QStringLiteral("target");
    seed.scope = {QStringLiteral("all.Instance.read")};
    const QString id = m_server->instance().addToken(m_instanceId, seed).id;
    const QString one = QStringLiteral("/instances/%1/tokens/%2").arg(m_instanceId, id);
    const QString all = QStringLiteral("/instances/%1/tokens").arg(m_instanceId);

    ApiCall *call = nullptr;
    QString path = one;
    switch (ApiCall::Operation(operation)) {
    case ApiCall::Operation::List:
        call = m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery());
        path = all;
        break;
    case ApiCall::Operation::Create:
        call = m_client->createToken(TokenLocation::instance(m_instanceId),
                                     {{QStringLiteral("name"), QStringLiteral("x")}});
        path = all;
        break;
    case ApiCall::Operation::Get:
        call = m_client->getToken(TokenLocation::instance(m_instanceId), id);
        break;
    case ApiCall::Operation::Patch:
        call = m_client->patchToken(TokenLocation::instance(m_instanceId), id,
                                    {{QStringLiteral("status"), QStringLiteral("inactive")}});
        break;
    case ApiCall::Operation::Delete:
        call = m_client->deleteToken(TokenLocation::instance(m_instanceId), id);
        break;
    case ApiCall::Operation::AuditList:
        call = m_client->listAuditLogs(m_instanceId, AuditLogQuery());
        path = QStringLiteral("/instance/%1/audit-logs").arg(m_instanceId);
        break;
    case ApiCall::Operation::AuditGet: {
        const QString entry = m_server->instance().addAuditLog(m_instanceId, {}).id;
        call = m_client->getAuditLog(m_instanceId, entry);
        path = QStringLiteral("/instance/%1/audit-logs/%2").arg(m_instanceId, entry);
        break;
    }
    case ApiCall::Operation::DirectoryList:
        call = m_client->listDirectory(DirectoryKind::Organizations, m_instanceId, 0, 1000);
        path = QStringLiteral("/instances/%1/orgs").arg(m_instanceId);
        break;
    }
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(finished.wait());
    QCOMPARE(failed.count(), 0);

    const RecordedRequest r = m_server->requests().last();
    QCOMPARE(r.method, method);
    QCOMPARE(r.path, path);
    QCOMPARE(header(r, "Accept"), QByteArray("application/json"));
    QCOMPARE(header(r, "Accept-Version"), QByteArray("^1.30.0"));
    QCOMPARE(header(r, "Authorization"), "Bearer " + m_adminSecret.toUtf8());
    QVERIFY(!hasHeader(r, "losantdomain"));
    QCOMPARE(hasHeader(r, "Content-Type"), hasBody);
    if (hasBody) {
        QCOMPARE(header(r, "Content-Type"), QByteArray("application/json"));
        QVERIFY(QJsonDocument::fromJson(r.body).isObject());
    }
    // A list's own parameters follow these (see the list tests).
    if (operation != int(ApiCall::Operation::List)
        && operation != int(ApiCall::Operation::AuditList)
        && operation != int(ApiCall::Operation::DirectoryList))
        QCOMPARE(r.rawQuery, QByteArray("_actions=false&_links=true&_embedded=true"));
    else
        QVERIFY2(r.rawQuery.startsWith("_actions=false&_links=true&_embedded=true&"),
                 r.rawQuery.constData());
}

void TestLosantClient::losantDomain_isSentOnlyWhenSet()
{
    m_client->setLosantDomain(QStringLiteral("example.com"));
    QSignalSpy received(m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()),
                        &ApiCall::pageReceived);
    QVERIFY(received.wait());
    QCOMPARE(header(m_server->requests().last(), "losantdomain"), QByteArray("example.com"));
}

void TestLosantClient::list_returnsTypedPage()
{
    for (int i = 0; i < 7; ++i) {
        ApiToken t;
        t.name = QStringLiteral("token %1").arg(i);
        t.scope = {QStringLiteral("all.Instance.read")};
        t.expirationDate = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 600), Qt::UTC);
        m_server->instance().addToken(m_instanceId, t);
    }
    TokenQuery query;
    query.perPage = 3;
    query.page = 2;
    query.filterField = QStringLiteral("name");
    query.filter = QStringLiteral("token*");
    QSignalSpy received(m_client->listTokens(TokenLocation::instance(m_instanceId), query),
                        &ApiCall::pageReceived);
    QVERIFY(received.wait());
    const ApiTokenPage page = received.first().first().value<ApiTokenPage>();
    QCOMPARE(page.totalCount, 7);
    QCOMPARE(page.count, 1);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.perPage, 3);
    QCOMPARE(page.filterField, QStringLiteral("name"));
    QCOMPARE(page.filter, QStringLiteral("token*"));
    QCOMPARE(page.sortField, QStringLiteral("name"));
    QCOMPARE(page.items.size(), 1);
    const ApiToken t = page.items.first();
    QCOMPARE(t.name, QStringLiteral("token 6"));
    QCOMPARE(t.expirationDate, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 600), Qt::UTC));
    QCOMPARE(t.expirationDate.timeSpec(), Qt::UTC);
    QVERIFY(t.creationDate.isValid());
    QCOMPARE(t.scope, QStringList{QStringLiteral("all.Instance.read")});
    QVERIFY(t.token.isEmpty());
}

void TestLosantClient::create_returnsSecretOnce_andGetDoesNot()
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("ci deploy")},
                           {QStringLiteral("scope"), QJsonArray{QStringLiteral("all.Instance")}}};
    ApiCall *create = m_client->createToken(TokenLocation::instance(m_instanceId), body);
    QSignalSpy created(create, &ApiCall::tokenReceived);
    QVERIFY(created.wait());
    const ApiToken token = created.first().first().value<ApiToken>();
    QVERIFY(!token.token.isEmpty());
    QCOMPARE(token.name, QStringLiteral("ci deploy"));
    QCOMPARE(m_server->requests().last().body, QJsonDocument(body).toJson(QJsonDocument::Compact));

    QSignalSpy fetched(m_client->getToken(TokenLocation::instance(m_instanceId), token.id),
                       &ApiCall::tokenReceived);
    QVERIFY(fetched.wait());
    const ApiToken again = fetched.first().first().value<ApiToken>();
    QCOMPARE(again.id, token.id);
    QVERIFY(again.token.isEmpty());
}

void TestLosantClient::patchAndDelete_changeTheServer()
{
    ApiToken seed;
    seed.name = QStringLiteral("old name");
    const QString id = m_server->instance().addToken(m_instanceId, seed).id;

    QSignalSpy patched(m_client->patchToken(TokenLocation::instance(m_instanceId), id,
                                            {{QStringLiteral("name"), QStringLiteral("new")}}),
                       &ApiCall::tokenReceived);
    QVERIFY(patched.wait());
    QCOMPARE(patched.first().first().value<ApiToken>().name, QStringLiteral("new"));
    QCOMPARE(m_server->instance().token(m_instanceId, id)->name, QStringLiteral("new"));

    QSignalSpy deleted(m_client->deleteToken(TokenLocation::instance(m_instanceId), id),
                       &ApiCall::deleted);
    QVERIFY(deleted.wait());
    QVERIFY(!m_server->instance().token(m_instanceId, id).has_value());

    const ApiError gone
            = waitForFailure(m_client->getToken(TokenLocation::instance(m_instanceId), id));
    QCOMPARE(gone.kind, ApiError::Kind::Server);
    QCOMPARE(gone.httpStatus, 404);
}

void TestLosantClient::malformedId_isRefusedWithoutARequest_data()
{
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("tokenId");
    QTest::newRow("too short") << "0123" << kWellFormedId;
    QTest::newRow("bad token id") << kWellFormedId << "0123456789abcdef/1234567";
    QTest::newRow("not hex") << "0123456789abcdef0123456g" << kWellFormedId;
    QTest::newRow("path injection") << "../../admin/0123456789ab" << kWellFormedId;
    QTest::newRow("empty token id") << kWellFormedId << "";
}

void TestLosantClient::malformedId_isRefusedWithoutARequest()
{
    QFETCH(QString, instanceId);
    QFETCH(QString, tokenId);
    const bool badInstance = !LosantIds::isValidId(instanceId);
    m_server->clearRequests();

    QList<ApiCall *> calls{m_client->getToken(TokenLocation::instance(instanceId), tokenId),
                           m_client->patchToken(TokenLocation::instance(instanceId), tokenId, {}),
                           m_client->deleteToken(TokenLocation::instance(instanceId), tokenId)};
    if (badInstance) {
        calls.append(m_client->listTokens(TokenLocation::instance(instanceId), TokenQuery()));
        calls.append(m_client->createToken(TokenLocation::instance(instanceId), {}));
    }
    QList<QSharedPointer<QSignalSpy>> spies;
    for (ApiCall *call : calls)
        spies.append(QSharedPointer<QSignalSpy>::create(call, &ApiCall::failed));
    for (const auto &spy : spies) {
        QVERIFY(spy->count() == 1 || spy->wait());
        const ApiError error = spy->first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::InvalidArgument);
        QVERIFY2(error.message.contains(QLatin1String("24 hexadecimal")),
                 qPrintable(error.message));
    }
    QVERIFY(m_server->requests().isEmpty());
}

void TestLosantClient::serverError_isReportedWithStatusTypeAndMessage()
{
    const ApiError error = waitForFailure(
            m_client->listTokens(TokenLocation::instance(kUnknownInstance), TokenQuery()));
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(error.type, QStringLiteral("NotFound"));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.displayText().contains(error.message));
}

void TestLosantClient::unknownAccessToken_isA401ServerError()
{
    m_client->setAccessToken(QStringLiteral("not-a-token"));
    const ApiError error = waitForFailure(
            m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()));
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY(!error.displayText().contains(QLatin1String("not-a-token")));
}

void TestLosantClient::closedPort_isANetworkError()
{
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const ApiError error = waitForFailure(
            m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()));
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(!error.message.isEmpty());
}

void TestLosantClient::silentServer_isATimeout()
{
    RawHttpServer silent;
    m_client->setBaseUrl(silent.url());
    m_client->setTransferTimeout(300);
    const ApiError error = waitForFailure(
            m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()));
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY(silent.received().startsWith("GET /instances/"));
}

void TestLosantClient::cancel_isReportedAsCancelNotTimeout()
{
    RawHttpServer silent;
    m_client->setBaseUrl(silent.url());
    ApiCall *call = m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery());
    QSignalSpy failed(call, &ApiCall::failed);
    QTRY_VERIFY(!silent.received().isEmpty());
    call->cancel();
    QVERIFY(failed.count() == 1 || failed.wait());
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Canceled);
}

void TestLosantClient::htmlInsteadOfJson_isABadReply()
{
    const ApiError error = listFailureFrom(RawHttpServer::response(
            200, "text/html", "<html><body>Welcome to nginx</body></html>"));
    QCOMPARE(error.kind, ApiError::Kind::BadReply);
    QVERIFY2(error.message.contains(QLatin1String("HTML")), qPrintable(error.message));
}

void TestLosantClient::htmlErrorPage_keepsStatusAndSaysHtml()
{
    const ApiError error = listFailureFrom(
            RawHttpServer::response(502, "text/html", "<html>Bad Gateway</html>"));
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 502);
    QVERIFY2(error.message.contains(QLatin1String("HTML")), qPrintable(error.message));
}

void TestLosantClient::wrongShape_isABadReplyNamingTheField()
{
    const ApiError error = listFailureFrom(
            RawHttpServer::response(200, "application/json",
                                    R"({"items":[{"id":"0123456789abcdef01234567","name":7}],)"
                                    R"("totalCount":1})"));
    QCOMPARE(error.kind, ApiError::Kind::BadReply);
    QVERIFY2(error.message.contains(QLatin1String("name")), qPrintable(error.message));
}

void TestLosantClient::absurdTotalCount_isABadReply()
{
    // Found by fuzzing: casting such a number to an integer was undefined behaviour.
    const ApiError error = listFailureFrom(
            RawHttpServer::response(200, "application/json", R"({"items":[],"totalCount":1e300})"));
    QCOMPARE(error.kind, ApiError::Kind::BadReply);
    QVERIFY2(error.message.contains(QLatin1String("totalCount")), qPrintable(error.message));
}

void TestLosantClient::createWhoseAnswerIsLost_isSentOnce()
{
    LocalInstanceServer::Fault drop;
    drop.dropConnection = true;
    m_server->setFault(LocalInstanceServer::Route::Create, drop);
    const int before = m_server->instance().tokenCount(m_instanceId);
    m_server->clearRequests();
    const ApiError error = waitForFailure(
            m_client->createToken(TokenLocation::instance(m_instanceId),
                                  {{QStringLiteral("name"), QStringLiteral("lost")}}));
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(error.answerLost); // the person must hear that the token may exist
    int posts = 0;
    for (const RecordedRequest &r : m_server->requests())
        posts += r.method == "POST";
    QCOMPARE(posts, 1); // never sent a second time behind the person's back
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), before + 1);
}

void TestLosantClient::closedPort_isNotALostAnswer()
{
    const QUrl url = m_server->baseUrl();
    delete m_server;
    m_server = nullptr;
    m_client->setBaseUrl(url);
    const ApiError error = waitForFailure(
            m_client->createToken(TokenLocation::instance(m_instanceId),
                                  {{QStringLiteral("name"), QStringLiteral("never sent")}}));
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(!error.answerLost); // refused before anything was sent: safe to create again
}

void TestLosantClient::redirectToAnotherOrigin_neverCarriesTheToken()
{
    RawHttpServer elsewhere(RawHttpServer::response(200, "application/json", "{}"));
    const QByteArray location
            = elsewhere.url().toEncoded() + "/instances/" + m_instanceId.toLatin1() + "/tokens";
    RawHttpServer redirecting("HTTP/1.1 302 Found\r\nLocation: " + location
                              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_client->setBaseUrl(redirecting.url());
    const ApiError error = waitForFailure(
            m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()));
    QVERIFY(error.isError());
    QVERIFY(redirecting.received().contains(m_adminSecret.toLatin1()));
    QVERIFY2(!elsewhere.received().contains(m_adminSecret.toLatin1()),
             elsewhere.received().constData());
}

void TestLosantClient::plainHttpToRemoteHost_isRefusedWithoutARequest()
{
    // Whoever configured the client (an old settings file, say), the token never goes in clear.
    m_client->setBaseUrl(QUrl(QStringLiteral("http://api.example.com")));
    const ApiError error = waitForFailure(
            m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()));
    QCOMPARE(error.kind, ApiError::Kind::InvalidArgument);
    QVERIFY2(error.message.contains(QLatin1String("api.example.com")), qPrintable(error.message));
}

void TestLosantClient::retryAfter_isReadAsSecondsOrHttpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("lowest");
    QTest::addColumn<int>("highest");
    const QByteArray inAMinute = QLocale::c()
                                         .toString(QDateTime::currentDateTimeUtc().addSecs(60),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                                         .toLatin1()
            + " GMT";
    QTest::newRow("seconds") << QByteArray("7") << 7 << 7;
    QTest::newRow("http date") << inAMinute << 55 << 60;
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0 << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1 << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1 << -1;
    QTest::newRow("absent") << QByteArray() << -1 << -1;
}

void TestLosantClient::retryAfter_isReadAsSecondsOrHttpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(int, lowest);
    QFETCH(int, highest);
    LocalInstanceServer::Fault fault = LocalInstanceServer::Fault::withStatus(429);
    if (!header.isNull())
        fault.headers.append({"Retry-After", header});
    m_server->setFault(LocalInstanceServer::Route::List, fault);
    const ApiError error = waitForFailure(
            m_client->listTokens(TokenLocation::instance(m_instanceId), TokenQuery()));
    QCOMPARE(error.httpStatus, 429);
    QVERIFY2(error.retryAfterSeconds >= lowest && error.retryAfterSeconds <= highest,
             qPrintable(QString::number(error.retryAfterSeconds)));
}

void TestLosantClient::faultSpec_isParsedOrRefusedByName_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("status");
    QTest::newRow("429 with wait")
            << "list=429:9" << true << int(LocalInstanceServer::Route::List) << 429;
    QTest::newRow("create drop") << "create=drop" << true << int(LocalInstanceServer::Route::Create)
                                 << 0;
    QTest::newRow("html") << "get=html" << true << int(LocalInstanceServer::Route::Get) << 502;
    QTest::newRow("status") << "delete=500" << true << int(LocalInstanceServer::Route::Delete)
                            << 500;
    QTest::newRow("unknown route") << "frobnicate=500" << false << 0 << 0;
    QTest::newRow("unknown kind") << "list=explode" << false << 0 << 0;
    QTest::newRow("no equals") << "list" << false << 0 << 0;
    QTest::newRow("200 is no fault") << "list=200" << false << 0 << 0;
}

void TestLosantClient::faultSpec_isParsedOrRefusedByName()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(int, route);
    QFETCH(int, status);
    LocalInstanceServer::Route parsedRoute = LocalInstanceServer::Route::Patch;
    LocalInstanceServer::Fault fault;
    QString error;
    QCOMPARE(LocalInstanceServer::Fault::parse(spec, &parsedRoute, &fault, &error), valid);
    if (!valid) {
        QVERIFY2(error.contains(spec), qPrintable(error));
        return;
    }
    QVERIFY(error.isEmpty());
    QCOMPARE(int(parsedRoute), route);
    QCOMPARE(fault.status, status);
    if (status == 429)
        QCOMPARE(fault.headers.value(0).second, QByteArray("9"));
}

QTEST_GUILESS_MAIN(TestLosantClient)
#include "tst_losantclient.moc"
