#include "localinstance/LocalInstanceServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <optional>

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

// "GET", "PATCH", …: the enum's own names, upper-cased; "UNKNOWN" for anything else.
QByteArray methodName(QHttpServerRequest::Method m)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(m));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

// Which fault slot a request falls in; none for paths outside the routes the app calls.
std::optional<LocalInstanceServer::Route> routeOf(const QByteArray &method, const QString &path)
{
    using Route = LocalInstanceServer::Route;
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The audit log's singular path: /instance/{id}/audit-logs[/{entryId}].
    if (s.value(0) == QLatin1String("instance") && s.value(2) == QLatin1String("audit-logs")
        && method == "GET" && (s.size() == 3 || s.size() == 4))
        return s.size() == 3 ? Route::AuditList : Route::AuditGet;
    // The organization, application and dashboard lists share one slot.
    if (method == "GET"
        && ((s.size() == 3 && s.at(0) == QLatin1String("instances")
             && s.at(2) == QLatin1String("orgs"))
            || (s.size() == 1
                && (s.at(0) == QLatin1String("applications")
                    || s.at(0) == QLatin1String("dashboards")))))
        return Route::DirectoryList;
    // The collection's own segments: "me", or "instances"/"applications" and the ID.
    const qsizetype base = s.value(0) == QLatin1String("me") ? 1
            : s.value(0) == QLatin1String("instances")
                    || s.value(0) == QLatin1String("applications")
            ? 2
            : 0;
    if (base == 0 || s.size() <= base || s.size() > base + 2
        || s.at(base) != QLatin1String("tokens"))
        return std::nullopt;
    // Each route by whether a token ID follows "tokens", and its method.
    static const struct
    {
        bool single;
        const char *method;
        Route route;
    } kRoutes[] = {{false, "GET", Route::List},
                   {false, "POST", Route::Create},
                   {true, "GET", Route::Get},
                   {true, "PATCH", Route::Patch},
                   {true, "DELETE", Route::Delete}};
    for (const auto &r : kRoutes) {
        if ((s.size() == base + 2) == r.single && method == r.method)
            return r.route;
    }
    return std::nullopt;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

// Runs `write` now or after `delayMs`, then tells the tests that the held answer is out.
void writeAfter(LocalInstanceServer *server, int delayMs, const std::function<void()> &write)
{
    auto done = [server, write] {
        write();
        Q_EMIT server->delayedAnswerDone();
    };
    if (delayMs <= 0)
        done();
    else
        QTimer::singleShot(delayMs, server, done);
}

QByteArray faultBody(int status)
{
    return LocalInstance::errorBody(status, QStringLiteral("Injected fault: HTTP %1.").arg(status));
}
} // namespace

LocalInstanceServer::LocalInstanceServer(QObject *parent)
    : QAbstractHttpServer(parent), m_owned(std::make_unique<LocalInstance>()),
      m_instance(m_owned.get())
{ }

LocalInstanceServer::LocalInstanceServer(LocalInstance *instance, QObject *parent)
    : QAbstractHttpServer(parent), m_instance(instance)
{ }

LocalInstanceServer::~LocalInstanceServer() = default;

quint16 LocalInstanceServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl LocalInstanceServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void LocalInstanceServer::setFault(Route route, const Fault &fault)
{
    m_faults.insert(int(route), fault);
}

void LocalInstanceServer::clearFaults()
{
    m_faults.clear();
}

void LocalInstanceServer::writeAnswer(QHttpServerResponder &responder, const LocalAnswer &answer,
                                      const QByteArray &contentType, const Fault *fault)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    responder.writeHeader("Content-Type", contentType.isEmpty() ? kJson : contentType);
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    for (const auto &h : answer.headers)
        responder.writeHeader(h.first, h.second);
    if (fault) {
        for (const auto &h : fault->headers)
            responder.writeHeader(h.first, h.second);
    }
    responder.writeBody(answer.body);
}

namespace {
bool isRawFault(const LocalInstanceServer::Fault &fault)
{
    return fault.truncate || fault.announcedLength >= 0 || fault.streamUntilClose;
}

// The broken answers no well-behaved responder writes: bytes straight onto the socket.
void writeRaw(QTcpSocket *socket, const LocalAnswer &answer, const QByteArray &contentType,
              const LocalInstanceServer::Fault &fault)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status)
            + " Fault\r\nContent-Type: " + (contentType.isEmpty() ? kJson : contentType) + "\r\n";
    QByteArray body = answer.body;
    if (fault.streamUntilClose)
        head += "Connection: close\r\n";
    else if (fault.announcedLength >= 0)
        head += "Content-Length: " + QByteArray::number(fault.announcedLength) + "\r\n";
    else
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : fault.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (fault.truncate)
        body.truncate(body.size() / 2);
    socket->write(head + "\r\n");
    socket->write(body);
    // A huge announced answer stays open: the client must give up on it by itself.
    if (fault.truncate || fault.streamUntilClose)
        socket->disconnectFromHost();
}
} // namespace

bool LocalInstanceServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Status line, headers and body go out as separate writes: without this, Nagle's algorithm
    // and the peer's delayed ACK add ~40 ms to every answer.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    RecordedRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    if (m_recording)
        m_requests.append(r);
    Q_EMIT requestReceived(r);

    std::optional<Fault> fault;
    if (const auto route = routeOf(r.method, r.path)) {
        auto it = m_faults.find(int(*route));
        if (it != m_faults.end()) {
            if (it->skip > 0) {
                --it->skip;
            } else {
                fault = *it;
                if (it->times > 0 && --it->times == 0)
                    m_faults.erase(it);
            }
        }
    }

    LocalAnswer answer;
    QByteArray contentType;
    if (fault && fault->status != 0) {
        answer.status = fault->status;
        answer.body = fault->body.isEmpty() ? faultBody(fault->status) : fault->body;
        contentType = fault->contentType;
    } else {
        // A dropped answer is still processed first: the "lost answer" of a create.
        answer = m_instance->handle(r.method, r.path, QUrlQuery(QString::fromLatin1(r.rawQuery)),
                                    headerValue(r.headers, "Authorization"), r.body);
    }
    const bool drop = fault && fault->dropConnection;
    const int delay = fault ? fault->delayMs : 0;

    if (fault && isRawFault(*fault)) {
        const Fault raw = *fault;
        QPointer<QTcpSocket> guard(socket);
        writeAfter(this, delay, [this, guard, answer, contentType, raw] {
            if (guard)
                writeRaw(guard, answer, contentType, raw);
        });
        return true;
    }
    if (delay <= 0 && !drop) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeAnswer(responder, answer, contentType, fault ? &*fault : nullptr);
        return true;
    }
    // Kept alive until the timer fires; the socket may be gone by then.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    const Fault applied = fault.value_or(Fault());
    writeAfter(this, delay, [this, responder, guard, answer, contentType, drop, applied] {
        if (!guard)
            return;
        if (drop)
            guard->disconnectFromHost();
        else
            writeAnswer(*responder, answer, contentType, &applied);
    });
    return true;
}

void LocalInstanceServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only satisfies the abstract interface.
    QHttpServerResponder responder = makeResponder(request, socket);
    writeAnswer(responder, {404, faultBody(404), {}}, QByteArray());
}
