#pragma once

#include "localinstance/LocalInstance.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServerResponder;

// One request as the local server received it, for tests that check what went on the wire.
struct RecordedRequest
{
    QByteArray method; // "GET", "POST", "PATCH", "DELETE" ...
    QString path; // decoded
    QByteArray rawQuery; // as Qt's server hands it over, still percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};
Q_DECLARE_METATYPE(RecordedRequest)

// Serves a LocalInstance over HTTP on 127.0.0.1, records requests and injects faults.
class LocalInstanceServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // DirectoryList: GET /instances/{id}/orgs, /applications and /dashboards alike.
    enum class Route { List, Create, Get, Patch, Delete, AuditList, AuditGet, DirectoryList };

    // How to misbehave on one kind of route.
    struct Fault
    {
        int delayMs = 0;
        int status = 0; // 0: answer normally (after the delay); else this status, unprocessed
        QByteArray body; // with a status: empty means a {"type","message"} body for it
        QByteArray contentType; // empty: JSON
        bool dropConnection = false; // process the request, then close without answering
        int times = -1; // how many requests it applies to; -1 always
        int skip = 0; // matching requests answered normally before the fault starts
        QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After
        bool truncate = false; // answer normally, but close halfway through the body
        // Content-Length to announce instead of the body's size; the connection stays open.
        qint64 announcedLength = -1;
        bool streamUntilClose = false; // no Content-Length: the body ends when the server closes

        // The ready-made faults of the issue, also reachable from --serve --fault.
        static Fault withStatus(int status);
        static Fault htmlPage(int status = 502);
        static Fault tooManyRequests(int retryAfterSeconds);
        static Fault wrongShape(const QByteArray &json); // a 200 with this body
        static Fault truncated(); // a 200 whose page body stops halfway
        static Fault hugeAnnounced(qint64 bytes); // a 200 announcing `bytes`, sending little
        static Fault hugeBody(qint64 bytes); // a 200 actually sending `bytes` (no length)
        static Fault dropped(); // processes the request, then closes without answering
        static Fault delayed(int ms);
        // "list=429:5", "create=drop", "audit-list=500", "audit-get=404", "directory=403",
        // "list=html", "get=500",
        // "list=delay:3000", "list=truncate", "list=huge", "list=shape:items" (items|name|total)
        // ... ; empty error on success.
        static bool parse(const QString &spec, Route *route, Fault *fault, QString *error);
        static QStringList specExamples();
    };

    explicit LocalInstanceServer(QObject *parent = nullptr); // owns its instance
    explicit LocalInstanceServer(LocalInstance *instance, QObject *parent = nullptr); // shares
    ~LocalInstanceServer() override;

    // Listens on 127.0.0.1 only; returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    LocalInstance &instance() { return *m_instance; }

    QList<RecordedRequest> requests() const { return m_requests; }
    // On for tests; the app's demo and --serve turn it off, so headers (the admin token among
    // them) and bodies are not kept for the life of the process.
    void setRecording(bool on) { m_recording = on; }
    void clearRequests() { m_requests.clear(); }

    void setFault(Route route, const Fault &fault);
    void clearFaults();

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);
    // A delayed or dropped answer has been written (or its client had already gone).
    void delayedAnswerDone();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void writeAnswer(QHttpServerResponder &responder, const LocalAnswer &answer,
                            const QByteArray &contentType, const Fault *fault = nullptr);

    std::unique_ptr<LocalInstance> m_owned;
    LocalInstance *m_instance = nullptr;
    quint16 m_port = 0;
    QList<RecordedRequest> m_requests;
    bool m_recording = true;
    QHash<int, Fault> m_faults; // by Route
};
