// The model's compact rows give back every token exactly as it went in: the demo instance's
// tokens and unusual ones (IDs Losant would not write, texts beyond Latin-1, no dates).
#include "core/ApiReplyParser.h"
#include "core/TokenRows.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"
#include "support/SamePage.h"

#include <QTest>
#include <QUrlQuery>

namespace {
ApiToken unusual(const QString &id, const QString &name)
{
    ApiToken t;
    t.id = id;
    t.apiTokenId = QStringLiteral("different-%1").arg(id);
    t.name = name;
    t.creatorId = QStringLiteral("not hex");
    t.description = QStringLiteral("line one\nline two \U0001F511");
    t.creationDate = QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    t.scope = {QStringLiteral("all.Instance")};
    t.status = QStringLiteral("suspended");
    t.token = QStringLiteral("secret");
    OrgRole role;
    role.orgId = QStringLiteral("sandbox");
    role.role = QStringLiteral("edit");
    role.applicationRoles = {{QStringLiteral("a"), QStringLiteral("view")}};
    t.orgRoles = {role};
    return t;
}

QList<ApiToken> demoTokens()
{
    LocalInstance instance;
    const DemoInstance demo = DemoData::populate(instance, 300);
    QList<ApiToken> tokens;
    for (const DemoCollection &collection : demo.collections) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("perPage"), QStringLiteral("1000"));
        const LocalAnswer answer
                = instance.handle("GET", collection.location.collectionPath(), query,
                                  "Bearer " + demo.adminSecret.toUtf8(), QByteArray());
        QString problem;
        tokens += ApiReplyParser::parsePage(answer.body, &problem).value_or(ApiTokenPage()).items;
    }
    return tokens;
}
} // namespace

class TestTokenRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTokenComesBackAsItWent();
    void fieldsReadOneByOne();
    void findReplaceAndRemove();
};

void TestTokenRows::everyTokenComesBackAsItWent()
{
    QList<ApiToken> tokens = demoTokens();
    QVERIFY(tokens.size() > 900);
    tokens << unusual(QStringLiteral("575EC8687AE143CD83DC4A97"), QStringLiteral("UPPER CASE ID"))
           << unusual(QStringLiteral("x"), QStringLiteral("été à Zürich")) // Latin-1, one byte
           << unusual(QStringLiteral("y"), QStringLiteral("日本 \U0001F600"))
           << unusual(QString(), QString(QChar(0xd800)) + QStringLiteral(" lone surrogate"))
           << ApiToken();
    TokenRows rows;
    for (const ApiToken &t : std::as_const(tokens))
        rows.append(t);
    QCOMPARE(rows.size(), tokens.size());
    for (int row = 0; row < tokens.size(); ++row)
        QCOMPARE(SamePage::tokenDifference(rows.at(row), tokens.at(row)), QString());
}

void TestTokenRows::fieldsReadOneByOne()
{
    const QList<ApiToken> tokens = demoTokens();
    TokenRows rows;
    for (const ApiToken &t : tokens)
        rows.append(t);
    int expiring = 0;
    for (int row = 0; row < tokens.size(); ++row) {
        const ApiToken &t = tokens.at(row);
        QCOMPARE(rows.id(row), t.id);
        QVERIFY(rows.hasId(row, t.id));
        QCOMPARE(rows.name(row), t.name);
        QCOMPARE(rows.description(row), t.description);
        QCOMPARE(rows.status(row), t.status);
        QCOMPARE(rows.isActive(row), t.isActive());
        QCOMPARE(rows.creatorName(row), t.creatorName);
        QCOMPARE(rows.creatorId(row), t.creatorId);
        QCOMPARE(rows.scope(row), t.scope);
        QCOMPARE(rows.creationDate(row), t.creationDate);
        QCOMPARE(rows.lastUpdated(row), t.lastUpdated);
        QCOMPARE(rows.expirationDate(row), t.expirationDate);
        expiring += t.expirationDate.isValid() ? 1 : 0;
    }
    QVERIFY(expiring > 0 && expiring < tokens.size()); // both kinds were read
}

void TestTokenRows::findReplaceAndRemove()
{
    TokenRows rows;
    const QList<ApiToken> tokens = demoTokens().mid(0, 5)
            << unusual(QStringLiteral("plain text id"), QStringLiteral("odd"));
    for (const ApiToken &t : tokens)
        rows.append(t);
    QCOMPARE(rows.indexOf(tokens.at(3).id), 3);
    QCOMPARE(rows.indexOf(QStringLiteral("plain text id")), 5);
    QCOMPARE(rows.indexOf(QStringLiteral("000000000000000000000000")), -1);
    QCOMPARE(rows.indexOf(tokens.at(3).id.toUpper()), -1); // IDs are compared as they are
    QVERIFY(!rows.hasId(3, tokens.at(2).id));

    ApiToken renamed = tokens.at(3);
    renamed.name = QStringLiteral("renamed \u00e9\u4e00");
    renamed.expirationDate = QDateTime();
    rows.replace(3, renamed);
    QCOMPARE(SamePage::tokenDifference(rows.at(3), renamed), QString());
    QCOMPARE(SamePage::tokenDifference(rows.at(4), tokens.at(4)), QString());

    rows.removeAt(1);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.indexOf(tokens.at(1).id), -1);
    QCOMPARE(rows.indexOf(renamed.id), 2);
    QCOMPARE(SamePage::tokenDifference(rows.at(4), tokens.at(5)), QString());
    rows.clear();
    QVERIFY(rows.isEmpty());
    QCOMPARE(rows.indexOf(renamed.id), -1);
}

QTEST_GUILESS_MAIN(TestTokenRows)
#include "tst_tokenrows.moc"
