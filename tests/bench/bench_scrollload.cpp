// Loads a very large token list into the real window by scrolling to the end, against a local
// instance in a separate process (as a remote server would be), and reports the app's memory
// per loaded token and the longest pause of the GUI event loop while pages arrive.
// Run: build/tests/bench/bench_scrollload [tokens=100000] [perPage=1000] [hog]
// "hog" keeps a busy-looping process beside it, so the second core is taken as on a busy desktop.
#include "BenchServer.h"
#include "api/LosantClient.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// With LOSANT_BENCH_TRACE set: times every event the GUI thread delivers (wall clock and the
// thread's own CPU time, which leaves out waiting for a core) and lists the longest.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_tracing)
            return QApplication::notify(receiver, event);
        if (m_depth > 0) { // inside a paint of the window: which widgets' paints cost most
            if (event->type() != QEvent::Paint)
                return QApplication::notify(receiver, event);
            const qint64 cpu = threadCpuNs();
            const QByteArray what = QByteArray(receiver->metaObject()->className()) + ' '
                    + receiver->objectName().toUtf8();
            const bool result = QApplication::notify(receiver, event);
            m_paints.append({0, threadCpuNs() - cpu, QEvent::Paint, what});
            return result;
        }
        ++m_depth;
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu = threadCpuNs();
        const int type = int(event->type()); // the event may be gone once delivered
        const QByteArray what = QByteArray(receiver->metaObject()->className()) + ' '
                + receiver->objectName().toUtf8();
        const bool result = QApplication::notify(receiver, event);
        m_events.append({wall.nsecsElapsed(), threadCpuNs() - cpu, type, what});
        --m_depth;
        return result;
    }
    void startTracing() { m_tracing = qEnvironmentVariableIsSet("LOSANT_BENCH_TRACE"); }
    void printLongest(int count)
    {
        m_tracing = false;
        if (m_events.isEmpty())
            return;
        std::printf("longest events by wall clock:\n");
        print(count, &Event::wallNs);
        std::printf("longest events by the GUI thread's CPU time:\n");
        print(count, &Event::cpuNs);
        std::printf("longest widget paints by CPU time:\n");
        m_events = m_paints;
        print(count, &Event::cpuNs);
    }

private:
    struct Event
    {
        qint64 wallNs;
        qint64 cpuNs;
        int type;
        QByteArray what;
    };
    void print(int count, qint64 Event::*by)
    {
        std::sort(m_events.begin(), m_events.end(),
                  [by](const Event &a, const Event &b) { return a.*by > b.*by; });
        for (int i = 0; i < count && i < m_events.size(); ++i) {
            const Event &e = m_events.at(i);
            std::printf("  %6.1f ms wall, %6.1f ms CPU: event %d to %s\n", e.wallNs / 1e6,
                        e.cpuNs / 1e6, e.type, e.what.constData());
        }
    }
    QList<Event> m_events;
    QList<Event> m_paints;
    bool m_tracing = false;
    int m_depth = 0;
};

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the person's saved layout stays out of it
    const QStringList args = app.arguments();
    const int tokens = args.value(1, QStringLiteral("100000")).toInt();
    const int perPage = args.value(2, QStringLiteral("1000")).toInt();
    const bool withHog = args.value(3) == QLatin1String("hog");

    QProcess server;
    BenchServer local;
    if (!local.start(server, tokens)) {
        std::fprintf(stderr, "the local instance did not start\n");
        return 1;
    }
    // Started after the server is up: the hog competes with the loading, not with the start.
    QProcess hog;
    if (withHog && !startCpuHog(hog)) {
        std::fprintf(stderr, "the CPU hog did not start\n");
        return 1;
    }

    QNetworkAccessManager network;
    LosantClient client(&network);
    client.setBaseUrl(QUrl(local.url));
    client.setAccessToken(local.secret);
    MainWindow window(TokenCollection(), QStringLiteral("bench")); // loads nothing yet
    window.show();
    // The window's first paint (fonts, style) is start-up, not "while pages arrive".
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    TokenListModel *model = window.model();
    auto *table = window.findChild<QTableView *>(QStringLiteral("tokenTable"));

    // A 1 ms heartbeat in a real event loop (QTest::qWaitFor sleeps 10 ms between its rounds,
    // which would count as pauses): the longest gap between ticks is the longest the GUI was
    // blocked. Between pages, it also scrolls to the end as a person would, to load the next.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QList<qint64> gaps;
    QEventLoop loop;
    bool failed = false;
    QTimer heartbeat;
    heartbeat.setObjectName(QStringLiteral("heartbeat"));
    heartbeat.setInterval(1);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        gaps.append(gap);
        longestGapMs = std::max(longestGapMs, gap);
        if (model->isLoading())
            return;
        if (model->lastError().isError()) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(model->lastError().displayText()));
            failed = true;
            loop.quit();
        } else if (model->rowCount() >= tokens + 1 || !model->canFetchMore(QModelIndex())) {
            loop.quit();
        } else {
            table->scrollToBottom();
        }
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit); // a load that hangs ends the run

    const qint64 before = residentBytes();
    TokenQuery query = model->query();
    query.perPage = perPage;
    model->setQueryWithoutLoading(query);
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    heartbeat.start();
    app.startTracing();
    model->setCollection(TokenCollection(&client, TokenLocation::instance(local.instanceId)));
    loop.exec();
    heartbeat.stop();
    app.printLongest(12);
    const qint64 elapsed = total.elapsed();
    const qint64 after = residentBytes();
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(gaps.size() * 0.99));
    std::printf("tokens loaded: %d of %d in %lld ms (perPage %d)\n", model->rowCount(), tokens + 1,
                elapsed, perPage);
    std::printf("memory: %.1f MB more resident, %.0f bytes per loaded token\n",
                (after - before) / 1e6, double(after - before) / std::max(1, model->rowCount()));
    const qint64 overFrame
            = std::count_if(gaps.cbegin(), gaps.cend(), [](qint64 g) { return g > 16; });
    std::printf("event loop: longest pause %lld ms, 99th percentile %lld ms over %lld ticks, "
                "%lld pauses over 16 ms%s\n",
                longestGapMs, p99, qint64(gaps.size()), overFrame,
                withHog ? " (second core busy)" : "");
    if (withHog) {
        hog.kill();
        hog.waitForFinished(5000);
    }
    server.terminate();
    server.waitForFinished(5000);
    return !failed && model->rowCount() == tokens + 1 ? 0 : 1;
}
