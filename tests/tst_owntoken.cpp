// The token the app is connected with: read from the access token's own claims, marked in the
// list and the details pane, guarded by an extra question, and a 401 after it is gone offers
// another connection instead of a Retry. On the real window, over HTTP to the local instance.
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "core/AccessTokenClaims.h"
#include "core/LosantIds.h"
#include "localinstance/DemoServer.h"
#include "support/BoxAnswerer.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WindowFixture.h"
#include "ui/AppSession.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const int kTokens = 5; // "alpha 0" … "alpha 4"; the admin "zz admin", the app's own, comes last

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString jwt(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return QString::fromLatin1(base64url(header) + '.' + base64url(payload) + '.'
                               + base64url(signature));
}
} // namespace

class TestOwnToken : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void claims_losantLikeJwt_givesItsSub();
    void claims_malformed_giveNothing_data();
    void claims_malformed_giveNothing();
    void claims_garbage_neverCrashes();
    void localInstance_secretsAreJwtsNamingTheirToken();

    void ownToken_isMarkedInListAndPane();
    void accessTokenNotAJwt_nothingIsMarked();
    void deleteOwnToken_extraQuestion_cancelSendsNothing();
    void deleteOwnToken_next401_offersEditConnection();
    void deactivateOwnToken_extraQuestion_thenOffersEditConnection();
    void bulkDeleteWithOwnToken_ownGoesLast();
    void list401_offersEditConnection_notRetry();
    void demo_deletingItsAdmin_editConnectionSaysWhy();

private:
    void openWindow();
    TokenListModel *model() const { return m_window->model(); }
    int ownRow() const { return model()->rowOfToken(m_ownId); }

    WindowFixture m_window; // the demo test's belongs to its session
    QString m_ownId;
};

void TestOwnToken::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestOwnToken::init()
{
    LocalInstance &instance = freshApi();
    for (int i = 0; i < kTokens; ++i)
        instance.issueToken(m_instanceId, QStringLiteral("alpha %1").arg(i),
                            {QStringLiteral("all.Instance.read")});
    for (const ApiToken &t : instance.tokens(m_instanceId))
        if (t.name == QLatin1String("zz admin"))
            m_ownId = t.id;
    QVERIFY(m_api->start());
}

void TestOwnToken::cleanup()
{
    m_window.close();
    dropApi();
}

void TestOwnToken::openWindow()
{
    QVERIFY(m_window.open(m_api->tokens()));
    m_server->clearRequests();
}

void TestOwnToken::claims_losantLikeJwt_givesItsSub()
{
    // Shaped like a token Losant issues: HS256, the token's ID in sub, scopes and issuer.
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray payload = R"({"sub":"5F3A9B0C1D2E3F4A5B6C2E1A","scope":["all.Instance"],)"
                               R"("iat":1714723200,"iss":"api.losant.com"})";
    const QString token = jwt(header, payload, QByteArray(32, '\x5a'));
    QCOMPARE(AccessTokenClaims::apiTokenId(token), QStringLiteral("5f3a9b0c1d2e3f4a5b6c2e1a"));

    LosantClient client(&m_api->network);
    client.setAccessToken(token);
    QCOMPARE(client.ownTokenId(), QStringLiteral("5f3a9b0c1d2e3f4a5b6c2e1a"));
    QCOMPARE(TokenCollection(&client, TokenLocation::instance(m_api->instanceId)).ownTokenId(),
             QStringLiteral("5f3a9b0c1d2e3f4a5b6c2e1a"));
    client.setAccessToken(QStringLiteral("not-a-jwt"));
    QVERIFY(client.ownTokenId().isEmpty());
}

void TestOwnToken::claims_malformed_giveNothing_data()
{
    QTest::addColumn<QString>("token");
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray sig = "signature";
    const auto with = [&](const QByteArray &payload) { return jwt(header, payload, sig); };
    QTest::newRow("empty") << QString();
    QTest::newRow("plain word") << QStringLiteral("abcdef0123456789");
    QTest::newRow("two parts") << QString::fromLatin1(base64url(header) + '.'
                                                      + base64url(R"({"sub":"x"})"));
    QTest::newRow("four parts") << with(R"({"sub":"5f3a9b0c1d2e3f4a5b6c2e1a"})")
                    + QStringLiteral(".more");
    QTest::newRow("dots only") << QStringLiteral("..");
    QTest::newRow("header not json") << jwt("nope", R"({"sub":"5f3a9b0c1d2e3f4a5b6c2e1a"})", sig);
    QTest::newRow("payload not base64")
            << QString::fromLatin1(base64url(header) + ".!!!$$$." + base64url(sig));
    QTest::newRow("payload padded")
            << QString::fromLatin1(base64url(header) + '.'
                                   + QByteArray(R"({"sub":"5f3a9b0c1d2e3f4a5b6c2e1a"})")
                                             .toBase64(QByteArray::Base64UrlEncoding)
                                             .append("==")
                                   + '.' + base64url(sig));
    QTest::newRow("payload an array") << with(R"(["5f3a9b0c1d2e3f4a5b6c2e1a"])");
    QTest::newRow("payload truncated json") << with(R"({"sub":"5f3a9b0c1d2e3f4a5b6c2e1a")");
    QTest::newRow("no sub") << with(R"({"iss":"api.losant.com"})");
    QTest::newRow("sub a number") << with(R"({"sub":123456789012345678901234})");
    QTest::newRow("sub too short") << with(R"({"sub":"5f3a9b0c1d2e3f4a5b6c2e1"})");
    QTest::newRow("sub not hex") << with(R"({"sub":"5f3a9b0c1d2e3f4a5b6c2e1z"})");
    QTest::newRow("sub a user") << with(R"({"sub":"user@example.com"})");
    QTest::newRow("not latin-1") << QStringLiteral("ключ.ключ.ключ");
    QTest::newRow("huge") << QString(1 << 20, QLatin1Char('.'));
}

void TestOwnToken::claims_malformed_giveNothing()
{
    QFETCH(QString, token);
    QCOMPARE(AccessTokenClaims::apiTokenId(token), QString());
}

void TestOwnToken::claims_garbage_neverCrashes()
{
    // Random text with JWT-ish pieces: never a crash, and an answer only if it is an ID.
    QRandomGenerator rng(17);
    const QByteArray pieces[] = {"eyJ", ".", "=", "-", "_", "{", "\"sub\"", "\xff", "A"};
    for (int i = 0; i < 3000; ++i) {
        QByteArray junk;
        const int n = rng.bounded(40);
        for (int k = 0; k < n; ++k)
            junk += rng.bounded(3) ? pieces[rng.bounded(int(std::size(pieces)))]
                                   : QByteArray(1, char(rng.bounded(256)));
        const QString id = AccessTokenClaims::apiTokenId(QString::fromLatin1(junk));
        QVERIFY(id.isEmpty() || LosantIds::isValidId(id));
    }
}

void TestOwnToken::localInstance_secretsAreJwtsNamingTheirToken()
{
    LocalInstance &instance = m_api->server.instance();
    QCOMPARE(AccessTokenClaims::apiTokenId(m_api->admin), m_ownId);
    const QString a = instance.issueToken(m_api->instanceId, QStringLiteral("a"), {});
    const QString b = instance.issueToken(m_api->instanceId, QStringLiteral("b"), {});
    QVERIFY(a != b);
    const QStringList parts = a.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims
            = QJsonDocument::fromJson(
                      QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
                      .object();
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("losant-tokens-local"));
    // 48 random bytes keep it unguessable though anyone can read its first two parts.
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1(), QByteArray::Base64UrlEncoding).size(),
             48);
    QVERIFY(parts.at(2) != b.split(QLatin1Char('.')).at(2));
    for (const ApiToken &t : instance.tokens(m_api->instanceId))
        if (t.name == QLatin1String("a"))
            QCOMPARE(AccessTokenClaims::apiTokenId(a), t.id);
}

void TestOwnToken::ownToken_isMarkedInListAndPane()
{
    openWindow();
    QCOMPARE(model()->ownTokenId(), m_ownId);
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex name = model()->index(row, TokenListModel::Name);
        const bool own = row == ownRow();
        QCOMPARE(!name.data(Qt::DecorationRole).value<QIcon>().isNull(), own);
        QCOMPARE(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("connected with")),
                 own);
    }
    TokenDetailsPane *pane = m_window.detailsPane();
    auto *line = pane->findChild<QLabel *>(QStringLiteral("detailOwnToken"));
    QVERIFY(line);
    m_window.clickRow(ownRow());
    QCOMPARE(pane->shownTokenId(), m_ownId);
    QVERIFY(line->isVisible());
    QVERIFY(line->text().contains(QLatin1String("Losant Tokens is connected with")));
    m_window.clickRow(0);
    QVERIFY(!line->isVisible());
}

void TestOwnToken::accessTokenNotAJwt_nothingIsMarked()
{
    ApiToken plain;
    plain.name = QStringLiteral("plain admin");
    plain.scope = {QStringLiteral("all.Instance")};
    const QString secret = QStringLiteral("plain-secret-0123456789abcdef");
    m_api->server.instance().addToken(m_api->instanceId, plain, secret);
    m_api->client.setAccessToken(secret);
    openWindow();
    QVERIFY(model()->ownTokenId().isEmpty());
    QVERIFY(model()->rowCount() > kTokens);
    for (int row = 0; row < model()->rowCount(); ++row)
        QVERIFY(model()->index(row, TokenListModel::Name).data(Qt::DecorationRole).isNull());
}

void TestOwnToken::deleteOwnToken_extraQuestion_cancelSendsNothing()
{
    openWindow();
    m_window.clickRow(ownRow());
    BoxAnswerer boxes;
    boxes.answer(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"));
    QTest::keyClick(m_window.table(), Qt::Key_Delete); // the extra question is canceled
    QCOMPARE(boxes.names(),
             (QStringList{QStringLiteral("confirmDeleteBox"), QStringLiteral("ownTokenBox")}));
    const BoxAnswerer::Seen extra = boxes.seen().last();
    QVERIFY(extra.informative.contains(QLatin1String(
            "Losant Tokens will lose access to this instance until you enter another access "
            "token")));
    QVERIFY(extra.text.contains(QLatin1String("zz admin")));
    QVERIFY(extra.buttons.contains(QStringLiteral("Delete")));
    m_window.roundTrip(*m_server);
    QVERIFY(RequestLog::byMethod(*m_server, "DELETE").isEmpty());
    QVERIFY(m_api->server.instance().token(m_api->instanceId, m_ownId).has_value());
}

void TestOwnToken::deleteOwnToken_next401_offersEditConnection()
{
    openWindow();
    m_window.clickRow(ownRow());
    BoxAnswerer boxes;
    boxes.answer(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"));
    boxes.answer(QStringLiteral("ownTokenBox"), QStringLiteral("confirmOwnTokenButton"));
    m_window.action("deleteTokenAction")->trigger();
    QTRY_VERIFY(!m_api->server.instance().token(m_api->instanceId, m_ownId));
    QTRY_COMPARE(model()->rowOfToken(m_ownId), -1);
    QVERIFY(m_window->hasLostAccess());

    // The next request is refused: the bar offers another access token, not a Retry.
    m_window.action("refreshAction")->trigger();
    QTRY_VERIFY(m_window.errorBar()->isVisible());
    QVERIFY(m_window.errorBar()->message().contains(
            QLatin1String("access token was refused (401)")));
    QPushButton *button = m_window.errorBar()->actionButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Edit connection…"));
    QSignalSpy asked(m_window.window(), &MainWindow::connectionsRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(!model()->isLoading()); // no retry went out
}

void TestOwnToken::deactivateOwnToken_extraQuestion_thenOffersEditConnection()
{
    openWindow();
    m_window.clickRow(ownRow());
    BoxAnswerer boxes;
    QTest::keyClick(m_window.table(), Qt::Key_A,
                    Qt::ControlModifier | Qt::ShiftModifier); // canceled
    QCOMPARE(boxes.names(), QStringList{QStringLiteral("ownTokenBox")});
    QVERIFY(boxes.seen().first().buttons.contains(QStringLiteral("Deactivate")));
    m_window.roundTrip(*m_server);
    QVERIFY(RequestLog::byMethod(*m_server, "PATCH").isEmpty());
    QVERIFY(!m_window.errorBar()->isVisible());

    m_window.clickRow(ownRow());
    boxes.answer(QStringLiteral("ownTokenBox"), QStringLiteral("confirmOwnTokenButton"));
    QTest::keyClick(m_window.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_api->server.instance().token(m_api->instanceId, m_ownId)->status,
                 QStringLiteral("inactive"));
    QTRY_VERIFY(m_window.errorBar()->isVisible());
    QVERIFY(m_window.errorBar()->message().contains(QLatin1String("lost access")));
    QSignalSpy asked(m_window.window(), &MainWindow::connectionsRequested);
    QTest::mouseClick(m_window.errorBar()->actionButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
}

void TestOwnToken::bulkDeleteWithOwnToken_ownGoesLast()
{
    openWindow();
    const QString first = model()->tokenAt(0).id, second = model()->tokenAt(1).id;
    m_window.clickRow(ownRow());
    m_window.clickRow(0, Qt::ControlModifier);
    m_window.clickRow(1, Qt::ControlModifier);
    BoxAnswerer boxes;
    boxes.answer(QStringLiteral("confirmBulkBox"), QStringLiteral("confirmBulkButton"));
    boxes.answer(QStringLiteral("ownTokenBox"), QStringLiteral("confirmOwnTokenButton"));
    QTest::keyClick(m_window.table(), Qt::Key_Delete);
    QCOMPARE(boxes.names(),
             (QStringList{QStringLiteral("confirmBulkBox"), QStringLiteral("ownTokenBox")}));
    QTRY_COMPARE(RequestLog::byMethod(*m_server, "DELETE").size(), 3);
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("bulkReportBox")));
    const QList<RecordedRequest> deletes = RequestLog::byMethod(*m_server, "DELETE");
    QVERIFY(deletes.at(0).path.endsWith(first));
    QVERIFY(deletes.at(1).path.endsWith(second));
    QVERIFY(deletes.at(2).path.endsWith(m_ownId)); // the others while access lasted
    QCOMPARE(m_api->server.instance().tokenCount(m_api->instanceId), kTokens - 2);
    QVERIFY(m_window->hasLostAccess());
    QVERIFY(m_window.errorBar()->isVisible());
}

void TestOwnToken::list401_offersEditConnection_notRetry()
{
    m_api->server.setFault(LocalInstanceServer::Route::List,
                           LocalInstanceServer::Fault::withStatus(401));
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Exposed));
    QTRY_VERIFY(m_window.errorBar()->isVisible());
    QVERIFY(m_window.errorBar()->message().contains(QLatin1String("access token was refused")));
    QCOMPARE(m_window.errorBar()->actionButton()->text().remove(QLatin1Char('&')),
             QStringLiteral("Edit connection…"));
    QSignalSpy asked(m_window.window(), &MainWindow::connectionsRequested);
    QTest::mouseClick(m_window.errorBar()->actionButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(!model()->isLoading());
    QVERIFY(m_window->hasLostAccess());
}

void TestOwnToken::demo_deletingItsAdmin_editConnectionSaysWhy()
{
    // The demo server, whose admin token the demo data issues.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SecretStore secrets(QStringLiteral("losant-tokens-test-owntoken"));
    DemoServer demo(20);
    AppSession session(&m_api->network, &profiles, &secrets);
    session.setDemoStarter([&demo] { return demo.start(); });
    // The demo signs in with its user's token (all.User), which lives in that user's own
    // tokens: open those on the demo server, where deleting it is possible.
    const std::optional<DemoEndpoint> endpoint = demo.start();
    QVERIFY(endpoint);
    ConnectionProfile mine;
    mine.apiUrl = endpoint->apiUrl;
    mine.kind = TokenLocation::Kind::User;
    session.openDirect(mine, endpoint->adminSecret);
    m_window.adopt(session.window());
    QVERIFY(QTest::qWaitForWindowActive(m_window.window()));
    QTRY_VERIFY(model()->hasLoaded() && !model()->isLoading());
    const QString own = model()->ownTokenId();
    QVERIFY(!own.isEmpty());
    const int row = model()->rowOfToken(own);
    QVERIFY(row >= 0);
    QCOMPARE(model()->tokenAt(row).name, QStringLiteral("Losant Tokens demo admin"));

    m_window.clickRow(row);
    BoxAnswerer boxes;
    boxes.answer(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"));
    boxes.answer(QStringLiteral("ownTokenBox"), QStringLiteral("confirmOwnTokenButton"));
    m_window.action("deleteTokenAction")->trigger();
    QTRY_COMPARE(model()->rowOfToken(own), -1);
    QTRY_VERIFY(m_window.errorBar()->isVisible());
    QTest::mouseClick(m_window.errorBar()->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(session.connectionDialog() && session.connectionDialog()->isVisible());
    auto *notice
            = session.connectionDialog()->findChild<QLabel *>(QStringLiteral("connectionNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("no longer accepts this access token")),
             qPrintable(notice->text()));
}

QTEST_MAIN(TestOwnToken)
#include "tst_owntoken.moc"
