// Issue 16: a name filter is matched without the regex for the usual shapes ("*grafana*",
// "prod-*", "*-ci"), and that fast way answers exactly as the regex (Glob::globRegex) does, for
// every pattern shape, case and character the table holds and for every cased code point.
#include "core/Glob.h"
#include "core/GlobMatcher.h"

#include <QTest>

namespace {
bool byRegex(const QString &glob, const QString &text, Qt::CaseSensitivity cs)
{
    // An invalid regex (a lone surrogate) matches nothing; asked first, it does so quietly.
    const QRegularExpression regex = Glob::globRegex(glob, cs);
    return regex.isValid() && regex.match(text).hasMatch();
}

QString ucs(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}
} // namespace

class TestGlobMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFastWayAnswersAsTheRegex_data();
    void theFastWayAnswersAsTheRegex();
    void theUsualShapesSkipTheRegex();
    void everyCasedCharacterFoldsAsTheRegexMatchesIt();
};

void TestGlobMatcher::theFastWayAnswersAsTheRegex_data()
{
    QTest::addColumn<QString>("glob");
    const QStringList globs{QStringLiteral("*grafana*"),
                            QStringLiteral("prod-*"),
                            QStringLiteral("*-ci"),
                            QStringLiteral("*"),
                            QStringLiteral("**"),
                            QStringLiteral(""),
                            QStringLiteral("alpha"),
                            QStringLiteral("ALPHA"),
                            QStringLiteral("a*b*c"),
                            QStringLiteral("*a*a*"),
                            QStringLiteral("ab*ba"),
                            QStringLiteral("aba*aba"),
                            QStringLiteral("?eta"),
                            QStringLiteral("*e*1?"),
                            QStringLiteral("??"),
                            QStringLiteral("[ab]*"),
                            QStringLiteral("*.*"),
                            QStringLiteral("a+b"),
                            QStringLiteral("(x)|y"),
                            QStringLiteral("\\*"),
                            QStringLiteral("*\\d*"),
                            QStringLiteral("^a$"),
                            QStringLiteral("*😀*"),
                            QStringLiteral("😀?"),
                            QStringLiteral("?"),
                            QStringLiteral("*STRASSE*"),
                            QStringLiteral("*straße*"),
                            QStringLiteral("*ẞ*"),
                            QStringLiteral("σ*"),
                            QStringLiteral("*Σ"),
                            QStringLiteral("*k*"),
                            QStringLiteral("*i*"),
                            QStringLiteral("*İ*"),
                            QStringLiteral("*\n*"),
                            QStringLiteral("*𐐀*"), // Deseret capital long I
                            QString(QChar(0xD800))
                                    + QStringLiteral("*"), // a lone surrogate: no valid regex
                            QStringLiteral("*") + QChar(0xDC00)};
    for (const QString &glob : globs)
        QTest::addRow("%s", glob.toUtf8().toPercentEncoding().constData()) << glob;
}

void TestGlobMatcher::theFastWayAnswersAsTheRegex()
{
    QFETCH(QString, glob);
    const QStringList texts{QString(),
                            QStringLiteral("a"),
                            QStringLiteral("alpha"),
                            QStringLiteral("Alpha"),
                            QStringLiteral("My Grafana read-only"),
                            QStringLiteral("grafana"),
                            QStringLiteral("prod-eu"),
                            QStringLiteral("PROD-"),
                            QStringLiteral("prod"),
                            QStringLiteral("deploy-ci"),
                            QStringLiteral("-CI"),
                            QStringLiteral("abc"),
                            QStringLiteral("aXbYc"),
                            QStringLiteral("acb"),
                            QStringLiteral("aa"),
                            QStringLiteral("aba"),
                            QStringLiteral("ababa"),
                            QStringLiteral("abba"),
                            QStringLiteral("beta"),
                            QStringLiteral("Zeta"),
                            QStringLiteral("eta"),
                            QStringLiteral("node 12"),
                            QStringLiteral("e1"),
                            QStringLiteral("[ab]x"),
                            QStringLiteral("ax"),
                            QStringLiteral("a.b"),
                            QStringLiteral("a+b"),
                            QStringLiteral("aab"),
                            QStringLiteral("(x)|y"),
                            QStringLiteral("y"),
                            QStringLiteral("\\x"),
                            QStringLiteral("*"),
                            QStringLiteral("\\d"),
                            QStringLiteral("^a$"),
                            QStringLiteral("smile 😀"),
                            QStringLiteral("😀!"),
                            QStringLiteral("😀"),
                            QStringLiteral("Straße"),
                            QStringLiteral("STRASSE"),
                            QStringLiteral("GROẞ"),
                            QStringLiteral("σοφός"),
                            QStringLiteral("ΣΟΦΟΣ"),
                            QStringLiteral("σοφος"),
                            QStringLiteral("ς"),
                            QStringLiteral("Kelvin \u212A"),
                            QStringLiteral("I"),
                            QStringLiteral("ı"),
                            QStringLiteral("İstanbul"),
                            QStringLiteral("line\nbreak"),
                            QStringLiteral("𐐨"),
                            QStringLiteral("𐐀 and 𐐨"),
                            QString(QChar(0xD800))
                                    + QStringLiteral("abc"), // lone surrogates: the regex says no
                            QStringLiteral("abc") + QChar(0xDC00)};
    for (const Qt::CaseSensitivity cs : {Qt::CaseInsensitive, Qt::CaseSensitive}) {
        const GlobMatcher matcher(glob, cs);
        for (const QString &text : texts) {
            const QString folded = cs == Qt::CaseInsensitive ? text.toCaseFolded() : text;
            const bool expected = byRegex(glob, text, cs);
            if (matcher.matches(text) != expected
                || matcher.matches(text, folded, GlobMatcher::isWellFormed(text)) != expected)
                QFAIL(qPrintable(
                        QStringLiteral("“%1” on “%2” (%3): the regex says %4")
                                .arg(glob, text,
                                     cs == Qt::CaseInsensitive ? QStringLiteral("any case")
                                                               : QStringLiteral("case-sensitive"),
                                     expected ? QStringLiteral("yes") : QStringLiteral("no"))));
        }
    }
}

void TestGlobMatcher::theUsualShapesSkipTheRegex()
{
    for (const char *glob : {"*grafana*", "prod-*", "*-ci", "*", "alpha", "a*b*c", "*😀*"})
        QVERIFY2(GlobMatcher(QString::fromUtf8(glob), Qt::CaseInsensitive).isFast(), glob);
    for (const char *glob : {"?eta", "*e*1?"})
        QVERIFY2(!GlobMatcher(QString::fromUtf8(glob), Qt::CaseInsensitive).isFast(), glob);
    // The longest literal run, folded: what a search through every name looks for first.
    QCOMPARE(GlobMatcher(QStringLiteral("*Gra*FANA?x*"), Qt::CaseInsensitive).longestPiece(),
             QStringLiteral("fana"));
    QCOMPARE(GlobMatcher(QStringLiteral("*"), Qt::CaseInsensitive).longestPiece(), QString());
}

void TestGlobMatcher::everyCasedCharacterFoldsAsTheRegexMatchesIt()
{
    // Each character with another case, against its upper, lower, title and folded forms, both
    // ways round: the folded comparison pairs exactly what the regex's caseless match pairs.
    int compared = 0;
    for (char32_t c = 0; c <= 0x1FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const char32_t forms[] = {c, QChar::toUpper(c), QChar::toLower(c), QChar::toTitleCase(c),
                                  QChar::toCaseFolded(c)};
        if (std::all_of(std::begin(forms), std::end(forms), [c](char32_t f) { return f == c; }))
            continue;
        for (const char32_t glob : forms) {
            const GlobMatcher matcher(ucs(glob) + QLatin1Char('*'), Qt::CaseInsensitive);
            for (const char32_t text : forms) {
                const bool expected
                        = byRegex(ucs(glob) + QLatin1Char('*'), ucs(text), Qt::CaseInsensitive);
                if (matcher.matches(ucs(text)) != expected)
                    QFAIL(qPrintable(QStringLiteral("U+%1 against U+%2: the regex says %3")
                                             .arg(quint32(glob), 4, 16, QLatin1Char('0'))
                                             .arg(quint32(text), 4, 16, QLatin1Char('0'))
                                             .arg(expected)));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 10000);
}

QTEST_GUILESS_MAIN(TestGlobMatcher)
#include "tst_globmatcher.moc"
