// The local instance over real HTTP: list, create, get, patch, delete, auth and faults.
#include "core/LosantIds.h"
#include "core/TokenPermissions.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

namespace {
const QString kUnknownId = QStringLiteral("0123456789abcdef01234567");
const QDateTime kBase = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray raw;
    QByteArray contentType;
    QJsonObject json;

    QString message() const { return json.value(QLatin1String("message")).toString(); }
    QString type() const { return json.value(QLatin1String("type")).toString(); }
    QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
    int integer(const char *key) const { return json.value(QLatin1String(key)).toInt(-1); }
};

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &v : items)
        ids << v.toObject().value(QLatin1String("id")).toString();
    return ids;
}

QStringList namesOf(const QJsonArray &items)
{
    QStringList names;
    for (const QJsonValue &v : items)
        names << v.toObject().value(QLatin1String("name")).toString();
    return names;
}

// The order the test expects, computed independently of the server's comparator.
int compareField(const ApiToken &a, const ApiToken &b, const QString &field)
{
    auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    auto expiry = [](const ApiToken &t) {
        return t.expirationDate.isValid() ? t.expirationDate.toMSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::max();
    };
    if (field == QLatin1String("name"))
        return cmp(a.name.toUcs4(), b.name.toUcs4());
    if (field == QLatin1String("status"))
        return cmp(a.status, b.status);
    if (field == QLatin1String("creationDate"))
        return cmp(a.creationDate.toMSecsSinceEpoch(), b.creationDate.toMSecsSinceEpoch());
    if (field == QLatin1String("lastUpdated"))
        return cmp(a.lastUpdated.toMSecsSinceEpoch(), b.lastUpdated.toMSecsSinceEpoch());
    if (field == QLatin1String("expirationDate"))
        return cmp(expiry(a), expiry(b));
    return 0; // "id": only the tie-break
}

QByteArray longJsonString(int length)
{
    return '"' + QByteArray(length, 'x') + '"';
}

QByteArray repeatedJson(const QByteArray &item, int times)
{
    QByteArrayList items;
    for (int i = 0; i < times; ++i)
        items << item;
    return '[' + items.join(',') + ']';
}
} // namespace

class TestLocalInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sorting_matchesTheOrderComputedFromStoredTokens_data();
    void sorting_matchesTheOrderComputedFromStoredTokens();
    void listDefaults_areNameAscendingPage0Of100();
    void globFilter_matchesAsDocumented_data();
    void globFilter_matchesAsDocumented();
    void paging_coversEveryTokenOnceAndPastTheEndIsEmpty();
    void badQueryValue_isA400NamingTheParameter_data();
    void badQueryValue_isA400NamingTheParameter();
    void officialClientExtras_areIgnored();
    void query_isRecordedStillPercentEncoded();
    void create_refusesEachBrokenRuleNamingTheField_data();
    void create_refusesEachBrokenRuleNamingTheField();
    void create_withAFullBody_echoesEveryField();
    void create_withOnlyAName_isActiveWithAllInstanceScope();
    void secret_isReturnedOnlyByTheCreate();
    void missingOrBadCredentials_areA401_data();
    void missingOrBadCredentials_areA401();
    void tokenWithoutTheScope_isA403_data();
    void tokenWithoutTheScope_isA403();
    void tokenOfAnotherInstance_isA403();
    void patch_changesTheGivenFieldsAndBumpsLastUpdated();
    void patch_refusesABadBody();
    void delete_removesTheToken();
    void unknownOrMalformedPaths_areA404OrA400_data();
    void unknownOrMalformedPaths_areA404OrA400();
    void delayFault_answersLater();
    void statusFault_answersThatStatusForItsTimes();
    void statusFault_withBodyAndContentType_sendsThemAsIs();
    void droppedCreate_stillStoresTheToken();
    void hundredThousandTokens_pageWithoutOverlap();
    void demoData_isDeterministicAndVaried();
    void demoData_servesTwoApplicationsAndMyTokens();

private:
    Answer send(const QByteArray &verb, const QString &path, const QString &query = QString(),
                const QString &secret = QString(), const QByteArray &body = QByteArray());
    Answer list(const QString &query, const QString &secret = QString());
    QString tokensPath(const QString &instanceId = QString()) const;
    ApiToken addToken(const QString &name, const QString &status = QStringLiteral("active"));
    void addSortFixture();

    QNetworkAccessManager *m_network = nullptr;
    LocalInstanceServer *m_server = nullptr;
    QString m_instanceId;
    ApiToken m_admin; // its `token` is the secret
};

void TestLocalInstance::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new LocalInstanceServer(this);
    QVERIFY(m_server->start() != 0);
    m_instanceId = m_server->instance().addInstance();
    ApiToken admin;
    admin.name = QStringLiteral("test admin");
    admin.scope = QStringList{QStringLiteral("all.Instance")};
    m_admin = m_server->instance().addToken(m_instanceId, admin);
    QVERIFY(!m_admin.token.isEmpty());
}

void TestLocalInstance::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_network;
    m_network = nullptr;
}

Answer TestLocalInstance::send(const QByteArray &verb, const QString &path, const QString &query,
                               const QString &secret, const QByteArray &body)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!secret.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.raw = reply->readAll();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    a.json = QJsonDocument::fromJson(a.raw).object();
    reply->deleteLater();
    return a;
}

Answer TestLocalInstance::list(const QString &query, const QString &secret)
{
    return send("GET", tokensPath(), query, secret.isEmpty() ? m_admin.token : secret);
}

QString TestLocalInstance::tokensPath(const QString &instanceId) const
{
    return QStringLiteral("/instances/%1/tokens")
            .arg(instanceId.isEmpty() ? m_instanceId : instanceId);
}

ApiToken TestLocalInstance::addToken(const QString &name, const QString &status)
{
    ApiToken t;
    t.name = name;
    t.status = status;
    t.scope = QStringList{QStringLiteral("all.Instance.read")};
    return m_server->instance().addToken(m_instanceId, t);
}

// Duplicates in every field, mixed case, non-BMP and fullwidth names, missing expirations.
void TestLocalInstance::addSortFixture()
{
    const QStringList names{QStringLiteral("alpha"),
                            QStringLiteral("Alpha"),
                            QStringLiteral("beta"),
                            QStringLiteral("alpha"),
                            QStringLiteral("zeta 10"),
                            QStringLiteral("zeta 9"),
                            QString::fromUcs4(U"\u03A9mega"),
                            QString::fromUcs4(U"\U0001F600 smile"),
                            QString::fromUcs4(U"\uFF21 fullwidth"),
                            QStringLiteral("_under")};
    for (int i = 0; i < 47; ++i) {
        ApiToken t;
        t.name = names.at(i % names.size());
        t.status = i % 3 == 0 ? QStringLiteral("inactive") : QStringLiteral("active");
        t.creationDate = kBase.addSecs((i % 5) * 1000);
        t.lastUpdated = kBase.addSecs((i * 7 % 11) * 1000);
        if (i % 4 != 0)
            t.expirationDate = kBase.addDays(i % 6);
        t.scope = QStringList{QStringLiteral("all.Instance.read")};
        m_server->instance().addToken(m_instanceId, t);
    }
}

void TestLocalInstance::sorting_matchesTheOrderComputedFromStoredTokens_data()
{
    QTest::addColumn<QString>("sortField");
    QTest::addColumn<QString>("sortDirection");
    for (const char *field :
         {"name", "status", "id", "creationDate", "lastUpdated", "expirationDate"}) {
        for (const char *direction : {"asc", "desc"})
            QTest::addRow("%s %s", field, direction)
                    << QString::fromLatin1(field) << QString::fromLatin1(direction);
    }
    QTest::newRow("name DESC upper case") << QStringLiteral("name") << QStringLiteral("DESC");
}

void TestLocalInstance::sorting_matchesTheOrderComputedFromStoredTokens()
{
    QFETCH(QString, sortField);
    QFETCH(QString, sortDirection);
    addSortFixture();
    QList<ApiToken> stored = m_server->instance().tokens(m_instanceId);
    const bool descending = sortDirection.toLower() == QLatin1String("desc");
    std::sort(stored.begin(), stored.end(), [&](const ApiToken &a, const ApiToken &b) {
        int c = compareField(a, b, sortField);
        if (c == 0)
            c = a.id < b.id ? -1 : (b.id < a.id ? 1 : 0);
        return descending ? c > 0 : c < 0;
    });
    QStringList expected;
    for (const ApiToken &t : stored)
        expected << t.id;

    QStringList got;
    for (int page = 0; page < 20; ++page) {
        const Answer a = list(QStringLiteral("sortField=%1&sortDirection=%2&page=%3&perPage=7")
                                      .arg(sortField, sortDirection)
                                      .arg(page));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QLatin1String("sortField")).toString(), sortField);
        QCOMPARE(a.json.value(QLatin1String("sortDirection")).toString(), sortDirection);
        QCOMPARE(a.integer("totalCount"), int(expected.size()));
        if (a.items().isEmpty())
            break;
        got << idsOf(a.items());
    }
    QCOMPARE(got, expected);
}

void TestLocalInstance::listDefaults_areNameAscendingPage0Of100()
{
    for (int i = 0; i < 120; ++i)
        addToken(QStringLiteral("token %1").arg(i, 3, 10, QLatin1Char('0')));
    const Answer a = list(QString());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(a.integer("count"), 100);
    QCOMPARE(a.integer("totalCount"), 121);
    QCOMPARE(a.integer("perPage"), 100);
    QCOMPARE(a.integer("page"), 0);
    QCOMPARE(a.json.value(QLatin1String("sortField")).toString(), QStringLiteral("name"));
    QCOMPARE(a.json.value(QLatin1String("sortDirection")).toString(), QStringLiteral("asc"));
    QVERIFY(!a.json.contains(QLatin1String("filterField")));
    QVERIFY(!a.json.contains(QLatin1String("filter")));
    const QStringList names = namesOf(a.items());
    QCOMPARE(names.first(), QStringLiteral("test admin"));
    QCOMPARE(names.at(1), QStringLiteral("token 000"));
}

void TestLocalInstance::globFilter_matchesAsDocumented_data()
{
    QTest::addColumn<QString>("filterField");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // names, in name order

    const QString myDash = QStringLiteral("my-token");
    const QString myDot = QStringLiteral("my.token");
    const QString myX = QStringLiteral("myXtoken");
    const QString myBig = QStringLiteral("MY big token");
    QTest::newRow("star") << QStringLiteral("name") << QStringLiteral("my*token")
                          << QStringList{myBig, myDash, myDot, myX};
    QTest::newRow("question mark is one character")
            << QStringLiteral("name") << QStringLiteral("my?token")
            << QStringList{myDash, myDot, myX};
    QTest::newRow("case-insensitive") << QStringLiteral("name") << QStringLiteral("MY*TOKEN")
                                      << QStringList{myBig, myDash, myDot, myX};
    QTest::newRow("dot is literal")
            << QStringLiteral("name") << QStringLiteral("my.token") << QStringList{myDot};
    QTest::newRow("brackets are literal") << QStringLiteral("name") << QStringLiteral("[prod]*")
                                          << QStringList{QStringLiteral("[prod] token")};
    QTest::newRow("plus is literal") << QStringLiteral("name") << QStringLiteral("a+b")
                                     << QStringList{QStringLiteral("a+b")};
    QTest::newRow("anchored: no partial match")
            << QStringLiteral("name") << QStringLiteral("token") << QStringList{};
    QTest::newRow("status inactive") << QStringLiteral("status") << QStringLiteral("inactive")
                                     << QStringList{myDot, QStringLiteral("plain")};
    QTest::newRow("status glob is anchored") << QStringLiteral("status") << QStringLiteral("act*")
                                             << QStringList{QStringLiteral("MY big token"),
                                                            QStringLiteral("[prod] token"),
                                                            QStringLiteral("a+b"),
                                                            myDash,
                                                            myX,
                                                            QStringLiteral("test admin")};
}

void TestLocalInstance::globFilter_matchesAsDocumented()
{
    QFETCH(QString, filterField);
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    addToken(QStringLiteral("my-token"));
    addToken(QStringLiteral("my.token"), QStringLiteral("inactive"));
    addToken(QStringLiteral("myXtoken"));
    addToken(QStringLiteral("MY big token"));
    addToken(QStringLiteral("[prod] token"));
    addToken(QStringLiteral("a+b"));
    addToken(QStringLiteral("plain"), QStringLiteral("inactive"));
    const QString query
            = QStringLiteral("filterField=%1&filter=%2")
                      .arg(filterField, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    const Answer a = list(query);
    QCOMPARE(a.status, 200);
    QCOMPARE(namesOf(a.items()), expected);
    QCOMPARE(a.integer("totalCount"), int(expected.size()));
    QCOMPARE(a.json.value(QLatin1String("filterField")).toString(), filterField);
    QCOMPARE(a.json.value(QLatin1String("filter")).toString(), filter);
}

void TestLocalInstance::paging_coversEveryTokenOnceAndPastTheEndIsEmpty()
{
    for (int i = 0; i < 23; ++i)
        addToken(QStringLiteral("same name")); // ties everywhere: only the id orders them
    const int total = 24;
    QStringList all;
    for (int page = 0; page < 5; ++page) {
        const Answer a = list(QStringLiteral("perPage=5&page=%1").arg(page));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.integer("count"), page < 4 ? 5 : 4);
        QCOMPARE(a.integer("page"), page);
        QCOMPARE(a.integer("perPage"), 5);
        QCOMPARE(a.integer("totalCount"), total);
        all << idsOf(a.items());
    }
    QCOMPARE(all.size(), total);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), total);
    const Answer past = list(QStringLiteral("perPage=5&page=5"));
    QCOMPARE(past.status, 200);
    QVERIFY(past.items().isEmpty());
    QCOMPARE(past.integer("count"), 0);
    QCOMPARE(past.integer("totalCount"), total);
    const Answer farPast = list(QStringLiteral("perPage=1000&page=2147483647"));
    QCOMPARE(farPast.status, 200);
    QCOMPARE(farPast.integer("totalCount"), total);
}

void TestLocalInstance::badQueryValue_isA400NamingTheParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("unknown sortField")
            << QStringLiteral("sortField=owner") << QStringLiteral("sortField");
    QTest::newRow("sortField case")
            << QStringLiteral("sortField=Name") << QStringLiteral("sortField");
    QTest::newRow("bad sortDirection")
            << QStringLiteral("sortDirection=up") << QStringLiteral("sortDirection");
    QTest::newRow("mixed-case sortDirection")
            << QStringLiteral("sortDirection=Desc") << QStringLiteral("sortDirection");
    QTest::newRow("page -1") << QStringLiteral("page=-1") << QStringLiteral("page");
    QTest::newRow("page not a number") << QStringLiteral("page=first") << QStringLiteral("page");
    QTest::newRow("page 1.5") << QStringLiteral("page=1.5") << QStringLiteral("page");
    QTest::newRow("page too big") << QStringLiteral("page=99999999999") << QStringLiteral("page");
    QTest::newRow("perPage 0") << QStringLiteral("perPage=0") << QStringLiteral("perPage");
    QTest::newRow("perPage 5000") << QStringLiteral("perPage=5000") << QStringLiteral("perPage");
    QTest::newRow("perPage not a number")
            << QStringLiteral("perPage=ten") << QStringLiteral("perPage");
    QTest::newRow("unknown filterField")
            << QStringLiteral("filterField=creatorName&filter=x") << QStringLiteral("filterField");
}

void TestLocalInstance::badQueryValue_isA400NamingTheParameter()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const Answer a = list(query);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.type(), QStringLiteral("Validation"));
    QVERIFY2(a.message().contains(parameter), qPrintable(a.message()));
}

void TestLocalInstance::officialClientExtras_areIgnored()
{
    addToken(QStringLiteral("one"));
    const Answer plain = list(QStringLiteral("perPage=10"));
    const Answer extras
            = list(QStringLiteral("_actions=false&_links=true&_embedded=true&perPage=10"));
    QCOMPARE(extras.status, 200);
    QCOMPARE(extras.raw, plain.raw);
}

void TestLocalInstance::query_isRecordedStillPercentEncoded()
{
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);
    const Answer a = list(QStringLiteral("filterField=name&filter=a%2Bb%20c*"));
    QCOMPARE(a.status, 200);
    QCOMPARE(received.size(), 1);
    const RecordedRequest r = received.first().first().value<RecordedRequest>();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, tokensPath());
    QCOMPARE(r.rawQuery, QByteArray("filterField=name&filter=a%2Bb%20c*"));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(a.json.value(QLatin1String("filter")).toString(), QStringLiteral("a+b c*"));
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

void TestLocalInstance::create_refusesEachBrokenRuleNamingTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray org = R"({"orgId":"575ec8687ae143cd83dc4a97","role":"view"})";
    const QByteArray app = R"({"resourceId":"575ec7417ae143cd83dc4a95","role":"view"})";
    QTest::newRow("not JSON") << QByteArray("name=x") << QStringLiteral("JSON");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("array body") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("missing name") << QByteArray("{}") << QStringLiteral("name");
    QTest::newRow("empty name") << QByteArray(R"({"name":""})") << QStringLiteral("name");
    QTest::newRow("256-char name")
            << QByteArray("{\"name\":" + longJsonString(256) + '}') << QStringLiteral("name");
    QTest::newRow("name a number") << QByteArray(R"({"name":1})") << QStringLiteral("name");
    QTest::newRow("32768-char description")
            << QByteArray(R"({"name":"n","description":)" + longJsonString(32768) + '}')
            << QStringLiteral("description");
    QTest::newRow("bad date") << QByteArray(
            R"({"name":"n","expirationDate":"2030-13-01T00:00:00Z"})")
                              << QStringLiteral("expirationDate");
    QTest::newRow("date without zone")
            << QByteArray(R"({"name":"n","expirationDate":"2030-01-01T00:00:00"})")
            << QStringLiteral("expirationDate");
    QTest::newRow("bad defaultRole")
            << QByteArray(R"({"name":"n","defaultRole":"root"})") << QStringLiteral("defaultRole");
    QTest::newRow("bad status") << QByteArray(R"({"name":"n","status":"on"})")
                                << QStringLiteral("status");
    QTest::newRow("orgRoles not a list")
            << QByteArray(R"({"name":"n","orgRoles":{}})") << QStringLiteral("orgRoles");
    QTest::newRow("bad orgId") << QByteArray(
            R"({"name":"n","orgRoles":[{"orgId":"abc","role":"view"}]})")
                               << QStringLiteral("orgRoles[0].orgId");
    QTest::newRow("bad org role") << QByteArray(
            R"({"name":"n","orgRoles":[{"orgId":"sandbox","role":"owner"}]})")
                                  << QStringLiteral("orgRoles[0].role");
    QTest::newRow("26 orgs") << QByteArray(R"({"name":"n","orgRoles":)" + repeatedJson(org, 26)
                                           + '}')
                             << QStringLiteral("orgRoles");
    QTest::newRow("101 application roles") << QByteArray(
            R"({"name":"n","orgRoles":[{"orgId":"sandbox","role":"view","applicationRoles":)"
            + repeatedJson(app, 101) + "}]}")
                                           << QStringLiteral("orgRoles[0].applicationRoles");
    QTest::newRow("bad resourceId") << QByteArray(
            R"({"name":"n","orgRoles":[{"orgId":"sandbox","role":"view","dashboardRoles":[{"resourceId":"zz","role":"view"}]}]})")
                                    << QStringLiteral("orgRoles[0].dashboardRoles[0].resourceId");
    QTest::newRow("unknown scope") << QByteArray(R"({"name":"n","scope":["all.Everything"]})")
                                   << QStringLiteral("scope[0]");
    QTest::newRow("duplicate scope")
            << QByteArray(R"({"name":"n","scope":["all.Instance","all.Instance"]})")
            << QStringLiteral("scope[1]");
    QTest::newRow("scope a string")
            << QByteArray(R"({"name":"n","scope":"all.Instance"})") << QStringLiteral("scope");
    QTest::newRow("extra top-level key")
            << QByteArray(R"({"name":"n","owner":"me"})") << QStringLiteral("owner");
    QTest::newRow("extra key in orgRoles item")
            << QByteArray(R"({"name":"n","orgRoles":[{"orgId":"sandbox","role":"view","x":1}]})")
            << QStringLiteral("orgRoles[0].x");
}

void TestLocalInstance::create_refusesEachBrokenRuleNamingTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const int before = m_server->instance().tokenCount(m_instanceId);
    const Answer a = send("POST", tokensPath(), QString(), m_admin.token, body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.type(), QStringLiteral("Validation"));
    QVERIFY2(a.message().contains(field), qPrintable(a.message()));
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), before);
}

void TestLocalInstance::create_withAFullBody_echoesEveryField()
{
    m_server->instance().setClock([] { return kBase; });
    const QByteArray body = R"({"name":"ci-deploy-eu-west","description":"for the pipeline",
        "expirationDate":"2027-01-31T12:00:00+01:00","defaultRole":"view",
        "orgRoles":[{"orgId":"575ec8687ae143cd83dc4a97","role":"edit",
            "applicationRoles":[{"resourceId":"575ec7417ae143cd83dc4a95","role":"collaborate"}],
            "dashboardRoles":[{"resourceId":"575ec7417ae143cd83dc4a96","role":"none"}]}],
        "scope":["instanceApiTokens.get","instanceApiToken.get"],"status":"inactive"})";
    const Answer a = send("POST", tokensPath(), QString(), m_admin.token, body);
    QCOMPARE(a.status, 201);
    const QJsonObject t = a.json;
    auto str = [&t](const char *key) { return t.value(QLatin1String(key)).toString(); };
    QVERIFY(LosantIds::isValidId(str("id")));
    QCOMPARE(str("apiTokenId"), str("id"));
    QCOMPARE(str("ownerId"), m_instanceId);
    QVERIFY(!t.contains(QLatin1String("ownerType")));
    QCOMPARE(str("creatorId"), m_admin.id);
    QCOMPARE(str("creatorType"), QStringLiteral("apiToken"));
    QCOMPARE(str("creatorName"), QStringLiteral("test admin"));
    QCOMPARE(str("creationDate"), QStringLiteral("2026-03-01T12:00:00.000Z"));
    QCOMPARE(str("lastUpdated"), QStringLiteral("2026-03-01T12:00:00.000Z"));
    QCOMPARE(str("name"), QStringLiteral("ci-deploy-eu-west"));
    QCOMPARE(str("description"), QStringLiteral("for the pipeline"));
    QCOMPARE(str("expirationDate"), QStringLiteral("2027-01-31T11:00:00.000Z"));
    QCOMPARE(str("defaultRole"), QStringLiteral("view"));
    QCOMPARE(str("status"), QStringLiteral("inactive"));
    QCOMPARE(t.value(QLatin1String("scope")).toArray(),
             QJsonArray({QStringLiteral("instanceApiTokens.get"),
                         QStringLiteral("instanceApiToken.get")}));
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    QCOMPARE(t.value(QLatin1String("orgRoles")), sent.value(QLatin1String("orgRoles")));
    QVERIFY(str("token").size() >= 32);
    const std::optional<ApiToken> stored = m_server->instance().token(m_instanceId, str("id"));
    QVERIFY(stored.has_value());
    QVERIFY(stored->token.isEmpty());
}

void TestLocalInstance::create_withOnlyAName_isActiveWithAllInstanceScope()
{
    const Answer a = send("POST", tokensPath(), QString(), m_admin.token, R"({"name":"n"})");
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(a.json.value(QLatin1String("scope")).toArray(),
             QJsonArray{QStringLiteral("all.Instance")});
    QVERIFY(!a.json.contains(QLatin1String("expirationDate")));
}

void TestLocalInstance::secret_isReturnedOnlyByTheCreate()
{
    const Answer created = send("POST", tokensPath(), QString(), m_admin.token,
                                R"({"name":"fresh","scope":["all.Instance.read"]})");
    QCOMPARE(created.status, 201);
    const QString secret = created.json.value(QLatin1String("token")).toString();
    const QString id = created.json.value(QLatin1String("id")).toString();
    QVERIFY(!secret.isEmpty());

    // The new secret works, and no later answer carries any secret.
    const Answer listed = list(QString(), secret);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.integer("totalCount"), 2);
    QVERIFY(!listed.raw.contains(secret.toUtf8()));
    QVERIFY(!listed.raw.contains(m_admin.token.toUtf8()));
    for (const QJsonValue &v : listed.items())
        QVERIFY(!v.toObject().contains(QLatin1String("token")));
    const Answer got = send("GET", tokensPath() + QLatin1Char('/') + id, QString(), secret);
    QCOMPARE(got.status, 200);
    QVERIFY(!got.json.contains(QLatin1String("token")));
    QCOMPARE(got.json.value(QLatin1String("name")).toString(), QStringLiteral("fresh"));
}

void TestLocalInstance::missingOrBadCredentials_areA401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("none") << QByteArray() << QStringLiteral("required");
    QTest::newRow("not Bearer") << QByteArray("Basic dXNlcjpwYXNz") << QStringLiteral("Bearer");
    QTest::newRow("unknown secret") << QByteArray("Bearer nope") << QStringLiteral("not valid");
    QTest::newRow("inactive") << QByteArray("inactive") << QStringLiteral("inactive");
    QTest::newRow("expired") << QByteArray("expired") << QStringLiteral("expired");
}

void TestLocalInstance::missingOrBadCredentials_areA401()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, mentions);
    ApiToken t;
    t.name = QStringLiteral("special");
    t.scope = QStringList{QStringLiteral("all.Instance")};
    if (authorization == "inactive") {
        t.status = QStringLiteral("inactive");
        authorization = "Bearer " + m_server->instance().addToken(m_instanceId, t).token.toUtf8();
    } else if (authorization == "expired") {
        t.expirationDate = QDateTime::currentDateTimeUtc().addSecs(-1);
        authorization = "Bearer " + m_server->instance().addToken(m_instanceId, t).token.toUtf8();
    }
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(tokensPath())));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network->get(request);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("Unauthorized"));
    QVERIFY2(o.value(QLatin1String("message")).toString().contains(mentions),
             qPrintable(o.value(QLatin1String("message")).toString()));
    reply->deleteLater();
}

void TestLocalInstance::tokenWithoutTheScope_isA403_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("onOne");
    QTest::addColumn<int>("status");
    const QStringList read{QStringLiteral("all.Instance.read")};
    const QStringList bounded{QStringLiteral("all.Instance.bounded")};
    const QStringList collection{QStringLiteral("instanceApiTokens.*")};
    const QStringList single{QStringLiteral("instanceApiToken.*")};
    const QStringList user{QStringLiteral("all.User")};
    QTest::newRow("read-only lists") << read << QByteArray("GET") << false << 200;
    QTest::newRow("read-only creating") << read << QByteArray("POST") << false << 403;
    QTest::newRow("read-only gets one") << read << QByteArray("GET") << true << 200;
    QTest::newRow("read-only patching") << read << QByteArray("PATCH") << true << 403;
    QTest::newRow("read-only deleting") << read << QByteArray("DELETE") << true << 403;
    QTest::newRow("bounded gets one") << bounded << QByteArray("GET") << true << 200;
    QTest::newRow("bounded cannot list") << bounded << QByteArray("GET") << false << 403;
    QTest::newRow("collection scope creates") << collection << QByteArray("POST") << false << 201;
    QTest::newRow("collection scope cannot delete")
            << collection << QByteArray("DELETE") << true << 403;
    QTest::newRow("single scope deletes") << single << QByteArray("DELETE") << true << 200;
    QTest::newRow("single scope cannot list") << single << QByteArray("GET") << false << 403;
    QTest::newRow("all.User patches") << user << QByteArray("PATCH") << true << 200;
    QTest::newRow("exact post scope creates")
            << QStringList{QStringLiteral("instanceApiTokens.post")} << QByteArray("POST") << false
            << 201;
    QTest::newRow("no scopes") << QStringList{} << QByteArray("GET") << false << 403;
}

void TestLocalInstance::tokenWithoutTheScope_isA403()
{
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, verb);
    QFETCH(bool, onOne);
    QFETCH(int, status);
    const QString secret
            = m_server->instance().issueToken(m_instanceId, QStringLiteral("limited"), scopes);
    const QString target = addToken(QStringLiteral("target")).id;
    const QString path = onOne ? tokensPath() + QLatin1Char('/') + target : tokensPath();
    const QByteArray body
            = verb == "GET" || verb == "DELETE" ? QByteArray() : QByteArray(R"({"name":"x"})");
    const Answer a = send(verb, path, QString(), secret, body);
    QCOMPARE(a.status, status);
    if (status == 403) {
        QCOMPARE(a.type(), QStringLiteral("Forbidden"));
        QVERIFY2(a.message().contains(QLatin1String("all.Instance")), qPrintable(a.message()));
    }
}

void TestLocalInstance::tokenOfAnotherInstance_isA403()
{
    const QString other = m_server->instance().addInstance();
    const QString otherSecret = m_server->instance().issueToken(
            other, QStringLiteral("other admin"), {QStringLiteral("all.Instance")});
    const Answer a = list(QString(), otherSecret);
    QCOMPARE(a.status, 403);
    QCOMPARE(a.type(), QStringLiteral("Forbidden"));
    QVERIFY(a.message().contains(QLatin1String("another instance")));
    QCOMPARE(send("GET", tokensPath(other), QString(), otherSecret).status, 200);
}

void TestLocalInstance::patch_changesTheGivenFieldsAndBumpsLastUpdated()
{
    QDateTime now = kBase;
    m_server->instance().setClock([&now] { return now; });
    ApiToken t;
    t.name = QStringLiteral("before");
    t.description = QStringLiteral("keep me");
    t.scope = QStringList{QStringLiteral("all.Instance.read")};
    t.expirationDate = kBase.addDays(30);
    const QString id = m_server->instance().addToken(m_instanceId, t).id;
    now = kBase.addSecs(90);
    const QString path = tokensPath() + QLatin1Char('/') + id;
    const Answer a = send("PATCH", path, QString(), m_admin.token,
                          R"({"name":"after","status":"inactive","defaultRole":"edit",
                              "orgRoles":[{"orgId":"sandbox","role":"view"}]})");
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("name")).toString(), QStringLiteral("after"));
    QCOMPARE(a.json.value(QLatin1String("status")).toString(), QStringLiteral("inactive"));
    QCOMPARE(a.json.value(QLatin1String("description")).toString(), QStringLiteral("keep me"));
    QCOMPARE(a.json.value(QLatin1String("lastUpdated")).toString(),
             QStringLiteral("2026-03-01T12:01:30.000Z"));
    QCOMPARE(a.json.value(QLatin1String("creationDate")).toString(),
             QStringLiteral("2026-03-01T12:00:00.000Z"));
    QVERIFY(!a.json.contains(QLatin1String("token")));
    const ApiToken stored = *m_server->instance().token(m_instanceId, id);
    QCOMPARE(stored.name, QStringLiteral("after"));
    QCOMPARE(stored.defaultRole, QStringLiteral("edit"));
    QCOMPARE(stored.orgRoles.size(), 1);
    QCOMPARE(stored.expirationDate, kBase.addDays(30));
    QCOMPARE(stored.scope, QStringList{QStringLiteral("all.Instance.read")});
    // The list sees the change at once (the sorted index was invalidated).
    const Answer listed = list(QStringLiteral("filterField=name&filter=after"));
    QCOMPARE(listed.integer("totalCount"), 1);
}

void TestLocalInstance::patch_refusesABadBody()
{
    const QString path = tokensPath() + QLatin1Char('/') + addToken(QStringLiteral("t")).id;
    const Answer scope
            = send("PATCH", path, QString(), m_admin.token, R"({"scope":["all.Instance"]})");
    QCOMPARE(scope.status, 400);
    QVERIFY(scope.message().contains(QLatin1String("scope")));
    const Answer name = send("PATCH", path, QString(), m_admin.token, R"({"name":""})");
    QCOMPARE(name.status, 400);
    QVERIFY(name.message().contains(QLatin1String("name")));
    const Answer junk = send("PATCH", path, QString(), m_admin.token, "{");
    QCOMPARE(junk.status, 400);
    const Answer missing = send("PATCH", tokensPath() + QLatin1Char('/') + kUnknownId, QString(),
                                m_admin.token, R"({"name":"x"})");
    QCOMPARE(missing.status, 404);
}

void TestLocalInstance::delete_removesTheToken()
{
    const ApiToken t = addToken(QStringLiteral("doomed"));
    const QString path = tokensPath() + QLatin1Char('/') + t.id;
    const Answer a = send("DELETE", path, QString(), m_admin.token);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("success")), QJsonValue(true));
    QCOMPARE(a.json.size(), 1);
    QVERIFY(!m_server->instance().token(m_instanceId, t.id).has_value());
    QCOMPARE(send("GET", path, QString(), m_admin.token).status, 404);
    QCOMPARE(send("DELETE", path, QString(), m_admin.token).status, 404);
    // Its secret no longer authenticates.
    QCOMPARE(list(QString(), t.token).status, 401);
}

void TestLocalInstance::unknownOrMalformedPaths_areA404OrA400_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("authorized");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    const QString tokens = QStringLiteral("/instances/%1/tokens/").arg(QStringLiteral("INSTANCE"));
    QTest::newRow("unknown token") << QByteArray("GET") << tokens + kUnknownId << true << 404
                                   << QStringLiteral("not found");
    QTest::newRow("unknown instance")
            << QByteArray("GET") << QStringLiteral("/instances/%1/tokens").arg(kUnknownId) << true
            << 404 << QStringLiteral("not found");
    QTest::newRow("malformed instanceId, before auth")
            << QByteArray("GET") << QStringLiteral("/instances/xyz/tokens") << false << 400
            << QStringLiteral("instanceId");
    QTest::newRow("malformed apiTokenId") << QByteArray("DELETE") << tokens + QStringLiteral("12")
                                          << true << 400 << QStringLiteral("apiTokenId");
    QTest::newRow("other route") << QByteArray("GET") << QStringLiteral("/me") << true << 404
                                 << QStringLiteral("/me");
    QTest::newRow("PUT on a token")
            << QByteArray("PUT") << tokens + kUnknownId << true << 404 << QStringLiteral("PUT");
    QTest::newRow("too deep") << QByteArray("GET") << tokens + kUnknownId + QStringLiteral("/x")
                              << true << 404 << QString();
    // The application and /me paths check their IDs the same way.
    QTest::newRow("unknown application")
            << QByteArray("GET") << QStringLiteral("/applications/%1/tokens").arg(kUnknownId)
            << true << 404 << QStringLiteral("not found");
    QTest::newRow("malformed applicationId, before auth")
            << QByteArray("POST") << QStringLiteral("/applications/12/tokens") << false << 400
            << QStringLiteral("applicationId");
    QTest::newRow("malformed apiTokenId of /me, before auth")
            << QByteArray("PATCH") << QStringLiteral("/me/tokens/zz") << false << 400
            << QStringLiteral("apiTokenId");
    QTest::newRow("POST on one of /me")
            << QByteArray("POST") << QStringLiteral("/me/tokens/") + kUnknownId << true << 404
            << QStringLiteral("POST");
    QTest::newRow("/me too deep") << QByteArray("GET")
                                  << QStringLiteral("/me/tokens/%1/x").arg(kUnknownId) << true
                                  << 404 << QString();
}

void TestLocalInstance::unknownOrMalformedPaths_areA404OrA400()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(bool, authorized);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    path.replace(QLatin1String("INSTANCE"), m_instanceId);
    const Answer a = send(verb, path, QString(), authorized ? m_admin.token : QString());
    QCOMPARE(a.status, status);
    QCOMPARE(a.type(), status == 400 ? QStringLiteral("Validation") : QStringLiteral("NotFound"));
    QVERIFY2(a.message().contains(mentions, Qt::CaseInsensitive), qPrintable(a.message()));
}

void TestLocalInstance::delayFault_answersLater()
{
    LocalInstanceServer::Fault fault;
    fault.delayMs = 300;
    m_server->setFault(LocalInstanceServer::Route::List, fault);
    QElapsedTimer timer;
    timer.start();
    const Answer a = list(QString());
    QCOMPARE(a.status, 200);
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(a.integer("totalCount"), 1);
    // A reply abandoned while it waits does not trouble the server.
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(tokensPath())));
    QNetworkReply *reply = m_network->get(request);
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);
    QVERIFY(received.wait(5000));
    reply->abort();
    reply->deleteLater();
    m_server->clearFaults();
    QCOMPARE(list(QString()).status, 200);
}

void TestLocalInstance::statusFault_answersThatStatusForItsTimes()
{
    LocalInstanceServer::Fault fault;
    fault.status = 503;
    fault.times = 2;
    m_server->setFault(LocalInstanceServer::Route::Create, fault);
    for (int i = 0; i < 2; ++i) {
        const Answer a = send("POST", tokensPath(), QString(), m_admin.token, R"({"name":"n"})");
        QCOMPARE(a.status, 503);
        QVERIFY(!a.type().isEmpty());
        QVERIFY(!a.message().isEmpty());
    }
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), 1); // not processed
    QCOMPARE(list(QString()).status, 200); // other routes are unaffected
    QCOMPARE(send("POST", tokensPath(), QString(), m_admin.token, R"({"name":"n"})").status, 201);
}

void TestLocalInstance::statusFault_withBodyAndContentType_sendsThemAsIs()
{
    LocalInstanceServer::Fault fault;
    fault.status = 502;
    fault.body = "<html><body>Bad gateway</body></html>";
    fault.contentType = "text/html";
    m_server->setFault(LocalInstanceServer::Route::Get, fault);
    const Answer a
            = send("GET", tokensPath() + QLatin1Char('/') + m_admin.id, QString(), m_admin.token);
    QCOMPARE(a.status, 502);
    QCOMPARE(a.raw, fault.body);
    QCOMPARE(a.contentType, QByteArray("text/html"));
}

void TestLocalInstance::droppedCreate_stillStoresTheToken()
{
    LocalInstanceServer::Fault fault;
    fault.dropConnection = true;
    m_server->setFault(LocalInstanceServer::Route::Create, fault);
    const Answer a = send("POST", tokensPath(), QString(), m_admin.token, R"({"name":"lost"})");
    QVERIFY(a.error != QNetworkReply::NoError);
    QCOMPARE(a.status, 0);
    // Qt may resend a request whose connection closed early: each one that arrived is stored.
    int posts = 0;
    for (const RecordedRequest &r : m_server->requests())
        posts += r.method == "POST" ? 1 : 0;
    QVERIFY(posts >= 1);
    QCOMPARE(m_server->instance().tokenCount(m_instanceId), 1 + posts);
    m_server->clearFaults();
    const Answer listed = list(QStringLiteral("filterField=name&filter=lost"));
    QCOMPARE(listed.integer("totalCount"), posts);
}

void TestLocalInstance::hundredThousandTokens_pageWithoutOverlap()
{
    LocalInstance &instance = m_server->instance();
    for (int i = 0; i < 100000; ++i) {
        ApiToken t;
        t.name = QStringLiteral("bulk %1").arg(i % 997);
        t.creationDate = kBase.addSecs(i % 5000);
        instance.addToken(m_instanceId, t, QStringLiteral("secret-%1").arg(i));
    }
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    QString last;
    for (int page = 0; page < 101; ++page) {
        const Answer a
                = list(QStringLiteral("sortField=creationDate&perPage=1000&page=%1").arg(page));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.integer("totalCount"), 100001);
        const QJsonArray items = a.items();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString key = o.value(QLatin1String("creationDate")).toString()
                    + o.value(QLatin1String("id")).toString();
            QVERIFY(last < key); // strictly increasing: no overlap across pages
            last = key;
        }
        seen += int(items.size());
    }
    QCOMPARE(seen, 100001);
    qDebug("paged through 100001 tokens in %lld ms", timer.elapsed());
}

void TestLocalInstance::demoData_isDeterministicAndVaried()
{
    LocalInstance a;
    LocalInstance b;
    const QDateTime fixed = kBase;
    a.setClock([fixed] { return fixed; });
    b.setClock([fixed] { return fixed; });
    const DemoInstance da = DemoData::populate(a);
    const DemoInstance db = DemoData::populate(b);
    QCOMPARE(da.instanceId, db.instanceId);
    QCOMPARE(a.tokenCount(da.instanceId), 251);
    QList<ApiToken> ta = a.tokens(da.instanceId);
    QList<ApiToken> tb = b.tokens(db.instanceId);
    auto byId = [](const ApiToken &x, const ApiToken &y) { return x.id < y.id; };
    std::sort(ta.begin(), ta.end(), byId);
    std::sort(tb.begin(), tb.end(), byId);
    QCOMPARE(ta.size(), tb.size());
    int inactive = 0, expired = 0, soon = 0, never = 0, withOrgs = 0;
    QSet<QString> creatorTypes;
    for (qsizetype i = 0; i < ta.size(); ++i) {
        QCOMPARE(ta.at(i).toJson(), tb.at(i).toJson());
        const ApiToken &t = ta.at(i);
        inactive += t.isActive() ? 0 : 1;
        expired += t.isExpired(fixed) ? 1 : 0;
        soon += !t.isExpired(fixed) && t.expirationDate.isValid()
                        && t.expirationDate < fixed.addDays(30)
                ? 1
                : 0;
        never += t.expirationDate.isValid() ? 0 : 1;
        withOrgs += t.orgRoles.isEmpty() ? 0 : 1;
        creatorTypes.insert(t.creatorType);
        QVERIFY(t.creationDate <= fixed && t.creationDate > fixed.addYears(-3));
    }
    QVERIFY(inactive > 25 && inactive < 80);
    QVERIFY(expired > 10);
    QVERIFY(soon > 10);
    QVERIFY(never > 60);
    QVERIFY(withOrgs > 5);
    QCOMPARE(creatorTypes.size(), 3);

    // The admin secret works over HTTP.
    LocalInstanceServer server(&a);
    QVERIFY(server.start() != 0);
    QNetworkRequest request(server.baseUrl().resolved(
            QUrl(QStringLiteral("/instances/%1/tokens?perPage=5").arg(da.instanceId))));
    request.setRawHeader("Authorization", "Bearer " + da.adminSecret.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestLocalInstance::demoData_servesTwoApplicationsAndMyTokens()
{
    LocalInstance a;
    LocalInstance b;
    a.setClock([] { return kBase; });
    b.setClock([] { return kBase; });
    const DemoInstance da = DemoData::populate(a, 30);
    const DemoInstance db = DemoData::populate(b, 30);
    using Kind = TokenLocation::Kind;
    // The instance first, then the applications by name, then the user's own tokens.
    QCOMPARE(da.collections.size(), 4);
    QCOMPARE(da.collections.at(0).location, TokenLocation::instance(da.instanceId));
    QCOMPARE(da.collections.at(1).location.kind(), Kind::Application);
    QCOMPARE(da.collections.at(1).name, QStringLiteral("Greenhouse sensors"));
    QCOMPARE(da.collections.at(2).location.kind(), Kind::Application);
    QCOMPARE(da.collections.at(2).name, QStringLiteral("Fleet telemetry"));
    QCOMPARE(da.collections.at(3).location, TokenLocation::user());
    const QString greenhouse = da.collections.at(1).location.ownerId();
    const QString fleet = da.collections.at(2).location.ownerId();
    QVERIFY(LosantIds::isValidId(greenhouse) && LosantIds::isValidId(fleet));
    QCOMPARE(a.tokenCount(Kind::Application, greenhouse), 40);
    QCOMPARE(a.tokenCount(Kind::Application, fleet), 600);
    QVERIFY(a.tokenCount(Kind::User, da.userId) > 10);

    // Same seed, same collections and tokens.
    for (qsizetype c = 0; c < da.collections.size(); ++c)
        QCOMPARE(db.collections.at(c).location, da.collections.at(c).location);
    QCOMPARE(db.userId, da.userId);
    const QList<QPair<Kind, QString>> owners{
            {Kind::Application, greenhouse}, {Kind::Application, fleet}, {Kind::User, da.userId}};
    auto byId = [](const ApiToken &x, const ApiToken &y) { return x.id < y.id; };
    for (const auto &[kind, owner] : owners) {
        QList<ApiToken> ta = a.tokens(kind, owner);
        QList<ApiToken> tb = b.tokens(kind, owner);
        std::sort(ta.begin(), ta.end(), byId);
        std::sort(tb.begin(), tb.end(), byId);
        QCOMPARE(ta.size(), tb.size());
        QSet<QString> names;
        for (qsizetype i = 0; i < ta.size(); ++i) {
            QCOMPARE(ta.at(i).toJson(), tb.at(i).toJson());
            const ApiToken &t = ta.at(i);
            names.insert(t.name);
            QCOMPARE(t.ownerId, owner);
            QCOMPARE(t.ownerType, TokenLocation::kindKey(kind));
            if (kind == Kind::Application) {
                QVERIFY(t.orgRoles.isEmpty() && t.defaultRole.isEmpty());
                for (const QString &scope : t.scope)
                    QVERIFY2(TokenPermissions::grantableScopes(kind).contains(scope),
                             qPrintable(scope));
            }
        }
        QVERIFY(names.size() > ta.size() / 4); // varied, not one name repeated
    }

    // The demo's access token is the user's, and reaches all three kinds over HTTP.
    LocalInstanceServer server(&a);
    QVERIFY(server.start() != 0);
    for (const DemoCollection &c : da.collections) {
        QNetworkRequest request(
                server.baseUrl().resolved(QUrl(c.location.collectionPath() + u"?perPage=5")));
        request.setRawHeader("Authorization", "Bearer " + da.adminSecret.toUtf8());
        QNetworkReply *reply = m_network->get(request);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TestLocalInstance)
#include "tst_localinstance.moc"
