// Loads a very large token list into the real window by scrolling to the end, against a local
// instance in a separate process (as a remote server would be), and reports the app's memory
// per loaded token and the longest pause of the GUI event loop while pages arrive.
// Run: build/tests/bench/bench_scrollload [tokens=100000] [perPage=1000]
#include "api/LosantClient.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

QString serverPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/losant-tokens");
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the person's saved layout stays out of it
    const QStringList args = app.arguments();
    const int tokens = args.value(1, QStringLiteral("100000")).toInt();
    const int perPage = args.value(2, QStringLiteral("1000")).toInt();

    QProcess server;
    server.start(serverPath(),
                 {QStringLiteral("--serve"), QStringLiteral("--tokens"), QString::number(tokens)});
    QString url, instanceId, secret;
    while (server.waitForReadyRead(60000)) {
        while (server.canReadLine()) {
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line.startsWith(QLatin1String("LOSANT_URL=")))
                url = line.section(QLatin1Char('='), 1);
            else if (line.startsWith(QLatin1String("LOSANT_INSTANCE_ID=")))
                instanceId = line.section(QLatin1Char('='), 1);
            else if (line.startsWith(QLatin1String("LOSANT_ACCESS_TOKEN=")))
                secret = line.section(QLatin1Char('='), 1);
        }
        if (!secret.isEmpty())
            break;
    }
    if (secret.isEmpty()) {
        std::fprintf(stderr, "the local instance did not start\n");
        return 1;
    }

    QNetworkAccessManager network;
    LosantClient client(&network);
    client.setBaseUrl(QUrl(url));
    client.setAccessToken(secret);
    MainWindow window(TokenCollection(), QStringLiteral("bench")); // loads nothing yet
    window.show();
    // The window's first paint (fonts, style) is start-up, not "while pages arrive".
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    TokenListModel *model = window.model();
    auto *table = window.findChild<QTableView *>(QStringLiteral("tokenTable"));

    // A 1 ms heartbeat: the longest gap between its ticks is the longest the GUI was blocked.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QList<qint64> gaps;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        gaps.append(gap);
        longestGapMs = std::max(longestGapMs, gap);
    });

    const qint64 before = residentBytes();
    TokenQuery query = model->query();
    query.perPage = perPage;
    model->setQueryWithoutLoading(query);
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    heartbeat.start();
    model->setCollection(TokenCollection(&client, TokenLocation::instance(instanceId)));
    while (model->rowCount() < tokens + 1) {
        if (!QTest::qWaitFor([&] { return !model->isLoading(); }, 60000))
            break;
        if (model->lastError().isError()) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(model->lastError().displayText()));
            return 1;
        }
        if (!model->canFetchMore(QModelIndex()))
            break;
        table->scrollToBottom();
    }
    heartbeat.stop();
    const qint64 elapsed = total.elapsed();
    const qint64 after = residentBytes();
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(gaps.size() * 0.99));
    std::printf("tokens loaded: %d of %d in %lld ms (perPage %d)\n", model->rowCount(), tokens + 1,
                elapsed, perPage);
    std::printf("memory: %.1f MB more resident, %.0f bytes per loaded token\n",
                (after - before) / 1e6, double(after - before) / std::max(1, model->rowCount()));
    std::printf("event loop: longest pause %lld ms, 99th percentile %lld ms over %lld ticks\n",
                longestGapMs, p99, qint64(gaps.size()));
    server.terminate();
    server.waitForFinished(5000);
    return model->rowCount() == tokens + 1 ? 0 : 1;
}
