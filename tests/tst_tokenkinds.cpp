// Instance, application and user tokens through LosantClient over HTTP against the local
// instance: the same list, create, patch and delete for every kind, and who may reach which
// collection (docs/api.md "Token kinds", "Scopes").
#include "support/LocalApiFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <limits>

namespace {

// What one call ended with.
struct Outcome
{
    bool finished = false;
    ApiTokenPage page;
    ApiToken token;
    ApiError error;
    bool deleted = false;
};

Outcome run(ApiCall *call)
{
    Outcome o;
    QObject::connect(call, &ApiCall::pageReceived, call,
                     [&o](const ApiTokenPage &p) { o.page = p; });
    QObject::connect(call, &ApiCall::tokenReceived, call, [&o](const ApiToken &t) { o.token = t; });
    QObject::connect(call, &ApiCall::failed, call, [&o](const ApiError &e) { o.error = e; });
    QObject::connect(call, &ApiCall::deleted, call, [&o] { o.deleted = true; });
    QSignalSpy finished(call, &ApiCall::finished);
    o.finished = finished.wait(10000);
    return o;
}

TokenQuery everything(const QString &sortField = QStringLiteral("name"),
                      const QString &direction = QStringLiteral("asc"))
{
    TokenQuery q;
    q.sortField = sortField;
    q.sortDirection = direction;
    q.perPage = 1000;
    return q;
}

QStringList idsOf(const QList<ApiToken> &tokens)
{
    QStringList ids;
    for (const ApiToken &t : tokens)
        ids << t.id;
    return ids;
}

// The sort the server promises (docs/api.md "Sort ties"): the field, then the id; no expiration
// sorts after every date; descending is the exact reverse.
qint64 dateOf(const ApiToken &t, const QString &field)
{
    if (field == QLatin1String("creationDate"))
        return t.creationDate.toMSecsSinceEpoch();
    if (field == QLatin1String("lastUpdated"))
        return t.lastUpdated.toMSecsSinceEpoch();
    return t.expirationDate.isValid() ? t.expirationDate.toMSecsSinceEpoch()
                                      : std::numeric_limits<qint64>::max();
}

QStringList expectedOrder(QList<ApiToken> tokens, const QString &field, bool descending)
{
    std::sort(tokens.begin(), tokens.end(), [&field](const ApiToken &a, const ApiToken &b) {
        int c = 0;
        if (field == QLatin1String("name"))
            c = a.name.compare(b.name);
        else if (field == QLatin1String("status"))
            c = a.status.compare(b.status);
        else if (field != QLatin1String("id"))
            c = dateOf(a, field) < dateOf(b, field) ? -1 : (dateOf(a, field) > dateOf(b, field));
        return c != 0 ? c < 0 : a.id < b.id;
    });
    QStringList ids = idsOf(tokens);
    if (descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

const QDateTime kBase(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// Who calls: a token of application A, of the instance, the member user's all.User token, or a
// user who is a member of nothing. Where: the instance, application A or B, or /me/tokens.
enum class Caller { ApplicationA, Instance, MemberUser, Outsider };
enum class Target { Instance, ApplicationA, ApplicationB, Me };
} // namespace

Q_DECLARE_METATYPE(TokenLocation::Kind)
Q_DECLARE_METATYPE(Caller)
Q_DECLARE_METATYPE(Target)

class TestTokenKinds : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void list_sortsByEveryField_data();
    void list_sortsByEveryField();
    void list_filtersByGlob_data() { addKindRows(); }
    void list_filtersByGlob();
    void list_pagesWithoutOverlap_data() { addKindRows(); }
    void list_pagesWithoutOverlap();
    void list_itemsNameTheirOwner_data() { addKindRows(); }
    void list_itemsNameTheirOwner();
    void create_minimalBody_data() { addKindRows(); }
    void create_minimalBody();
    void create_fullBody_data() { addKindRows(); }
    void create_fullBody();
    void patch_changesTheToken_data() { addKindRows(); }
    void patch_changesTheToken();
    void delete_removesTheToken_data() { addKindRows(); }
    void delete_removesTheToken();
    void badRequest_isThe400OfEveryKind_data();
    void badRequest_isThe400OfEveryKind();
    void fault_appliesToEveryKind_data() { addKindRows(); }
    void fault_appliesToEveryKind();
    void access_data();
    void access();
    void unknownApplication_isA404();
    void oauthToken_mayListButNotChangeMyTokens_data();
    void oauthToken_mayListButNotChangeMyTokens();

private:
    // Connects with a fresh token of the kind's all-scope living in that collection.
    ApiToken connectAsAdminOf(Kind kind);
    ApiToken seed(Kind kind, const QString &name, const QString &status = QStringLiteral("active"));
    Outcome listAll(Kind kind, const TokenQuery &query)
    {
        return run(m_api->tokens(kind).list(query));
    }
};

ApiToken TestTokenKinds::connectAsAdminOf(Kind kind)
{
    ApiToken admin;
    admin.name = QStringLiteral("zz kind admin");
    admin.scope = {TokenPermissions::allScope(kind)};
    admin = m_server->instance().addToken(kind, ownerOf(kind), admin);
    m_api->connectAs(admin.token);
    return admin;
}

ApiToken TestTokenKinds::seed(Kind kind, const QString &name, const QString &status)
{
    ApiToken t;
    t.name = name;
    t.status = status;
    t.scope = {TokenPermissions::readOnlyScope(kind)};
    t.creationDate = kBase;
    return m_server->instance().addToken(kind, ownerOf(kind), t);
}

void TestTokenKinds::list_sortsByEveryField_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("direction");
    const char *const fields[]
            = {"name", "status", "id", "creationDate", "lastUpdated", "expirationDate"};
    for (Kind kind : {Kind::Instance, Kind::Application, Kind::User}) {
        for (const char *field : fields) {
            for (const char *direction : {"asc", "desc"}) {
                QTest::addRow("%s %s %s", qPrintable(TokenLocation::kindKey(kind)), field,
                              direction)
                        << kind << QString::fromLatin1(field) << QString::fromLatin1(direction);
            }
        }
    }
}

void TestTokenKinds::list_sortsByEveryField()
{
    QFETCH(Kind, kind);
    QFETCH(QString, field);
    QFETCH(QString, direction);
    connectAsAdminOf(kind);
    // Ties on every field but id: two "beta", equal dates, equal and missing expirations.
    const struct
    {
        const char *name;
        const char *status;
        int createdDays;
        int updatedDays;
        int expiresDays; // 0: never
    } rows[] = {{"delta", "active", 3, 9, 40}, {"beta", "inactive", 1, 2, 0},
                {"alpha", "active", 5, 5, 10}, {"beta", "active", 1, 7, 40},
                {"echo", "inactive", 2, 3, 0}, {"charlie", "active", 4, 4, 20}};
    for (const auto &r : rows) {
        ApiToken t;
        t.name = QLatin1String(r.name);
        t.status = QLatin1String(r.status);
        t.creationDate = kBase.addDays(r.createdDays);
        t.lastUpdated = kBase.addDays(r.updatedDays);
        if (r.expiresDays)
            t.expirationDate = kBase.addDays(r.expiresDays);
        m_server->instance().addToken(kind, ownerOf(kind), t);
    }
    const QList<ApiToken> stored = m_server->instance().tokens(kind, ownerOf(kind));

    const Outcome o = listAll(kind, everything(field, direction));
    QVERIFY(o.finished);
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(o.page.sortField, field);
    QCOMPARE(o.page.sortDirection, direction);
    QCOMPARE(o.page.totalCount, int(std::size(rows)) + (kind == Kind::Application ? 1 : 2));
    QCOMPARE(idsOf(o.page.items), expectedOrder(stored, field, direction == QLatin1String("desc")));
}

void TestTokenKinds::list_filtersByGlob()
{
    QFETCH(Kind, kind);
    connectAsAdminOf(kind);
    const QStringList matching{seed(kind, QStringLiteral("sensor-a1")).id,
                               seed(kind, QStringLiteral("Sensor-B2")).id,
                               seed(kind, QStringLiteral("sensor-")).id};
    seed(kind, QStringLiteral("gateway sensor-1"));
    seed(kind, QStringLiteral("sensor"));

    TokenQuery query = everything();
    query.filterField = QStringLiteral("name");
    query.filter = QStringLiteral("sensor-*");
    const Outcome o = listAll(kind, query);
    QVERIFY(o.finished);
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(o.page.totalCount, 3);
    QCOMPARE(o.page.filter, QStringLiteral("sensor-*"));
    QStringList got = idsOf(o.page.items);
    QStringList want = matching;
    got.sort();
    want.sort();
    QCOMPARE(got, want);

    seed(kind, QStringLiteral("old one"), QStringLiteral("inactive"));
    query.filterField = QStringLiteral("status");
    query.filter = QStringLiteral("in*");
    const Outcome inactive = listAll(kind, query);
    QVERIFY(inactive.finished);
    QCOMPARE(inactive.page.totalCount, 1);
    QCOMPARE(inactive.page.items.value(0).name, QStringLiteral("old one"));
}

void TestTokenKinds::list_pagesWithoutOverlap()
{
    QFETCH(Kind, kind);
    connectAsAdminOf(kind);
    for (int i = 0; i < 7; ++i)
        seed(kind, QStringLiteral("page token %1").arg(i));
    const QStringList all = idsOf(m_server->instance().tokens(kind, ownerOf(kind)));
    TokenQuery query = everything(QStringLiteral("creationDate"));
    query.perPage = all.size() / 2 + 1;
    const Outcome first = listAll(kind, query);
    query.page = 1;
    const Outcome second = listAll(kind, query);
    QVERIFY(first.finished && second.finished);
    QCOMPARE(first.page.count, query.perPage);
    QCOMPARE(second.page.count, int(all.size()) - query.perPage);
    QCOMPARE(second.page.page, 1);
    QCOMPARE(second.page.totalCount, int(all.size()));
    const QStringList firstIds = idsOf(first.page.items);
    for (const QString &id : idsOf(second.page.items))
        QVERIFY2(!firstIds.contains(id), qPrintable(id));
    QStringList both = firstIds + idsOf(second.page.items);
    QStringList want = all;
    both.sort();
    want.sort();
    QCOMPARE(both, want);
}

void TestTokenKinds::list_itemsNameTheirOwner()
{
    QFETCH(Kind, kind);
    connectAsAdminOf(kind);
    seed(kind, QStringLiteral("owned"));
    const Outcome o = listAll(kind, everything());
    QVERIFY(o.finished);
    QVERIFY(o.page.items.size() >= 2);
    // ownerType's enum is application | user: instance tokens carry none.
    const QString type = kind == Kind::Instance ? QString() : TokenLocation::kindKey(kind);
    for (const ApiToken &t : o.page.items) {
        QCOMPARE(t.ownerId, ownerOf(kind));
        QCOMPARE(t.ownerType, type);
    }
}

void TestTokenKinds::create_minimalBody()
{
    QFETCH(Kind, kind);
    const ApiToken admin = connectAsAdminOf(kind);
    const int before = m_server->instance().tokenCount(kind, ownerOf(kind));
    const Outcome o = run(
            m_api->tokens(kind).create({{QStringLiteral("name"), QStringLiteral("minimal")}}));
    QVERIFY(o.finished);
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(o.token.name, QStringLiteral("minimal"));
    QVERIFY(!o.token.token.isEmpty());
    QCOMPARE(o.token.status, QStringLiteral("active"));
    QCOMPARE(o.token.scope, QStringList{TokenPermissions::allScope(kind)});
    QCOMPARE(o.token.ownerId, ownerOf(kind));
    QCOMPARE(o.token.ownerType, kind == Kind::Instance ? QString() : TokenLocation::kindKey(kind));
    QCOMPARE(o.token.creatorType, QStringLiteral("apiToken"));
    QCOMPARE(o.token.creatorId, admin.id);
    QCOMPARE(o.token.creatorName, admin.name);
    QCOMPARE(m_server->instance().tokenCount(kind, ownerOf(kind)), before + 1);
    QVERIFY(m_server->instance().token(kind, ownerOf(kind), o.token.id).has_value());
}

void TestTokenKinds::create_fullBody()
{
    QFETCH(Kind, kind);
    connectAsAdminOf(kind);
    const QString expires = QStringLiteral("2031-05-06T07:08:09.010Z");
    const QStringList scope = kind == Kind::Application
            ? QStringList{QStringLiteral("all.Application.read"), QStringLiteral("device.get")}
            : QStringList{TokenPermissions::readOnlyScope(kind), QStringLiteral("devices.get")};
    QJsonObject body{{QStringLiteral("name"), QStringLiteral("full")},
                     {QStringLiteral("description"), QStringLiteral("every field")},
                     {QStringLiteral("expirationDate"), expires},
                     {QStringLiteral("scope"), QJsonArray::fromStringList(scope)},
                     {QStringLiteral("status"), QStringLiteral("inactive")}};
    OrgRole org;
    org.orgId = QStringLiteral("sandbox");
    org.role = QStringLiteral("view");
    if (kind != Kind::Application) {
        body.insert(QStringLiteral("defaultRole"), QStringLiteral("collaborate"));
        body.insert(QStringLiteral("orgRoles"), OrgRole::listToJson({org}));
    }
    const Outcome o = run(m_api->tokens(kind).create(body));
    QVERIFY(o.finished);
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    const std::optional<ApiToken> stored
            = m_server->instance().token(kind, ownerOf(kind), o.token.id);
    QVERIFY(stored.has_value());
    for (const ApiToken &t : {o.token, *stored}) {
        QCOMPARE(t.description, QStringLiteral("every field"));
        QCOMPARE(t.expirationDate, LosantDates::fromIso(expires));
        QCOMPARE(t.scope, scope);
        QCOMPARE(t.status, QStringLiteral("inactive"));
        QCOMPARE(t.defaultRole,
                 kind == Kind::Application ? QString() : QStringLiteral("collaborate"));
        QCOMPARE(t.orgRoles, kind == Kind::Application ? QList<OrgRole>() : QList<OrgRole>{org});
    }
}

void TestTokenKinds::patch_changesTheToken()
{
    QFETCH(Kind, kind);
    connectAsAdminOf(kind);
    const ApiToken before = seed(kind, QStringLiteral("before"));
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("after")},
                           {QStringLiteral("description"), QStringLiteral("patched")},
                           {QStringLiteral("status"), QStringLiteral("inactive")}};
    const Outcome o = run(m_api->tokens(kind).patch(before.id, body));
    QVERIFY(o.finished);
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    const ApiToken stored = *m_server->instance().token(kind, ownerOf(kind), before.id);
    for (const ApiToken &t : {o.token, stored}) {
        QCOMPARE(t.name, QStringLiteral("after"));
        QCOMPARE(t.description, QStringLiteral("patched"));
        QCOMPARE(t.status, QStringLiteral("inactive"));
        QCOMPARE(t.scope, before.scope);
        QVERIFY(t.lastUpdated > before.lastUpdated);
    }
}

void TestTokenKinds::delete_removesTheToken()
{
    QFETCH(Kind, kind);
    connectAsAdminOf(kind);
    const ApiToken doomed = seed(kind, QStringLiteral("doomed"));
    const ApiToken kept = seed(kind, QStringLiteral("kept"));
    const Outcome o = run(m_api->tokens(kind).remove(doomed.id));
    QVERIFY(o.finished);
    QVERIFY2(o.deleted, qPrintable(o.error.message));
    QVERIFY(!m_server->instance().token(kind, ownerOf(kind), doomed.id).has_value());
    QVERIFY(m_server->instance().token(kind, ownerOf(kind), kept.id).has_value());
    const Outcome again = run(m_api->tokens(kind).get(doomed.id));
    QCOMPARE(again.error.httpStatus, 404);
}

void TestTokenKinds::badRequest_isThe400OfEveryKind_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("named"); // what the message names
    const char *const calls[][2] = {{"sortField", "sortField"},
                                    {"perPage", "perPage"},
                                    {"emptyName", "name"},
                                    {"unknownKey", "colour"},
                                    {"patchScope", "scope"}};
    for (Kind kind : {Kind::Instance, Kind::Application, Kind::User}) {
        for (const auto &c : calls) {
            QTest::addRow("%s %s", qPrintable(TokenLocation::kindKey(kind)), c[0])
                    << kind << QString::fromLatin1(c[0]) << QString::fromLatin1(c[1]);
        }
    }
}

void TestTokenKinds::badRequest_isThe400OfEveryKind()
{
    QFETCH(Kind, kind);
    QFETCH(QString, call);
    QFETCH(QString, named);
    connectAsAdminOf(kind);
    const ApiToken target = seed(kind, QStringLiteral("target"));
    const int before = m_server->instance().tokenCount(kind, ownerOf(kind));
    const TokenCollection tokens = m_api->tokens(kind);
    TokenQuery query = everything();
    if (call == QLatin1String("sortField"))
        query.sortField = QStringLiteral("colour");
    if (call == QLatin1String("perPage"))
        query.perPage = 0;
    ApiCall *sent = call == QLatin1String("emptyName")
            ? tokens.create({{QStringLiteral("name"), QString()}})
            : call == QLatin1String("unknownKey")
            ? tokens.create({{QStringLiteral("name"), QStringLiteral("x")},
                             {QStringLiteral("colour"), QStringLiteral("red")}})
            : call == QLatin1String("patchScope")
            ? tokens.patch(target.id, {{QStringLiteral("scope"), QJsonArray()}})
            : tokens.list(query);
    const Outcome o = run(sent);
    QVERIFY(o.finished);
    QCOMPARE(o.error.httpStatus, 400);
    QCOMPARE(o.error.type, QStringLiteral("Validation"));
    QVERIFY2(o.error.message.contains(named), qPrintable(o.error.message));
    QCOMPARE(m_server->instance().tokenCount(kind, ownerOf(kind)), before);
    QCOMPARE(m_server->instance().token(kind, ownerOf(kind), target.id)->scope, target.scope);
}

void TestTokenKinds::fault_appliesToEveryKind()
{
    QFETCH(Kind, kind);
    connectAsAdminOf(kind);
    const ApiToken kept = seed(kind, QStringLiteral("kept"));
    // --serve --fault delete=500 misbehaves on every kind's delete, and only there.
    m_server->setFault(Route::Delete, Fault::withStatus(500));
    const Outcome refused = run(m_api->tokens(kind).remove(kept.id));
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.httpStatus, 500);
    QVERIFY(m_server->instance().token(kind, ownerOf(kind), kept.id).has_value());
    const Outcome fetched = run(m_api->tokens(kind).get(kept.id));
    QVERIFY2(!fetched.error.isError(), qPrintable(fetched.error.message));
    QCOMPARE(fetched.token.id, kept.id);
}

void TestTokenKinds::access_data()
{
    QTest::addColumn<Caller>("caller");
    QTest::addColumn<Target>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("application token, own application")
            << Caller::ApplicationA << Target::ApplicationA << 200;
    QTest::newRow("application token, other application")
            << Caller::ApplicationA << Target::ApplicationB << 403;
    QTest::newRow("application token, instance") << Caller::ApplicationA << Target::Instance << 403;
    QTest::newRow("application token, /me") << Caller::ApplicationA << Target::Me << 403;
    QTest::newRow("instance token, instance") << Caller::Instance << Target::Instance << 200;
    QTest::newRow("instance token, application") << Caller::Instance << Target::ApplicationA << 403;
    QTest::newRow("instance token, /me") << Caller::Instance << Target::Me << 403;
    QTest::newRow("all.User, instance") << Caller::MemberUser << Target::Instance << 200;
    QTest::newRow("all.User, application") << Caller::MemberUser << Target::ApplicationA << 200;
    QTest::newRow("all.User, /me") << Caller::MemberUser << Target::Me << 200;
    QTest::newRow("all.User, application it is no member of")
            << Caller::MemberUser << Target::ApplicationB << 403;
    QTest::newRow("outsider, instance") << Caller::Outsider << Target::Instance << 403;
    QTest::newRow("outsider, application") << Caller::Outsider << Target::ApplicationA << 403;
    QTest::newRow("outsider, own /me") << Caller::Outsider << Target::Me << 200;
}

void TestTokenKinds::access()
{
    QFETCH(Caller, caller);
    QFETCH(Target, target);
    QFETCH(int, status);
    LocalInstance &server = m_server->instance();
    const QString applicationB = server.addApplication();
    const ApiToken markerB = server.addToken(Kind::Application, applicationB, ApiToken());
    const QString outsider = server.addUser();
    switch (caller) {
    case Caller::ApplicationA:
        m_api->connectAs(server.issueToken(Kind::Application, m_applicationId,
                                           QStringLiteral("app A"),
                                           {QStringLiteral("all.Application")}));
        break;
    case Caller::Instance:
        break; // the fixture's admin (all.Instance)
    case Caller::MemberUser:
        m_api->connectAs(m_userAdmin);
        break;
    case Caller::Outsider:
        m_api->connectAs(server.issueToken(Kind::User, outsider, QStringLiteral("outsider"),
                                           {QStringLiteral("all.User")}));
        break;
    }
    const TokenLocation where = target == Target::Instance ? TokenLocation::instance(m_instanceId)
            : target == Target::ApplicationA ? TokenLocation::application(m_applicationId)
            : target == Target::ApplicationB ? TokenLocation::application(applicationB)
                                             : TokenLocation::user();
    const TokenCollection tokens(m_client, where);
    const Outcome listed = run(tokens.list(everything()));
    QVERIFY(listed.finished);
    QCOMPARE(listed.error.httpStatus, status == 200 ? 0 : status);
    const Outcome created = run(tokens.create({{QStringLiteral("name"), QStringLiteral("new")}}));
    QCOMPARE(created.error.httpStatus, status == 200 ? 0 : status);
    if (status != 200) {
        QCOMPARE(listed.error.type, QStringLiteral("Forbidden"));
        QVERIFY(!listed.error.message.isEmpty());
        // Nothing was created anywhere, and B's tokens stayed B's.
        QCOMPARE(server.tokenCount(Kind::Application, applicationB), 1);
        QVERIFY(server.token(Kind::Application, applicationB, markerB.id).has_value());
    }
    // /me/tokens are the caller's own: the outsider's list holds only its own token.
    if (target == Target::Me && status == 200)
        QCOMPARE(listed.page.items.value(0).ownerId,
                 caller == Caller::Outsider ? outsider : m_userId);
}

void TestTokenKinds::unknownApplication_isA404()
{
    m_api->connectAs(m_userAdmin);
    const TokenCollection tokens(
            m_client, TokenLocation::application(QStringLiteral("0123456789abcdef01234567")));
    const Outcome o = run(tokens.list(everything()));
    QVERIFY(o.finished);
    QCOMPARE(o.error.httpStatus, 404);
    QCOMPARE(o.error.type, QStringLiteral("NotFound"));
    QCOMPARE(o.error.message, QStringLiteral("Application was not found"));
}

void TestTokenKinds::oauthToken_mayListButNotChangeMyTokens_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << QStringLiteral("list") << 200;
    QTest::newRow("get") << QStringLiteral("get") << 200;
    QTest::newRow("create") << QStringLiteral("create") << 403;
    QTest::newRow("patch") << QStringLiteral("patch") << 403;
    QTest::newRow("delete") << QStringLiteral("delete") << 403;
}

void TestTokenKinds::oauthToken_mayListButNotChangeMyTokens()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    const ApiToken mine = seed(Kind::User, QStringLiteral("mine"));
    m_api->connectAs(m_server->instance().issueOAuthToken(m_userId, {QStringLiteral("all.User")}));
    const TokenCollection tokens = m_api->tokens(Kind::User);
    ApiCall *sent = call == QLatin1String("list") ? tokens.list(everything())
            : call == QLatin1String("get")        ? tokens.get(mine.id)
            : call == QLatin1String("create")
            ? tokens.create({{QStringLiteral("name"), QStringLiteral("by oauth")}})
            : call == QLatin1String("patch")
            ? tokens.patch(mine.id, {{QStringLiteral("name"), QStringLiteral("renamed")}})
            : tokens.remove(mine.id);
    const Outcome o = run(sent);
    QVERIFY(o.finished);
    QCOMPARE(o.error.httpStatus, status == 200 ? 0 : status);
    const std::optional<ApiToken> after = m_server->instance().token(Kind::User, m_userId, mine.id);
    QVERIFY(after.has_value());
    QCOMPARE(after->name, QStringLiteral("mine"));
    QCOMPARE(m_server->instance().tokenCount(Kind::User, m_userId), 2); // mine + the fixture's
    if (status == 403)
        QVERIFY2(o.error.message.contains(QLatin1String("OAuth")), qPrintable(o.error.message));
}

QTEST_GUILESS_MAIN(TestTokenKinds)
#include "tst_tokenkinds.moc"
