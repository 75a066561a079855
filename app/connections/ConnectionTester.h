#pragma once

#include "api/CallSlot.h"
#include "connections/AccessSummary.h"
#include "core/TokenLocation.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class ApiCall;
class LosantClient;
class QNetworkAccessManager;
struct ApiError;
struct ApiToken;
struct ApiTokenPage;

// "Test connection" (docs/api.md "What an access token may do"): lists one token of the given
// collection with the given URL and access token, then reads the access token's own scopes where
// it can, and says in words what the token may do there (AccessSummary), or why it cannot
// connect. Nothing is ever created, and the token never appears in what it reports.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Success,
        BadInput, // refused before sending: URL, instance or application ID or token unusable
        Refused, // 401
        MissingScope, // 403
        NoInstance, // 404: no such instance or application
        Unreachable, // host not found, connection refused or dropped
        TlsFailure,
        Timeout,
        OtherError,
    };
    Q_ENUM(Outcome)

    static constexpr int kDefaultTimeoutMs = 15000;
    // How many pages of kMaxPerPage tokens a test looks through for the access token's own.
    static constexpr int kMaxSearchPages = 5;

    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    int timeoutMs() const;
    void setTimeoutMs(int ms);

    // Abandons a test still running (without reporting it) and starts a new one; finished()
    // always comes later, never from within start().
    void start(const QUrl &apiUrl, const TokenLocation &location, const QString &accessToken,
               const QString &losantDomain = {});
    // Stops the running test; no finished() follows for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(ConnectionTester::Outcome outcome, const QString &message);

private:
    // The steps of one test, in order; each runs only when the one before needs it.
    void onListed(const ApiTokenPage &page);
    void onListFailed(const ApiError &error);
    QString noCollectionText() const; // the 404 in words
    void readOwnToken(); // GET it in this collection
    void searchList(int page); // when the collection may be listed but not read one by one
    void onSearchPage(const ApiTokenPage &page);
    void readOwnUserToken(); // GET /me/tokens/{id}: a user token reaches other collections too
    void onScopes(const ApiToken &token);
    void concludeWithoutScopes();
    void conclude();

    // Sends one request with the access token and holds it as the running call.
    ApiCall *send(const std::function<ApiCall *(LosantClient *)> &request);
    QString inputProblem(const QUrl &apiUrl, const TokenLocation &location,
                         const QString &accessToken, const QString &losantDomain) const;
    void report(Outcome outcome, const QString &message);

    LosantClient *m_client;
    CallSlot m_call{this}; // the running test's call, refused ones too; cancel() abandons it
    QString m_host; // host[:port], as messages name it
    QString m_secret; // for each request and to scrub it from messages; cleared when a test ends
    TokenLocation m_location;
    QString m_ownId; // the access token's own apiTokenId, from its claims
    TokenAccess m_access;
    int m_totalCount = 0;
    int m_searchPage = 0;
    QString m_serverReason; // the server's words on a 403 list, for the final message
    bool m_running = false;
};
