// "Test connection" against the local instance over real HTTP, and against peers that fail.
#include "connections/AccessSummary.h"
#include "connections/ConnectionTester.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

namespace {
const QString kUnknownInstance = QStringLiteral("0123456789abcdef01234567");
// Placeholders in the bad-input rows for what only exists once the test runs.
const QString kLocal = QStringLiteral("local"); // the local server, or its demo instance
const QString kAdmin = QStringLiteral("admin"); // the admin secret
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validToken_isSuccessWithTheTokenCount();
    void readOnlyToken_isEnoughToList();
    void listOnlyToken_isFoundInTheList_andMayNotCreate();
    void tokenThatIsNoJwt_saysCreatingShowsWhenTried();
    void listOnlyToken_onALaterPage_isFoundThere();
    void unknownToken_isRefused();
    void tokenWithoutListScope_isMissingScope();
    void unknownInstance_isNoInstance();
    void closedPort_isUnreachableNamingTheHost();
    void badInput_isRefusedWithoutSending_data();
    void badInput_isRefusedWithoutSending();
    void silentServer_isATimeoutNamingHostAndSeconds();
    void selfSignedCertificate_isATlsFailureNamingTheProblem();
    void echoedSecret_isScrubbedFromTheMessage();
    void cancel_reportsNothing_andStartAgainReportsOnlyTheNewTest();
    void accessSummary_saysOnlyWhatIsKnown_data();
    void accessSummary_saysOnlyWhatIsKnown();

private:
    // Runs one test to its end; every message is also checked for the secrets used.
    bool run(const QUrl &url, const QString &instanceId, const QString &token);

    QNetworkAccessManager *m_network = nullptr;
    LocalInstanceServer *m_server = nullptr;
    ConnectionTester *m_tester = nullptr;
    QString m_instanceId;
    QString m_adminSecret;
    ConnectionTester::Outcome m_outcome = ConnectionTester::Outcome::OtherError;
    QString m_message;
};

void TestConnectionTester::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new LocalInstanceServer(this);
    const DemoInstance demo = DemoData::populate(m_server->instance(), 37);
    m_instanceId = demo.instanceId;
    m_adminSecret = demo.adminSecret;
    QVERIFY(m_server->start() != 0);
    m_tester = new ConnectionTester(m_network, this);
}

void TestConnectionTester::cleanup()
{
    delete m_tester;
    delete m_server;
    delete m_network;
    m_message.clear();
}

bool TestConnectionTester::run(const QUrl &url, const QString &instanceId, const QString &token)
{
    QSignalSpy finished(m_tester, &ConnectionTester::finished);
    m_tester->start(url, TokenLocation::instance(instanceId), token);
    if (!m_tester->isRunning() || finished.count() != 0) // reported later, never from start()
        return false;
    if (!finished.wait(10000) || finished.count() != 1)
        return false;
    m_outcome = finished.first().at(0).value<ConnectionTester::Outcome>();
    m_message = finished.first().at(1).toString();
    if (m_tester->isRunning() || m_message.isEmpty())
        return false;
    return (token.isEmpty() || !m_message.contains(token)) && !m_message.contains(m_adminSecret);
}

void TestConnectionTester::validToken_isSuccessWithTheTokenCount()
{
    QVERIFY(run(m_server->baseUrl(), m_instanceId, m_adminSecret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Success);
    const QRegularExpressionMatch count
            = QRegularExpression(QStringLiteral("^Connected: this instance has (\\d+) API token"))
                      .match(m_message);
    QVERIFY2(count.hasMatch(), qPrintable(m_message));
    QCOMPARE(count.captured(1).toInt(), m_server->instance().tokenCount(m_instanceId));
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), 38); // 37 and the admin token
    // all.Instance, read from the admin token's own token object.
    QVERIFY2(m_message.endsWith(QLatin1String("may list and create tokens here.")),
             qPrintable(m_message));

    // The count comes from a one-token page; the scopes from reading, never from creating.
    const RecordedRequest r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/instances/%1/tokens").arg(m_instanceId));
    QVERIFY2(r.rawQuery.contains("&perPage=1&") || r.rawQuery.endsWith("&perPage=1"),
             r.rawQuery.constData());
    for (const RecordedRequest &each : m_server->requests())
        QCOMPARE(each.method, QByteArray("GET"));
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), 38);
}

void TestConnectionTester::readOnlyToken_isEnoughToList()
{
    const QString secret = m_server->instance().issueToken(m_instanceId, QStringLiteral("reader"),
                                                           {QStringLiteral("all.Instance.read")});
    QVERIFY(run(m_server->baseUrl(), m_instanceId, secret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Success);
    QVERIFY2(m_message.contains(QLatin1String(" 39 ")), qPrintable(m_message));
    QVERIFY2(m_message.endsWith(QLatin1String("may list tokens here, not create them.")),
             qPrintable(m_message));
}

void TestConnectionTester::listOnlyToken_isFoundInTheList_andMayNotCreate()
{
    // instanceApiTokens.get lists, but reading one token needs instanceApiToken.get.
    const QString secret = m_server->instance().issueToken(
            m_instanceId, QStringLiteral("lister"), {QStringLiteral("instanceApiTokens.get")});
    QVERIFY(run(m_server->baseUrl(), m_instanceId, secret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Success);
    QVERIFY2(m_message.endsWith(QLatin1String("may list tokens here, not create them.")),
             qPrintable(m_message));
    const RecordedRequest last = m_server->requests().constLast();
    QCOMPARE(last.path, QStringLiteral("/instances/%1/tokens").arg(m_instanceId));
    QVERIFY2(last.rawQuery.contains("sortField=id"), last.rawQuery.constData());
}

void TestConnectionTester::listOnlyToken_onALaterPage_isFoundThere()
{
    for (int i = 0; i < 1100; ++i) {
        ApiToken filler;
        filler.name = QStringLiteral("filler %1").arg(i);
        filler.status = QStringLiteral("active");
        m_server->instance().addToken(m_instanceId, filler);
    }
    // The highest ID there is, so sorted by id it is on the second page of 1000.
    ApiToken lister;
    lister.id = QStringLiteral("ffffffffffffffffffffffff");
    lister.name = QStringLiteral("lister");
    lister.status = QStringLiteral("active");
    lister.scope = {QStringLiteral("instanceApiTokens.get")};
    const auto part = [](const char *json) {
        return QByteArray(json).toBase64(QByteArray::Base64UrlEncoding
                                         | QByteArray::OmitTrailingEquals);
    };
    const QString secret = QString::fromLatin1(part(R"({"alg":"HS256","typ":"JWT"})") + '.'
                                               + part(R"({"sub":"ffffffffffffffffffffffff"})") + '.'
                                               + part("not signed"));
    m_server->instance().addToken(m_instanceId, lister, secret);

    QVERIFY(run(m_server->baseUrl(), m_instanceId, secret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Success);
    QVERIFY2(m_message.endsWith(QLatin1String("may list tokens here, not create them.")),
             qPrintable(m_message));
    const RecordedRequest last = m_server->requests().constLast();
    QVERIFY2(last.rawQuery.contains("page=1&") && last.rawQuery.contains("sortField=id"),
             last.rawQuery.constData());
}

void TestConnectionTester::tokenThatIsNoJwt_saysCreatingShowsWhenTried()
{
    ApiToken token;
    token.name = QStringLiteral("opaque");
    token.status = QStringLiteral("active");
    token.scope = {QStringLiteral("all.Instance")};
    const QString opaque = QStringLiteral("opaque-secret-without-claims");
    m_server->instance().addToken(m_instanceId, token, opaque);
    QVERIFY(run(m_server->baseUrl(), m_instanceId, opaque));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Success);
    // Its scopes cannot be looked up without its ID, so the test does not guess.
    QVERIFY2(m_message.endsWith(QLatin1String(
                     "may list tokens here; whether it may create them shows when you try.")),
             qPrintable(m_message));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestConnectionTester::unknownToken_isRefused()
{
    QVERIFY(run(m_server->baseUrl(), m_instanceId, QStringLiteral("not-a-real-token")));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Refused);
    QVERIFY2(m_message.startsWith(QLatin1String("The access token was refused.")),
             qPrintable(m_message));
}

void TestConnectionTester::tokenWithoutListScope_isMissingScope()
{
    const QString secret = m_server->instance().issueToken(
            m_instanceId, QStringLiteral("creator"), {QStringLiteral("instanceApiTokens.post")});
    QVERIFY(run(m_server->baseUrl(), m_instanceId, secret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::MissingScope);
    QVERIFY2(m_message.contains(QLatin1String("lacks a scope that can list tokens")),
             qPrintable(m_message));
    QVERIFY2(m_message.contains(QLatin1String("instanceApiTokens.get")), qPrintable(m_message));
    // It may create, but cannot read its own scopes to show it: only what is known is said.
    QVERIFY2(m_message.startsWith(QLatin1String("The access token may not list tokens here.")),
             qPrintable(m_message));
}

void TestConnectionTester::unknownInstance_isNoInstance()
{
    QVERIFY(run(m_server->baseUrl(), kUnknownInstance, m_adminSecret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::NoInstance);
    QVERIFY2(m_message.startsWith(QLatin1String("No instance with this ID.")),
             qPrintable(m_message));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestConnectionTester::closedPort_isUnreachableNamingTheHost()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QVERIFY(run(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_instanceId,
                m_adminSecret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Unreachable);
    QVERIFY2(m_message.startsWith(QStringLiteral("Could not reach 127.0.0.1:%1: ").arg(port)),
             qPrintable(m_message));
}

void TestConnectionTester::badInput_isRefusedWithoutSending_data()
{
    QTest::addColumn<QString>("url"); // kLocal: the local server
    QTest::addColumn<QString>("instanceId"); // kLocal: the demo instance
    QTest::addColumn<QString>("token"); // kAdmin: the admin secret
    QTest::addColumn<QString>("named");

    QTest::newRow("http to a remote host")
            << "http://api.example.com" << kLocal << kAdmin << "api.example.com";
    QTest::newRow("no URL") << "" << kLocal << kAdmin << "https://api.losant.com";
    QTest::newRow("user info in URL")
            << "https://me:pw@api.example.com" << kLocal << kAdmin << "user name or password";
    QTest::newRow("malformed instance ID")
            << kLocal << "0123-not-an-id" << kAdmin << "0123-not-an-id";
    QTest::newRow("no token") << kLocal << kLocal << ""
                              << "access token";
    QTest::newRow("token with a line break") << kLocal << kLocal << "abcdef\r\nX-Injected: 1"
                                             << "access token";
}

void TestConnectionTester::badInput_isRefusedWithoutSending()
{
    QFETCH(QString, url);
    QFETCH(QString, instanceId);
    QFETCH(QString, token);
    QFETCH(QString, named);

    const QUrl apiUrl = url == QLatin1String("local") ? m_server->baseUrl() : QUrl(url);
    const QString id = instanceId == QLatin1String("local") ? m_instanceId : instanceId;
    const QString secret = token == QLatin1String("admin") ? m_adminSecret : token;
    QVERIFY(run(apiUrl, id, secret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::BadInput);
    QVERIFY2(m_message.contains(named), qPrintable(m_message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestConnectionTester::silentServer_isATimeoutNamingHostAndSeconds()
{
    LocalInstanceServer::Fault silent;
    silent.delayMs = 60000;
    m_server->setFault(LocalInstanceServer::Route::List, silent);
    m_tester->setTimeoutMs(300);
    QCOMPARE(m_tester->timeoutMs(), 300);
    QVERIFY(run(m_server->baseUrl(), m_instanceId, m_adminSecret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Timeout);
    QCOMPARE(m_message,
             QStringLiteral("127.0.0.1:%1 did not answer within 1 second(s).")
                     .arg(m_server->port()));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestConnectionTester::selfSignedCertificate_isATlsFailureNamingTheProblem()
{
    QFile certificateFile(QStringLiteral(LOSANT_TEST_DATA_DIR "/selfsigned-localhost.crt"));
    QFile keyFile(QStringLiteral(LOSANT_TEST_DATA_DIR "/selfsigned-localhost.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QVERIFY(!tls.localCertificate().isNull());
    QVERIFY(!tls.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy handshakes(&server, &QSslServer::startedEncryptionHandshake);

    QVERIFY(run(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), m_instanceId,
                m_adminSecret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::TlsFailure);
    QVERIFY2(m_message.startsWith(QStringLiteral("The TLS connection to 127.0.0.1:%1 failed: ")
                                          .arg(server.serverPort())),
             qPrintable(m_message));
    QVERIFY2(m_message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(m_message));
    QCOMPARE(handshakes.count(), 1);
}

void TestConnectionTester::echoedSecret_isScrubbedFromTheMessage()
{
    LocalInstanceServer::Fault echo;
    echo.status = 401;
    echo.body = R"({"type":"NotAuthorized","message":"Bearer )" + m_adminSecret.toUtf8()
            + R"( is not valid"})";
    m_server->setFault(LocalInstanceServer::Route::List, echo);
    QVERIFY(run(m_server->baseUrl(), m_instanceId, m_adminSecret));
    QCOMPARE(m_outcome, ConnectionTester::Outcome::Refused);
    QVERIFY2(m_message.contains(QLatin1String("is not valid")), qPrintable(m_message));
}

void TestConnectionTester::cancel_reportsNothing_andStartAgainReportsOnlyTheNewTest()
{
    LocalInstanceServer::Fault slow;
    slow.delayMs = 60000;
    slow.times = 1;
    m_server->setFault(LocalInstanceServer::Route::List, slow);
    QSignalSpy finished(m_tester, &ConnectionTester::finished);
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);

    const TokenLocation instance = TokenLocation::instance(m_instanceId);
    m_tester->start(m_server->baseUrl(), instance, m_adminSecret);
    QVERIFY(received.wait());
    m_tester->cancel();
    QVERIFY(!m_tester->isRunning());

    // A queued BadInput report of an abandoned test must not arrive either.
    m_tester->start(QUrl(QStringLiteral("http://api.example.com")), instance, m_adminSecret);
    m_tester->start(m_server->baseUrl(), instance, m_adminSecret);
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).value<ConnectionTester::Outcome>(),
             ConnectionTester::Outcome::Success);
    QVERIFY(!m_tester->isRunning());
    // One list for the abandoned test, one for the new one (which then reads its own token).
    int lists = 0;
    for (const RecordedRequest &r : m_server->requests())
        lists += r.path == instance.collectionPath() ? 1 : 0;
    QCOMPARE(lists, 2);
}

void TestConnectionTester::accessSummary_saysOnlyWhatIsKnown_data()
{
    using Kind = TokenLocation::Kind;
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("mayList");
    QTest::addColumn<bool>("scopesKnown");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("said");
    const QString listCreate = QStringLiteral("The access token may list and create tokens here.");
    const QString listOnly
            = QStringLiteral("The access token may list tokens here, not create them.");
    const QString unknown = QStringLiteral("The access token may list tokens here; whether it may "
                                           "create them shows when you try.");
    const QString nothing = QStringLiteral("The access token may do nothing with the tokens here.");
    const QString createOnly
            = QStringLiteral("The access token may create tokens here, not list them.");

    QTest::newRow("instance admin") << Kind::Instance << true << true
                                    << QStringList{QStringLiteral("all.Instance")} << listCreate;
    QTest::newRow("user token on an application")
            << Kind::Application << true << true << QStringList{QStringLiteral("all.User")}
            << listCreate;
    QTest::newRow("user token's own tokens")
            << Kind::User << true << true << QStringList{QStringLiteral("all.User")} << listCreate;
    QTest::newRow("organization token on an application")
            << Kind::Application << true << true << QStringList{QStringLiteral("all.Organization")}
            << listCreate;
    QTest::newRow("application lister")
            << Kind::Application << true << true
            << QStringList{QStringLiteral("applicationApiTokens.get")} << listOnly;
    QTest::newRow("read-only user token")
            << Kind::User << true << true << QStringList{QStringLiteral("all.User.read")}
            << listOnly;
    // An instance creator's scope says nothing about applications.
    QTest::newRow("instance creator on an application")
            << Kind::Application << true << true
            << QStringList{QStringLiteral("applicationApiTokens.get"),
                           QStringLiteral("instanceApiTokens.post")}
            << listOnly;
    QTest::newRow("scopes unread") << Kind::Instance << true << false << QStringList() << unknown;
    QTest::newRow("creator that may not list")
            << Kind::Application << false << true
            << QStringList{QStringLiteral("applicationApiTokens.post")} << createOnly;
    QTest::newRow("single-token scopes only")
            << Kind::Instance << false << true
            << QStringList{QStringLiteral("instanceApiToken.delete")}
            << QStringLiteral("The access token may neither list nor create tokens here.");
    QTest::newRow("instance token on an application")
            << Kind::Application << false << true << QStringList{QStringLiteral("all.Instance")}
            << nothing;
    QTest::newRow("no list, scopes unread")
            << Kind::User << false << false << QStringList()
            << QStringLiteral("The access token may not list tokens here.");
}

void TestConnectionTester::accessSummary_saysOnlyWhatIsKnown()
{
    QFETCH(TokenLocation::Kind, kind);
    QFETCH(bool, mayList);
    QFETCH(bool, scopesKnown);
    QFETCH(QStringList, scopes);
    QFETCH(QString, said);
    TokenAccess access;
    access.mayList = mayList;
    access.scopesKnown = scopesKnown;
    access.scopes = scopes;
    QCOMPARE(AccessSummary::sentence(kind, access), said);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
