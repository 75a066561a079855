#pragma once

#include "api/CallSlot.h"

#include <QObject>
#include <QString>
#include <QUrl>

class LosantClient;
class QNetworkAccessManager;
struct ApiError;
struct ApiTokenPage;

// "Test connection": lists one token with the given URL, instance and access token and says in
// words whether that works, and if not, why. The token never appears in what it reports.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Success,
        BadInput, // refused before sending: URL, instance ID or token unusable
        Refused, // 401
        MissingScope, // 403
        NoInstance, // 404
        Unreachable, // host not found, connection refused or dropped
        TlsFailure,
        Timeout,
        OtherError,
    };
    Q_ENUM(Outcome)

    static constexpr int kDefaultTimeoutMs = 15000;

    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    int timeoutMs() const;
    void setTimeoutMs(int ms);

    // Abandons a test still running (without reporting it) and starts a new one; finished()
    // always comes later, never from within start().
    void start(const QUrl &apiUrl, const QString &instanceId, const QString &accessToken,
               const QString &losantDomain = {});
    // Stops the running test; no finished() follows for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(ConnectionTester::Outcome outcome, const QString &message);

private:
    void onPage(const ApiTokenPage &page);
    void onFailed(const ApiError &error);
    QString inputProblem(const QUrl &apiUrl, const QString &instanceId, const QString &accessToken,
                         const QString &losantDomain) const;
    void report(Outcome outcome, const QString &message);

    LosantClient *m_client;
    CallSlot m_call{this}; // the running test's call, refused ones too; cancel() abandons it
    QString m_host; // host[:port], as messages name it
    QString m_secret; // only to scrub it from messages; cleared when a test ends
    bool m_running = false;
};
