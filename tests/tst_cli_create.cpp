// `losant-tokens create`: the checked body, one POST, and where the secret goes (and not).
#include "support/CliSuite.h"
#include "support/RequestLog.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

class TestCliCreate : public CliSuite
{
    Q_OBJECT

private Q_SLOTS:
    void secret_aloneOnStdout_metadataOnStderr();
    void secretFile_ownerOnly_andNowhereElse();
    void secretFile_existing_isRefused_beforeSending();
    void formatJson_isTheServersAnswer_withTheSecret();
    void fromJsonOnStdin_isSentAsGiven();
    void refusedBody_sendsNothing_data();
    void refusedBody_sendsNothing();
    void applicationToken_getsOnlyWhatItsKindMayGrant();
    void lostAnswer_looksTheTokenUp_neverSendsTwice();
    void lostAnswer_unknownOutcome_saysTheTokenMayExist();

private:
    QString printedSecret(const CliRun &run) const { return QString::fromUtf8(run.out).trimmed(); }
    // Whether any file the run could write (its home, settings, caches) holds `text`.
    bool homeHolds(const QByteArray &text) const;
    int posts() const { return RequestLog::count(*m_server, "POST"); }
};

bool TestCliCreate::homeHolds(const QByteArray &text) const
{
    QDirIterator files(m_cli.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

void TestCliCreate::secret_aloneOnStdout_metadataOnStderr()
{
    const CliRun run = cli({QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("ci deploy"), QStringLiteral("--read-only"),
                            QStringLiteral("--expires"), QStringLiteral("90d")});
    QCOMPARE(run.status, 0);
    QCOMPARE(posts(), 1);
    QCOMPARE(run.out.count('\n'), 1);
    const QString secret = printedSecret(run);
    QVERIFY(secret.size() > 20);
    // The secret works: it is the new token's own.
    m_api->connectAs(secret);
    QVERIFY(!serverPage().items.isEmpty());
    const QList<ApiToken> stored = m_server->instance().tokens(m_instanceId);
    const auto created = std::find_if(stored.begin(), stored.end(), [](const ApiToken &t) {
        return t.name == QLatin1String("ci deploy");
    });
    QVERIFY(created != stored.end());
    QCOMPARE(created->scope, QStringList{QStringLiteral("all.Instance.read")});
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(created->expirationDate);
    QVERIFY2(days >= 89 && days <= 90, qPrintable(QString::number(days)));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(created->id) && err.contains(QLatin1String("ci deploy")),
             qPrintable(err));
    QVERIFY(!err.contains(secret));
    QVERIFY(!homeHolds(secret.toUtf8())); // no settings, log or cache keeps it
}

void TestCliCreate::secretFile_ownerOnly_andNowhereElse()
{
    const QString path = m_cli.home() + QStringLiteral("/secret.txt");
    const CliRun run
            = cli({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("to a file"),
                   QStringLiteral("--read-only"), QStringLiteral("--secret-file"), path});
    QCOMPARE(run.status, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray secret = file.readAll().trimmed();
    QVERIFY(secret.size() > 20);
    QCOMPARE(QFileInfo(path).permissions()
                     & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains(secret));
    QVERIFY(run.err.contains(path.toUtf8()));
}

void TestCliCreate::secretFile_existing_isRefused_beforeSending()
{
    const QString path = m_cli.home() + QStringLiteral("/taken.txt");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    const CliRun run
            = cli({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("refused"),
                   QStringLiteral("--read-only"), QStringLiteral("--secret-file"), path});
    QCOMPARE(run.status, 2);
    QCOMPARE(posts(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me\n"));
    QVERIFY2(run.err.contains("already exists"), run.err.constData());
}

void TestCliCreate::formatJson_isTheServersAnswer_withTheSecret()
{
    const CliRun run
            = cli({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("as json"),
                   QStringLiteral("--scope"), QStringLiteral("all.Instance.read"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.status, 0);
    const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
    const QString secret = printed.value(QStringLiteral("token")).toString();
    QVERIFY(secret.size() > 20);
    QCOMPARE(printed.value(QStringLiteral("name")).toString(), QStringLiteral("as json"));
    QVERIFY(m_server->instance().token(m_instanceId,
                                       printed.value(QStringLiteral("id")).toString()));
    QVERIFY(!run.err.contains(secret.toUtf8()));
}

void TestCliCreate::fromJsonOnStdin_isSentAsGiven()
{
    const QByteArray body = R"({"name":"from stdin","description":"piped",)"
                            R"("scope":["all.Instance.read"],"status":"inactive"})";
    const CliRun run = cli(
            {QStringLiteral("create"), QStringLiteral("--from-json"), QStringLiteral("-")}, body);
    QCOMPARE(run.status, 0);
    const QList<QJsonObject> sent = RequestLog::bodies(*m_server, "POST");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first(), QJsonDocument::fromJson(body).object());
}

void TestCliCreate::refusedBody_sendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no name") << QStringList{QStringLiteral("--read-only")}
                             << QStringLiteral("name");
    QTest::newRow("unknown scope")
            << QStringList{QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--scope"),
                           QStringLiteral("all.Nothing")}
            << QStringLiteral("all.Nothing");
    QTest::newRow("unknown role") << QStringList{QStringLiteral("--name"), QStringLiteral("x"),
                                                 QStringLiteral("--read-only"),
                                                 QStringLiteral("--default-role"),
                                                 QStringLiteral("king")}
                                  << QStringLiteral("defaultRole");
    QTest::newRow("bad status") << QStringList{QStringLiteral("--name"), QStringLiteral("x"),
                                               QStringLiteral("--read-only"),
                                               QStringLiteral("--status"), QStringLiteral("paused")}
                                << QStringLiteral("status");
    QTest::newRow("bad expiry") << QStringList{QStringLiteral("--name"), QStringLiteral("x"),
                                               QStringLiteral("--expires"), QStringLiteral("soon")}
                                << QStringLiteral("soon");
    QTest::newRow("json with an unknown key")
            << QStringList{QStringLiteral("--from-json"), QStringLiteral("-")}
            << QStringLiteral("colour");
}

void TestCliCreate::refusedBody_sendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliRun run = cli(QStringList{QStringLiteral("create")} + arguments,
                           R"({"name":"x","scope":["all.Instance.read"],"colour":"red"})");
    QCOMPARE(run.status, 2);
    QCOMPARE(posts(), 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
}

void TestCliCreate::applicationToken_getsOnlyWhatItsKindMayGrant()
{
    m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), m_userAdmin);
    const QStringList application{QStringLiteral("--url"), m_server->baseUrl().toString(),
                                  QStringLiteral("--application"), m_applicationId};
    const CliRun refused = m_cli.run(QStringList{QStringLiteral("create"), QStringLiteral("--name"),
                                                 QStringLiteral("x"), QStringLiteral("--scope"),
                                                 QStringLiteral("all.Instance")}
                                     + application);
    QCOMPARE(refused.status, 2);
    QCOMPARE(posts(), 0);
    QVERIFY2(refused.err.contains("all.Instance"), refused.err.constData());
    // --read-only is the kind's own preset.
    const CliRun run
            = m_cli.run(QStringList{QStringLiteral("create"), QStringLiteral("--name"),
                                    QStringLiteral("app reader"), QStringLiteral("--read-only")}
                        + application);
    QCOMPARE(run.status, 0);
    QCOMPARE(RequestLog::bodies(*m_server, "POST").value(0).value(QStringLiteral("scope")),
             QJsonValue(QJsonArray{QStringLiteral("all.Application.read")}));
}

void TestCliCreate::lostAnswer_looksTheTokenUp_neverSendsTwice()
{
    m_server->setFault(Route::Create, Fault::dropped()); // created, then no answer
    const CliRun run = cli({QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("lost one"), QStringLiteral("--read-only")});
    QCOMPARE(run.status, 1);
    QCOMPARE(posts(), 1);
    QVERIFY(run.out.isEmpty());
    const QList<ApiToken> stored = m_server->instance().tokens(m_instanceId);
    const auto created = std::find_if(stored.begin(), stored.end(), [](const ApiToken &t) {
        return t.name == QLatin1String("lost one");
    });
    QVERIFY(created != stored.end());
    QVERIFY2(run.err.contains(created->id.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("secret was lost"), run.err.constData());
}

void TestCliCreate::lostAnswer_unknownOutcome_saysTheTokenMayExist()
{
    m_server->setFault(Route::Create, Fault::dropped());
    m_server->setFault(Route::List, Fault::withStatus(503)); // the look-up fails too
    const CliRun run = cli({QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("lost two"), QStringLiteral("--read-only")});
    QCOMPARE(run.status, 1);
    QCOMPARE(posts(), 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("may exist"), run.err.constData());
    QVERIFY2(run.err.contains("lost two"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCreate)
#include "tst_cli_create.moc"
