// From starting the process to the first page painted in demo mode, repeated; prints the median.
// Run: build/tests/bench/bench_startup [runs=15]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = app.arguments().value(1, QStringLiteral("15")).toInt();
    const QString program
            = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/losant-tokens");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {QStringLiteral("--demo"), QStringLiteral("--report-startup")});
        bool shown = false;
        while (!shown && process.waitForReadyRead(10000))
            shown = process.readAllStandardOutput().contains("first page shown");
        const qint64 ms = timer.elapsed();
        process.waitForFinished(10000);
        if (!shown) {
            std::fprintf(stderr, "run %d: no first page\n", i);
            return 1;
        }
        times.append(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("start to first page painted, %d runs: median %lld ms, min %lld ms, max %lld ms\n",
                runs, times.at(times.size() / 2), times.first(), times.last());
    return 0;
}
