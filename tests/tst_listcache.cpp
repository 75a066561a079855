// Issue 16: the local instance keeps its sorted orders and each token's JSON between list calls;
// after a create, a patch or a delete over HTTP the next list, in every order and filtered,
// shows the change (no stale order, no stale token).
#include "support/AdminCall.h"
#include "support/LocalApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestListCache : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void everyOrderFollowsEveryWrite_data();
    void everyOrderFollowsEveryWrite();
    void aFilteredListFollowsEveryWrite();

private:
    QJsonObject send(const QByteArray &verb, const QString &path, const QString &query,
                     const QByteArray &body = {});
    QString tokensPath() const { return QStringLiteral("/instances/%1/tokens").arg(m_instanceId); }
    // The whole list in this order, after checking that it holds every stored token once, in
    // order, each as stored now.
    QJsonArray checkedList(const QString &field, bool descending);
};

QJsonObject TestListCache::send(const QByteArray &verb, const QString &path, const QString &query,
                                const QByteArray &body)
{
    return adminCall(m_api->network, m_server->baseUrl(), m_api->admin, verb, path, query, body);
}

QJsonArray TestListCache::checkedList(const QString &field, bool descending)
{
    const QJsonObject page
            = send("GET", tokensPath(),
                   QStringLiteral("perPage=1000&sortField=%1&sortDirection=%2")
                           .arg(field, descending ? QLatin1String("desc") : QLatin1String("asc")));
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    const QList<ApiToken> stored = m_server->instance().tokens(m_instanceId);
    if (items.size() != stored.size()
        || page.value(QLatin1String("totalCount")).toInt() != items.size()) {
        qWarning("listed %lld of %lld tokens", qint64(items.size()), qint64(stored.size()));
        return {};
    }
    // Every token as stored now (a patched one with its new name and date), once.
    for (const ApiToken &t : stored) {
        const auto same = [&t](const QJsonValue &v) { return v.toObject() == t.toJson(); };
        if (std::count_if(items.begin(), items.end(), same) != 1) {
            qWarning("token %s (%s) is not listed as stored", qPrintable(t.id), qPrintable(t.name));
            return {};
        }
    }
    // In order: by the field (a token without expiration last ascending), ties by id.
    const auto key = [&field](const QJsonValue &v) {
        const QJsonValue value = v.toObject().value(field);
        return value.isUndefined() ? QStringLiteral("~") : value.toString();
    };
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QJsonValue a = items.at(descending ? i : i - 1);
        const QJsonValue b = items.at(descending ? i - 1 : i);
        const QString idA = a.toObject().value(QLatin1String("id")).toString();
        const QString idB = b.toObject().value(QLatin1String("id")).toString();
        if (key(a) > key(b) || (key(a) == key(b) && idA >= idB)) {
            qWarning("out of order at %lld: %s before %s", qint64(i), qPrintable(key(a)),
                     qPrintable(key(b)));
            return {};
        }
    }
    return items;
}

void TestListCache::everyOrderFollowsEveryWrite_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    for (const char *field :
         {"name", "status", "id", "creationDate", "lastUpdated", "expirationDate"}) {
        QTest::addRow("%s asc", field) << QString::fromLatin1(field) << false;
        QTest::addRow("%s desc", field) << QString::fromLatin1(field) << true;
    }
}

void TestListCache::everyOrderFollowsEveryWrite()
{
    QFETCH(QString, field);
    QFETCH(bool, descending);
    ApiToken expiring;
    expiring.name = QStringLiteral("foxtrot");
    expiring.expirationDate = QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC);
    addToken(expiring);
    const ApiToken beta = addToken(QStringLiteral("beta"));
    const ApiToken delta = addToken(QStringLiteral("delta"), QStringLiteral("inactive"));
    QCOMPARE(checkedList(field, descending).size(), 4); // the order is now kept

    const QJsonObject created = send("POST", tokensPath(), {}, R"({"name":"charlie"})");
    const QString charlie = created.value(QLatin1String("id")).toString();
    QVERIFY(!charlie.isEmpty());
    QCOMPARE(checkedList(field, descending).size(), 5);

    const QJsonObject patched = send("PATCH", tokensPath() + QLatin1Char('/') + delta.id, {},
                                     R"({"name":"alpha","status":"active"})");
    QCOMPARE(patched.value(QLatin1String("name")).toString(), QStringLiteral("alpha"));
    const QJsonArray afterPatch = checkedList(field, descending);
    QCOMPARE(afterPatch.size(), 5);
    if (field == QLatin1String("name"))
        QCOMPARE(afterPatch.at(descending ? 4 : 0)[QLatin1String("id")].toString(), delta.id);

    QVERIFY(send("DELETE", tokensPath() + QLatin1Char('/') + beta.id, {})
                    .value(QLatin1String("success"))
                    .toBool());
    const QJsonArray afterDelete = checkedList(field, descending);
    QCOMPARE(afterDelete.size(), 4);
    for (const QJsonValue &v : afterDelete)
        QVERIFY(v[QLatin1String("id")].toString() != beta.id);
}

void TestListCache::aFilteredListFollowsEveryWrite()
{
    addToken(QStringLiteral("beta"));
    const ApiToken delta = addToken(QStringLiteral("delta"));
    const auto namesMatching = [this](const QString &glob) {
        const QJsonObject page
                = send("GET", tokensPath(), QStringLiteral("filterField=name&filter=") + glob);
        QStringList out;
        for (const QJsonValue &v : page.value(QLatin1String("items")).toArray())
            out.append(v[QLatin1String("name")].toString());
        return out;
    };
    // Filtered right after a write (only the matches sorted), and again once the name order
    // is kept (the kept order filtered): the same names both ways.
    const auto names = [&] {
        const QStringList fresh = namesMatching(QStringLiteral("*ta"));
        send("GET", tokensPath(), QStringLiteral("sortField=name"));
        return namesMatching(QStringLiteral("*TA")) == fresh ? fresh : QStringList();
    };
    QCOMPARE(names(), QStringList({QStringLiteral("beta"), QStringLiteral("delta")}));
    send("POST", tokensPath(), {}, R"({"name":"zeta"})");
    QCOMPARE(
            names(),
            QStringList({QStringLiteral("beta"), QStringLiteral("delta"), QStringLiteral("zeta")}));
    send("PATCH", tokensPath() + QLatin1Char('/') + delta.id, {}, R"({"name":"alpha"})");
    QCOMPARE(names(), QStringList({QStringLiteral("beta"), QStringLiteral("zeta")}));
    send("PATCH", tokensPath() + QLatin1Char('/') + delta.id, {}, R"({"name":"iota"})");
    QCOMPARE(names(),
             QStringList({QStringLiteral("beta"), QStringLiteral("iota"), QStringLiteral("zeta")}));
}

QTEST_GUILESS_MAIN(TestListCache)
#include "tst_listcache.moc"
