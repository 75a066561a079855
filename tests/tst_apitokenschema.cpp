// The create/update body checks on their own: one row per rule of the schemas.
#include "core/ApiTokenSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = TokenLocation::Kind;

namespace {
const QString kOrg = QStringLiteral("575ec8687ae143cd83dc4a97");
const QString kApp = QStringLiteral("575ec7417ae143cd83dc4a95");

QJsonValue parse(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']');
    return doc.array().at(0);
}

QJsonObject withName(QJsonObject o)
{
    o.insert(QStringLiteral("name"), QStringLiteral("ok"));
    return o;
}

QJsonArray repeated(const QJsonValue &item, int times)
{
    QJsonArray a;
    for (int i = 0; i < times; ++i)
        a.append(item);
    return a;
}

QJsonObject appRole(const QJsonValue &resourceId, const QJsonValue &role)
{
    return {{QStringLiteral("resourceId"), resourceId}, {QStringLiteral("role"), role}};
}

QJsonObject orgRole(const QJsonValue &orgId, const QJsonValue &role)
{
    return {{QStringLiteral("orgId"), orgId}, {QStringLiteral("role"), role}};
}

QJsonObject orgWith(const char *key, const QJsonValue &v)
{
    QJsonObject o = orgRole(kOrg, QStringLiteral("view"));
    o.insert(QLatin1String(key), v);
    return o;
}

QJsonObject one(const char *key, const QJsonValue &v)
{
    return withName({{QLatin1String(key), v}});
}
} // namespace

class TestApiTokenSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPostBodies_haveNoProblems_data();
    void validPostBodies_haveNoProblems();
    void eachBrokenPostRule_isReportedOnItsField_data();
    void eachBrokenPostRule_isReportedOnItsField();
    void validPatchBodies_haveNoProblems_data();
    void validPatchBodies_haveNoProblems();
    void eachBrokenPatchRule_isReportedOnItsField_data();
    void eachBrokenPatchRule_isReportedOnItsField();
    void problems_comeInSchemaOrder();
    void lengths_countUtf16UnitsLikeJavaScript();
    void dateTimes_needAZone_data();
    void dateTimes_needAZone();
    void kindRules_data();
    void kindRules();
};

void TestApiTokenSchema::validPostBodies_haveNoProblems_data()
{
    QTest::addColumn<QJsonValue>("body");
    QTest::newRow("name only") << QJsonValue(withName({}));
    QTest::newRow("255-char name")
            << QJsonValue(QJsonObject{{QStringLiteral("name"), QString(255, QLatin1Char('n'))}});
    QTest::newRow("32767-char description")
            << QJsonValue(one("description", QString(32767, QLatin1Char('d'))));
    QTest::newRow("empty description") << QJsonValue(one("description", QString()));
    QTest::newRow("25 orgs, 100 app and 100 dashboard roles") << QJsonValue(one(
            "orgRoles",
            repeated(QJsonObject{{QStringLiteral("orgId"), kOrg},
                                 {QStringLiteral("role"), QStringLiteral("admin")},
                                 {QStringLiteral("applicationRoles"),
                                  repeated(appRole(kApp, QStringLiteral("view")), 100)},
                                 {QStringLiteral("dashboardRoles"),
                                  repeated(appRole(kApp.toUpper(), QStringLiteral("none")), 100)}},
                     25)));
    QTest::newRow("sandbox org") << QJsonValue(one(
            "orgRoles", QJsonArray{orgRole(QStringLiteral("sandbox"), QStringLiteral("none"))}));
    QTest::newRow("full") << parse(R"({"name":"n","description":"d",
        "expirationDate":"2030-01-31T12:00:00.000Z","defaultRole":"collaborate",
        "orgRoles":[],"scope":["all.Instance","instanceApiTokens.get"],"status":"inactive"})");
    QTest::newRow("empty scope") << QJsonValue(one("scope", QJsonArray()));
}

void TestApiTokenSchema::validPostBodies_haveNoProblems()
{
    QFETCH(QJsonValue, body);
    const QList<SchemaProblem> problems = ApiTokenSchema::checkPost(body);
    for (const SchemaProblem &p : problems)
        qWarning() << p.field << p.message;
    QVERIFY(problems.isEmpty());
}

void TestApiTokenSchema::eachBrokenPostRule_isReportedOnItsField_data()
{
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("array body") << parse("[]") << QString() << QStringLiteral("object");
    QTest::newRow("null body") << parse("null") << QString() << QStringLiteral("object");
    QTest::newRow("missing name") << parse("{}") << QStringLiteral("name")
                                  << QStringLiteral("required");
    QTest::newRow("empty name") << parse(R"({"name":""})") << QStringLiteral("name")
                                << QStringLiteral("empty");
    QTest::newRow("256-char name")
            << QJsonValue(QJsonObject{{QStringLiteral("name"), QString(256, QLatin1Char('n'))}})
            << QStringLiteral("name") << QStringLiteral("255");
    QTest::newRow("numeric name") << parse(R"({"name":5})") << QStringLiteral("name")
                                  << QStringLiteral("text");
    QTest::newRow("32768-char description")
            << QJsonValue(one("description", QString(32768, QLatin1Char('d'))))
            << QStringLiteral("description") << QStringLiteral("32767");
    QTest::newRow("null description") << QJsonValue(one("description", QJsonValue::Null))
                                      << QStringLiteral("description") << QStringLiteral("text");
    QTest::newRow("date without zone")
            << QJsonValue(one("expirationDate", QStringLiteral("2030-01-31T12:00:00")))
            << QStringLiteral("expirationDate") << QStringLiteral("time zone");
    QTest::newRow("not a date") << QJsonValue(one("expirationDate", QStringLiteral("tomorrow")))
                                << QStringLiteral("expirationDate") << QStringLiteral("2030");
    // Found by fuzzing: an offset that takes the date past year 9999 once in UTC.
    QTest::newRow("date past 9999 in UTC")
            << QJsonValue(one("expirationDate", QStringLiteral("9999-12-31T23:59:59-23:59")))
            << QStringLiteral("expirationDate") << QStringLiteral("2030");
    QTest::newRow("date as number") << QJsonValue(one("expirationDate", 1893456000000.0))
                                    << QStringLiteral("expirationDate") << QStringLiteral("text");
    QTest::newRow("bad defaultRole") << QJsonValue(one("defaultRole", QStringLiteral("owner")))
                                     << QStringLiteral("defaultRole") << QStringLiteral("admin");
    QTest::newRow("bad status") << QJsonValue(one("status", QStringLiteral("ACTIVE")))
                                << QStringLiteral("status") << QStringLiteral("inactive");
    QTest::newRow("boolean status") << QJsonValue(one("status", true)) << QStringLiteral("status")
                                    << QStringLiteral("text");
    QTest::newRow("orgRoles object") << QJsonValue(one("orgRoles", QJsonObject()))
                                     << QStringLiteral("orgRoles") << QStringLiteral("list");
    QTest::newRow("26 orgs") << QJsonValue(
            one("orgRoles", repeated(orgRole(kOrg, QStringLiteral("view")), 26)))
                             << QStringLiteral("orgRoles") << QStringLiteral("25");
    QTest::newRow("org item a string") << QJsonValue(one("orgRoles", QJsonArray{kOrg}))
                                       << QStringLiteral("orgRoles[0]") << QStringLiteral("object");
    QTest::newRow("bad orgId") << QJsonValue(
            one("orgRoles",
                QJsonArray{orgRole(kOrg, QStringLiteral("view")),
                           orgRole(QStringLiteral("nope"), QStringLiteral("view"))}))
                               << QStringLiteral("orgRoles[1].orgId") << QStringLiteral("24");
    QTest::newRow("23-hex orgId") << QJsonValue(
            one("orgRoles", QJsonArray{orgRole(kOrg.left(23), QStringLiteral("view"))}))
                                  << QStringLiteral("orgRoles[0].orgId")
                                  << QStringLiteral("sandbox");
    QTest::newRow("missing orgId") << QJsonValue(one(
            "orgRoles", QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("view")}}}))
                                   << QStringLiteral("orgRoles[0].orgId")
                                   << QStringLiteral("required");
    QTest::newRow("missing org role")
            << QJsonValue(one("orgRoles", QJsonArray{QJsonObject{{QStringLiteral("orgId"), kOrg}}}))
            << QStringLiteral("orgRoles[0].role") << QStringLiteral("required");
    QTest::newRow("bad org role") << QJsonValue(
            one("orgRoles", QJsonArray{orgRole(kOrg, QStringLiteral("owner"))}))
                                  << QStringLiteral("orgRoles[0].role")
                                  << QStringLiteral("collaborate");
    QTest::newRow("extra key in org item")
            << QJsonValue(one("orgRoles", QJsonArray{orgWith("color", QStringLiteral("red"))}))
            << QStringLiteral("orgRoles[0].color") << QStringLiteral("color");
    // Both resource role lists of an organization hold at most 100 entries.
    const std::pair<const char *, const char *> roleLists[]
            = {{"101 application roles", "applicationRoles"},
               {"101 dashboard roles", "dashboardRoles"}};
    for (const auto &[tag, list] : roleLists) {
        const QJsonArray tooMany = repeated(appRole(kApp, QStringLiteral("view")), 101);
        QTest::newRow(tag) << QJsonValue(one("orgRoles", QJsonArray{orgWith(list, tooMany)}))
                           << QStringLiteral("orgRoles[0].%1").arg(QLatin1String(list))
                           << QStringLiteral("100");
    }
    QTest::newRow("applicationRoles not a list")
            << QJsonValue(one("orgRoles", QJsonArray{orgWith("applicationRoles", 3)}))
            << QStringLiteral("orgRoles[0].applicationRoles") << QStringLiteral("list");
    QTest::newRow("bad resourceId")
            << QJsonValue(one("orgRoles",
                              QJsonArray{orgWith("applicationRoles",
                                                 QJsonArray{appRole(kApp, QStringLiteral("view")),
                                                            appRole(QStringLiteral("sandbox"),
                                                                    QStringLiteral("view"))})}))
            << QStringLiteral("orgRoles[0].applicationRoles[1].resourceId") << QStringLiteral("24");
    QTest::newRow("missing resourceId")
            << QJsonValue(
                       one("orgRoles",
                           QJsonArray{orgWith("dashboardRoles",
                                              QJsonArray{QJsonObject{{QStringLiteral("role"),
                                                                      QStringLiteral("view")}}})}))
            << QStringLiteral("orgRoles[0].dashboardRoles[0].resourceId")
            << QStringLiteral("required");
    QTest::newRow("admin is no resource role")
            << QJsonValue(
                       one("orgRoles",
                           QJsonArray{orgWith("applicationRoles",
                                              QJsonArray{appRole(kApp, QStringLiteral("admin"))})}))
            << QStringLiteral("orgRoles[0].applicationRoles[0].role")
            << QStringLiteral("collaborate");
    QTest::newRow("missing resource role") << QJsonValue(
            one("orgRoles",
                QJsonArray{orgWith("applicationRoles",
                                   QJsonArray{QJsonObject{{QStringLiteral("resourceId"), kApp}}})}))
                                           << QStringLiteral("orgRoles[0].applicationRoles[0].role")
                                           << QStringLiteral("required");
    QJsonObject extraRole = appRole(kApp, QStringLiteral("view"));
    extraRole.insert(QStringLiteral("x"), 1);
    QTest::newRow("extra key in application role")
            << QJsonValue(one("orgRoles",
                              QJsonArray{orgWith("applicationRoles", QJsonArray{extraRole})}))
            << QStringLiteral("orgRoles[0].applicationRoles[0].x") << QStringLiteral("x");
    QTest::newRow("scope a string") << QJsonValue(one("scope", QStringLiteral("all.Instance")))
                                    << QStringLiteral("scope") << QStringLiteral("list");
    QTest::newRow("unknown scope") << QJsonValue(
            one("scope", QJsonArray{QStringLiteral("all.Instance"), QStringLiteral("everything")}))
                                   << QStringLiteral("scope[1]") << QStringLiteral("everything");
    QTest::newRow("numeric scope") << QJsonValue(one("scope", QJsonArray{1}))
                                   << QStringLiteral("scope[0]") << QStringLiteral("text");
    QTest::newRow("duplicate scope") << QJsonValue(
            one("scope",
                QJsonArray{QStringLiteral("all.Instance.read"), QStringLiteral("all.User"),
                           QStringLiteral("all.Instance.read")}))
                                     << QStringLiteral("scope[2]")
                                     << QStringLiteral("all.Instance.read");
    QTest::newRow("extra top-level key") << QJsonValue(one("token", QStringLiteral("s")))
                                         << QStringLiteral("token") << QStringLiteral("token");
    QTest::newRow("id is server-set")
            << QJsonValue(one("id", kApp)) << QStringLiteral("id") << QStringLiteral("not allowed");
}

void TestApiTokenSchema::eachBrokenPostRule_isReportedOnItsField()
{
    QFETCH(QJsonValue, body);
    QFETCH(QString, field);
    QFETCH(QString, messageMentions);
    const QList<SchemaProblem> problems = ApiTokenSchema::checkPost(body);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(messageMentions, Qt::CaseInsensitive),
             qPrintable(problems.first().message));
    QVERIFY(problems.first().message.endsWith(QLatin1Char('.')));
}

void TestApiTokenSchema::validPatchBodies_haveNoProblems_data()
{
    QTest::addColumn<QJsonValue>("body");
    QTest::newRow("empty") << parse("{}");
    QTest::newRow("example") << parse(R"({"name":"My Updated API Token","status":"inactive"})");
    QTest::newRow("all fields") << parse(R"({"name":"n","description":"","defaultRole":"none",
        "orgRoles":[{"orgId":"sandbox","role":"view","dashboardRoles":[]}],"status":"active"})");
}

void TestApiTokenSchema::validPatchBodies_haveNoProblems()
{
    QFETCH(QJsonValue, body);
    QVERIFY(ApiTokenSchema::checkPatch(body).isEmpty());
}

void TestApiTokenSchema::eachBrokenPatchRule_isReportedOnItsField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("string body") << QByteArray(R"("x")") << QString();
    QTest::newRow("empty name") << QByteArray(R"({"name":""})") << QStringLiteral("name");
    QTest::newRow("scope is fixed")
            << QByteArray(R"({"scope":["all.Instance"]})") << QStringLiteral("scope");
    QTest::newRow("expirationDate is fixed")
            << QByteArray(R"({"expirationDate":"2030-01-01T00:00:00Z"})")
            << QStringLiteral("expirationDate");
    QTest::newRow("bad status") << QByteArray(R"({"status":"paused"})") << QStringLiteral("status");
    QTest::newRow("bad defaultRole")
            << QByteArray(R"({"defaultRole":1})") << QStringLiteral("defaultRole");
    QTest::newRow("bad orgId") << QByteArray(R"({"orgRoles":[{"orgId":"x","role":"view"}]})")
                               << QStringLiteral("orgRoles[0].orgId");
}

void TestApiTokenSchema::eachBrokenPatchRule_isReportedOnItsField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QList<SchemaProblem> problems = ApiTokenSchema::checkPatch(parse(body));
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, field);
}

void TestApiTokenSchema::problems_comeInSchemaOrder()
{
    const QList<SchemaProblem> problems = ApiTokenSchema::checkPost(
            parse(R"({"zzz":1,"status":"x","scope":["a","b"],"description":7,"aaa":2})"));
    QStringList fields;
    for (const SchemaProblem &p : problems)
        fields << p.field;
    QCOMPARE(fields,
             QStringList({QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("scope[0]"), QStringLiteral("scope[1]"),
                          QStringLiteral("status"), QStringLiteral("aaa"), QStringLiteral("zzz")}));
}

void TestApiTokenSchema::lengths_countUtf16UnitsLikeJavaScript()
{
    // U+1F600 is two UTF-16 units: 127 of them plus one letter is 255 units, one more is 257.
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    QString name;
    for (int i = 0; i < 127; ++i)
        name += emoji;
    QVERIFY(ApiTokenSchema::checkPost(QJsonObject{{QStringLiteral("name"), QString(name + u'x')}})
                    .isEmpty());
    QCOMPARE(ApiTokenSchema::checkPost(QJsonObject{{QStringLiteral("name"), QString(name + emoji)}})
                     .size(),
             1);
}

void TestApiTokenSchema::dateTimes_needAZone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: refused
    QTest::newRow("Z with ms") << QStringLiteral("2030-01-31T12:00:00.123Z")
                               << QStringLiteral("2030-01-31T12:00:00.123Z");
    QTest::newRow("offset") << QStringLiteral("2030-01-31T12:00:00+02:00")
                            << QStringLiteral("2030-01-31T10:00:00.000Z");
    QTest::newRow("lower-case t and z")
            << QStringLiteral("2030-01-31t12:00:00z") << QStringLiteral("2030-01-31T12:00:00.000Z");
    QTest::newRow("microseconds") << QStringLiteral("2030-01-31T12:00:00.123456-01:30")
                                  << QStringLiteral("2030-01-31T13:30:00.123Z");
    QTest::newRow("no zone") << QStringLiteral("2030-01-31T12:00:00") << QString();
    QTest::newRow("date only") << QStringLiteral("2030-01-31") << QString();
    QTest::newRow("February 30") << QStringLiteral("2030-02-30T12:00:00Z") << QString();
    QTest::newRow("hour 24") << QStringLiteral("2030-01-31T24:00:00Z") << QString();
    QTest::newRow("offset 25h") << QStringLiteral("2030-01-31T12:00:00+25:00") << QString();
    QTest::newRow("trailing text") << QStringLiteral("2030-01-31T12:00:00Zx") << QString();
}

void TestApiTokenSchema::dateTimes_needAZone()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = ApiTokenSchema::parseDateTime(text);
    if (utc.isEmpty())
        QVERIFY(!parsed.isValid());
    else
        QCOMPARE(parsed.toUTC().toString(Qt::ISODateWithMs), utc);
}

void TestApiTokenSchema::kindRules_data()
{
    QTest::addColumn<int>("kind"); // a TokenLocation::Kind
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QString>("field"); // empty: valid for the kind
    const QJsonArray instanceScope{QStringLiteral("instanceApiTokens.get")};
    const QJsonArray deviceScope{QStringLiteral("all.Device.read")};
    QTest::newRow("application, device preset")
            << int(Kind::Application) << QJsonValue(one("scope", deviceScope)) << QString();
    QTest::newRow("application, instance scope")
            << int(Kind::Application) << QJsonValue(one("scope", instanceScope)) << "scope[0]";
    QTest::newRow("application, default role")
            << int(Kind::Application) << QJsonValue(one("defaultRole", QStringLiteral("view")))
            << "defaultRole";
    QTest::newRow("application, org roles")
            << int(Kind::Application)
            << QJsonValue(one("orgRoles", QJsonArray{orgRole(kOrg, QStringLiteral("view"))}))
            << "orgRoles";
    QTest::newRow("instance, default role")
            << int(Kind::Instance) << QJsonValue(one("defaultRole", QStringLiteral("view")))
            << QString();
    QTest::newRow("user, instance scope")
            << int(Kind::User) << QJsonValue(one("scope", instanceScope)) << QString();
}

void TestApiTokenSchema::kindRules()
{
    QFETCH(int, kind);
    QFETCH(QJsonValue, body);
    QFETCH(QString, field);
    QVERIFY(ApiTokenSchema::checkPost(body).isEmpty()); // the schema alone allows every one
    const QList<SchemaProblem> problems = ApiTokenSchema::checkPostFor(Kind(kind), body);
    if (field.isEmpty()) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
}

QTEST_APPLESS_MAIN(TestApiTokenSchema)
#include "tst_apitokenschema.moc"
