// The command line: parse() with a fake environment, then the real executable's exit status.
#include "cli/AppOptions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kInstance = QStringLiteral("0123456789ABCDEF01234567");
const QString kEnvSecret = QStringLiteral("env-secret-0a1b2c3d4e5f");
const QString kFileSecret = QStringLiteral("file-secret-9z8y7x6w5v");

QProcessEnvironment environment(const QString &token)
{
    QProcessEnvironment env;
    if (!token.isNull())
        env.insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), token);
    return env;
}

bool knownProfile(const QString &name)
{
    return name == QLatin1String("prod") || name == QLatin1String("staging eu");
}
} // namespace

class TestAppOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void noArguments_opensTheDemo();
    void existingOptions_stillParse();
    void urlAndInstance_takeTheTokenFromTheEnvironment();
    void applicationOrMyTokens_nameTheCollection();
    void tokenFile_winsOverTheEnvironmentAndIsTrimmed();
    void knownProfile_isAccepted_withoutTheEnvironmentsToken();
    void profileWithTokenFile_takesTheFilesToken();
    void withoutProfileLookup_noProfileIsKnown();
    void badCommandLine_isOneLineNamingTheValue_data();
    void badCommandLine_isOneLineNamingTheValue();

    void executable_badValue_exits2WithOneLine_data();
    void executable_badValue_exits2WithOneLine();
    void executable_help_neverShowsTheToken();
    void executable_helpAll_printsHelp_exits0_withoutDisplay();
    void executable_version_exits0();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool write(const QString &name, const QByteArray &content) const;
    QProcessEnvironment isolatedEnvironment() const;
    QStringList resolved(QStringList arguments) const;

    QTemporaryDir m_dir;
};

bool TestAppOptions::write(const QString &name, const QByteArray &content) const
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

void TestAppOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(write(QStringLiteral("token.txt"), "  " + kFileSecret.toUtf8() + "\r\n"));
    QVERIFY(write(QStringLiteral("empty.txt"), " \n\n"));
    QVERIFY(write(QStringLiteral("two-lines.txt"), kFileSecret.toUtf8() + "\nsecond-line\n"));
    QVERIFY(write(QStringLiteral("huge.txt"), QByteArray(AppOptions::kMaxTokenFileBytes + 1, 'a')));
    // Qt warns on stderr about a missing or open runtime directory; stderr must be one line.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("runtime")));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

// "%DIR%" in an argument stands for the temporary directory.
QStringList TestAppOptions::resolved(QStringList arguments) const
{
    for (QString &argument : arguments)
        argument.replace(QLatin1String("%DIR%"), m_dir.path());
    return arguments;
}

QProcessEnvironment TestAppOptions::isolatedEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), kEnvSecret);
    return env;
}

void TestAppOptions::noArguments_opensTheDemo()
{
    AppOptions options;
    QCOMPARE(options.parse({QStringLiteral("losant-tokens")}, environment(kEnvSecret)), -1);
    QVERIFY(!options.serve);
    QCOMPARE(options.demoTokens, 250);
    QVERIFY(options.profile.isEmpty());
    QVERIFY(options.url.isEmpty());
    QVERIFY(options.ownerId.isEmpty());
    QVERIFY(options.accessToken.isEmpty()); // the environment's token is only for --url
    QVERIFY(options.error.isEmpty());
}

void TestAppOptions::existingOptions_stillParse()
{
    AppOptions serve;
    QCOMPARE(serve.parse({QStringLiteral("x"), QStringLiteral("--serve"), QStringLiteral("--port"),
                          QStringLiteral("8080"), QStringLiteral("--tokens"), QStringLiteral("12")},
                         environment({})),
             -1);
    QVERIFY(serve.serve);
    QCOMPARE(serve.port, quint16(8080));
    QCOMPARE(serve.demoTokens, 12);

    AppOptions window;
    QCOMPARE(window.parse({QStringLiteral("x"), QStringLiteral("--demo"),
                           QStringLiteral("--screenshot"), QStringLiteral("out.png"),
                           QStringLiteral("--report-startup")},
                          environment({})),
             -1);
    QVERIFY(window.demo);
    QCOMPARE(window.screenshotPath, QStringLiteral("out.png"));
    QVERIFY(window.reportStartup);
}

void TestAppOptions::urlAndInstance_takeTheTokenFromTheEnvironment()
{
    AppOptions options;
    QCOMPARE(options.parse({QStringLiteral("x"), QStringLiteral("--url"),
                            QStringLiteral(" https://API.example.com/ "),
                            QStringLiteral("--instance"), kInstance},
                           environment(kEnvSecret)),
             -1);
    QCOMPARE(options.url, QUrl(QStringLiteral("https://api.example.com")));
    QCOMPARE(options.ownerId, kInstance.toLower());
    QCOMPARE(options.kind, TokenLocation::Kind::Instance);
    QCOMPARE(options.accessToken, kEnvSecret);
    QVERIFY(options.profile.isEmpty());

    AppOptions local;
    QCOMPARE(local.parse({QStringLiteral("x"), QStringLiteral("--url"),
                          QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--instance"),
                          kInstance},
                         environment(kEnvSecret)),
             -1);
    QCOMPARE(local.url, QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

void TestAppOptions::applicationOrMyTokens_nameTheCollection()
{
    AppOptions application;
    QCOMPARE(application.parse({QStringLiteral("x"), QStringLiteral("--url"),
                                QStringLiteral("https://api.losant.com"),
                                QStringLiteral("--application"), kInstance},
                               environment(kEnvSecret)),
             -1);
    QCOMPARE(application.kind, TokenLocation::Kind::Application);
    QCOMPARE(application.ownerId, kInstance.toLower());
    QCOMPARE(application.accessToken, kEnvSecret);

    AppOptions mine;
    QCOMPARE(mine.parse({QStringLiteral("x"), QStringLiteral("--url"),
                         QStringLiteral("https://api.losant.com"), QStringLiteral("--my-tokens")},
                        environment(kEnvSecret)),
             -1);
    QCOMPARE(mine.kind, TokenLocation::Kind::User);
    QVERIFY(mine.ownerId.isEmpty());
    QCOMPARE(mine.accessToken, kEnvSecret);
}

void TestAppOptions::tokenFile_winsOverTheEnvironmentAndIsTrimmed()
{
    AppOptions options;
    QCOMPARE(options.parse({QStringLiteral("x"), QStringLiteral("--url"),
                            QStringLiteral("https://api.losant.com"), QStringLiteral("--instance"),
                            kInstance, QStringLiteral("--token-file"),
                            path(QStringLiteral("token.txt"))},
                           environment(kEnvSecret)),
             -1);
    QCOMPARE(options.accessToken, kFileSecret);
    QCOMPARE(options.tokenFile, path(QStringLiteral("token.txt")));
}

void TestAppOptions::knownProfile_isAccepted_withoutTheEnvironmentsToken()
{
    AppOptions options;
    QCOMPARE(options.parse({QStringLiteral("x"), QStringLiteral("--profile"),
                            QStringLiteral("staging eu")},
                           environment(kEnvSecret), knownProfile),
             -1);
    QCOMPARE(options.profile, QStringLiteral("staging eu"));
    QVERIFY(options.accessToken.isEmpty()); // the keychain's, not a stray variable's
    QVERIFY(options.url.isEmpty());
}

void TestAppOptions::profileWithTokenFile_takesTheFilesToken()
{
    AppOptions options;
    QCOMPARE(
            options.parse({QStringLiteral("x"), QStringLiteral("--profile"), QStringLiteral("prod"),
                           QStringLiteral("--token-file"), path(QStringLiteral("token.txt"))},
                          environment(kEnvSecret), knownProfile),
            -1);
    QCOMPARE(options.profile, QStringLiteral("prod"));
    QCOMPARE(options.accessToken, kFileSecret);
}

void TestAppOptions::withoutProfileLookup_noProfileIsKnown()
{
    AppOptions options;
    QCOMPARE(options.parse(
                     {QStringLiteral("x"), QStringLiteral("--profile"), QStringLiteral("prod")},
                     environment({})),
             2);
    QVERIFY2(options.error.contains(QLatin1String("\"prod\"")), qPrintable(options.error));
}

void TestAppOptions::badCommandLine_isOneLineNamingTheValue_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("environmentToken");
    QTest::addColumn<QString>("named"); // must appear in the message

    const QString url = QStringLiteral("https://api.losant.com");
    auto args = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    };
    // The --url and --instance of a good connection, then `more`.
    auto connection = [&args](std::initializer_list<const char *> more) {
        return args({"--url", "https://api.losant.com", "--instance", "0123456789abcdef01234567"})
                + args(more);
    };
    QTest::newRow("malformed instance ID")
            << args({"--url", "https://api.losant.com", "--instance", "12345-not-hex"}) << true
            << "\"12345-not-hex\"";
    QTest::newRow("instance ID one short")
            << args({"--url", "https://api.losant.com", "--instance", "0123456789abcdef0123456"})
            << true << "\"0123456789abcdef0123456\"";
    QTest::newRow("http to a remote host")
            << args({"--url", "http://example.com", "--instance", "0123456789abcdef01234567"})
            << true << "\"http://example.com\"";
    QTest::newRow("http remote names the host too") << args(
            {"--url", "http://api.example.org:8080", "--instance", "0123456789abcdef01234567"})
                                                    << true << "use https for api.example.org";
    QTest::newRow("malformed URL")
            << args({"--url", "http://[::1", "--instance", "0123456789abcdef01234567"}) << true
            << "\"http://[::1\"";
    QTest::newRow("URL without a scheme")
            << args({"--url", "api.losant.com", "--instance", "0123456789abcdef01234567"}) << true
            << "\"api.losant.com\"";
    QTest::newRow("ftp URL") << args(
            {"--url", "ftp://api.losant.com", "--instance", "0123456789abcdef01234567"})
                             << true << "ftp";
    QTest::newRow("unknown profile") << args({"--profile", "nope"}) << true << "\"nope\"";
    QTest::newRow("unknown fault")
            << args({"--serve", "--fault", "list=explode"}) << false << "\"list=explode\"";
    QTest::newRow("fault without --serve")
            << args({"--fault", "list=500"}) << false << "--fault only goes with --serve";
    QTest::newRow("empty profile name") << args({"--profile", ""}) << true << "--profile";
    QTest::newRow("url without instance")
            << args({"--url", "https://api.losant.com"}) << true << "--instance";
    QTest::newRow("instance without url")
            << args({"--instance", "0123456789abcdef01234567"}) << true << "--url";
    QTest::newRow("url and instance without a token")
            << connection({}) << false << "LOSANT_ACCESS_TOKEN";
    QTest::newRow("missing token file")
            << connection({"--token-file", "%DIR%/missing.txt"}) << true << "%DIR%/missing.txt";
    QTest::newRow("token file is a directory")
            << connection({"--token-file", "%DIR%"}) << true << "\"%DIR%\"";
    QTest::newRow("empty token file")
            << connection({"--token-file", "%DIR%/empty.txt"}) << true << "%DIR%/empty.txt";
    QTest::newRow("token file of two lines")
            << connection({"--token-file", "%DIR%/two-lines.txt"}) << true << "%DIR%/two-lines.txt";
    QTest::newRow("huge token file")
            << connection({"--token-file", "%DIR%/huge.txt"}) << true << "%DIR%/huge.txt";
    QTest::newRow("token file alone")
            << args({"--token-file", "%DIR%/token.txt"}) << true << "--token-file";
    QTest::newRow("profile with url")
            << args({"--profile", "prod", "--url", "https://api.losant.com"}) << true
            << "--profile and --url";
    QTest::newRow("instance and application")
            << args({"--url", "https://api.losant.com", "--instance", "0123456789abcdef01234567",
                     "--application", "0123456789abcdef01234567"})
            << true << "--instance and --application";
    QTest::newRow("application and my tokens")
            << args({"--url", "https://api.losant.com", "--my-tokens", "--application",
                     "0123456789abcdef01234567"})
            << true << "--application and --my-tokens";
    QTest::newRow("malformed application ID")
            << args({"--url", "https://api.losant.com", "--application", "12345-not-hex"}) << true
            << "\"12345-not-hex\"";
    QTest::newRow("my tokens without url") << args({"--my-tokens"}) << true << "--url";
    QTest::newRow("profile with my tokens")
            << args({"--profile", "prod", "--my-tokens"}) << true << "--profile and --my-tokens";
    QTest::newRow("profile with instance")
            << args({"--profile", "prod", "--instance", "0123456789abcdef01234567"}) << true
            << "--profile and --instance";
    QTest::newRow("demo with profile")
            << args({"--demo", "--profile", "prod"}) << true << "--demo and --profile";
    QTest::newRow("demo with url") << args(
            {"--demo", "--url", "https://api.losant.com", "--instance", "0123456789abcdef01234567"})
                                   << true << "--demo and --url";
    QTest::newRow("serve with profile")
            << args({"--serve", "--profile", "prod"}) << true << "--serve and --profile";
    QTest::newRow("serve with url")
            << args({"--serve", "--url", "https://api.losant.com"}) << true << "--serve and --url";
    QTest::newRow("port without serve") << args({"--port", "8080"}) << true << "--port";
    QTest::newRow("port out of range")
            << args({"--serve", "--port", "70000"}) << true << "\"70000\"";
    QTest::newRow("tokens with url") << args({"--tokens", "5", "--url", "https://api.losant.com",
                                              "--instance", "0123456789abcdef01234567"})
                                     << true << "--tokens";
    QTest::newRow("unknown option") << args({"--tokne", "x"}) << true << "tokne";
    QTest::newRow("the token typed as an argument")
            << QStringList{kEnvSecret} << true << "unexpected argument";
    QTest::newRow("the token typed as the instance")
            << QStringList{QStringLiteral("--url"), url, QStringLiteral("--instance"), kEnvSecret}
            << true << "--instance";
}

void TestAppOptions::badCommandLine_isOneLineNamingTheValue()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, environmentToken);
    QFETCH(QString, named);

    AppOptions options;
    const int status
            = options.parse(QStringList{QStringLiteral("losant-tokens")} + resolved(arguments),
                            environment(environmentToken ? kEnvSecret : QString()), knownProfile);
    QCOMPARE(status, 2);
    QVERIFY2(options.error.contains(resolved({named}).first()), qPrintable(options.error));
    QVERIFY(!options.error.contains(QLatin1Char('\n')));
    QVERIFY2(!options.error.contains(kEnvSecret), qPrintable(options.error));
    QVERIFY2(!options.error.contains(kFileSecret), qPrintable(options.error));
    QVERIFY2(!options.error.contains(QLatin1String("second-line")), qPrintable(options.error));
}

void TestAppOptions::executable_badValue_exits2WithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    QTest::newRow("malformed --instance")
            << QStringList{QStringLiteral("--url"), QStringLiteral("https://api.losant.com"),
                           QStringLiteral("--instance"), QStringLiteral("zz-not-an-id")}
            << "\"zz-not-an-id\"";
    QTest::newRow("--url http://example.com")
            << QStringList{QStringLiteral("--url"), QStringLiteral("http://example.com"),
                           QStringLiteral("--instance"), kInstance}
            << "\"http://example.com\"";
    QTest::newRow("--profile nope")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("nope")} << "\"nope\"";
    QTest::newRow("--serve --fault list=explode")
            << QStringList{QStringLiteral("--serve"), QStringLiteral("--fault"),
                           QStringLiteral("list=explode")}
            << "\"list=explode\"";
    QTest::newRow("token file holding two lines")
            << QStringList{QStringLiteral("--url"),        QStringLiteral("https://api.losant.com"),
                           QStringLiteral("--instance"),   kInstance,
                           QStringLiteral("--token-file"), QStringLiteral("%DIR%/two-lines.txt")}
            << "%DIR%/two-lines.txt";
    QTest::newRow("--port without --serve")
            << QStringList{QStringLiteral("--port"), QStringLiteral("1")} << "--port";
}

void TestAppOptions::executable_badValue_exits2WithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment());
    process.start(QStringLiteral(LOSANT_TOKENS_EXE), resolved(arguments));
    QVERIFY2(process.waitForFinished(60000), "the executable went on instead of refusing");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QVERIFY2(err.startsWith(QLatin1String("losant-tokens: ")), qPrintable(err));
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(resolved({named}).first()), qPrintable(err));
    QVERIFY(!err.contains(kEnvSecret));
    QVERIFY(!err.contains(kFileSecret));
}

void TestAppOptions::executable_help_neverShowsTheToken()
{
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment());
    process.start(QStringLiteral(LOSANT_TOKENS_EXE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    for (const char *option :
         {"--demo", "--serve", "--port", "--tokens", "--screenshot", "--profile", "--url",
          "--instance", "--token-file", "LOSANT_ACCESS_TOKEN"})
        QVERIFY2(out.contains(QLatin1String(option)), option);
    QVERIFY(!out.contains(QLatin1String("--report-startup")));
    QVERIFY(!out.contains(kEnvSecret));
    QVERIFY(!err.contains(kEnvSecret));
}

void TestAppOptions::executable_helpAll_printsHelp_exits0_withoutDisplay()
{
    QProcess process;
    QProcessEnvironment environment = isolatedEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOSANT_TOKENS_EXE), {QStringLiteral("--help-all")});
    QVERIFY2(process.waitForFinished(60000), "--help-all opened something instead of exiting");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("--profile")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("--serve")), qPrintable(out));
}

void TestAppOptions::executable_version_exits0()
{
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment());
    process.start(QStringLiteral(LOSANT_TOKENS_EXE), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("losant-tokens "));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
