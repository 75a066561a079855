// Types filter words into the real window's filter field at typing pace, against a local
// instance in its own process, and reports the time from the last keystroke to the end of the
// first paint of the table that shows the filtered rows (the debounce included), split into
// the debounce, the answer (server, transfer and parse) and the paint.
// Run: build/tests/bench/bench_filtertyping [tokens=100000] [msBetweenKeys=150] [hog]
#include "BenchServer.h"
#include "api/LosantClient.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {
// Calls `onPaint` when the watched widget is about to paint.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(std::function<void()> onPaint) : m_onPaint(std::move(onPaint)) { }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_onPaint();
        return false;
    }

private:
    std::function<void()> m_onPaint;
};

// Runs the event loop until `done` says so or `timeoutMs` passes; false on the timeout.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check; // a real event loop: QTest::qWaitFor sleeps between its rounds
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

struct Phases
{
    qint64 requested = -1; // the debounce: the filtered list is asked for
    qint64 rowsIn = -1; // its first rows are in the model
    qint64 painted = -1; // the paint that shows them has ended
};

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the person's saved layout stays out of it
    const QStringList args = app.arguments();
    const int tokens = args.value(1, QStringLiteral("100000")).toInt();
    const int keyMs = args.value(2, QStringLiteral("150")).toInt();
    const bool withHog = args.value(3) == QLatin1String("hog");
    // Words the local instance's names contain (see DemoFlavours), typed one after the other.
    const QStringList words
            = {QStringLiteral("kiosk"),   QStringLiteral("terraform"), QStringLiteral("backup"),
               QStringLiteral("billing"), QStringLiteral("nightly"),   QStringLiteral("partner"),
               QStringLiteral("staging"), QStringLiteral("gateway")};

    QProcess server;
    BenchServer local;
    if (!local.start(server, tokens)) {
        std::fprintf(stderr, "the local instance did not start\n");
        return 1;
    }
    QProcess hog;
    if (withHog && !startCpuHog(hog)) {
        std::fprintf(stderr, "the CPU hog did not start\n");
        return 1;
    }
    QNetworkAccessManager network;
    LosantClient client(&network);
    client.setBaseUrl(QUrl(local.url));
    client.setAccessToken(local.secret);
    MainWindow window(TokenCollection(&client, TokenLocation::instance(local.instanceId)),
                      QStringLiteral("bench"));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    TokenListModel *model = window.model();
    auto *table = window.findChild<QTableView *>(QStringLiteral("tokenTable"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    if (!table || !edit)
        return 1;
    const auto settled = [&] { return !model->isLoading() && model->rowCount() > 0; };
    if (!runUntil(settled, 60000)) {
        std::fprintf(stderr, "the first page did not arrive\n");
        return 1;
    }

    QElapsedTimer sinceLastKey;
    QString target; // the filter the last keystroke asks for; empty while typing
    Phases phases;
    QObject::connect(model, &TokenListModel::loadingChanged, [&](bool loading) {
        if (loading && !target.isEmpty() && model->query().filter == target && phases.requested < 0)
            phases.requested = sinceLastKey.elapsed();
    });
    QObject::connect(model, &TokenListModel::rowsInserted, [&] {
        if (!target.isEmpty() && model->query().filter == target && phases.rowsIn < 0)
            phases.rowsIn = sinceLastKey.elapsed();
    });
    PaintWatch watch([&] {
        if (phases.rowsIn < 0 || phases.painted >= 0)
            return;
        // Measured once this paint has ended: the next turn of the event loop.
        QTimer::singleShot(0, [&] {
            if (phases.painted < 0)
                phases.painted = sinceLastKey.elapsed();
        });
    });
    table->viewport()->installEventFilter(&watch);

    QList<qint64> totals, debounces, answers, paints;
    for (const QString &word : words) {
        // Start from the unfiltered list, loaded and idle.
        edit->setFocus();
        edit->clear();
        if (!runUntil([&] { return model->query().filter.isEmpty() && settled(); }, 60000))
            return 1;
        target.clear();
        phases = {};
        // One key at a time, keyMs apart, from a timer: the event loop runs between them.
        int typed = 0;
        QTimer typing;
        typing.setInterval(keyMs);
        QObject::connect(&typing, &QTimer::timeout, [&] {
            QTest::keyClick(edit, word.at(typed).toLatin1());
            if (++typed == word.size()) {
                typing.stop();
                sinceLastKey.start();
                target = QLatin1Char('*') + word + QLatin1Char('*');
            }
        });
        typing.start();
        if (!runUntil([&] { return phases.painted >= 0; }, 20000)) {
            std::fprintf(stderr, "\"%s\": the filtered rows were not painted\n", qPrintable(word));
            return 1;
        }
        const QString first = model->tokenAt(0).name;
        if (!first.contains(word, Qt::CaseInsensitive)) {
            std::fprintf(stderr, "\"%s\": the first row is \"%s\"\n", qPrintable(word),
                         qPrintable(first));
            return 1;
        }
        std::printf("%-10s %4lld ms (debounce %lld, answer %lld, paint %lld), %d of %d rows\n",
                    qPrintable(word), phases.painted, phases.requested,
                    phases.rowsIn - phases.requested, phases.painted - phases.rowsIn,
                    model->rowCount(), model->totalCount());
        totals.append(phases.painted);
        debounces.append(phases.requested);
        answers.append(phases.rowsIn - phases.requested);
        paints.append(phases.painted - phases.rowsIn);
    }
    std::printf("last keystroke to filtered rows painted, %lld words, %d tokens, %d ms between "
                "keys%s: median %.0f ms, max %lld ms (median debounce %.0f, answer %.0f, "
                "paint %.0f)\n",
                qint64(words.size()), tokens, keyMs, withHog ? ", second core busy" : "",
                median(totals), *std::max_element(totals.cbegin(), totals.cend()),
                median(debounces), median(answers), median(paints));
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
