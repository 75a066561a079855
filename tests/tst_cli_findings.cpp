// `losant-tokens findings`, the real executable against the local instance over HTTP: the same
// rules as the window, JSON for scripts, and --fail-on's exit status 5 for cron and CI.
#include "core/TokenFindings.h"
#include "support/CliSuite.h"
#include "support/RequestLog.h"

#include <QJsonObject>
#include <QSet>

class TestCliFindings : public CliSuite
{
    Q_OBJECT

private Q_SLOTS:
    void json_isTheWindowsRulesOverEveryToken();
    void failOn_exits5_onlyForThatSeverityOrWorse();
    void table_namesRuleTokenAndReason();
    void badValues_exit2_beforeAnythingIsSent();
    void aFailedPage_exits1_andPrintsNoFindings();

private:
    // The application's tokens (the user's access token reaches them): a tidy one, and one
    // without a description (low).
    void addApplicationTokens();
    CliRun onApplication(const QStringList &arguments);
    static QSet<QString> pairs(const QJsonArray &findings); // "ruleId tokenId"
};

void TestCliFindings::addApplicationTokens()
{
    ApiToken tidy;
    tidy.name = QStringLiteral("dashboard reader");
    tidy.description = QStringLiteral("the wall screen");
    tidy.status = QStringLiteral("active");
    tidy.scope = {QStringLiteral("all.Application.read")};
    tidy.expirationDate = QDateTime::currentDateTimeUtc().addDays(200);
    m_server->instance().addToken(Kind::Application, m_applicationId, tidy);
    ApiToken bare = tidy;
    bare.name = QStringLiteral("sensor feed");
    bare.description.clear();
    m_server->instance().addToken(Kind::Application, m_applicationId, bare);
}

CliRun TestCliFindings::onApplication(const QStringList &arguments)
{
    m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), m_userAdmin);
    return m_cli.run(arguments
                     + QStringList{QStringLiteral("--url"), m_server->baseUrl().toString(),
                                   QStringLiteral("--application"), m_applicationId});
}

QSet<QString> TestCliFindings::pairs(const QJsonArray &findings)
{
    QSet<QString> set;
    for (const QJsonValue &v : findings)
        set.insert(v[QStringLiteral("ruleId")].toString() + QLatin1Char(' ')
                   + v[QStringLiteral("tokenId")].toString());
    return set;
}

void TestCliFindings::json_isTheWindowsRulesOverEveryToken()
{
    ApiToken eternal;
    eternal.name = QStringLiteral("old admin");
    eternal.status = QStringLiteral("active");
    eternal.scope = {QStringLiteral("all.Instance")};
    const QString eternalId = addToken(eternal).id;
    for (int i = 0; i < 3; ++i) // two pages of 1000 are not needed: every token, one request
        addToken(QStringLiteral("reader %1").arg(i));

    const CliRun run
            = cli({QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(run.ended);
    QCOMPARE(run.status, 0); // no --fail-on: findings are a report, not a failure
    const QJsonArray printed = jsonArray(run.out);
    QVERIFY2(!printed.isEmpty(), run.out.constData());

    QSet<QString> expected;
    for (const TokenFinding &f :
         TokenFindings::evaluate(serverPage().items, QDateTime::currentDateTimeUtc()))
        expected.insert(f.ruleId + QLatin1Char(' ') + f.tokenId);
    QCOMPARE(pairs(printed), expected);
    QVERIFY(expected.contains(QStringLiteral("never-expires-broad-scope ") + eternalId));

    const QJsonObject first = printed.first().toObject();
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    for (const char *key : {"ruleId", "severity", "tokenId", "tokenName", "reason", "action"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("%1 finding").arg(printed.size())), qPrintable(err));
}

void TestCliFindings::failOn_exits5_onlyForThatSeverityOrWorse()
{
    addApplicationTokens();
    const CliRun medium = onApplication(
            {QStringLiteral("findings"), QStringLiteral("--fail-on"), QStringLiteral("medium")});
    QVERIFY(medium.ended);
    QVERIFY2(medium.status == 0, medium.err.constData()); // only a low finding: below the bar
    QVERIFY(medium.out.contains("no-description"));

    const CliRun low = onApplication(
            {QStringLiteral("findings"), QStringLiteral("--fail-on"), QStringLiteral("low")});
    QCOMPARE(low.status, 5);
    QVERIFY(low.out.contains("no-description")); // printed all the same

    const CliRun instance = cli(
            {QStringLiteral("findings"), QStringLiteral("--fail-on"), QStringLiteral("high")});
    QCOMPARE(instance.status, 5); // the instance admin's own token never expires
}

void TestCliFindings::table_namesRuleTokenAndReason()
{
    addApplicationTokens();
    m_cli.environment().insert(QStringLiteral("COLUMNS"), QStringLiteral("200"));
    const CliRun run = onApplication({QStringLiteral("findings")});
    QCOMPARE(run.status, 0);
    const QStringList lines
            = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and the one finding
    QVERIFY(lines.first().startsWith(QLatin1String("SEVERITY")));
    ApiToken bare;
    for (const ApiToken &t : m_server->instance().tokens(Kind::Application, m_applicationId))
        if (t.name == QLatin1String("sensor feed"))
            bare = t;
    QVERIFY(!bare.id.isEmpty());
    QVERIFY2(lines.at(1).startsWith(QLatin1String("low")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QLatin1String("no-description")));
    QVERIFY(lines.at(1).contains(bare.id));
    QVERIFY(lines.at(1).contains(QLatin1String("sensor feed")));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 200, qPrintable(line));
}

void TestCliFindings::badValues_exit2_beforeAnythingIsSent()
{
    m_server->clearRequests();
    const CliRun failOn = cli(
            {QStringLiteral("findings"), QStringLiteral("--fail-on"), QStringLiteral("severe")});
    QCOMPARE(failOn.status, 2);
    QVERIFY(failOn.err.contains("--fail-on"));
    const CliRun format
            = cli({QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(format.status, 2);
    QVERIFY(format.err.contains("--format"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliFindings::aFailedPage_exits1_andPrintsNoFindings()
{
    m_server->setFault(Route::List, Fault::withStatus(500));
    const CliRun run
            = cli({QStringLiteral("findings"), QStringLiteral("--fail-on"), QStringLiteral("low"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.status, 1); // the server failed: not "5, findings exist", not "0, none"
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.contains("500"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliFindings)
#include "tst_cli_findings.moc"
