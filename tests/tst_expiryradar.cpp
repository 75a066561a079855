// The expiry radar's weekly bins, on crafted tokens: which bar each expiration lands in, the
// edges of each bar, and the tokens no bar shows (never expiring, beyond 12 months).
#include "core/ExpiryRadar.h"

#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

ApiToken expiringAt(const QString &id, const QDateTime &when)
{
    ApiToken token;
    token.id = id;
    token.name = id;
    token.status = QStringLiteral("active");
    token.expirationDate = when;
    return token;
}
} // namespace

class TestExpiryRadar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bars_coverExpiredThenFiftyTwoWeeksFromNow();
    void token_landsInItsBar_data();
    void token_landsInItsBar();
    void counts_addUpPerBar_inTheOrderGiven();
};

void TestExpiryRadar::bars_coverExpiredThenFiftyTwoWeeksFromNow()
{
    const QList<ExpiryBin> bins = ExpiryRadar::bin({}, kNow);
    QCOMPARE(bins.size(), ExpiryRadar::kWeeks + 1);
    QVERIFY(bins.first().isExpiredBin());
    QCOMPARE(bins.first().to, kNow);
    for (int i = 1; i < bins.size(); ++i) {
        QCOMPARE(bins.at(i).from, bins.at(i - 1).to); // no gap, no overlap
        QCOMPARE(bins.at(i).from.daysTo(bins.at(i).to), 7);
        QCOMPARE(bins.at(i).count(), 0);
    }
    QCOMPARE(bins.last().to, kNow.addDays(364));
}

void TestExpiryRadar::token_landsInItsBar_data()
{
    QTest::addColumn<QDateTime>("expiration");
    QTest::addColumn<int>("bar"); // 0: already expired, 1 + n: week n; -1: in no bar

    QTest::newRow("never expires") << QDateTime() << -1;
    QTest::newRow("expired a year ago") << kNow.addYears(-1) << 0;
    QTest::newRow("expires exactly now: expired") << kNow << 0;
    QTest::newRow("one second from now") << kNow.addSecs(1) << 1;
    QTest::newRow("six days") << kNow.addDays(6) << 1;
    QTest::newRow("exactly seven days: the first week's end") << kNow.addDays(7) << 1;
    QTest::newRow("seven days and a second") << kNow.addDays(7).addSecs(1) << 2;
    QTest::newRow("thirty days") << kNow.addDays(30) << 5;
    QTest::newRow("last second of the radar") << kNow.addDays(364) << 52;
    QTest::newRow("just beyond the radar") << kNow.addDays(364).addSecs(1) << -1;
    QTest::newRow("in two years") << kNow.addYears(2) << -1;
    QTest::newRow("local time: converted to UTC")
            << QDateTime(QDate(2026, 3, 17), QTime(14, 0), Qt::OffsetFromUTC, 7200)
            << 1; // 12:00 UTC on the 17th: exactly seven days
}

void TestExpiryRadar::token_landsInItsBar()
{
    QFETCH(QDateTime, expiration);
    QFETCH(int, bar);
    const QList<ExpiryBin> bins
            = ExpiryRadar::bin({expiringAt(QStringLiteral("t"), expiration)}, kNow);
    for (int i = 0; i < bins.size(); ++i) {
        QCOMPARE(bins.at(i).count(), i == bar ? 1 : 0);
        QCOMPARE(bins.at(i).contains(expiration), i == bar); // the table's filter agrees
    }
}

void TestExpiryRadar::counts_addUpPerBar_inTheOrderGiven()
{
    const QList<ApiToken> tokens = {
            expiringAt(QStringLiteral("b"), kNow.addDays(3)),
            expiringAt(QStringLiteral("old"), kNow.addDays(-40)),
            expiringAt(QStringLiteral("a"), kNow.addDays(1)),
            expiringAt(QStringLiteral("forever"), QDateTime()),
            expiringAt(QStringLiteral("c"), kNow.addDays(20)),
    };
    const QList<ExpiryBin> bins = ExpiryRadar::bin(tokens, kNow);
    QCOMPARE(bins.at(0).tokenIds, QStringList{QStringLiteral("old")});
    QCOMPARE(bins.at(1).tokenIds, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(bins.at(3).tokenIds, QStringList{QStringLiteral("c")});
    int total = 0;
    for (const ExpiryBin &b : bins)
        total += b.count();
    QCOMPARE(total, 4);
}

QTEST_GUILESS_MAIN(TestExpiryRadar)
#include "tst_expiryradar.moc"
