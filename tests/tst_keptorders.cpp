// Issue 16: the local instance keeps every sorted order and its last filters up to date as tokens
// are created, renamed, switched and deleted over HTTP; paged through afterwards, each order and
// filter gives exactly what sorting the stored tokens afresh gives (docs/api.md "Sort ties",
// "Filter glob").
#include "core/Glob.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalTokenJson.h"
#include "support/AdminCall.h"
#include "support/LocalApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <limits>

namespace {
// Names that sort and fold in awkward ways: case, ß, final sigma, emoji (surrogate pairs sort
// above U+E000), ties.
const QStringList &names()
{
    static const QStringList list{
            QStringLiteral("alpha"),         QStringLiteral("Alpha"),
            QStringLiteral("beta"),          QStringLiteral("Straße"),
            QStringLiteral("STRASSE"),       QStringLiteral("My Grafana read-only"),
            QStringLiteral("grafana-prod"),  QStringLiteral("zeta 😀"),
            QStringLiteral("😀 smile"),       QStringLiteral("\uFFFD private"),
            QStringLiteral("ΣΟΦΟΣ"),         QStringLiteral("σοφός"),
            QStringLiteral("kelvin \u212A"), QStringLiteral("deploy-ci"),
            QStringLiteral("prod-eu 12")};
    return list;
}

// The documented order, worked out here on its own: the field's value (dates as dates, no
// expiration after every date), code point by code point, ties by id.
bool before(const ApiToken &a, const ApiToken &b, const QString &field)
{
    const auto date = [&field](const ApiToken &t) -> qint64 {
        if (field == QLatin1String("creationDate"))
            return t.creationDate.toMSecsSinceEpoch();
        if (field == QLatin1String("lastUpdated"))
            return t.lastUpdated.toMSecsSinceEpoch();
        if (field == QLatin1String("expirationDate"))
            return t.expirationDate.isValid() ? t.expirationDate.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
        return 0;
    };
    const auto text = [&field](const ApiToken &t) {
        return field == QLatin1String("name")      ? t.name.toUcs4()
                : field == QLatin1String("status") ? t.status.toUcs4()
                : field == QLatin1String("id")     ? t.id.toUcs4()
                                                   : QList<uint>();
    };
    if (date(a) != date(b))
        return date(a) < date(b);
    if (text(a) != text(b))
        return text(a) < text(b);
    return a.id < b.id;
}
} // namespace

class TestKeptOrders : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAsAFreshSortAfterManyWrites_data();
    void pagesAsAFreshSortAfterManyWrites();
    void listedTokensAreWrittenAsQtWritesThem();

private:
    QJsonObject send(const QByteArray &verb, const QString &path, const QString &query,
                     const QByteArray &body = {});
    QString tokensPath() const { return QStringLiteral("/instances/%1/tokens").arg(m_instanceId); }
    QString listQuery(const QString &field, bool descending, const QString &glob) const;
    // Every page of the list, perPage 7; empty when a page failed or totalCount disagreed.
    QJsonArray walk(const QString &query);
};

QJsonObject TestKeptOrders::send(const QByteArray &verb, const QString &path, const QString &query,
                                 const QByteArray &body)
{
    return adminCall(m_api->network, m_server->baseUrl(), m_api->admin, verb, path, query, body);
}

QString TestKeptOrders::listQuery(const QString &field, bool descending, const QString &glob) const
{
    QString query = QStringLiteral("sortField=%1&sortDirection=%2")
                            .arg(field, descending ? QLatin1String("desc") : QLatin1String("asc"));
    if (!glob.isEmpty())
        query += QStringLiteral("&filterField=name&filter=")
                + QString::fromLatin1(QUrl::toPercentEncoding(glob));
    return query;
}

QJsonArray TestKeptOrders::walk(const QString &query)
{
    QJsonArray all;
    for (int page = 0;; ++page) {
        const QJsonObject answer
                = send("GET", tokensPath(), query + QStringLiteral("&perPage=7&page=%1").arg(page));
        const QJsonArray items = answer.value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            all.append(v);
        if (answer.contains(QLatin1String("failed"))
            || answer.value(QLatin1String("totalCount")).toInt() < all.size())
            return {};
        if (items.size() < 7)
            return answer.value(QLatin1String("totalCount")).toInt() == all.size() ? all
                                                                                   : QJsonArray();
    }
}

void TestKeptOrders::pagesAsAFreshSortAfterManyWrites_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("glob");
    for (const char *field :
         {"name", "status", "id", "creationDate", "lastUpdated", "expirationDate"}) {
        QTest::addRow("%s asc", field) << QString::fromLatin1(field) << false << QString();
        QTest::addRow("%s desc", field) << QString::fromLatin1(field) << true << QString();
    }
    // Filters the fast way and through the regex, kept like the orders.
    for (const char *glob : {"*a*", "GRAFANA*", "*😀*", "*ss*", "?eta*", "*", "*-*"}) {
        QTest::addRow("name asc, %s", glob)
                << QStringLiteral("name") << false << QString::fromUtf8(glob);
        QTest::addRow("lastUpdated desc, %s", glob)
                << QStringLiteral("lastUpdated") << true << QString::fromUtf8(glob);
    }
}

void TestKeptOrders::pagesAsAFreshSortAfterManyWrites()
{
    QFETCH(QString, field);
    QFETCH(bool, descending);
    QFETCH(QString, glob);
    QRandomGenerator random(16);
    // The tokens in the order they were made: the writes pick from it, so the same seed makes
    // the same writes in every run (the store's own order follows QHash's per-process seed).
    QStringList made;
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 40; ++i) {
        ApiToken t;
        t.name = names().at(random.bounded(int(names().size())));
        t.status = random.bounded(3) ? QStringLiteral("active") : QStringLiteral("inactive");
        t.creationDate = start.addSecs(3600 * random.bounded(4)); // ties
        if (random.bounded(2))
            t.expirationDate = start.addDays(random.bounded(1, 4));
        made << addToken(t).id;
    }
    // Names only the first sort meets (a list cannot create them): empty, U+0000, the private
    // use area, a surrogate pair.
    for (const QString &name :
         QStringList{QString(), QString(QChar(0)) + QStringLiteral("x"),
                     QStringLiteral("\uE000 private"), QStringLiteral("𐐀 deseret")}) {
        ApiToken t;
        t.name = name;
        made << addToken(t).id;
    }
    // Asked once before the writes, so the order (and filter) is kept while they happen.
    QVERIFY(!walk(listQuery(field, descending, glob)).isEmpty());

    for (int i = 0; i < 60; ++i) {
        // The admin token is not among them: it stays, every call goes with it.
        const QString target = made.at(random.bounded(int(made.size())));
        const QString name = names().at(random.bounded(int(names().size())));
        switch (random.bounded(5)) {
        case 0:
        case 1: {
            const QJsonObject body{{QStringLiteral("name"), name}};
            const QJsonObject created
                    = send("POST", tokensPath(), {}, QJsonDocument(body).toJson());
            QVERIFY(created.contains(QLatin1String("id")));
            made << created.value(QLatin1String("id")).toString();
            break;
        }
        case 2: {
            QJsonObject body{{QStringLiteral("name"), name}};
            if (random.bounded(2))
                body.insert(QStringLiteral("status"),
                            random.bounded(2) ? QStringLiteral("active")
                                              : QStringLiteral("inactive"));
            QVERIFY(send("PATCH", tokensPath() + QLatin1Char('/') + target, {},
                         QJsonDocument(body).toJson())
                            .contains(QLatin1String("id")));
            break;
        }
        case 3:
            QVERIFY(send("PATCH", tokensPath() + QLatin1Char('/') + target, {},
                         R"({"description":"touched"})")
                            .contains(QLatin1String("id")));
            break;
        default:
            QVERIFY(send("DELETE", tokensPath() + QLatin1Char('/') + target, {})
                            .value(QLatin1String("success"))
                            .toBool());
            made.removeOne(target);
        }
    }

    QList<ApiToken> expected = m_server->instance().tokens(m_instanceId);
    if (!glob.isEmpty()) {
        const QRegularExpression regex = Glob::globRegex(glob, Qt::CaseInsensitive);
        expected.removeIf([&regex](const ApiToken &t) { return !regex.match(t.name).hasMatch(); });
    }
    std::sort(expected.begin(), expected.end(),
              [&field](const ApiToken &a, const ApiToken &b) { return before(a, b, field); });
    if (descending)
        std::reverse(expected.begin(), expected.end());
    const QJsonArray listed = walk(listQuery(field, descending, glob));
    QCOMPARE(listed.size(), expected.size());
    QVERIFY(!listed.isEmpty());
    for (qsizetype i = 0; i < listed.size(); ++i) {
        // In the fresh sort's place, and as stored now (a patched token's JSON is not stale).
        const QJsonObject item = listed.at(i).toObject();
        if (item != expected.at(i).toJson())
            QFAIL(qPrintable(QStringLiteral("at %1: %2 (%3) where %4 (%5) belongs")
                                     .arg(i)
                                     .arg(item.value(QLatin1String("id")).toString(),
                                          item.value(QLatin1String("name")).toString(),
                                          expected.at(i).id, expected.at(i).name)));
    }
}

void TestKeptOrders::listedTokensAreWrittenAsQtWritesThem()
{
    // The list writes each token itself: the same bytes as QJsonDocument, escapes included.
    ApiToken odd;
    odd.id = QStringLiteral("5f0c0ffee0c0ffee0c0ffee0");
    odd.apiTokenId = odd.id;
    for (char16_t u = 0; u < 0x80; ++u)
        odd.name += QChar(u);
    odd.description = QStringLiteral("é ß 😀 \u0080\u07FF\u0800\uFFFE\uFFFF ") + QChar(0xD800)
            + QStringLiteral("x") + QChar(0xDC00) + QStringLiteral(" end ") + QChar(0xD83D);
    odd.status = QStringLiteral("inactive");
    odd.ownerType = QStringLiteral("application");
    odd.expirationDate = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    odd.orgRoles = {{QStringLiteral("sandbox"),
                     QStringLiteral("edit"),
                     {{QStringLiteral("5f0c0ffee0c0ffee0c0ffee1"), QStringLiteral("view")}},
                     {}}};
    ApiToken dates = odd; // written by Qt's form: before year 1000; the last day; an offset
    dates.creationDate = QDateTime(QDate(999, 5, 6), QTime(7, 8, 9), Qt::UTC);
    dates.lastUpdated = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    dates.expirationDate = QDateTime(QDate(2027, 1, 2), QTime(3, 4), Qt::OffsetFromUTC, 3600);
    QList<ApiToken> tokens{odd, dates, ApiToken()};
    // And every demo token of every kind (instance, application and user tokens, with roles).
    LocalInstance demo;
    for (const DemoCollection &c : DemoData::populate(demo, 300).collections)
        tokens += demo.tokens(c.location.kind(), c.location.ownerId());
    QVERIFY(tokens.size() > 900);
    for (const ApiToken &t : tokens) {
        QCOMPARE(LocalTokenJson::write(t),
                 QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
    }
}

QTEST_GUILESS_MAIN(TestKeptOrders)
#include "tst_keptorders.moc"
