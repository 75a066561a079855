// `get`, `update`, `activate`, `deactivate` and `delete`: what each does on the server, the
// confirmation without a terminal (--yes), and the exit statuses.
#include "core/AccessTokenClaims.h"
#include "support/CliSuite.h"
#include "support/RequestLog.h"

class TestCliChange : public CliSuite
{
    Q_OBJECT

private Q_SLOTS:
    void get_printsTheToken_asTheServerSentIt();
    void get_unknownId_exits3_badId_exits2();
    void update_changesTheFields_andChecksTheBody();
    void activateDeactivate_changeTheStatus();
    void delete_withoutTerminal_needsYes();
    void bulkDeactivate_withoutTerminal_needsYes();
    void onATerminal_deleteAsks_andTakesTheAnswer();
    void oneFailureAmongMany_isReported_andTheRestIsDone();
    void ownAccessToken_goesLast_afterAQuestion();
    void withoutPermission_exits4();

private:
    QString statusOf(const QString &id) const
    {
        const auto token = m_server->instance().token(m_instanceId, id);
        return token ? token->status : QString();
    }
    const QString m_unknown = QStringLiteral("0123456789abcdef01234567");
};

void TestCliChange::get_printsTheToken_asTheServerSentIt()
{
    const ApiToken token = addToken(QStringLiteral("looked up"));
    const CliRun json = cli(
            {QStringLiteral("get"), token.id, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.status, 0);
    const QJsonObject printed = QJsonDocument::fromJson(json.out).object();
    QJsonObject listed;
    for (const QJsonValue &t : serverPage().rawItems)
        if (t.toObject().value(QStringLiteral("id")).toString() == token.id)
            listed = t.toObject();
    QCOMPARE(printed, listed);

    const CliRun table = cli({QStringLiteral("get"), token.id});
    QCOMPARE(table.status, 0);
    QVERIFY2(table.out.contains("Name: looked up\n"), table.out.constData());
    QVERIFY(table.out.contains(token.id.toUtf8()));
}

void TestCliChange::get_unknownId_exits3_badId_exits2()
{
    const CliRun missing = cli({QStringLiteral("get"), m_unknown});
    QCOMPARE(missing.status, 3);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.contains("404"), missing.err.constData());
    m_server->clearRequests();
    const CliRun bad = cli({QStringLiteral("get"), QStringLiteral("not-an-id")});
    QCOMPARE(bad.status, 2);
    QVERIFY2(bad.err.contains("not-an-id"), bad.err.constData());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliChange::update_changesTheFields_andChecksTheBody()
{
    const ApiToken token = addToken(QStringLiteral("before"));
    const CliRun run = cli({QStringLiteral("update"), token.id, QStringLiteral("--name"),
                            QStringLiteral("after"), QStringLiteral("--description"),
                            QStringLiteral("rotated monthly")});
    QCOMPARE(run.status, 0);
    const auto stored = m_server->instance().token(m_instanceId, token.id);
    QCOMPARE(stored->name, QStringLiteral("after"));
    QCOMPARE(stored->description, QStringLiteral("rotated monthly"));
    QVERIFY(run.out.contains("Name: after\n"));

    m_server->clearRequests();
    const CliRun refused = cli({QStringLiteral("update"), token.id, QStringLiteral("--name"),
                                QString(300, QLatin1Char('n'))});
    QCOMPARE(refused.status, 2);
    QCOMPARE(RequestLog::count(*m_server, "PATCH"), 0);
    QVERIFY2(refused.err.contains("name"), refused.err.constData());
    const CliRun nothing = cli({QStringLiteral("update"), token.id});
    QCOMPARE(nothing.status, 2);
}

void TestCliChange::activateDeactivate_changeTheStatus()
{
    const ApiToken token = addToken(QStringLiteral("toggled"));
    const CliRun off = cli({QStringLiteral("deactivate"), token.id}); // one token: no question
    QCOMPARE(off.status, 0);
    QCOMPARE(statusOf(token.id), QStringLiteral("inactive"));
    QVERIFY(off.out.isEmpty());
    const CliRun on = cli({QStringLiteral("activate"), token.id});
    QCOMPARE(on.status, 0);
    QCOMPARE(statusOf(token.id), QStringLiteral("active"));
}

void TestCliChange::delete_withoutTerminal_needsYes()
{
    const ApiToken token = addToken(QStringLiteral("doomed"));
    const CliRun refused = cli({QStringLiteral("delete"), token.id}, "y\n");
    QCOMPARE(refused.status, 2);
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), 0);
    QVERIFY(m_server->instance().token(m_instanceId, token.id));

    const CliRun done = cli({QStringLiteral("delete"), token.id, QStringLiteral("--yes")});
    QCOMPARE(done.status, 0);
    QVERIFY(!m_server->instance().token(m_instanceId, token.id));
}

void TestCliChange::bulkDeactivate_withoutTerminal_needsYes()
{
    const ApiToken a = addToken(QStringLiteral("a"));
    const ApiToken b = addToken(QStringLiteral("b"));
    const CliRun refused = cli({QStringLiteral("deactivate"), a.id, b.id});
    QCOMPARE(refused.status, 2);
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QCOMPARE(RequestLog::count(*m_server, "PATCH"), 0);

    const CliRun done = cli({QStringLiteral("deactivate"), QStringLiteral("--yes"), a.id, b.id});
    QCOMPARE(done.status, 0);
    QCOMPARE(statusOf(a.id), QStringLiteral("inactive"));
    QCOMPARE(statusOf(b.id), QStringLiteral("inactive"));
}

void TestCliChange::onATerminal_deleteAsks_andTakesTheAnswer()
{
    const ApiToken token = addToken(QStringLiteral("asked about"));
    const CliRun no = cliOnTerminal({QStringLiteral("delete"), token.id}, "n\n");
    QCOMPARE(no.status, 1);
    QVERIFY2(no.out.contains("Delete 1 token"), no.out.constData());
    QVERIFY(m_server->instance().token(m_instanceId, token.id));
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), 0);

    const CliRun yes = cliOnTerminal({QStringLiteral("delete"), token.id}, "y\n");
    QCOMPARE(yes.status, 0);
    QVERIFY(!m_server->instance().token(m_instanceId, token.id));
}

void TestCliChange::oneFailureAmongMany_isReported_andTheRestIsDone()
{
    const ApiToken a = addToken(QStringLiteral("a"));
    const ApiToken b = addToken(QStringLiteral("b"));
    const CliRun run
            = cli({QStringLiteral("delete"), QStringLiteral("--yes"), a.id, m_unknown, b.id});
    QCOMPARE(run.status, 3);
    QVERIFY(!m_server->instance().token(m_instanceId, a.id));
    QVERIFY(!m_server->instance().token(m_instanceId, b.id));
    QVERIFY2(run.err.contains(m_unknown.toUtf8()), run.err.constData());
}

void TestCliChange::ownAccessToken_goesLast_afterAQuestion()
{
    const QString ownId = AccessTokenClaims::apiTokenId(m_api->admin);
    QVERIFY(m_server->instance().token(m_instanceId, ownId));
    const ApiToken other = addToken(QStringLiteral("other"));
    // Deactivating only the own token asks too.
    const CliRun refused = cli({QStringLiteral("deactivate"), ownId});
    QCOMPARE(refused.status, 2);
    QVERIFY2(refused.err.contains(ownId.toUtf8()), refused.err.constData());
    QCOMPARE(statusOf(ownId), QStringLiteral("active"));

    // Named first, deleted last: the other token is deleted while the access token still works.
    const CliRun run = cli({QStringLiteral("delete"), QStringLiteral("--yes"), ownId, other.id});
    QCOMPARE(run.status, 0);
    QVERIFY(!m_server->instance().token(m_instanceId, other.id));
    QVERIFY(!m_server->instance().token(m_instanceId, ownId));
}

void TestCliChange::withoutPermission_exits4()
{
    const ApiToken token = addToken(QStringLiteral("guarded"));
    const QString reader = m_server->instance().issueToken(m_instanceId, QStringLiteral("reader"),
                                                           {QStringLiteral("all.Instance.read")});
    m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), reader);
    const CliRun run
            = m_cli.run(QStringList{QStringLiteral("delete"), QStringLiteral("--yes"), token.id}
                        + connection());
    QCOMPARE(run.status, 4);
    QVERIFY2(run.err.contains("403"), run.err.constData());
    QVERIFY(m_server->instance().token(m_instanceId, token.id));
}

QTEST_GUILESS_MAIN(TestCliChange)
#include "tst_cli_change.moc"
