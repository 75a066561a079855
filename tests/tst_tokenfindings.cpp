// The hygiene rules on crafted tokens, one row per rule and per boundary (7, 30 and 90 days),
// the duplicate-name rule over a set, the team policy's checks and file, and the demo data,
// which must show every rule at least once.
#include "core/TokenFindings.h"
#include "core/TokenPolicy.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kDay = 24 * 3600;

// A token no rule minds: active, described, narrow, made by a person, expiring in 60 days.
ApiToken cleanToken()
{
    ApiToken t;
    t.id = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa");
    t.name = QStringLiteral("grafana");
    t.description = QStringLiteral("Dashboards.");
    t.status = QStringLiteral("active");
    t.scope = {QStringLiteral("devices.get")};
    t.creatorType = QStringLiteral("user");
    t.creatorName = QStringLiteral("Ada");
    t.creationDate = kNow.addDays(-10);
    t.lastUpdated = kNow.addDays(-10);
    t.expirationDate = kNow.addDays(60);
    return t;
}

QSet<QString> ruleSet(const QList<TokenFinding> &findings)
{
    QSet<QString> ids;
    for (const TokenFinding &f : findings)
        ids.insert(f.ruleId);
    return ids;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList l;
    for (const char *id : list)
        l.append(QLatin1String(id));
    return l;
}

QSet<QString> setOf(const QStringList &l)
{
    return QSet<QString>(l.cbegin(), l.cend());
}
} // namespace

class TestTokenFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void duplicateNames_countOnlyActiveTokens();
    void everyFinding_namesItsToken_andHasAReason();
    void severityKeys_roundTrip();
    void policyViolations_data();
    void policyViolations();
    void policyFile_roundTrips();
    void policyFile_refusesMistakes_data();
    void policyFile_refusesMistakes();
    void demoData_showsEveryRule();
};

void TestTokenFindings::rule_data()
{
    // A change to the clean token, the rules that fire (exactly) and the severity of `focus`.
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<qint64>("expiresInSecs"); // 0: unchanged; -0x7fff…: never
    QTest::addColumn<int>("updatedDaysAgo"); // -1: unchanged
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("focus");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("action");
    const qint64 never = std::numeric_limits<qint64>::min();
    const auto scope = [](std::initializer_list<const char *> s) {
        QJsonArray a;
        for (const char *x : s)
            a.append(QLatin1String(x));
        return QJsonObject{{QStringLiteral("scope"), a}};
    };
    const int rotate = int(FindingAction::Rotate), del = int(FindingAction::Delete),
              edit = int(FindingAction::Edit), none = int(FindingAction::None);

    QTest::newRow("clean") << QJsonObject() << qint64(0) << -1 << QStringList() << QString()
                           << QString() << none;
    QTest::newRow("clean never-expiring narrow")
            << QJsonObject() << never << -1 << QStringList() << QString() << QString() << none;
    QTest::newRow("never expires, all.Instance")
            << scope({"all.Instance"}) << never << -1
            << ids({"never-expires-broad-scope", "can-mint"}) << "never-expires-broad-scope"
            << "high" << rotate;
    QTest::newRow("never expires, all.Organization.bounded: broad, mints nothing")
            << scope({"all.Organization.bounded"}) << never << -1
            << ids({"never-expires-broad-scope"}) << "never-expires-broad-scope"
            << "high" << rotate;
    QTest::newRow("never expires, all.User.cli")
            << scope({"all.User.cli"}) << never << -1 << ids({"never-expires-broad-scope"})
            << "never-expires-broad-scope"
            << "high" << rotate;
    QTest::newRow("never expires, all.Instance.read: read-only is not broad")
            << scope({"all.Instance.read"}) << never << -1 << QStringList() << QString()
            << QString() << none;
    QTest::newRow("expiring all.Application: mints, medium")
            << scope({"all.Application"}) << qint64(0) << -1 << ids({"can-mint"}) << "can-mint"
            << "medium" << rotate;
    QTest::newRow("never expires, instanceApiTokens.post: mints, high")
            << scope({"devices.get", "instanceApiTokens.post"}) << never << -1 << ids({"can-mint"})
            << "can-mint"
            << "high" << rotate;
    QTest::newRow("userApiTokens.* mints")
            << scope({"userApiTokens.*"}) << qint64(0) << -1 << ids({"can-mint"}) << "can-mint"
            << "medium" << rotate;
    QTest::newRow("instanceMembers.post mints members")
            << scope({"instanceMembers.post"}) << never << -1 << ids({"can-mint"}) << "can-mint"
            << "high" << rotate;
    QTest::newRow("instanceMember.patch mints members")
            << scope({"instanceMember.patch"}) << qint64(0) << -1 << ids({"can-mint"}) << "can-mint"
            << "medium" << rotate;
    QTest::newRow("instanceApiTokens.get does not mint")
            << scope({"instanceApiTokens.get", "instanceApiToken.patch"}) << never << -1
            << QStringList() << QString() << QString() << none;
    QTest::newRow("expired, not deleted") << QJsonObject() << qint64(-1) << -1
                                          << ids({"expired-not-deleted"}) << "expired-not-deleted"
                                          << "low" << del;
    const QJsonObject inactive{{QStringLiteral("status"), QStringLiteral("inactive")}};
    QTest::newRow("inactive, updated 91 days ago")
            << inactive << qint64(0) << 91 << ids({"inactive-90-days"}) << "inactive-90-days"
            << "low" << del;
    QTest::newRow("inactive, updated 90 days ago: not more than 90")
            << inactive << qint64(0) << 90 << QStringList() << QString() << QString() << none;
    QTest::newRow("active, updated 400 days ago")
            << QJsonObject() << qint64(0) << 400 << QStringList() << QString() << QString() << none;
    QTest::newRow("expires in 1 hour") << QJsonObject() << qint64(3600) << -1
                                       << ids({"expires-within-7-days"}) << "expires-within-7-days"
                                       << "high" << rotate;
    QTest::newRow("expires in exactly 7 days")
            << QJsonObject() << 7 * kDay << -1 << ids({"expires-within-7-days"})
            << "expires-within-7-days"
            << "high" << rotate;
    QTest::newRow("expires in 7 days and a second")
            << QJsonObject() << 7 * kDay + 1 << -1 << ids({"expires-within-30-days"})
            << "expires-within-30-days"
            << "medium" << rotate;
    QTest::newRow("expires in exactly 30 days")
            << QJsonObject() << 30 * kDay << -1 << ids({"expires-within-30-days"})
            << "expires-within-30-days"
            << "medium" << rotate;
    QTest::newRow("expires in 30 days and a second")
            << QJsonObject() << 30 * kDay + 1 << -1 << QStringList() << QString() << QString()
            << none;
    QTest::newRow("inactive, expires in 3 days: nobody relies on it")
            << inactive << 3 * kDay << -1 << QStringList() << QString() << QString() << none;
    QTest::newRow("no description")
            << QJsonObject{{QStringLiteral("description"), QString()}} << qint64(0) << -1
            << ids({"no-description"}) << "no-description"
            << "low" << edit;
    QTest::newRow("blank description")
            << QJsonObject{{QStringLiteral("description"), QStringLiteral(" \n ")}} << qint64(0)
            << -1 << ids({"no-description"}) << "no-description"
            << "low" << edit;
    QTest::newRow("created by a token")
            << QJsonObject{{QStringLiteral("creatorType"), QStringLiteral("apiToken")},
                           {QStringLiteral("creatorName"), QStringLiteral("ci admin")},
                           {QStringLiteral("creatorId"),
                            QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb")}}
            << qint64(0) << -1 << ids({"created-by-token"}) << "created-by-token"
            << "low" << none;
    QTest::newRow("created by a flow")
            << QJsonObject{{QStringLiteral("creatorType"), QStringLiteral("flow")},
                           {QStringLiteral("creatorName"), QStringLiteral("Rotation")},
                           {QStringLiteral("creatorId"),
                            QStringLiteral("cccccccccccccccccccccccc")}}
            << qint64(0) << -1 << ids({"created-by-flow"}) << "created-by-flow"
            << "low" << none;
    const QJsonObject adminDefault{{QStringLiteral("defaultRole"), QStringLiteral("admin")}};
    QTest::newRow("default role admin, never expires")
            << adminDefault << never << -1 << ids({"admin-role-never-expires"})
            << "admin-role-never-expires"
            << "high" << rotate;
    QTest::newRow("default role admin, expires")
            << adminDefault << qint64(0) << -1 << QStringList() << QString() << QString() << none;
    QTest::newRow("org role admin, never expires")
            << QJsonObject{{QStringLiteral("orgRoles"),
                            QJsonArray{QJsonObject{
                                    {QStringLiteral("orgId"), QStringLiteral("sandbox")},
                                    {QStringLiteral("role"), QStringLiteral("admin")}}}}}
            << never << -1 << ids({"admin-role-never-expires"}) << "admin-role-never-expires"
            << "high" << rotate;
    QTest::newRow("default role edit, never expires")
            << QJsonObject{{QStringLiteral("defaultRole"), QStringLiteral("edit")}} << never << -1
            << QStringList() << QString() << QString() << none;
}

void TestTokenFindings::rule()
{
    QFETCH(QJsonObject, change);
    QFETCH(qint64, expiresInSecs);
    QFETCH(int, updatedDaysAgo);
    QFETCH(QStringList, rules);
    QFETCH(QString, focus);
    QFETCH(QString, severity);
    QFETCH(int, action);

    QJsonObject json = cleanToken().toJson();
    for (auto it = change.constBegin(); it != change.constEnd(); ++it)
        json.insert(it.key(), it.value());
    ApiToken t = ApiToken::fromJson(json);
    if (expiresInSecs == std::numeric_limits<qint64>::min())
        t.expirationDate = QDateTime();
    else if (expiresInSecs != 0)
        t.expirationDate = kNow.addSecs(expiresInSecs);
    if (updatedDaysAgo >= 0)
        t.lastUpdated = kNow.addDays(-updatedDaysAgo);

    const QList<TokenFinding> found = TokenFindings::evaluate({t}, kNow);
    QCOMPARE(ruleSet(found), setOf(rules));
    for (const TokenFinding &f : found) {
        QVERIFY(TokenFindings::ruleIds().contains(f.ruleId));
        if (f.ruleId != focus)
            continue;
        QCOMPARE(TokenFindings::severityKey(f.severity), severity);
        QCOMPARE(int(f.action), action);
    }
}

void TestTokenFindings::duplicateNames_countOnlyActiveTokens()
{
    ApiToken a = cleanToken(), b = cleanToken(), c = cleanToken(), d = cleanToken();
    b.id = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb");
    c.id = QStringLiteral("cccccccccccccccccccccccc");
    c.status = QStringLiteral("inactive");
    d.id = QStringLiteral("dddddddddddddddddddddddd");
    d.name = QStringLiteral("Grafana"); // another name: names are compared exactly
    const QList<TokenFinding> found = TokenFindings::evaluate({a, b, c, d}, kNow);
    QStringList flagged;
    for (const TokenFinding &f : found) {
        QCOMPARE(f.ruleId, QStringLiteral("duplicate-name"));
        QCOMPARE(f.severity, FindingSeverity::Low);
        flagged << f.tokenId;
    }
    QCOMPARE(flagged, (QStringList{a.id, b.id}));
    // Alone, each of them is fine: the rule needs the set.
    QVERIFY(TokenFindings::evaluate({a}, kNow).isEmpty());
}

void TestTokenFindings::everyFinding_namesItsToken_andHasAReason()
{
    ApiToken t = cleanToken();
    t.scope = {QStringLiteral("all.Instance")};
    t.expirationDate = QDateTime();
    t.description.clear();
    t.defaultRole = QStringLiteral("admin");
    const QList<TokenFinding> found = TokenFindings::evaluate({t}, kNow);
    QCOMPARE(found.size(), 4);
    for (const TokenFinding &f : found) {
        QCOMPARE(f.tokenId, t.id);
        QCOMPARE(f.tokenName, t.name);
        QVERIFY(f.reason.endsWith(QLatin1Char('.')));
        QVERIFY(!f.reason.contains(QLatin1Char('<')));
    }
    QCOMPARE(TokenFindings::worst(found), FindingSeverity::High);
    QCOMPARE(TokenFindings::worst({}), std::nullopt);
    QVERIFY(found.first().reason.contains(QLatin1String("all.Instance")));
}

void TestTokenFindings::severityKeys_roundTrip()
{
    for (FindingSeverity s :
         {FindingSeverity::Low, FindingSeverity::Medium, FindingSeverity::High}) {
        QCOMPARE(TokenFindings::severityFromKey(TokenFindings::severityKey(s)), s);
        QVERIFY(!TokenFindings::severityName(s).isEmpty());
    }
    QCOMPARE(TokenFindings::severityFromKey(QStringLiteral("HIGH")), FindingSeverity::High);
    QCOMPARE(TokenFindings::severityFromKey(QStringLiteral("critical")), std::nullopt);
    QVERIFY(int(FindingSeverity::High) > int(FindingSeverity::Medium));
}

void TestTokenFindings::policyViolations_data()
{
    QTest::addColumn<QJsonObject>("policy");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<qint64>("expiresInDays"); // -1: never
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QStringList>("mentions"); // one word of each violation, in order

    const QStringList narrow{QStringLiteral("devices.get")};
    const QJsonObject days90{{QStringLiteral("maxLifetimeDays"), 90}};
    QTest::newRow("empty policy") << QJsonObject() << "x"
                                  << "" << qint64(-1) << narrow << QStringList();
    QTest::newRow("within the maximum") << days90 << "x"
                                        << "" << qint64(90) << narrow << QStringList();
    QTest::newRow("beyond the maximum") << days90 << "x"
                                        << "" << qint64(91) << narrow << ids({"90"});
    QTest::newRow("never expires") << days90 << "x"
                                   << "" << qint64(-1) << narrow << ids({"never"});
    QTest::newRow("scope needing confirmation")
            << QJsonObject{{QStringLiteral("scopesNeedingConfirmation"),
                            QJsonArray{QStringLiteral("all.Instance"), QStringLiteral("x.y")}}}
            << "x"
            << "" << qint64(5) << ids({"devices.get", "all.Instance"}) << ids({"all.Instance"});
    QTest::newRow("description required")
            << QJsonObject{{QStringLiteral("descriptionRequired"), true}} << "x"
            << "  " << qint64(5) << narrow << ids({"description"});
    QTest::newRow("description given")
            << QJsonObject{{QStringLiteral("descriptionRequired"), true}} << "x"
            << "why" << qint64(5) << narrow << QStringList();
    const QJsonObject pattern{{QStringLiteral("namePattern"), QStringLiteral("ci-*-?")}};
    QTest::newRow("name matches the glob") << pattern << "ci-deploy/eu-1"
                                           << "" << qint64(5) << narrow << QStringList();
    QTest::newRow("name must match whole") << pattern << "my ci-deploy-1"
                                           << "" << qint64(5) << narrow << ids({"ci-*-?"});
    QTest::newRow("glob is case-sensitive, dots literal")
            << QJsonObject{{QStringLiteral("namePattern"), QStringLiteral("a.b")}} << "aXb"
            << "" << qint64(5) << narrow << ids({"a.b"});
    const QString key = QString::fromUtf8("\xF0\x9F\x94\x91"); // outside the BMP: two UTF-16 units
    QTest::newRow("glob with an emoji")
            << QJsonObject{{QStringLiteral("namePattern"), QString(key + QStringLiteral("-*"))}}
            << QString(key + QStringLiteral("-prod")) << "" << qint64(5) << narrow << QStringList();
    QTest::newRow("everything at once")
            << QJsonObject{{QStringLiteral("maxLifetimeDays"), 30},
                           {QStringLiteral("scopesNeedingConfirmation"),
                            QJsonArray{QStringLiteral("devices.get")}},
                           {QStringLiteral("descriptionRequired"), true},
                           {QStringLiteral("namePattern"), QStringLiteral("team-*")}}
            << "x"
            << "" << qint64(-1) << narrow << ids({"never", "devices.get", "description", "team-*"});
}

void TestTokenFindings::policyViolations()
{
    QFETCH(QJsonObject, policy);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(qint64, expiresInDays);
    QFETCH(QStringList, scope);
    QFETCH(QStringList, mentions);

    QString error;
    const std::optional<TokenPolicy> p = TokenPolicy::fromJson(policy, &error);
    QVERIFY2(p, qPrintable(error));
    ApiTokenDraft draft;
    draft.name = name;
    draft.description = description;
    draft.scope = scope;
    if (expiresInDays >= 0)
        draft.expiration = kNow.addDays(expiresInDays);
    const QStringList violations = p->violations(draft, kNow);
    QCOMPARE(violations.size(), mentions.size());
    for (int i = 0; i < mentions.size(); ++i)
        QVERIFY2(violations.at(i).contains(mentions.at(i)), qPrintable(violations.at(i)));
}

void TestTokenFindings::policyFile_roundTrips()
{
    TokenPolicy policy;
    policy.maxLifetimeDays = 180;
    policy.scopesNeedingConfirmation = {QStringLiteral("all.Instance"), QStringLiteral("all.User")};
    policy.descriptionRequired = true;
    policy.namePattern = QStringLiteral("svc-*");
    const QByteArray file = QJsonDocument(policy.toJson()).toJson();
    QString error;
    const auto back = TokenPolicy::fromJson(QJsonDocument::fromJson(file).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, policy);
    QVERIFY(TokenPolicy().isEmpty());
    QVERIFY(!back->isEmpty());
}

void TestTokenFindings::policyFile_refusesMistakes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("typo in a field")
            << QByteArray(R"({"maxLifeTimeDays":90})") << "maxLifeTimeDays";
    QTest::newRow("negative lifetime")
            << QByteArray(R"({"maxLifetimeDays":-1})") << "maxLifetimeDays";
    QTest::newRow("fractional lifetime")
            << QByteArray(R"({"maxLifetimeDays":1.5})") << "maxLifetimeDays";
    QTest::newRow("lifetime as text")
            << QByteArray(R"({"maxLifetimeDays":"90"})") << "maxLifetimeDays";
    QTest::newRow("scopes not a list") << QByteArray(R"({"scopesNeedingConfirmation":"all.User"})")
                                       << "scopesNeedingConfirmation";
    QTest::newRow("scope not text")
            << QByteArray(R"({"scopesNeedingConfirmation":[1]})") << "scopesNeedingConfirmation";
    QTest::newRow("description as text")
            << QByteArray(R"({"descriptionRequired":"yes"})") << "descriptionRequired";
    QTest::newRow("pattern not text") << QByteArray(R"({"namePattern":7})") << "namePattern";
    QTest::newRow("future version") << QByteArray(R"({"version":2})") << "version";
}

void TestTokenFindings::policyFile_refusesMistakes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!TokenPolicy::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
}

void TestTokenFindings::demoData_showsEveryRule()
{
    LocalInstance instance;
    const DemoInstance demo = DemoData::populate(instance);
    QSet<QString> seen;
    for (const DemoCollection &c : demo.collections) {
        const TokenLocation &at = c.location;
        const QString owner = at.kind() == TokenLocation::Kind::User ? demo.userId : at.ownerId();
        const QList<ApiToken> tokens = instance.tokens(at.kind(), owner);
        QVERIFY(!tokens.isEmpty());
        seen.unite(ruleSet(TokenFindings::evaluate(tokens, instance.now())));
    }
    for (const QString &rule : TokenFindings::ruleIds())
        QVERIFY2(seen.contains(rule), qPrintable(rule));
}

QTEST_GUILESS_MAIN(TestTokenFindings)
#include "tst_tokenfindings.moc"
