// How a subcommand connects: --profile with its access token from the keychain (run on a
// private keyring), or --url with the window's https rule and ID checks; and every --help.
#include "cli/CommandLine.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "support/CliSuite.h"

#include <QFile>
#include <QSettings>

class TestCliConnection : public CliSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profile_takesItsTokenFromTheKeychain();
    void profile_tokenFile_winsOverTheKeychain();
    void profile_withoutSecret_orUnknown_exits2();
    void badConnection_exits2_namingIt_data();
    void badConnection_exits2_namingIt();
    void everySubcommand_hasHelp_withExampleAndExitStatus();

private:
    void saveProfile(const QString &name, const QString &secret);
    QString m_secretFile;
};

void TestCliConnection::initTestCase()
{
    // with-keyring.sh sets this, so the test never writes to a developer's own keyring.
    QVERIFY2(!qEnvironmentVariableIsEmpty("LOSANT_TEST_PRIVATE_KEYRING"),
             "run through tests/with-keyring.sh");
}

void TestCliConnection::saveProfile(const QString &name, const QString &secret)
{
    // Where the executable's QSettings looks in its private home.
    QSettings settings(m_cli.home() + QStringLiteral("/config/LosantTokens/losant-tokens.conf"),
                       QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ConnectionProfile profile;
    profile.name = name;
    profile.apiUrl = m_server->baseUrl();
    profile.kind = TokenLocation::Kind::Instance;
    profile.ownerId = m_instanceId;
    profiles.save(profile);
    settings.sync();
    SecretStore secrets;
    bool written = false;
    QString error;
    secrets.write(name, secret, [&](const QString &why) {
        error = why;
        written = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCliConnection::profile_takesItsTokenFromTheKeychain()
{
    addToken(QStringLiteral("seen through the profile"));
    saveProfile(QStringLiteral("local prod"), m_api->admin);
    // The environment's token is for --url only: a profile never takes it.
    m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), QStringLiteral("wrong"));
    const CliRun run = m_cli.run({QStringLiteral("list"), QStringLiteral("--profile"),
                                  QStringLiteral("local prod"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
    QCOMPARE(run.status, 0);
    QCOMPARE(jsonArray(run.out), serverPage().rawItems);
}

void TestCliConnection::profile_tokenFile_winsOverTheKeychain()
{
    saveProfile(QStringLiteral("filed"), QStringLiteral("a-token-the-server-refuses"));
    m_secretFile = m_cli.home() + QStringLiteral("/token.txt");
    QFile file(m_secretFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_api->admin.toUtf8() + "\n");
    file.close();
    const CliRun run
            = m_cli.run({QStringLiteral("list"), QStringLiteral("--profile"),
                         QStringLiteral("filed"), QStringLiteral("--token-file"), m_secretFile});
    QCOMPARE(run.status, 0);
    const CliRun keychain = m_cli.run(
            {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("filed")});
    QCOMPARE(keychain.status, 4);
}

void TestCliConnection::profile_withoutSecret_orUnknown_exits2()
{
    saveProfile(QStringLiteral("with secret"), m_api->admin);
    {
        QSettings settings(m_cli.home() + QStringLiteral("/config/LosantTokens/losant-tokens.conf"),
                           QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ConnectionProfile bare = *profiles.profile(QStringLiteral("with secret"));
        bare.name = QStringLiteral("bare");
        profiles.save(bare);
    }
    const CliRun bare = m_cli.run(
            {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("bare")});
    QCOMPARE(bare.status, 2);
    QVERIFY2(bare.err.contains("--token-file"), bare.err.constData());
    const CliRun unknown = m_cli.run(
            {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("nowhere")});
    QCOMPARE(unknown.status, 2);
    QVERIFY2(unknown.err.contains("nowhere"), unknown.err.constData());
}

void TestCliConnection::badConnection_exits2_namingIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QString instance = QStringLiteral("0123456789abcdef01234567");
    QTest::newRow("no connection") << QStringList{} << QStringLiteral("--profile");
    QTest::newRow("plain http to another host")
            << QStringList{QStringLiteral("--url"), QStringLiteral("http://example.com"),
                           QStringLiteral("--instance"), instance}
            << QStringLiteral("example.com");
    QTest::newRow("bad instance ID")
            << QStringList{QStringLiteral("--url"), QStringLiteral("https://api.losant.com"),
                           QStringLiteral("--instance"), QStringLiteral("zz-not-an-id")}
            << QStringLiteral("zz-not-an-id");
    QTest::newRow("url without collection")
            << QStringList{QStringLiteral("--url"), QStringLiteral("https://api.losant.com")}
            << QStringLiteral("--instance");
    QTest::newRow("profile and url")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("p"),
                           QStringLiteral("--url"), QStringLiteral("https://api.losant.com")}
            << QStringLiteral("--profile and --url");
}

void TestCliConnection::badConnection_exits2_namingIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString secret = QStringLiteral("env-secret-0a1b2c3d4e5f");
    m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), secret);
    const CliRun run = m_cli.run(QStringList{QStringLiteral("list")} + arguments);
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("losant-tokens list: "), run.err.constData());
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    QVERIFY(!run.err.contains(secret.toUtf8()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCliConnection::everySubcommand_hasHelp_withExampleAndExitStatus()
{
    const CliRun overview = m_cli.run({QStringLiteral("help")});
    QCOMPARE(overview.status, 0);
    for (const QString &name : CommandLine::subcommands()) {
        QVERIFY2(overview.out.contains(QByteArray("  " + name.toUtf8() + " ")), qPrintable(name));
        if (name == QLatin1String("help"))
            continue;
        const CliRun help = m_cli.run({name, QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        const QString text = QString::fromUtf8(help.out);
        QVERIFY2(text.startsWith(QStringLiteral("Usage: losant-tokens %1 ").arg(name)),
                 qPrintable(text));
        const int example = int(text.indexOf(QLatin1String("Example:\n  ")));
        QVERIFY2(example > 0, qPrintable(text));
        const QString exampleLine = text.mid(example).section(QLatin1Char('\n'), 1, 1);
        QVERIFY2(exampleLine.contains(QStringLiteral("losant-tokens %1 ").arg(name)),
                 qPrintable(exampleLine));
        for (const char *status :
             {"0  done", "1  ", "2  bad usage", "3  not found", "4  not authorised"})
            QVERIFY2(text.contains(QLatin1String(status)), status);
        QVERIFY(text.contains(QLatin1String("--profile")));
        QCOMPARE(m_cli.run({QStringLiteral("help"), name}).out, help.out);
    }
    QCOMPARE(m_cli.run({QStringLiteral("help"), QStringLiteral("nope")}).status, 2);
}

QTEST_GUILESS_MAIN(TestCliConnection)
#include "tst_cli_connection.moc"
