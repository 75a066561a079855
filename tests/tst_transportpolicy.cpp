// Where an access token may be sent: https anywhere, http only to this computer.
#include "api/TransportPolicy.h"

#include <QTest>

class TestTransportPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void normalized_data();
    void normalized();
    void fromText_trimsAndNormalizes();
};

void TestTransportPolicy::problem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("named"); // what a refusal must name; empty: nothing in particular
    QTest::addColumn<QString>("hidden"); // what a refusal must not show

    QTest::newRow("https remote") << "https://api.losant.com" << true << ""
                                  << "";
    QTest::newRow("https remote with path and port")
            << "https://losant.example.com:8443/api" << true << ""
            << "";
    QTest::newRow("http remote") << "http://api.example.com" << false << "api.example.com"
                                 << "";
    QTest::newRow("http remote with port")
            << "http://api.example.com:8080/x" << false << "api.example.com"
            << "";
    QTest::newRow("http 127.0.0.1 with port") << "http://127.0.0.1:8080" << true << ""
                                              << "";
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10" << true << ""
                                     << "";
    QTest::newRow("http [::1]:80") << "http://[::1]:80" << true << ""
                                   << "";
    QTest::newRow("http localhost") << "http://localhost" << true << ""
                                    << "";
    QTest::newRow("http LOCALHOST. with port") << "http://LOCALHOST.:3000/" << true << ""
                                               << "";
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false << "128.0.0.1"
                                    << "";
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0:80" << false << "0.0.0.0"
                                  << "";
    QTest::newRow("http [::2]") << "http://[::2]" << false << "::2"
                                << "";
    QTest::newRow("http 127.0.0.1.evil.com")
            << "http://127.0.0.1.evil.com" << false << "127.0.0.1.evil.com"
            << "";
    QTest::newRow("http localhost.evil.com")
            << "http://localhost.evil.com" << false << "localhost.evil.com"
            << "";
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false << "ftp"
                         << "";
    QTest::newRow("file") << "file:///etc/passwd" << false << ""
                          << "";
    QTest::newRow("no host") << "https://" << false << ""
                             << "";
    QTest::newRow("no scheme") << "api.losant.com" << false << ""
                               << "";
    QTest::newRow("empty") << "" << false << ""
                           << "";
    QTest::newRow("user info") << "https://admin:hunter2@api.example.com" << false
                               << "api.example.com"
                               << "hunter2";
    QTest::newRow("user name only on localhost")
            << "http://admin@localhost:8080" << false << "localhost"
            << "admin";
    QTest::newRow("query") << "https://api.example.com/?key=abc" << false << "api.example.com"
                           << "abc";
    QTest::newRow("fragment") << "https://api.example.com/#top" << false << "api.example.com"
                              << "";
    QTest::newRow("invalid") << "http://[::1" << false << ""
                             << "";
}

void TestTransportPolicy::problem()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(QString, named);
    QFETCH(QString, hidden);

    const QString why = TransportPolicy::problem(QUrl(url));
    QCOMPARE(why.isEmpty(), allowed);
    if (!named.isEmpty())
        QVERIFY2(why.contains(named), qPrintable(why));
    if (!hidden.isEmpty())
        QVERIFY2(!why.contains(hidden), qPrintable(why));
}

void TestTransportPolicy::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("localhost.") << "localhost." << true;
    QTest::newRow("LocalHost") << "LocalHost" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("126.255.255.255") << "126.255.255.255" << false;
    QTest::newRow("localhost.evil.com") << "localhost.evil.com" << false;
    QTest::newRow("127.0.0.1.evil.com") << "127.0.0.1.evil.com" << false;
    QTest::newRow("evil-localhost") << "evillocalhost" << false;
    QTest::newRow("[::1]x") << "[::1]x" << false;
}

void TestTransportPolicy::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(TransportPolicy::isLoopbackHost(host), loopback);
}

void TestTransportPolicy::normalized_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing slash")
            << QUrl(QStringLiteral("https://api.losant.com/")) << "https://api.losant.com";
    QTest::newRow("path with slashes")
            << QUrl(QStringLiteral("https://h.example.com/api//")) << "https://h.example.com/api";
    QTest::newRow("already clean")
            << QUrl(QStringLiteral("http://127.0.0.1:8080")) << "http://127.0.0.1:8080";
    QTest::newRow("upper-case host")
            << QUrl(QStringLiteral("https://API.Losant.COM/")) << "https://api.losant.com";
}

void TestTransportPolicy::normalized()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(TransportPolicy::normalized(QUrl(url)).toString(), expected);
}

void TestTransportPolicy::fromText_trimsAndNormalizes()
{
    QCOMPARE(TransportPolicy::fromText(QStringLiteral("  https://api.losant.com/ \n")).toString(),
             QStringLiteral("https://api.losant.com"));
    QVERIFY(!TransportPolicy::fromText(QStringLiteral("http://[::1")).isValid());
}

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
