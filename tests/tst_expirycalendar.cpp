// The expiry calendar against a small RFC 5545 reader (support/ICalendarCheck.h): CRLF only,
// lines folded at 75 octets without splitting a UTF-8 character, TEXT escaping, BEGIN/END
// nesting, the required properties, one event per expiring token and no secret. The reader
// itself is shown to catch each broken rule first.
#include "core/ExpiryCalendar.h"
#include "support/ICalendarCheck.h"

#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const QString kCollection = QStringLiteral("Instance 5f3c0a1b2c3d4e5f6a7b8c9d");

ApiToken token(const QString &id, const QString &name, const QDateTime &expiration)
{
    ApiToken t;
    t.id = id;
    t.name = name;
    t.status = QStringLiteral("active");
    t.expirationDate = expiration;
    t.token = QStringLiteral("SECRET-%1").arg(id); // only a create's answer has one
    return t;
}

ExpiryCalendar::Source source()
{
    return {kCollection, QStringLiteral("api.losant.com"), kNow};
}

QByteArray calendarOf(const QList<ApiToken> &tokens)
{
    return ExpiryCalendar::write(tokens, source());
}

// A minimal calendar around one event's lines, CRLF-terminated.
QByteArray wrap(const QByteArray &eventLines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
           "UID:a@b\r\nDTSTAMP:20260310T120000Z\r\nDTSTART:20260311T120000Z\r\n"
            + eventLines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}
} // namespace

class TestExpiryCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checker_catchesEachBrokenRule_data();
    void checker_catchesEachBrokenRule();
    void calendar_hasOneEventPerExpiringToken_andNoSecret();
    void event_isAtTheExpiration_withAReminderSevenDaysBefore();
    void uid_isStablePerTokenAndServer();
    void longNames_foldWithinSeventyFiveOctets_withoutSplittingCharacters_data();
    void longNames_foldWithinSeventyFiveOctets_withoutSplittingCharacters();
    void textValues_areEscaped_andReadBackUnchanged_data();
    void textValues_areEscaped_andReadBackUnchanged();
    void noExpiringToken_isAnEmptyValidCalendar();
};

void TestExpiryCalendar::checker_catchesEachBrokenRule_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("bare LF") << QByteArray(wrap("SUMMARY:x\n")) << QStringLiteral("bare LF");
    QTest::newRow("long line") << wrap("SUMMARY:" + QByteArray(70, 'x') + "\r\n")
                               << QStringLiteral("line of 78 octets");
    // "é" is C3 A9: a fold between the two bytes leaves neither line valid UTF-8.
    QTest::newRow("split character")
            << wrap("SUMMARY:caf\xC3\r\n \xA9\r\n") << QStringLiteral("not valid UTF-8");
    QTest::newRow("unescaped comma") << wrap("SUMMARY:a,b\r\n") << QStringLiteral("unescaped ','");
    QTest::newRow("unescaped semicolon")
            << wrap("DESCRIPTION:a;b\r\n") << QStringLiteral("unescaped ';'");
    QTest::newRow("bad escape") << wrap("SUMMARY:a\\qb\r\n") << QStringLiteral("bad escape");
    QTest::newRow("no UID") << wrap("").replace("UID:a@b\r\n", "")
                            << QStringLiteral("VEVENT has 0 UID");
    QTest::newRow("no PRODID") << wrap("").replace("PRODID:-//t//t//EN\r\n", "")
                               << QStringLiteral("VCALENDAR has 0 PRODID");
    QTest::newRow("never closed") << wrap("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n")
                                  << QStringLiteral("does not close");
    QTest::newRow("alarm outside an event")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VALARM\r\n"
                          "ACTION:DISPLAY\r\nTRIGGER:-P7D\r\nEND:VALARM\r\nEND:VCALENDAR\r\n")
            << QStringLiteral("VALARM outside a VEVENT");
}

void TestExpiryCalendar::checker_catchesEachBrokenRule()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, problem);
    QVERIFY(ICalendarCheck::check(wrap("SUMMARY:fine\\, really\r\n")).problems.isEmpty());
    const QStringList problems = ICalendarCheck::check(file).problems;
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestExpiryCalendar::calendar_hasOneEventPerExpiringToken_andNoSecret()
{
    const QList<ApiToken> tokens = {
            token(QStringLiteral("aaaa"), QStringLiteral("ci deploy"), kNow.addDays(3)),
            token(QStringLiteral("bbbb"), QStringLiteral("expired"), kNow.addDays(-3)),
            token(QStringLiteral("cccc"), QStringLiteral("forever"), QDateTime()),
            token(QStringLiteral("dddd"), QStringLiteral("grafana"), kNow.addDays(400)),
            token(QStringLiteral("eeee"), QStringLiteral("kiosk"), kNow.addSecs(60)),
    };
    const QByteArray file = calendarOf(tokens);
    const ICalendarCheck::Result result = ICalendarCheck::check(file);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    const QList<ICalendarCheck::Component> events = result.ofName(QStringLiteral("VEVENT"));
    QStringList uids;
    for (const ICalendarCheck::Component &e : events)
        uids << e.properties.value(QStringLiteral("UID")).value(0);
    // Soonest first; the expired and the never-expiring get none, a date past a year does.
    QCOMPARE(uids,
             (QStringList{QStringLiteral("eeee@api.losant.com"),
                          QStringLiteral("aaaa@api.losant.com"),
                          QStringLiteral("dddd@api.losant.com")}));
    for (const ApiToken &t : tokens)
        QVERIFY2(!file.contains(t.token.toUtf8()), qPrintable(t.token));
    QCOMPARE(result.ofName(QStringLiteral("VCALENDAR"))
                     .constFirst()
                     .properties.value(QStringLiteral("VERSION")),
             QStringList{QStringLiteral("2.0")});
}

void TestExpiryCalendar::event_isAtTheExpiration_withAReminderSevenDaysBefore()
{
    // Given in local time two hours ahead: the event says the same moment in UTC.
    const QDateTime expiration(QDate(2026, 4, 1), QTime(11, 30, 15), Qt::OffsetFromUTC, 7200);
    const QByteArray file
            = calendarOf({token(QStringLiteral("abcd"), QStringLiteral("ci deploy"), expiration)});
    const ICalendarCheck::Result result = ICalendarCheck::check(file);
    QVERIFY(result.problems.isEmpty());
    const ICalendarCheck::Component event = result.ofName(QStringLiteral("VEVENT")).constFirst();
    QCOMPARE(event.properties.value(QStringLiteral("DTSTART")),
             QStringList{QStringLiteral("20260401T093015Z")});
    QCOMPARE(event.properties.value(QStringLiteral("DTSTAMP")),
             QStringList{QStringLiteral("20260310T120000Z")});
    const QString summary = event.properties.value(QStringLiteral("SUMMARY")).value(0);
    QVERIFY2(summary.contains(QStringLiteral("ci deploy")), qPrintable(summary));
    QVERIFY2(summary.contains(kCollection), qPrintable(summary));
    const QList<ICalendarCheck::Component> alarms = result.ofName(QStringLiteral("VALARM"));
    QCOMPARE(alarms.size(), 1);
    QCOMPARE(alarms.constFirst().parent, QStringLiteral("VEVENT"));
    QCOMPARE(alarms.constFirst().properties.value(QStringLiteral("TRIGGER")),
             QStringList{QStringLiteral("-P7D")});
    QCOMPARE(alarms.constFirst().properties.value(QStringLiteral("ACTION")),
             QStringList{QStringLiteral("DISPLAY")});
}

void TestExpiryCalendar::uid_isStablePerTokenAndServer()
{
    const ApiToken t = token(QStringLiteral("abcd"), QStringLiteral("x"), kNow.addDays(5));
    ApiToken renamed = t;
    renamed.name = QStringLiteral("renamed");
    const auto uidOf = [](const QByteArray &file) {
        return ICalendarCheck::check(file)
                .ofName(QStringLiteral("VEVENT"))
                .constFirst()
                .properties.value(QStringLiteral("UID"));
    };
    QCOMPARE(uidOf(calendarOf({t})), uidOf(calendarOf({renamed}))); // a re-import updates it
    ExpiryCalendar::Source other = source();
    other.host = QStringLiteral("losant.example.com");
    QVERIFY(uidOf(calendarOf({t})) != uidOf(ExpiryCalendar::write({t}, other)));
}

void TestExpiryCalendar::longNames_foldWithinSeventyFiveOctets_withoutSplittingCharacters_data()
{
    QTest::addColumn<QString>("name");
    // Multi-byte characters (2, 3 and 4 octets) at every offset around the fold points.
    for (int shift = 0; shift < 5; ++shift) {
        const QString pad(shift, QLatin1Char('x'));
        QTest::addRow("2-octet, shift %d", shift) << pad + QString(120, QChar(0x00E9));
        QTest::addRow("3-octet, shift %d", shift) << pad + QString(90, QChar(0x20AC));
        QTest::addRow("4-octet, shift %d", shift)
                << pad + QString::fromUtf8("\xF0\x9F\x94\x91").repeated(60);
    }
    QTest::newRow("ascii, 300") << QString(300, QLatin1Char('a'));
}

void TestExpiryCalendar::longNames_foldWithinSeventyFiveOctets_withoutSplittingCharacters()
{
    QFETCH(QString, name);
    const QByteArray file = calendarOf({token(QStringLiteral("abcd"), name, kNow.addDays(5))});
    const ICalendarCheck::Result result = ICalendarCheck::check(file);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QVERIFY(file.count("\r\n ") > 2); // it did fold
    const QString summary = result.ofName(QStringLiteral("VEVENT"))
                                    .constFirst()
                                    .properties.value(QStringLiteral("SUMMARY"))
                                    .value(0);
    QVERIFY2(summary.contains(name), qPrintable(summary)); // unfolded, the name is whole
}

void TestExpiryCalendar::textValues_areEscaped_andReadBackUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("readBack");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("a, b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("backslash") << QStringLiteral("C:\\keys\\n") << QStringLiteral("C:\\keys\\n");
    QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("line1\nline2");
    QTest::newRow("CRLF is one break") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("colon stays") << QStringLiteral("key: value") << QStringLiteral("key: value");
    QTest::newRow("all at once") << QStringLiteral("x\\;,\ny") << QStringLiteral("x\\;,\ny");
}

void TestExpiryCalendar::textValues_areEscaped_andReadBackUnchanged()
{
    QFETCH(QString, name);
    QFETCH(QString, readBack);
    const QByteArray file = calendarOf({token(QStringLiteral("abcd"), name, kNow.addDays(5))});
    const ICalendarCheck::Result result = ICalendarCheck::check(file);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    const ICalendarCheck::Component event = result.ofName(QStringLiteral("VEVENT")).constFirst();
    QVERIFY2(event.properties.value(QStringLiteral("SUMMARY")).value(0).contains(readBack),
             qPrintable(event.properties.value(QStringLiteral("SUMMARY")).value(0)));
    QCOMPARE(ExpiryCalendar::escapeText(QStringLiteral("a,b;c\\d\ne")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne"));
}

void TestExpiryCalendar::noExpiringToken_isAnEmptyValidCalendar()
{
    const QByteArray file
            = calendarOf({token(QStringLiteral("aaaa"), QStringLiteral("forever"), QDateTime())});
    const ICalendarCheck::Result result = ICalendarCheck::check(file);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.ofName(QStringLiteral("VEVENT")).size(), 0);
}

QTEST_GUILESS_MAIN(TestExpiryCalendar)
#include "tst_expirycalendar.moc"
