// How fast the local instance answers one 1,000-token page of a 100,000-token instance, for every
// sort field and a glob filter: the handling alone (LocalInstance::handle) and over real HTTP, and
// four clients paging through the whole list at once (none may starve).
// Run: build/tests/bench/bench_localserver [tokens=100000] [rounds=15]
//  or: build/tests/bench/bench_localserver four [tokens=100000] [path of losant-tokens]
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
struct Case
{
    const char *label;
    QString query; // without page
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// `glob` with its letters in upper or lower case by the bits of `round`, one letter per bit.
QString caseVariant(QString glob, int round)
{
    int bit = 0;
    for (QChar &c : glob) {
        if (c.isLetter())
            c = (round >> (bit++ % 16)) & 1 ? c.toUpper() : c.toLower();
    }
    return glob;
}

QList<Case> cases()
{
    QList<Case> out;
    for (const char *field :
         {"name", "status", "id", "creationDate", "lastUpdated", "expirationDate"}) {
        for (const char *dir : {"asc", "desc"}) {
            out.append({nullptr,
                        QStringLiteral("perPage=1000&sortField=%1&sortDirection=%2")
                                .arg(QLatin1String(field), QLatin1String(dir))});
        }
    }
    out.append({nullptr, QStringLiteral("perPage=1000&filterField=name&filter=*e*1%3F")});
    out.append({nullptr,
                QStringLiteral("perPage=1000&sortField=lastUpdated&sortDirection=desc"
                               "&filterField=name&filter=a*")});
    return out;
}

// Sends one request and waits for its answer; false when it failed.
bool call(QNetworkAccessManager &manager, QNetworkRequest request, const QByteArray &verb,
          const QByteArray &body = {})
{
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError;
}

// One client on its own thread: GETs every page of `query` in turn; returns the milliseconds
// of each request and fills `total` with the whole walk's. With `renamed`, it first renames
// that token before every page (a write, which the others' pages must not wait long for).
std::vector<double> walk(const QUrl &base, const QByteArray &auth, const QString &path,
                         const QString &query, int pages, double *total,
                         const QString &renamed = {})
{
    QNetworkAccessManager manager;
    std::vector<double> times;
    QElapsedTimer all;
    all.start();
    for (int page = 0; page < pages; ++page) {
        if (!renamed.isEmpty()) {
            QUrl url = base;
            url.setPath(path + QLatin1Char('/') + renamed);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", auth);
            if (!call(manager, request, "PATCH",
                      QStringLiteral(R"({"name":"renamed %1"})").arg(page).toUtf8()))
                std::fprintf(stderr, "the write failed\n");
        }
        QUrl url = base;
        url.setPath(path);
        url.setQuery(query + QStringLiteral("&page=%1").arg(page));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", auth);
        QElapsedTimer one;
        one.start();
        QNetworkReply *reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        times.push_back(one.nsecsElapsed() / 1e6);
        if (reply->error() != QNetworkReply::NoError || body.size() < 100)
            std::fprintf(stderr, "request failed: %s\n", qPrintable(reply->errorString()));
        reply->deleteLater();
    }
    *total = all.nsecsElapsed() / 1e6;
    return times;
}
} // namespace

// Four clients on four threads against one `losant-tokens --serve` process, as remote clients
// would be: each walks every page of its own order; then again while one of them writes before
// every page. Prints each one's wall time and the slowest / fastest ratio.
int fourClients(const QStringList &args)
{
    const int tokenCount = args.value(2, QStringLiteral("100000")).toInt();
    const QString serverPath = args.value(
            3, QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/losant-tokens"));
    QProcess server;
    server.start(
            serverPath,
            {QStringLiteral("--serve"), QStringLiteral("--tokens"), QString::number(tokenCount)});
    QString url, instanceId, secret;
    while (secret.isEmpty() && server.waitForReadyRead(120000)) {
        while (server.canReadLine()) {
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line.startsWith(QLatin1String("LOSANT_URL=")))
                url = line.section(QLatin1Char('='), 1);
            else if (line.startsWith(QLatin1String("LOSANT_INSTANCE_ID=")))
                instanceId = line.section(QLatin1Char('='), 1);
            else if (line.startsWith(QLatin1String("LOSANT_ACCESS_TOKEN=")))
                secret = line.section(QLatin1Char('='), 1);
        }
    }
    if (secret.isEmpty()) {
        std::fprintf(stderr, "the local instance did not start\n");
        return 1;
    }
    const QUrl base(url);
    const QByteArray auth = "Bearer " + secret.toUtf8();
    const QString path = QStringLiteral("/instances/%1/tokens").arg(instanceId);
    const int pages = (tokenCount + 999) / 1000;
    // A token to rename: one from the middle of the name order (not the access token).
    QString renamed;
    {
        QNetworkAccessManager manager;
        QUrl first = base;
        first.setPath(path);
        first.setQuery(QStringLiteral("perPage=1&page=50000&sortField=id"));
        QNetworkRequest request(first);
        request.setRawHeader("Authorization", auth);
        QNetworkReply *reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        renamed = QJsonDocument::fromJson(
                          reply->readAll())[QLatin1String("items")][0][QLatin1String("id")]
                          .toString();
        delete reply;
    }
    const QStringList orders{
            QStringLiteral("perPage=1000&sortField=name"),
            QStringLiteral("perPage=1000&sortField=creationDate&sortDirection=desc"),
            QStringLiteral("perPage=1000&sortField=lastUpdated&sortDirection=desc"
                           "&filterField=name&filter=*a*"),
            QStringLiteral("perPage=1000&sortField=expirationDate")};
    // First walk after start (each order sorted and each token's JSON written once), again,
    // and again while one client writes.
    for (int round = 0; round < 3; ++round) {
        const bool writing = round == 2;
        double totals[4] = {0, 0, 0, 0};
        std::vector<double> each[4];
        QList<QThread *> clients;
        int running = 4;
        QEventLoop loop;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < 4; ++i) {
            QThread *t = QThread::create([&, i] {
                each[i] = walk(base, auth, path, orders.at(i), pages, &totals[i],
                               writing && i == 3 ? renamed : QString());
            });
            QObject::connect(t, &QThread::finished, &loop, [&] {
                if (--running == 0)
                    loop.quit();
            });
            clients.append(t);
        }
        for (QThread *t : clients)
            t->start();
        loop.exec();
        const char *what = round == 0 ? "first walk after start"
                : writing             ? "the last renaming a token before each page"
                                      : "again";
        std::printf("\nfour clients at once on --serve --tokens %d, %d pages each, %s (wall %.0f "
                    "ms)\n",
                    tokenCount, pages, what, wall.nsecsElapsed() / 1e6);
        for (int i = 0; i < 4; ++i)
            std::printf("  %-75s total %7.0f ms, median page %6.2f ms, slowest %6.2f ms\n",
                        qPrintable(orders.at(i)), totals[i], median(each[i]),
                        *std::max_element(each[i].begin(), each[i].end()));
        // The writer does twice the calls: only the readers are compared.
        double *end = std::begin(totals) + (writing ? 3 : 4);
        const auto [lo, hi] = std::minmax_element(std::begin(totals), end);
        std::printf("  slowest / fastest%s: %.2f\n", writing ? " reader" : "",
                    *hi / std::max(1.0, *lo));
        qDeleteAll(clients);
    }
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("four"))
        return fourClients(args);
    const int tokenCount = args.value(1, QStringLiteral("100000")).toInt();
    const int rounds = args.value(2, QStringLiteral("15")).toInt();
    LocalInstance instance;
    // A fixed clock: the same data, and so the same answer bytes (the crc column), every run.
    const QDateTime clock(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    instance.setClock([clock] { return clock; });
    const DemoInstance demo = DemoData::populate(instance, tokenCount);
    const QByteArray auth = "Bearer " + demo.adminSecret.toUtf8();
    const QString path = QStringLiteral("/instances/%1/tokens").arg(demo.instanceId);
    const int pages = (tokenCount + 999) / 1000;

    // The handling alone: the first page of a fresh order (after a write), then pages in turn.
    std::printf("%d tokens; ms per 1,000-token page (median of %d)\n", tokenCount, rounds);
    std::printf("%-80s %9s %9s %9s %6s\n", "query", "first", "handle", "http", "crc");
    // Each token's JSON is kept once listed: time the pages that serialize theirs first, once.
    {
        std::vector<double> fresh;
        for (int page = 0; page < pages; ++page) {
            QElapsedTimer t;
            t.start();
            instance.handle(
                    "GET", path,
                    QUrlQuery(QStringLiteral("perPage=1000&sortField=id&page=%1").arg(page)), auth,
                    {});
            fresh.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf("%-80s %9s %9.2f\n", "every page once, id order (tokens serialized first)", "",
                    median(fresh));
    }
    // The first page of each other order in this process: the one time it is sorted.
    for (const char *field : {"name", "status", "creationDate", "lastUpdated", "expirationDate"}) {
        QElapsedTimer t;
        t.start();
        instance.handle("GET", path,
                        QUrlQuery(QStringLiteral("perPage=1000&sortField=") + QLatin1String(field)),
                        auth, {});
        std::printf("%-80s %9.2f\n",
                    qPrintable(QStringLiteral("first %1 page in this process (sorts)")
                                       .arg(QLatin1String(field))),
                    t.nsecsElapsed() / 1e6);
    }
    // A glob never asked before: its first page runs it over every name. Each round spells the
    // letters in another case, which matches the same names (the filter is case-insensitive)
    // but is a new filter to the instance.
    std::printf("\n%-80s %9s %9s %9s %9s\n", "a new glob filter, first page", "median", "fastest",
                "cpu", "matches");
    for (const char *glob :
         {"*grafana*", "terraform*", "*-prod", "*sync*prod*", "kiosk-dev", "*gateway*1?"}) {
        std::vector<double> first;
        std::vector<double> cpu; // this thread's own time: what the load around does not add
        int matched = 0;
        for (int r = 0; r < std::min(rounds, 16); ++r) {
            const QString variant = caseVariant(QString::fromLatin1(glob), r);
            const QString query = QStringLiteral("perPage=1000&sortField=lastUpdated&sortDirection="
                                                 "desc&filterField=name&filter=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(variant));
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            const LocalAnswer a = instance.handle("GET", path, QUrlQuery(query), auth, {});
            first.push_back(t.nsecsElapsed() / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
            matched = QJsonDocument::fromJson(a.body)[QLatin1String("totalCount")].toInt();
        }
        std::printf("%-80s %9.2f %9.2f %9.2f %9d\n", glob, median(first),
                    *std::min_element(first.begin(), first.end()), median(cpu), matched);
    }
    std::printf("\n");

    LocalInstanceServer server(&instance);
    server.setRecording(false);
    server.start();
    for (const Case &c : cases()) {
        std::vector<double> first;
        std::vector<double> warm;
        int status = 0;
        quint16 crc = 0;
        int casePages = pages;
        for (int r = 0; r < rounds; ++r) {
            // A write between rounds: every cached order is stale again.
            instance.removeToken(demo.instanceId, instance.addToken(demo.instanceId, {}).id);
            for (int i = 0; i < 3; ++i) {
                const int page = i == 0 ? 0 : (r * 7 + i * 13) % casePages;
                QElapsedTimer t;
                t.start();
                const LocalAnswer a = instance.handle(
                        "GET", path, QUrlQuery(c.query + QStringLiteral("&page=%1").arg(page)),
                        auth, {});
                (i == 0 ? first : warm).push_back(t.nsecsElapsed() / 1e6);
                status = a.status;
                if (r == 0 && i == 0)
                    crc = qChecksum(a.body);
                const int matched
                        = QJsonDocument::fromJson(a.body)[QLatin1String("totalCount")].toInt();
                casePages = std::max(1, (matched + 999) / 1000);
            }
        }
        // Over HTTP from another thread: pages of an order already cached.
        std::vector<double> http;
        QThread *client = QThread::create([&] {
            double unused = 0;
            http = walk(server.baseUrl(), auth, path, c.query, std::min(casePages, rounds),
                        &unused);
        });
        QEventLoop loop;
        QObject::connect(client, &QThread::finished, &loop, &QEventLoop::quit);
        client->start();
        loop.exec();
        delete client;
        std::printf("%-80s %9.2f %9.2f %9.2f %6u%s\n", qPrintable(c.query), median(first),
                    median(warm), median(http), unsigned(crc), status == 200 ? "" : "  (not 200!)");
    }

    // Four clients at once, each walking every page of its own order.
    const QStringList orders{
            QStringLiteral("perPage=1000&sortField=name"),
            QStringLiteral("perPage=1000&sortField=creationDate&sortDirection=desc"),
            QStringLiteral("perPage=1000&sortField=status"),
            QStringLiteral("perPage=1000&sortField=expirationDate")};
    double totals[4] = {0, 0, 0, 0};
    std::vector<double> each[4];
    QList<QThread *> clients;
    int running = 4;
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < 4; ++i) {
        QThread *t = QThread::create([&, i] {
            each[i] = walk(server.baseUrl(), auth, path, orders.at(i), pages, &totals[i]);
        });
        QObject::connect(t, &QThread::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        clients.append(t);
    }
    for (QThread *t : clients)
        t->start();
    loop.exec();
    const double wallMs = wall.nsecsElapsed() / 1e6;
    std::printf("\nfour clients at once, %d pages each (wall %.0f ms)\n", pages, wallMs);
    for (int i = 0; i < 4; ++i)
        std::printf("  %-60s total %8.0f ms, median page %6.2f ms\n", qPrintable(orders.at(i)),
                    totals[i], median(each[i]));
    const auto [lo, hi] = std::minmax_element(std::begin(totals), std::end(totals));
    std::printf("  slowest / fastest: %.2f\n", *hi / std::max(1.0, *lo));
    qDeleteAll(clients);
    return 0;
}
