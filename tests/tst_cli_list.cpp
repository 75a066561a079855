// `losant-tokens list` and `export`, the real executable against the local instance over HTTP.
#include "core/TokenExport.h"
#include "support/CliSuite.h"
#include "support/RequestLog.h"

#include <QFile>
#include <QSet>

namespace {
QStringList ids(const QJsonArray &tokens)
{
    QStringList list;
    for (const QJsonValue &t : tokens)
        list.append(t.toObject().value(QStringLiteral("id")).toString());
    return list;
}
} // namespace

class TestCliList : public CliSuite
{
    Q_OBJECT

private Q_SLOTS:
    void json_isTheServersTokensAsSent();
    void all_fetchesEveryPageInOrder_eachTokenOnce();
    void all_waitsOutA429_midway();
    void all_aFailedPage_isNamed_andNothingIsPrinted();
    void all_onATerminal_showsProgress();
    void table_fitsTheWidth();
    void csv_isTheWindowsExport();
    void export_writesTheFile();
    void export_aFailedPage_writesNothing();
    void badValues_exit2_beforeAnythingIsSent();
    void refusedAccessToken_exits4();

private:
    void addTokens(int count);
};

void TestCliList::addTokens(int count)
{
    for (int i = 0; i < count; ++i)
        addToken(QStringLiteral("token %1").arg(i, 2, 10, QLatin1Char('0')));
}

void TestCliList::json_isTheServersTokensAsSent()
{
    addTokens(5);
    const CliRun run
            = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(run.ended);
    QCOMPARE(run.status, 0);
    const QJsonArray printed = jsonArray(run.out);
    QCOMPARE(printed.size(), 6); // five and the admin's own
    QCOMPARE(printed, serverPage().rawItems);
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress off a terminal
}

void TestCliList::all_fetchesEveryPageInOrder_eachTokenOnce()
{
    addTokens(24);
    m_server->clearRequests();
    const CliRun run
            = cli({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--per-page"),
                   QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.status, 0);
    QCOMPARE(RequestLog::listCount(*m_server), 3);
    const QJsonArray printed = jsonArray(run.out);
    QCOMPARE(printed, serverPage().rawItems);
    const QStringList printedIds = ids(printed);
    QCOMPARE(QSet<QString>(printedIds.begin(), printedIds.end()).size(), 25);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void TestCliList::all_waitsOutA429_midway()
{
    addTokens(24);
    Fault fault = Fault::tooManyRequests(1);
    fault.skip = 1; // the second page
    fault.times = 1;
    m_server->setFault(Route::List, fault);
    m_server->clearRequests();
    const CliRun run
            = cli({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--per-page"),
                   QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.status, 0);
    QCOMPARE(RequestLog::listCount(*m_server), 4); // three pages, the second asked twice
    QCOMPARE(jsonArray(run.out), serverPage().rawItems);
}

void TestCliList::all_aFailedPage_isNamed_andNothingIsPrinted()
{
    addTokens(24);
    Fault fault = Fault::withStatus(500);
    fault.skip = 1;
    m_server->setFault(Route::List, fault);
    const CliRun run
            = cli({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--per-page"),
                   QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData()); // no partial JSON that looks complete
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QLatin1String("page 1 ")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("500")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

void TestCliList::all_onATerminal_showsProgress()
{
    addTokens(24);
    const CliRun run = cliOnTerminal({QStringLiteral("list"), QStringLiteral("--all"),
                                      QStringLiteral("--per-page"), QStringLiteral("10")});
    QCOMPARE(run.status, 0);
    for (const char *progress : {"10 / 25 tokens", "20 / 25 tokens", "25 / 25 tokens"})
        QVERIFY2(run.out.contains(progress), run.out.constData());
}

void TestCliList::table_fitsTheWidth()
{
    const QString longName = QStringLiteral("a name far too long for a narrow terminal window");
    addToken(longName);
    m_cli.environment().insert(QStringLiteral("COLUMNS"), QStringLiteral("70"));
    const CliRun narrow = cli({QStringLiteral("list")});
    QCOMPARE(narrow.status, 0);
    const QStringList lines
            = QString::fromUtf8(narrow.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and two tokens
    QVERIFY(lines.first().startsWith(QLatin1String("NAME")));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 70, qPrintable(line));
    QVERIFY(!narrow.out.contains(longName.toUtf8()));
    QVERIFY(narrow.out.contains("…"));

    m_cli.environment().remove(QStringLiteral("COLUMNS")); // a pipe: no width to fit
    const CliRun wide = cli({QStringLiteral("list")});
    QVERIFY2(wide.out.contains(longName.toUtf8()), wide.out.constData());
}

void TestCliList::csv_isTheWindowsExport()
{
    addToken(QStringLiteral("=HYPERLINK(\"http://x\")"));
    addTokens(3);
    const CliRun run
            = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, TokenExport::toCsv(serverPage().items));
    QVERIFY(run.out.contains("'=HYPERLINK")); // neutralised as a formula
}

void TestCliList::export_writesTheFile()
{
    addTokens(12);
    const QString path = m_cli.home() + QStringLiteral("/tokens.json");
    const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--output"), path});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), TokenExport::toJson(serverPage().items));
}

void TestCliList::export_aFailedPage_writesNothing()
{
    addTokens(1000); // two pages of 1000, with the admin's own token
    Fault fault = Fault::withStatus(502);
    fault.skip = 1;
    m_server->setFault(Route::List, fault);
    const QString path = m_cli.home() + QStringLiteral("/tokens.csv");
    const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--output"), path});
    QCOMPARE(run.status, 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(run.err.contains("page 1 "), run.err.constData());
}

void TestCliList::badValues_exit2_beforeAnythingIsSent()
{
    m_server->clearRequests();
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--format"), QStringLiteral("xml")},
          QStringList{QStringLiteral("--status"), QStringLiteral("sleeping")},
          QStringList{QStringLiteral("--per-page"), QStringLiteral("0")},
          QStringList{QStringLiteral("--sort"), QStringLiteral("colour")},
          QStringList{QStringLiteral("--all"), QStringLiteral("--page"), QStringLiteral("2")},
          QStringList{QStringLiteral("--no-such-flag")}}) {
        const CliRun run = cli(QStringList{QStringLiteral("list")} + arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("losant-tokens list: "), run.err.constData());
        QVERIFY2(run.err.contains(arguments.first().mid(2).toUtf8()), run.err.constData());
    }
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliList::refusedAccessToken_exits4()
{
    m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), QStringLiteral("nope"));
    const CliRun run = m_cli.run(QStringList{QStringLiteral("list")} + connection());
    QCOMPARE(run.status, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("401"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
