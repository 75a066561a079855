// The lists the org-role editor's pickers read (issue 17), over HTTP from the local instance:
// an instance's organizations, the caller's applications and dashboards; their sort, pages,
// filter and orgId, who may list them, the demo's organizations, the fault slot, and every answer
// against Losant's schemas (docs/api.md "Organizations, applications and dashboards").
#include "core/LosantIds.h"
#include "localinstance/DemoData.h"
#include "support/LocalApiFixture.h"
#include "support/SchemaCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace {
// What the official client adds to every request; the server passes over it.
const QString kTrio = QStringLiteral("_actions=false&_links=true&_embedded=true");
const QString kUnknownId = QStringLiteral("5f0000000000000000000fff");

QJsonObject schema(const QString &list)
{
    return SchemaCheck::load(QStringLiteral(LOSANT_SCHEMA_DIR "/losant-rest/%1.json").arg(list));
}

// The items' values of `key`, in the answer's order.
QStringList column(const QJsonObject &answer, const char *key)
{
    QStringList values;
    for (const QJsonValue &item : answer.value(QLatin1String("items")).toArray())
        values << item.toObject().value(QLatin1String(key)).toString();
    return values;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}
} // namespace

class TestLocalDirectory : public LocalApiTest
{
    Q_OBJECT

private:
    // A GET of the path with the query (and the official client's trio) as this access token:
    // the JSON body; the status in `status`.
    QJsonObject get(const QString &path, const QString &query, const QString &secret, int *status);
    // The same, which must succeed and match the list's schema (instanceOrgs, applications or
    // dashboards); an empty object (and a failed check) otherwise.
    QJsonObject list(const QString &path, const QString &query, const QString &secret);
    QString orgsPath() const { return QStringLiteral("/instances/%1/orgs").arg(m_instanceId); }
    QString userToken(const QString &userId, const QStringList &scope)
    {
        return m_server->instance().issueToken(Kind::User, userId, QStringLiteral("picker"), scope);
    }

private Q_SLOTS:
    void orgs_areSortedAndPaged_tiesById();
    void orgs_filterByNameGlob_ignoringCase();
    void malformedQueries_get400NamingTheParameter_data();
    void malformedQueries_get400NamingTheParameter();
    void orgs_ofAnUnknownInstance_are404();
    void whoMayList_data();
    void whoMayList();
    void userOrgs_listTheUsersOwn_ofEveryInstance();
    void user_seesItsOrganizationsApplications_byOrgId();
    void user_seesItsOrganizationsDashboards_byOrgId();
    void orgApplications_holdTokens_andKeepTheirTokenRoutes();
    void demo_namesFourOrganizations_andTheRolesPointIntoThem();
    void directoryFault_failsTheThreeLists_only();
};

QJsonObject TestLocalDirectory::get(const QString &path, const QString &query,
                                    const QString &secret, int *status)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    url.setQuery(query.isEmpty() ? kTrio : kTrio + QLatin1Char('&') + query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    QNetworkReply *reply = m_api->network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonObject TestLocalDirectory::list(const QString &path, const QString &query,
                                     const QString &secret)
{
    int status = 0;
    const QJsonObject answer = get(path, query, secret, &status);
    // GET /orgs answers orgs.json; an instance's /orgs, instanceOrgs.json.
    const QString name = path == QLatin1String("/orgs") ? QStringLiteral("orgs")
            : path.endsWith(QLatin1String("/orgs"))     ? QStringLiteral("instanceOrgs")
                                                        : path.mid(1);
    const QJsonObject shape = schema(name);
    const QStringList problems = SchemaCheck::problems(answer, shape);
    const bool good = status == 200 && !shape.isEmpty() && problems.isEmpty()
            && answer.value(QLatin1String("items")).isArray();
    [&] {
        QVERIFY2(good,
                 qPrintable(QStringLiteral("%1?%2: %3 %4")
                                    .arg(path, query)
                                    .arg(status)
                                    .arg(problems.join(QLatin1String("; ")))));
    }();
    return good ? answer : QJsonObject();
}

void TestLocalDirectory::orgs_areSortedAndPaged_tiesById()
{
    LocalInstance &store = m_server->instance();
    // Created a day apart, so creationDate has an order of its own; two share a name.
    auto when = std::make_shared<QDateTime>(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    store.setClock([when] { return *when; });
    QStringList ids;
    for (const char *name : {"Gamma", "alpha", "Beta", "Alpha", "Beta"}) {
        ids << store.addOrg(m_instanceId, QLatin1String(name));
        *when = when->addDays(1);
    }
    store.addOrg(store.addInstance(), QStringLiteral("Another instance's")); // not listed

    const QJsonObject all = list(orgsPath(), {}, m_api->admin);
    QCOMPARE(all.value(QLatin1String("totalCount")).toInt(), 5);
    QCOMPARE(all.value(QLatin1String("count")).toInt(), 5);
    QCOMPARE(all.value(QLatin1String("sortField")).toString(), QStringLiteral("name"));
    QCOMPARE(all.value(QLatin1String("sortDirection")).toString(), QStringLiteral("asc"));
    QCOMPARE(all.value(QLatin1String("perPage")).toInt(), 100);
    const QStringList betas = sorted({ids.at(2), ids.at(4)});
    const QStringList byName{ids.at(3), betas.at(0), betas.at(1), ids.at(0), ids.at(1)};
    QCOMPARE(column(all, "id"), byName); // code-point order: capitals first
    for (const QJsonValue &item : all.value(QLatin1String("items")).toArray()) {
        QCOMPARE(item.toObject().value(QLatin1String("instanceId")).toString(), m_instanceId);
        QVERIFY(!item.toObject().contains(QLatin1String("description")));
    }

    const QJsonObject descending
            = list(orgsPath(), QStringLiteral("sortDirection=desc"), m_api->admin);
    QCOMPARE(column(descending, "id"), reversed(byName));

    const QJsonObject second = list(orgsPath(), QStringLiteral("page=1&perPage=2"), m_api->admin);
    QCOMPARE(second.value(QLatin1String("totalCount")).toInt(), 5);
    QCOMPARE(second.value(QLatin1String("count")).toInt(), 2);
    QCOMPARE(second.value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(second.value(QLatin1String("perPage")).toInt(), 2);
    QCOMPARE(column(second, "id"), byName.mid(2, 2));
    const QJsonObject beyond = list(orgsPath(), QStringLiteral("page=3&perPage=2"), m_api->admin);
    QCOMPARE(beyond.value(QLatin1String("count")).toInt(), 0);
    QCOMPARE(beyond.value(QLatin1String("totalCount")).toInt(), 5);

    QCOMPARE(column(list(orgsPath(), QStringLiteral("sortField=id"), m_api->admin), "id"),
             sorted(ids));
    QCOMPARE(column(list(orgsPath(), QStringLiteral("sortField=creationDate&sortDirection=desc"),
                         m_api->admin),
                    "id"),
             reversed(ids));
}

void TestLocalDirectory::orgs_filterByNameGlob_ignoringCase()
{
    LocalInstance &store = m_server->instance();
    for (const char *name : {"Acme Farms", "ACME labs", "Northwind", "acme"})
        store.addOrg(m_instanceId, QLatin1String(name));
    const QJsonObject acme
            = list(orgsPath(), QStringLiteral("filterField=name&filter=acme*"), m_api->admin);
    QCOMPARE(column(acme, "name"),
             (QStringList{QStringLiteral("ACME labs"), QStringLiteral("Acme Farms"),
                          QStringLiteral("acme")}));
    QCOMPARE(acme.value(QLatin1String("totalCount")).toInt(), 3);
    QCOMPARE(acme.value(QLatin1String("filterField")).toString(), QStringLiteral("name"));
    QCOMPARE(acme.value(QLatin1String("filter")).toString(), QStringLiteral("acme*"));
    QCOMPARE(column(list(orgsPath(), QStringLiteral("filterField=name&filter=%3F%3F%3F%3F"),
                         m_api->admin),
                    "name"),
             QStringList{QStringLiteral("acme")});
    // A filter without its field filters nothing, as for tokens.
    const QJsonObject unfiltered = list(orgsPath(), QStringLiteral("filter=acme*"), m_api->admin);
    QCOMPARE(unfiltered.value(QLatin1String("totalCount")).toInt(), 4);
    QVERIFY(!unfiltered.contains(QLatin1String("filter")));
}

void TestLocalDirectory::malformedQueries_get400NamingTheParameter_data()
{
    QTest::addColumn<QString>("list"); // orgs, applications or dashboards
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("orgs sortField") << "orgs"
                                    << "sortField=ownerId"
                                    << "sortField";
    QTest::newRow("orgs filterField") << "orgs"
                                      << "filterField=description&filter=a"
                                      << "filterField";
    QTest::newRow("orgs perPage 0") << "orgs"
                                    << "perPage=0"
                                    << "perPage";
    QTest::newRow("orgs perPage 1001") << "orgs"
                                       << "perPage=1001"
                                       << "perPage";
    QTest::newRow("orgs sortDirection") << "orgs"
                                        << "sortDirection=up"
                                        << "sortDirection";
    QTest::newRow("applications sortField") << "applications"
                                            << "sortField=applicationId"
                                            << "sortField";
    QTest::newRow("applications filterField") << "applications"
                                              << "filterField=ownerId&filter=a"
                                              << "filterField";
    QTest::newRow("applications perPage 1001") << "applications"
                                               << "perPage=1001"
                                               << "perPage";
    QTest::newRow("applications orgId") << "applications"
                                        << "orgId=acme"
                                        << "orgId";
    QTest::newRow("dashboards sortField") << "dashboards"
                                          << "sortField=lastUpdated"
                                          << "sortField";
    QTest::newRow("dashboards perPage 0") << "dashboards"
                                          << "perPage=0"
                                          << "perPage";
    QTest::newRow("dashboards orgId") << "dashboards"
                                      << "orgId=5f00000000000000000000f"
                                      << "orgId";
    QTest::newRow("orgs instanceId") << "instances/not-an-id/orgs"
                                     << ""
                                     << "instanceId";
}

void TestLocalDirectory::malformedQueries_get400NamingTheParameter()
{
    QFETCH(QString, list);
    QFETCH(QString, query);
    QFETCH(QString, named);
    const QString path = list == QLatin1String("orgs") ? orgsPath() : QLatin1Char('/') + list;
    int status = 0;
    const QJsonObject answer = get(path, query, m_userAdmin, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value(QLatin1String("type")).toString(), QStringLiteral("Validation"));
    QVERIFY2(answer.value(QLatin1String("message")).toString().startsWith(named + QLatin1Char(':')),
             qPrintable(answer.value(QLatin1String("message")).toString()));
}

void TestLocalDirectory::orgs_ofAnUnknownInstance_are404()
{
    int status = 0;
    const QJsonObject answer
            = get(QStringLiteral("/instances/%1/orgs").arg(kUnknownId), {}, m_api->admin, &status);
    QCOMPARE(status, 404);
    QCOMPARE(answer.value(QLatin1String("type")).toString(), QStringLiteral("NotFound"));
    // Another verb, or a path below the list, is no list.
    get(orgsPath() + QStringLiteral("/") + kUnknownId, {}, m_api->admin, &status);
    QCOMPARE(status, 404);
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/dashboards"))));
    request.setRawHeader("Authorization", "Bearer " + m_userAdmin.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_api->network.post(request, QByteArray("{}"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    reply->deleteLater();
}

void TestLocalDirectory::whoMayList_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("orgs");
    QTest::addColumn<int>("applications");
    QTest::addColumn<int>("dashboards");
    QTest::newRow("instance token all.Instance") << "instance" << 200 << 403 << 403;
    QTest::newRow("instance token all.Instance.read") << "instance read" << 200 << 403 << 403;
    QTest::newRow("instance token without instanceOrgs")
            << "instance tokens only" << 403 << 403 << 403;
    QTest::newRow("another instance's token") << "other instance" << 403 << 403 << 403;
    QTest::newRow("application token") << "application" << 403 << 403 << 403;
    QTest::newRow("member's user token all.User") << "user" << 200 << 200 << 200;
    QTest::newRow("member's user token applications.get")
            << "user applications" << 403 << 200 << 403;
    QTest::newRow("member's user token all.User.cli") << "user cli" << 403 << 200 << 403;
    QTest::newRow("member's user token dashboards.*") << "user dashboards" << 403 << 403 << 200;
    QTest::newRow("member's OAuth grant all.User.read") << "oauth" << 200 << 200 << 200;
    QTest::newRow("non-member's user token") << "stranger" << 403 << 200 << 200;
}

void TestLocalDirectory::whoMayList()
{
    QFETCH(QString, who);
    QFETCH(int, orgs);
    QFETCH(int, applications);
    QFETCH(int, dashboards);
    LocalInstance &store = m_server->instance();
    const QString org = store.addOrg(m_instanceId, QStringLiteral("Acme Farms"));
    store.addOrgMember(m_userId, org);
    store.addOrgApplication(org, QStringLiteral("Irrigation"));
    store.addOrgDashboard(org, QStringLiteral("Water usage"));
    const auto instanceToken = [&](const QString &instanceId, const char *scope) {
        return store.issueToken(instanceId, QStringLiteral("t"), {QLatin1String(scope)});
    };
    const QHash<QString, std::function<QString()>> secrets{
            {QStringLiteral("instance"), [&] { return m_api->admin; }},
            {QStringLiteral("instance read"),
             [&] { return instanceToken(m_instanceId, "all.Instance.read"); }},
            {QStringLiteral("instance tokens only"),
             [&] { return instanceToken(m_instanceId, "instanceApiTokens.get"); }},
            {QStringLiteral("other instance"),
             [&] { return instanceToken(store.addInstance(), "all.Instance"); }},
            {QStringLiteral("application"),
             [&] {
                 return store.issueToken(Kind::Application, m_applicationId, QStringLiteral("a"),
                                         {QStringLiteral("all.Application")});
             }},
            {QStringLiteral("user"), [&] { return m_userAdmin; }},
            {QStringLiteral("user applications"),
             [&] { return userToken(m_userId, {QStringLiteral("applications.get")}); }},
            {QStringLiteral("user cli"),
             [&] { return userToken(m_userId, {QStringLiteral("all.User.cli")}); }},
            {QStringLiteral("user dashboards"),
             [&] { return userToken(m_userId, {QStringLiteral("dashboards.*")}); }},
            {QStringLiteral("oauth"),
             [&] { return store.issueOAuthToken(m_userId, {QStringLiteral("all.User.read")}); }},
            {QStringLiteral("stranger"),
             [&] { return userToken(store.addUser(), {QStringLiteral("all.User")}); }}};
    const QString secret = secrets.value(who)();
    QVERIFY(!secret.isEmpty());

    const QList<QPair<QString, int>> expected{{orgsPath(), orgs},
                                              {QStringLiteral("/applications"), applications},
                                              {QStringLiteral("/dashboards"), dashboards}};
    for (const auto &[path, wanted] : expected) {
        int status = 0;
        const QJsonObject answer = get(path, {}, secret, &status);
        QVERIFY2(status == wanted, qPrintable(QStringLiteral("%1: %2").arg(path).arg(status)));
        if (status == 200) {
            list(path, {}, secret); // the schema's shape
            // A member sees the organization's items; a stranger sees none.
            const int seen = answer.value(QLatin1String("totalCount")).toInt();
            QCOMPARE(seen > 0, who != QLatin1String("stranger"));
        } else {
            QCOMPARE(answer.value(QLatin1String("type")).toString(), QStringLiteral("Forbidden"));
        }
    }
    // A missing scope is named in the refusal, so the person knows what to add.
    if (who == QLatin1String("instance tokens only") || who == QLatin1String("instance")) {
        int status = 0;
        const QString message = get(QStringLiteral("/applications"), {}, secret, &status)
                                        .value(QLatin1String("message"))
                                        .toString();
        QVERIFY2(message.contains(QLatin1String("applications.get")), qPrintable(message));
    }
    if (who == QLatin1String("instance tokens only")) {
        int status = 0;
        const QString message
                = get(orgsPath(), {}, secret, &status).value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QLatin1String("instanceOrgs.get")), qPrintable(message));
    }
}

void TestLocalDirectory::userOrgs_listTheUsersOwn_ofEveryInstance()
{
    LocalInstance &store = m_server->instance();
    const QString acme = store.addOrg(m_instanceId, QStringLiteral("Acme Farms"));
    store.addOrg(m_instanceId, QStringLiteral("Contoso Labs")); // not the user's
    const QString elsewhere = store.addOrg(store.addInstance(), QStringLiteral("Beta Co"));
    store.addOrgMember(m_userId, acme);
    store.addOrgMember(m_userId, elsewhere);

    const QJsonObject answer = list(QStringLiteral("/orgs"), {}, m_userAdmin);
    QStringList names;
    for (const QJsonValue &item : answer.value(QLatin1String("items")).toArray()) {
        names << item[QLatin1String("name")].toString();
        QCOMPARE(item[QLatin1String("orgId")], item[QLatin1String("id")]);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Acme Farms"), QStringLiteral("Beta Co")}));
    QCOMPARE(answer.value(QLatin1String("totalCount")).toInt(), 2);
    const QJsonObject filtered = list(QStringLiteral("/orgs"),
                                      QStringLiteral("filterField=name&filter=%2Aco"), m_userAdmin);
    QCOMPARE(filtered.value(QLatin1String("totalCount")).toInt(), 1);
    const QString scoped = userToken(m_userId, {QStringLiteral("orgs.get")});
    QCOMPARE(list(QStringLiteral("/orgs"), {}, scoped).value(QLatin1String("totalCount")).toInt(),
             2);

    // Only a user's token with one of Losant's four scopes lists them.
    for (const QString &secret :
         {m_api->admin, userToken(m_userId, {QStringLiteral("applications.get")}),
          store.issueToken(Kind::Application, m_applicationId, QStringLiteral("a"),
                           {QStringLiteral("all.Application")})}) {
        int status = 0;
        const QJsonObject refused = get(QStringLiteral("/orgs"), {}, secret, &status);
        QCOMPARE(status, 403);
        QCOMPARE(refused.value(QLatin1String("type")).toString(), QStringLiteral("Forbidden"));
    }
}

void TestLocalDirectory::user_seesItsOrganizationsApplications_byOrgId()
{
    LocalInstance &store = m_server->instance();
    const QString mine = store.addOrg(m_instanceId, QStringLiteral("Acme Farms"));
    const QString theirs = store.addOrg(m_instanceId, QStringLiteral("Northwind"));
    store.addOrgMember(m_userId, mine);
    const QString irrigation = store.addOrgApplication(mine, QStringLiteral("Irrigation"));
    const QString soil = store.addOrgApplication(mine, QStringLiteral("Soil moisture"));
    const QString fleet = store.addOrgApplication(theirs, QStringLiteral("Fleet"));
    const QString depot = store.addOrgApplication(theirs, QStringLiteral("Depot"));
    store.addMember(m_userId, Kind::Application, depot); // a member of it alone
    // The fixture's application belongs to no organization: the user's own.
    store.setApplicationName(m_applicationId, QStringLiteral("Own sandbox app"));
    const QString stranger = userToken(store.addUser(), {QStringLiteral("all.User")});

    const QString apps = QStringLiteral("/applications");
    const QJsonObject every = list(apps, {}, m_userAdmin);
    QCOMPARE(column(every, "name"),
             (QStringList{QStringLiteral("Depot"), QStringLiteral("Irrigation"),
                          QStringLiteral("Own sandbox app"), QStringLiteral("Soil moisture")}));
    QVERIFY(!column(every, "id").contains(fleet));
    QCOMPARE(column(every, "applicationId"), column(every, "id"));
    QCOMPARE(column(every, "ownerType"),
             (QStringList{QStringLiteral("organization"), QStringLiteral("organization"),
                          QStringLiteral("user"), QStringLiteral("organization")}));
    QCOMPARE(column(every, "ownerId"), (QStringList{theirs, mine, m_userId, mine}));
    QCOMPARE(column(every, "organizationName"),
             (QStringList{QStringLiteral("Northwind"), QStringLiteral("Acme Farms"), QString(),
                          QStringLiteral("Acme Farms")}));
    QVERIFY(!column(every, "creationDate").contains(QString()));

    QCOMPARE(column(list(apps, QStringLiteral("orgId="), m_userAdmin), "id"),
             QStringList{m_applicationId});
    QCOMPARE(sorted(column(list(apps, QStringLiteral("orgId=") + mine.toUpper(), m_userAdmin),
                           "id")),
             sorted({irrigation, soil}));
    QCOMPARE(column(list(apps, QStringLiteral("orgId=") + theirs, m_userAdmin), "id"),
             QStringList{depot});
    QCOMPARE(list(apps, QStringLiteral("orgId=") + kUnknownId, m_userAdmin)
                     .value(QLatin1String("totalCount"))
                     .toInt(),
             0);
    QCOMPARE(column(list(apps, QStringLiteral("sortField=ownerId&sortDirection=desc"), m_userAdmin),
                    "ownerId"),
             reversed(sorted(column(every, "ownerId"))));
    QCOMPARE(
            column(list(apps, QStringLiteral("filterField=name&filter=*SOIL*"), m_userAdmin), "id"),
            QStringList{soil});
    QCOMPARE(list(apps, {}, stranger).value(QLatin1String("totalCount")).toInt(), 0);

    // An application never named goes by its ID.
    const QString unnamed = store.addApplication(m_userId);
    const QJsonObject byId = list(apps, QStringLiteral("orgId="), m_userAdmin);
    QVERIFY(column(byId, "name").contains(unnamed));
}

void TestLocalDirectory::user_seesItsOrganizationsDashboards_byOrgId()
{
    LocalInstance &store = m_server->instance();
    const QString mine = store.addOrg(m_instanceId, QStringLiteral("Acme Farms"));
    const QString theirs = store.addOrg(m_instanceId, QStringLiteral("Northwind"));
    store.addOrgMember(m_userId, mine);
    const QString water = store.addOrgDashboard(mine, QStringLiteral("Water usage"));
    const QString harvest = store.addOrgDashboard(mine, QStringLiteral("Harvest"));
    store.addOrgDashboard(theirs, QStringLiteral("Fleet map"));
    const QString stranger = userToken(store.addUser(), {QStringLiteral("all.User")});

    const QString dashboards = QStringLiteral("/dashboards");
    const QJsonObject every = list(dashboards, {}, m_userAdmin);
    QCOMPARE(column(every, "id"), (QStringList{harvest, water}));
    QCOMPARE(column(every, "dashboardId"), column(every, "id"));
    QCOMPARE(column(every, "ownerType"),
             (QStringList{QStringLiteral("organization"), QStringLiteral("organization")}));
    QCOMPARE(column(every, "organizationName"),
             (QStringList{QStringLiteral("Acme Farms"), QStringLiteral("Acme Farms")}));
    QCOMPARE(column(list(dashboards, QStringLiteral("orgId=") + mine, m_userAdmin), "id"),
             (QStringList{harvest, water}));
    QCOMPARE(list(dashboards, QStringLiteral("orgId="), m_userAdmin)
                     .value(QLatin1String("totalCount"))
                     .toInt(),
             0);
    QCOMPARE(list(dashboards, QStringLiteral("orgId=") + theirs, m_userAdmin)
                     .value(QLatin1String("totalCount"))
                     .toInt(),
             0);
    QCOMPARE(column(list(dashboards, QStringLiteral("sortDirection=desc&perPage=1&page=1"),
                         m_userAdmin),
                    "id"),
             QStringList{harvest});
    QCOMPARE(list(dashboards, {}, stranger).value(QLatin1String("totalCount")).toInt(), 0);
    store.addOrgMember(store.addUser(), theirs); // others joining changes nothing for the user
    QCOMPARE(list(dashboards, {}, m_userAdmin).value(QLatin1String("totalCount")).toInt(), 2);
}

void TestLocalDirectory::orgApplications_holdTokens_andKeepTheirTokenRoutes()
{
    LocalInstance &store = m_server->instance();
    const QString org = store.addOrg(m_instanceId, QStringLiteral("Acme Farms"));
    QCOMPARE(store.addOrgApplication(kUnknownId, QStringLiteral("Nowhere")), QString());
    QCOMPARE(store.addOrgDashboard(kUnknownId, QStringLiteral("Nowhere")), QString());
    const QString app = store.addOrgApplication(org, QStringLiteral("Irrigation"));
    QVERIFY(LosantIds::isValidId(app));
    const QString appToken = store.issueToken(Kind::Application, app, QStringLiteral("device"),
                                              {QStringLiteral("all.Application")});
    int status = 0;
    const QJsonObject tokens
            = get(QStringLiteral("/applications/%1/tokens").arg(app), {}, appToken, &status);
    QCOMPARE(status, 200);
    QCOMPARE(column(tokens, "name"), QStringList{QStringLiteral("device")});

    // Naming the fixture's application into the organization moves it there; its tokens stay.
    const int before = store.tokenCount(Kind::Application, m_applicationId);
    store.setApplicationName(m_applicationId, QStringLiteral("Greenhouse sensors"), org);
    store.addOrgMember(m_userId, org);
    const QJsonObject inOrg
            = list(QStringLiteral("/applications"), QStringLiteral("orgId=") + org, m_userAdmin);
    QCOMPARE(column(inOrg, "name"),
             (QStringList{QStringLiteral("Greenhouse sensors"), QStringLiteral("Irrigation")}));
    QCOMPARE(store.tokenCount(Kind::Application, m_applicationId), before);
    get(QStringLiteral("/applications/%1/tokens").arg(m_applicationId), {}, m_userAdmin, &status);
    QCOMPARE(status, 200);
}

void TestLocalDirectory::demo_namesFourOrganizations_andTheRolesPointIntoThem()
{
    freshApi();
    LocalInstance &store = m_server->instance();
    const DemoInstance demo = DemoData::populate(store);
    QVERIFY(m_api->start());
    const QString orgs = QStringLiteral("/instances/%1/orgs").arg(demo.instanceId);
    const QJsonObject listed = list(orgs, {}, demo.adminSecret);
    QCOMPARE(
            column(listed, "name"),
            (QStringList{QStringLiteral("Acme Farms"), QStringLiteral("Contoso Labs"),
                         QStringLiteral("Northwind Logistics"), QStringLiteral("R&D <i>lab</i>")}));
    // A description only where the organization has one.
    const QStringList descriptions = column(listed, "description");
    QVERIFY(!descriptions.first().isEmpty());
    QVERIFY(descriptions.contains(QString()));

    QHash<QString, QSet<QString>> appsOf;
    QHash<QString, QSet<QString>> dashboardsOf;
    for (const QString &org : column(listed, "id")) {
        const QString only = QStringLiteral("orgId=") + org;
        const QJsonObject apps = list(QStringLiteral("/applications"), only, demo.adminSecret);
        const QJsonObject boards = list(QStringLiteral("/dashboards"), only, demo.adminSecret);
        const QStringList appIds = column(apps, "id");
        const QStringList boardIds = column(boards, "id");
        QVERIFY(appIds.size() >= 2 && appIds.size() <= 5);
        QVERIFY(boardIds.size() >= 2 && boardIds.size() <= 4);
        appsOf.insert(org, QSet<QString>(appIds.cbegin(), appIds.cend()));
        dashboardsOf.insert(org, QSet<QString>(boardIds.cbegin(), boardIds.cend()));
        // A dashboard that shows an application names one of its organization's.
        for (const QJsonValue &board : boards.value(QLatin1String("items")).toArray()) {
            const QJsonObject b = board.toObject();
            if (b.contains(QLatin1String("applicationId"))) {
                QVERIFY(appIds.contains(b.value(QLatin1String("applicationId")).toString()));
                QVERIFY(!b.value(QLatin1String("applicationName")).toString().isEmpty());
            }
        }
    }
    // The demo's two applications with tokens are listed by name, in their organizations.
    const QJsonObject named = list(QStringLiteral("/applications"), {}, demo.adminSecret);
    QCOMPARE(named.value(QLatin1String("totalCount")).toInt(), 14);
    QHash<QString, QString> orgOfApp;
    for (const QJsonValue &item : named.value(QLatin1String("items")).toArray()) {
        const QJsonObject a = item.toObject();
        orgOfApp.insert(a.value(QLatin1String("name")).toString(),
                        a.value(QLatin1String("organizationName")).toString());
        if (a.value(QLatin1String("name")) == QLatin1String("Greenhouse sensors"))
            QCOMPARE(a.value(QLatin1String("id")).toString(),
                     demo.collections.at(1).location.ownerId());
        if (a.value(QLatin1String("name")) == QLatin1String("Fleet telemetry"))
            QCOMPARE(a.value(QLatin1String("id")).toString(),
                     demo.collections.at(2).location.ownerId());
    }
    QCOMPARE(orgOfApp.value(QStringLiteral("Greenhouse sensors")), QStringLiteral("Acme Farms"));
    QCOMPARE(orgOfApp.value(QStringLiteral("Fleet telemetry")),
             QStringLiteral("Northwind Logistics"));

    // Every organization role of a demo token names a listed organization and its resources.
    int roles = 0;
    for (const Kind kind : {Kind::Instance, Kind::User}) {
        const QString owner = kind == Kind::Instance ? demo.instanceId : demo.userId;
        for (const ApiToken &t : store.tokens(kind, owner)) {
            for (const OrgRole &role : t.orgRoles) {
                if (role.orgId == QLatin1String("sandbox"))
                    continue;
                ++roles;
                QVERIFY2(appsOf.contains(role.orgId), qPrintable(role.orgId));
                for (const ResourceRole &r : role.applicationRoles)
                    QVERIFY(appsOf.value(role.orgId).contains(r.resourceId));
                for (const ResourceRole &r : role.dashboardRoles)
                    QVERIFY(dashboardsOf.value(role.orgId).contains(r.resourceId));
            }
        }
    }
    QVERIFY(roles > 3);
}

void TestLocalDirectory::directoryFault_failsTheThreeLists_only()
{
    Route route = Route::List;
    Fault fault;
    QString problem;
    QVERIFY(Fault::parse(QStringLiteral("directory=500"), &route, &fault, &problem));
    QCOMPARE(route, Route::DirectoryList);
    QVERIFY(Fault::specExamples().contains(QStringLiteral("directory=403")));
    m_server->setFault(route, fault);

    int status = 0;
    for (const QString &path :
         {orgsPath(), QStringLiteral("/applications"), QStringLiteral("/dashboards")}) {
        get(path, {}, m_userAdmin, &status);
        QVERIFY2(status == 500, qPrintable(path));
    }
    const QStringList tokenLists{QStringLiteral("/instances/%1/tokens").arg(m_instanceId),
                                 QStringLiteral("/applications/%1/tokens").arg(m_applicationId),
                                 QStringLiteral("/me/tokens")};
    for (const QString &path : tokenLists) {
        get(path, {}, m_userAdmin, &status);
        QVERIFY2(status == 200, qPrintable(path));
    }
    m_server->clearFaults();
    get(QStringLiteral("/applications"), {}, m_userAdmin, &status);
    QCOMPARE(status, 200);
}

QTEST_MAIN(TestLocalDirectory)
#include "tst_localdirectory.moc"
