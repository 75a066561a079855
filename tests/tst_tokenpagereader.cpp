// The fast reader of list answers against Qt's parser: the demo instance's pages and tricky
// bodies read the same both ways, and whatever the fast reader leaves to Qt is refused by it.
#include "core/ApiReplyParser.h"
#include "core/TokenPageReader.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"
#include "support/SamePage.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

namespace {
// A list answer around `items` (the text inside the brackets).
QByteArray pageOf(const QByteArray &items, const QByteArray &envelope = QByteArray())
{
    return "{\"count\":1,\"items\":[" + items + "],\"totalCount\":1" + envelope + '}';
}

// A token with every field Losant sends, `extra` members added at the end.
QByteArray tokenWith(const QByteArray &extra)
{
    return "{\"apiTokenId\":\"575ec8687ae143cd83dc4a97\",\"creationDate\":\"2026-01-02T03:04:05."
           "678Z\","
           "\"creatorId\":\"575ec7417ae143cd83dc4a95\",\"creatorName\":\"Ann\",\"creatorType\":"
           "\"user\","
           "\"id\":\"575ec8687ae143cd83dc4a97\",\"lastUpdated\":\"2026-02-03T04:05:06.789Z\","
           "\"ownerId\":\"575ec7417ae143cd83dc4a00\",\"scope\":[\"all.Instance\"],\"status\":"
           "\"active\""
            + extra + '}';
}

// The page both ways; fails the test when the fast reader accepted it and the readings differ.
std::optional<ApiTokenPage> compareReaders(const QByteArray &body, bool *fastRead)
{
    QString problem;
    const std::optional<ApiTokenPage> reference
            = ApiReplyParser::parsePageWithQtJson(body, &problem);
    const std::optional<ApiTokenPage> fast = TokenPageReader::read(body);
    *fastRead = fast.has_value();
    if (fast && !reference)
        qWarning("Qt's parser refuses what the fast reader read: %s", qPrintable(problem));
    if (fast && reference) {
        const QString difference = SamePage::pageDifference(*fast, *reference);
        if (!difference.isEmpty())
            qWarning("the readings differ in %s", qPrintable(difference));
        return difference.isEmpty() ? fast : std::nullopt;
    }
    return fast ? std::nullopt : reference;
}
} // namespace

class TestTokenPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoPagesReadFastAndTheSame();
    void plainVariationsReadFastAndTheSame_data();
    void plainVariationsReadFastAndTheSame();
    void unusualBodiesAreLeftToQt_data();
    void unusualBodiesAreLeftToQt();
    void rawItemsAreTheServersItems();
    void datesReadAsQtReadsThem();
};

void TestTokenPageReader::demoPagesReadFastAndTheSame()
{
    LocalInstance instance;
    const DemoInstance demo = DemoData::populate(instance, 400);
    int pages = 0;
    for (const DemoCollection &collection : demo.collections) {
        for (const char *sort : {"name", "expirationDate", "lastUpdated"}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("perPage"), QStringLiteral("1000"));
            query.addQueryItem(QStringLiteral("sortField"), QLatin1String(sort));
            query.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("desc"));
            const LocalAnswer answer
                    = instance.handle("GET", collection.location.collectionPath(), query,
                                      "Bearer " + demo.adminSecret.toUtf8(), QByteArray());
            QCOMPARE(answer.status, 200);
            bool fast = false;
            const std::optional<ApiTokenPage> page = compareReaders(answer.body, &fast);
            QVERIFY2(fast, "Losant's own form is read by the fast reader");
            QVERIFY(page);
            QCOMPARE(page->sortField, QLatin1String(sort));
            QVERIFY(!page->items.isEmpty());
            ++pages;
        }
    }
    QCOMPARE(pages, 3 * int(demo.collections.size()));
}

void TestTokenPageReader::plainVariationsReadFastAndTheSame_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name"); // of the first token

    QTest::newRow("every escape") << pageOf(tokenWith(R"(,"name":"a\"b\\c\/d\be\ff\ng\rh\ti")"))
                                  << QStringLiteral("a\"b\\c/d\be\ff\ng\rh\ti");
    QTest::newRow("unicode escapes")
            << pageOf(tokenWith(R"(,"name":"caf\u00e9 \u20AC \ud83d\ude00")"))
            << QStringLiteral("café € \U0001F600");
    QTest::newRow("utf-8 names") << pageOf(tokenWith(",\"name\":\"Grüße 日本 \xF0\x9F\x94\x91\""))
                                 << QStringLiteral("Grüße 日本 \U0001F511");
    QTest::newRow("latin-1 only") << pageOf(tokenWith(",\"name\":\"\xC3\xA9t\xC3\xA9\""))
                                  << QStringLiteral("été");
    QTest::newRow("escaped utf-8 mixed")
            << pageOf(tokenWith(",\"name\":\"\xC3\xBC\\n\\u00fc\xE2\x82\xAC\""))
            << QStringLiteral("ü\nü€");
    QTest::newRow("nulls") << pageOf(tokenWith(R"(,"name":null,"description":null,)"
                                               R"("expirationDate":null,"orgRoles":null)"))
                           << QString();
    QTest::newRow("scope null") << pageOf(
            R"({"id":"575ec8687ae143cd83dc4a97","name":"n","scope":null})")
                                << QStringLiteral("n");
    QTest::newRow("only an id") << pageOf(R"({"id":"x"})") << QString();
    QTest::newRow("unknown members")
            << pageOf(tokenWith(R"(,"name":"n","extra":{"a":[1,-2.5e3,true,false,null,"s"]},)"
                                R"("zz":[[[]]],"num":0.25E-2,)"
                                "\"k\xC3\xA9y\":\"a key in UTF-8\""))
            << QStringLiteral("n");
    QTest::newRow("whitespace") << QByteArray(" \n{ \"items\" : [ \t{ \"id\" : \"x\" , \"name\" :"
                                              " \"w\" } ] ,\r\n \"totalCount\" : 7 }\n ")
                                << QStringLiteral("w");
    QTest::newRow("other date forms")
            << pageOf(tokenWith(R"(,"name":"d","expirationDate":"2026-01-02T03:04:05Z",)"
                                R"("description":"x","token":"secret")"))
            << QStringLiteral("d");
    QTest::newRow("date with an offset")
            << pageOf(tokenWith(R"(,"name":"o","expirationDate":"2026-01-02T03:04:05.000+02:00")"))
            << QStringLiteral("o");
    QTest::newRow("escaped date") << pageOf(
            tokenWith(R"(,"name":"e","expirationDate":"2026-01-02T03:04:05.678\u005a")"))
                                  << QStringLiteral("e");
    QTest::newRow("ids not as Losant writes them")
            << pageOf(R"({"id":"575EC8687AE143CD83DC4A97","apiTokenId":"other","creatorId":"c"},)"
                      R"({"id":"575ec8687ae143cd83dc4a98","creatorId":"575EC7417ae143cd83dc4a95"})")
            << QString();
    QTest::newRow("org roles") << pageOf(
            tokenWith(R"(,"name":"r","defaultRole":"view","orgRoles":[{"orgId":"sandbox",)"
                      R"("role":"edit","applicationRoles":[{"resourceId":"a","role":"view"},{}],)"
                      R"("dashboardRoles":null,"future":1},{},{"orgId":null,"role":null}])"))
                               << QStringLiteral("r");
    QTest::newRow("empty lists") << pageOf(tokenWith(R"(,"name":"l","orgRoles":[])")
                                           + R"(,{"id":"y","scope":[]})")
                                 << QStringLiteral("l");
    QTest::newRow("envelope echoes")
            << pageOf(tokenWith(",\"name\":\"p\""),
                      R"(,"page":3,"perPage":100,"sortField":"name","sortDirection":"asc",)"
                      R"("filterField":"name","filter":"p*","future":{"x":[]})")
            << QStringLiteral("p");
    QTest::newRow("envelope nulls")
            << QByteArray(R"({"items":[{"id":"x","name":"q"}],"totalCount":0,"count":null,)"
                          R"("page":null,"perPage":null,"sortField":null})")
            << QStringLiteral("q");
    QTest::newRow("no items") << QByteArray(R"({"items":[],"totalCount":0})") << QString();
    QTest::newRow("shared scope lists")
            << pageOf(R"({"id":"a","scope":["x","y"]},{"id":"b","scope":["x","y"]},)"
                      R"({"id":"c","scope":[ "x","y"]},{"id":"d","scope":["x"]})")
            << QString();
}

void TestTokenPageReader::plainVariationsReadFastAndTheSame()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    bool fast = false;
    const std::optional<ApiTokenPage> page = compareReaders(body, &fast);
    QVERIFY2(fast, "a plain variation stays on the fast path");
    QVERIFY2(page, "both readers agree");
    if (!page->items.isEmpty())
        QCOMPARE(page->items.first().name, name);
}

void TestTokenPageReader::unusualBodiesAreLeftToQt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("qtAccepts");

    const auto token = [](const QByteArray &members) { return pageOf('{' + members + '}'); };
    QTest::newRow("name a number") << token(R"("id":"x","name":5)") << false;
    QTest::newRow("scope text") << token(R"("id":"x","scope":"all.Instance")") << false;
    QTest::newRow("scope of numbers") << token(R"("id":"x","scope":[1])") << true;
    QTest::newRow("orgRoles an object") << token(R"("id":"x","orgRoles":{})") << false;
    QTest::newRow("orgRoles of texts") << token(R"("id":"x","orgRoles":["a"])") << true;
    QTest::newRow("applicationRoles text")
            << token(R"("id":"x","orgRoles":[{"applicationRoles":"a"}])") << true;
    QTest::newRow("date in words") << token(R"("id":"x","expirationDate":"yesterday")") << false;
    QTest::newRow("date a number") << token(R"("id":"x","creationDate":0)") << false;
    QTest::newRow("no id") << token(R"("name":"x")") << false;
    QTest::newRow("empty id") << token(R"("id":"")") << false;
    QTest::newRow("empty token") << pageOf("{}") << false;
    QTest::newRow("item a text") << pageOf(R"("x")") << false;
    QTest::newRow("escaped known key") << token(R"("id":"x","n\u0061me":"y")") << true;
    QTest::newRow("key twice") << token(R"("id":"x","name":"a","name":"b")") << true;
    QTest::newRow("items twice") << QByteArray(R"({"items":[],"items":[],"totalCount":0})") << true;
    QTest::newRow("lone high surrogate") << token(R"("id":"x","name":"\ud800")") << true;
    QTest::newRow("lone low surrogate") << token(R"("id":"x","name":"\udc00 ")") << true;
    QTest::newRow("escaped nul") << token(R"("id":"x","name":"a\u0000b")") << true;
    QTest::newRow("raw control character") << token("\"id\":\"x\",\"name\":\"a\x01\"") << true;
    QTest::newRow("raw tab") << token("\"id\":\"x\",\"name\":\"a\tb\"") << true;
    QTest::newRow("bad escape") << token(R"("id":"x","name":"\x41")") << true;
    QTest::newRow("invalid utf-8") << token("\"id\":\"x\",\"name\":\"\xC3\"") << false;
    QTest::newRow("overlong utf-8") << token("\"id\":\"x\",\"name\":\"\xC0\xAF\"") << false;
    QTest::newRow("utf-8 surrogate") << token("\"id\":\"x\",\"name\":\"\xED\xA0\x80\"") << false;
    QTest::newRow("noncharacter") << token("\"id\":\"x\",\"name\":\"\xEF\xBF\xBE\"") << true;
    QTest::newRow("byte order mark in a name")
            << token("\"id\":\"x\",\"name\":\"\xEF\xBB\xBFn\"") << true;
    QTest::newRow("huge number") << token(R"("id":"x","n":1e400)") << false;
    QTest::newRow("long number") << token(R"("id":"x","n":12345678901234567890)") << true;
    QTest::newRow("leading zero") << token(R"("id":"x","n":012)") << false;
    QTest::newRow("totalCount negative") << QByteArray(R"({"items":[],"totalCount":-1})") << false;
    QTest::newRow("totalCount fraction") << QByteArray(R"({"items":[],"totalCount":1.5})") << false;
    QTest::newRow("totalCount whole fraction")
            << QByteArray(R"({"items":[],"totalCount":2.0})") << true;
    QTest::newRow("totalCount text") << QByteArray(R"({"items":[],"totalCount":"2"})") << false;
    QTest::newRow("totalCount huge")
            << QByteArray(R"({"items":[],"totalCount":9999999999})") << false;
    QTest::newRow("no totalCount") << QByteArray(R"({"items":[]})") << false;
    QTest::newRow("count text") << QByteArray(R"({"items":[],"totalCount":0,"count":"1"})") << true;
    QTest::newRow("count negative")
            << QByteArray(R"({"items":[],"totalCount":0,"count":-1})") << true;
    QTest::newRow("sortField number")
            << QByteArray(R"({"items":[],"totalCount":0,"sortField":1})") << true;
    QTest::newRow("items an object") << QByteArray(R"({"items":{},"totalCount":0})") << false;
    QByteArray deep = R"({"items":[],"totalCount":0,"deep":)";
    deep += QByteArray(40, '[') + QByteArray(40, ']') + '}';
    QTest::newRow("deep nesting") << deep << true;
    QTest::newRow("trailing garbage") << QByteArray(R"({"items":[],"totalCount":0} x)") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"items":[],"totalCount":0,})") << false;
    QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF{\"items\":[],\"totalCount\":0}") << true;
    QTest::newRow("an array") << QByteArray(R"([{"items":[],"totalCount":0}])") << false;
    QTest::newRow("HTML") << QByteArray("<html><body>Bad gateway</body></html>") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("cut short") << pageOf(tokenWith(",\"name\":\"n\"")).chopped(3) << false;
}

void TestTokenPageReader::unusualBodiesAreLeftToQt()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, qtAccepts);
    QVERIFY2(!TokenPageReader::read(body), "the fast reader leaves it to Qt's parser");
    QString problem;
    const std::optional<ApiTokenPage> page = ApiReplyParser::parsePage(body, &problem);
    QString referenceProblem;
    const std::optional<ApiTokenPage> reference
            = ApiReplyParser::parsePageWithQtJson(body, &referenceProblem);
    QCOMPARE(page.has_value(), qtAccepts);
    QCOMPARE(reference.has_value(), qtAccepts);
    if (page)
        QCOMPARE(SamePage::pageDifference(*page, *reference), QString());
    else
        QCOMPARE(problem, referenceProblem);
}

void TestTokenPageReader::rawItemsAreTheServersItems()
{
    const QByteArray body = pageOf(tokenWith(R"(,"name":"n","future":{"kept":[1,2]})") + ','
                                   + tokenWith(",\"name\":\"m\""));
    const std::optional<ApiTokenPage> page = TokenPageReader::read(body);
    QVERIFY(page);
    const ApiTokenPage copy = *page; // copies share what one of them reads
    const QJsonArray expected
            = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
    QCOMPARE(copy.rawItems.size(), 2);
    QCOMPARE(page->rawItems, expected);
    QCOMPARE(page->rawItems.at(0).toObject().value(QLatin1String("future")).toObject(),
             QJsonObject({{QStringLiteral("kept"), QJsonArray{1, 2}}}));
    LazyJsonArray kept = copy.rawItems;
    kept.append(QStringLiteral("more"));
    QCOMPARE(kept.size(), 3);
    QCOMPARE(page->rawItems.size(), 2); // the others keep the server's items
}

void TestTokenPageReader::datesReadAsQtReadsThem()
{
    // Losant's form with every field at and beyond its edges: leap days, year 0, 24:00, 60 s.
    // One token a page: an invalid date refuses its whole page.
    QRandomGenerator rng(16);
    const int years[] = {0, 1, 1582, 1900, 1969, 1970, 2000, 2024, 2025, 2100, 9999};
    int valid = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString date = QString::asprintf(
                "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", years[rng.bounded(int(std::size(years)))],
                rng.bounded(0, 14), rng.bounded(0, 33), rng.bounded(0, 25), rng.bounded(0, 61),
                rng.bounded(0, 61), rng.bounded(0, 1000));
        const QByteArray body = pageOf(R"({"id":"t","lastUpdated":")" + date.toLatin1() + "\"}");
        bool fast = false;
        const std::optional<ApiTokenPage> page = compareReaders(body, &fast);
        if (fast) {
            QVERIFY2(page, body.constData());
            ++valid;
        }
    }
    QVERIFY(valid > 300 && valid < 2000); // valid and invalid dates both met
}

QTEST_GUILESS_MAIN(TestTokenPageReader)
#include "tst_tokenpagereader.moc"
