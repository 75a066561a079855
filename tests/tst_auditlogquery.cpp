// The audit log query on the wire (issue 14): every filter kind alone and combined, the time
// range, sort and paging go out exactly as Losant's official client (losant-rest, qs.stringify)
// writes them, and the local instance decodes them back: its answer honours each one
// (docs/api.md "Audit log", "Query encoding").
#include "support/AuditOutcome.h"
#include "support/LocalApiFixture.h"

#include <QTest>

namespace {
const QString kX = QStringLiteral("5f00000000000000000000a1"); // targets
const QString kY = QStringLiteral("5f00000000000000000000a2");
const QString kZ = QStringLiteral("5f00000000000000000000a3");
const QString kS = QStringLiteral("5f00000000000000000000b1"); // a secondary target
const QString kA = QStringLiteral("5f00000000000000000000c1"); // the "ci" token
const QString kB = QStringLiteral("5f00000000000000000000c2"); // the "bot" token
const QString kU = QStringLiteral("5f00000000000000000000d1"); // the user Ada
const QDateTime kT = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC); // 1767225600000

// The entries' labels in the order expected, e.g. "e5 e4".
QStringList order(const char *labels)
{
    return QString::fromLatin1(labels).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// What the official client sends before every call's own parameters.
const QByteArray kHal = "_actions=false&_links=true&_embedded=true&";
} // namespace

Q_DECLARE_METATYPE(AuditLogQuery)

class TestAuditLogQuery : public LocalApiTest
{
    Q_OBJECT

private:
    // Five entries, one a second from kT + 1 s, labelled e1..e5 by their targets' ID order.
    void addHistory();
    QStringList labels(const QList<InstanceAuditLog> &entries) const;

private Q_SLOTS:
    void query_isOnTheWireAsTheOfficialClientWritesIt_andHonoured_data();
    void query_isOnTheWireAsTheOfficialClientWritesIt_andHonoured();
    void defaultQuery_isLosantsDefaults();
};

void TestAuditLogQuery::addHistory()
{
    const AuditParty ci{kA, QStringLiteral("ApiToken"), QStringLiteral("ci")};
    const AuditParty ada{kU, QStringLiteral("User"), QStringLiteral("Ada")};
    const AuditParty bot{kB, QStringLiteral("ApiToken"), QStringLiteral("bot")};
    const AuditParty x{kX, QStringLiteral("ApiToken"), QStringLiteral("alpha*1 & co")};
    const AuditParty y{kY, QStringLiteral("ApiToken"), QStringLiteral("beta")};
    const AuditParty z{kZ, QStringLiteral("ApiToken"), QStringLiteral("gamma")};
    struct Row
    {
        const char *id;
        AuditParty actor, target;
        const char *resource, *action;
        int status;
    };
    const Row rows[] = {
            {"5f00000000000000000000e1", ci, x, "instanceApiTokens", "post", 201},
            {"5f00000000000000000000e2", ada, x, "instanceApiToken", "patch", 200},
            {"5f00000000000000000000e3", ci, y, "instanceApiToken", "patch", 403},
            {"5f00000000000000000000e4", ada, y, "instanceApiToken", "delete", 200},
            {"5f00000000000000000000e5", bot, z, "instanceApiTokens", "post", 400},
    };
    int second = 1;
    for (const Row &r : rows) {
        InstanceAuditLog e;
        e.id = QLatin1String(r.id);
        e.creationDate = kT.addSecs(second++);
        e.actor = r.actor;
        e.primaryTarget = r.target;
        if (r.status == 400)
            e.secondaryTarget = {kS, QStringLiteral("ApiToken"), QStringLiteral("source")};
        e.requestResource = QLatin1String(r.resource);
        e.requestAction = QLatin1String(r.action);
        e.responseStatus = r.status;
        m_server->instance().addAuditLog(m_instanceId, e);
    }
}

QStringList TestAuditLogQuery::labels(const QList<InstanceAuditLog> &entries) const
{
    QStringList l;
    for (const InstanceAuditLog &e : entries)
        l << e.id.right(2);
    return l;
}

void TestAuditLogQuery::query_isOnTheWireAsTheOfficialClientWritesIt_andHonoured_data()
{
    QTest::addColumn<AuditLogQuery>("query");
    QTest::addColumn<QByteArray>("wire"); // after the _actions/_links/_embedded trio
    QTest::addColumn<QStringList>("expected"); // the entries answered, in order
    QTest::addColumn<int>("total");

    // The expected strings are what qs.stringify (losant-rest's serialiser) writes for the same
    // parameters, recorded from the JavaScript client.
    const QByteArray defaults = "sortField=creationDate&sortDirection=desc&page=0&perPage=100";
    const QString apiToken = QStringLiteral("ApiToken");
    AuditLogQuery q;
    QTest::newRow("no filter") << q << defaults << order("e5 e4 e3 e2 e1") << 5;

    q = {};
    q.filter.primaryTargets = {{kX, apiToken, {}}};
    QTest::newRow("primary target") << q
                                    << defaults
                    + "&auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Btype%5D=ApiToken"
                      "&auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Bid%5D=5f00000000000000000000a1"
                                    << order("e2 e1") << 2;

    q = {};
    q.filter.primaryTargets = {{kX, {}, {}}, {kZ, {}, {}}};
    QTest::newRow("two primary targets: either") << q
                                                 << defaults
                    + "&auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Bid%5D=5f00000000000000000000a1"
                      "&auditLogFilter%5BprimaryTarget%5D%5B1%5D%5Bid%5D=5f00000000000000000000a3"
                                                 << order("e5 e2 e1") << 3;

    q = {};
    q.filter.primaryTargets = {{{}, {}, QStringLiteral("alpha*1 & co")}};
    QTest::newRow("primary target by a name to encode")
            << q
            << defaults + "&auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Bname%5D=alpha%2A1%20%26%20co"
            << order("e2 e1") << 2;

    q = {};
    q.filter.secondaryTargets = {{kS, apiToken, {}}};
    QTest::newRow("secondary target") << q
                                      << defaults
                    + "&auditLogFilter%5BsecondaryTarget%5D%5B0%5D%5Btype%5D=ApiToken"
                      "&auditLogFilter%5BsecondaryTarget%5D%5B0%5D%5Bid%5D=5f00000000000000000000b1"
                                      << order("e5") << 1;

    q = {};
    q.filter.actors = {{{}, QStringLiteral("User"), {}}};
    QTest::newRow("actor by type")
            << q << defaults + "&auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User" << order("e4 e2")
            << 2;

    q = {};
    q.filter.actors = {{kA, {}, QStringLiteral("ci")}};
    QTest::newRow("actor by id and name") << q
                                          << defaults
                    + "&auditLogFilter%5Bactor%5D%5B0%5D%5Bid%5D=5f00000000000000000000c1"
                      "&auditLogFilter%5Bactor%5D%5B0%5D%5Bname%5D=ci"
                                          << order("e3 e1") << 2;

    q = {};
    q.filter.requests = {{QStringLiteral("instanceApiToken"), QStringLiteral("patch")}};
    QTest::newRow("request") << q
                             << defaults
                    + "&auditLogFilter%5Brequest%5D%5B0%5D%5Bresource%5D=instanceApiToken"
                      "&auditLogFilter%5Brequest%5D%5B0%5D%5Baction%5D=patch"
                             << order("e3 e2") << 2;

    q = {};
    q.filter.requests = {{{}, QStringLiteral("delete")}};
    QTest::newRow("request action only")
            << q << defaults + "&auditLogFilter%5Brequest%5D%5B0%5D%5Baction%5D=delete"
            << order("e4") << 1;

    q = {};
    q.filter.responseCodes = {403, 400};
    QTest::newRow("response codes") << q
                                    << defaults
                    + "&auditLogFilter%5BresponseCode%5D%5B0%5D=403"
                      "&auditLogFilter%5BresponseCode%5D%5B1%5D=400"
                                    << order("e5 e3") << 2;

    q = {};
    q.filter.actors = {{{}, apiToken, {}}};
    q.filter.responseCodes = {201, 403};
    QTest::newRow("actor and response codes: both") << q
                                                    << defaults
                    + "&auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=ApiToken"
                      "&auditLogFilter%5BresponseCode%5D%5B0%5D=201"
                      "&auditLogFilter%5BresponseCode%5D%5B1%5D=403"
                                                    << order("e3 e1") << 2;

    q = {};
    q.filter.primaryTargets = {{{}, apiToken, {}}};
    q.filter.secondaryTargets = {{kS, apiToken, {}}};
    q.filter.actors = {{kB, apiToken, {}}};
    q.filter.requests = {{QStringLiteral("instanceApiTokens"), QStringLiteral("post")}};
    q.filter.responseCodes = {400};
    QTest::newRow("every key") << q
                               << defaults
                    + "&auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Btype%5D=ApiToken"
                      "&auditLogFilter%5BsecondaryTarget%5D%5B0%5D%5Btype%5D=ApiToken"
                      "&auditLogFilter%5BsecondaryTarget%5D%5B0%5D%5Bid%5D=5f00000000000000000000b1"
                      "&auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=ApiToken"
                      "&auditLogFilter%5Bactor%5D%5B0%5D%5Bid%5D=5f00000000000000000000c2"
                      "&auditLogFilter%5Brequest%5D%5B0%5D%5Bresource%5D=instanceApiTokens"
                      "&auditLogFilter%5Brequest%5D%5B0%5D%5Baction%5D=post"
                      "&auditLogFilter%5BresponseCode%5D%5B0%5D=400"
                               << order("e5") << 1;

    q = {};
    q.filter.actors = {{kB, apiToken, {}}};
    q.filter.responseCodes = {201};
    QTest::newRow("keys that exclude each other") << q
                                                  << defaults
                    + "&auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=ApiToken"
                      "&auditLogFilter%5Bactor%5D%5B0%5D%5Bid%5D=5f00000000000000000000c2"
                      "&auditLogFilter%5BresponseCode%5D%5B0%5D=201"
                                                  << order("") << 0;

    q = {};
    q.start = kT.addSecs(2);
    q.end = kT.addSecs(4);
    QTest::newRow("start and end, inclusive")
            << q << defaults + "&start=1767225602000&end=1767225604000" << order("e4 e3 e2") << 3;

    q = {};
    q.start = kT.addSecs(3);
    QTest::newRow("start only") << q << defaults + "&start=1767225603000" << order("e5 e4 e3") << 3;

    q = {};
    q.sortField = QStringLiteral("responseStatus");
    q.sortDirection = QStringLiteral("asc");
    // Ties keep the order recorded: e2 before e4.
    QTest::newRow("by status, ascending")
            << q << QByteArray("sortField=responseStatus&sortDirection=asc&page=0&perPage=100")
            << order("e2 e4 e1 e5 e3") << 5;

    q = {};
    q.sortField = QStringLiteral("actorName");
    q.sortDirection = QStringLiteral("asc");
    QTest::newRow("by actor name, ascending")
            << q << QByteArray("sortField=actorName&sortDirection=asc&page=0&perPage=100")
            << order("e2 e4 e5 e1 e3") << 5;

    q = {};
    q.page = 1;
    q.perPage = 2;
    QTest::newRow("second page of two")
            << q << QByteArray("sortField=creationDate&sortDirection=desc&page=1&perPage=2")
            << order("e3 e2") << 5;
}

void TestAuditLogQuery::query_isOnTheWireAsTheOfficialClientWritesIt_andHonoured()
{
    QFETCH(AuditLogQuery, query);
    QFETCH(QByteArray, wire);
    QFETCH(QStringList, expected);
    QFETCH(int, total);
    addHistory();

    const AuditOutcome o = runAudit(m_client->listAuditLogs(m_instanceId, query));
    QVERIFY(o.finished);
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    const RecordedRequest r = m_server->requests().last();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/instance/%1/audit-logs").arg(m_instanceId));
    QCOMPARE(r.rawQuery, kHal + wire);
    QCOMPARE(labels(o.page.items), expected);
    QCOMPARE(o.page.totalCount, total);
    QCOMPARE(o.page.count, int(expected.size()));
    QCOMPARE(o.page.page, query.page);
    QCOMPARE(o.page.perPage, query.perPage);
    QCOMPARE(o.page.sortField, query.sortField);
    QCOMPARE(o.page.sortDirection, query.sortDirection);
}

void TestAuditLogQuery::defaultQuery_isLosantsDefaults()
{
    // The reference page's defaults: newest first, 100 a page, nothing filtered.
    const AuditLogQuery q;
    QCOMPARE(q.sortField, QStringLiteral("creationDate"));
    QCOMPARE(q.sortDirection, QStringLiteral("desc"));
    QCOMPARE(q.page, 0);
    QCOMPARE(q.perPage, 100);
    QVERIFY(q.filter.isEmpty());
    QVERIFY(!q.start.isValid() && !q.end.isValid());
}

QTEST_GUILESS_MAIN(TestAuditLogQuery)
#include "tst_auditlogquery.moc"
