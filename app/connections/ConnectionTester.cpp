#include "connections/ConnectionTester.h"

#include "api/ApiCall.h"
#include "api/LosantClient.h"
#include "api/TransportPolicy.h"
#include "core/AccessTokenClaims.h"
#include "core/TokenQuery.h"

namespace {
// How messages name the server: its host, and the port when one is given.
QString hostOf(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() != -1)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}
} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_client(new LosantClient(network, this))
{
    m_client->setTransferTimeout(kDefaultTimeoutMs);
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

int ConnectionTester::timeoutMs() const
{
    return m_client->transferTimeout();
}

void ConnectionTester::setTimeoutMs(int ms)
{
    m_client->setTransferTimeout(ms);
}

QString ConnectionTester::inputProblem(const QUrl &apiUrl, const TokenLocation &location,
                                       const QString &accessToken,
                                       const QString &losantDomain) const
{
    if (const QString why = TransportPolicy::problem(apiUrl); !why.isEmpty())
        return why;
    if (const QString why = location.problem(); !why.isEmpty())
        return why;
    if (accessToken.isEmpty())
        return tr("An access token is needed to connect.");
    if (!TransportPolicy::isHeaderSafe(accessToken))
        return tr("The access token contains spaces or other characters a token cannot have.");
    if (!TransportPolicy::isHeaderSafe(losantDomain))
        return tr("The Losant domain contains spaces or other characters a domain cannot have.");
    return QString();
}

void ConnectionTester::start(const QUrl &apiUrl, const TokenLocation &location,
                             const QString &accessToken, const QString &losantDomain)
{
    cancel();
    m_running = true;
    m_host = hostOf(apiUrl);
    m_secret = accessToken;
    m_location = location;
    m_ownId = AccessTokenClaims::apiTokenId(accessToken);
    m_access = TokenAccess();
    m_totalCount = 0;
    m_searchPage = 0;
    m_serverReason.clear();

    ApiCall *call = nullptr;
    if (const QString why = inputProblem(apiUrl, location, accessToken, losantDomain);
        !why.isEmpty()) {
        // A refused call, so the report comes later like any answer and cancel() drops it too.
        call = m_call.start(
                ApiCall::refused(ApiCall::Operation::List, ApiError::invalidArgument(why), this));
    } else {
        m_client->setBaseUrl(TransportPolicy::normalized(apiUrl));
        m_client->setLosantDomain(losantDomain);
        call = send([location](LosantClient *client) {
            TokenQuery query;
            query.perPage = 1; // only totalCount matters
            return client->listTokens(location, query);
        });
    }
    connect(call, &ApiCall::pageReceived, this, &ConnectionTester::onListed);
    connect(call, &ApiCall::failed, this, &ConnectionTester::onListFailed);
}

void ConnectionTester::cancel()
{
    m_running = false;
    m_secret.clear();
    m_call.abandon();
}

ApiCall *ConnectionTester::send(const std::function<ApiCall *(LosantClient *)> &request)
{
    m_client->setAccessToken(m_secret);
    ApiCall *call = m_call.start(request(m_client));
    m_client->setAccessToken({}); // the request carries it now; nothing else should
    return call;
}

void ConnectionTester::onListed(const ApiTokenPage &page)
{
    m_access.mayList = true;
    m_totalCount = page.totalCount;
    readOwnToken();
}

void ConnectionTester::onListFailed(const ApiError &error)
{
    // The server's own words follow ours: they often say exactly what is wrong.
    const auto withReason = [&error](const QString &ours) {
        return error.message.isEmpty() ? ours
                                       : tr("%1 The server says: %2").arg(ours, error.message);
    };
    switch (error.kind) {
    case ApiError::Kind::InvalidArgument:
        report(Outcome::BadInput, error.message);
        return;
    case ApiError::Kind::Server:
        switch (error.httpStatus) {
        case 401:
            report(Outcome::Refused, withReason(tr("The access token was refused.")));
            return;
        case 403:
            // Not listing is not yet "nothing": its own scopes may still say it can create.
            m_serverReason = error.message;
            readOwnToken();
            return;
        case 404:
            report(Outcome::NoInstance, withReason(noCollectionText()));
            return;
        default:
            break;
        }
        break;
    case ApiError::Kind::Network:
        report(Outcome::Unreachable, tr("Could not reach %1: %2").arg(m_host, error.message));
        return;
    case ApiError::Kind::Tls:
        report(Outcome::TlsFailure,
               tr("The TLS connection to %1 failed: %2").arg(m_host, error.message));
        return;
    case ApiError::Kind::Timeout: {
        const int seconds = (m_client->transferTimeout() + 999) / 1000;
        report(Outcome::Timeout,
               tr("%1 did not answer within %n second(s).", nullptr, seconds).arg(m_host));
        return;
    }
    default:
        break;
    }
    report(Outcome::OtherError, error.displayText());
}

QString ConnectionTester::noCollectionText() const
{
    switch (m_location.kind()) {
    case TokenLocation::Kind::Instance:
        return tr("No instance with this ID.");
    case TokenLocation::Kind::Application:
        return tr("No application with this ID.");
    case TokenLocation::Kind::User:
        break;
    }
    return tr("This server does not serve your own tokens (/me/tokens).");
}

// The access token's scopes, read from its own token object (docs/api.md "The app's own token"):
// first in this collection, then (a user token reaches the others too) among the user's own.
void ConnectionTester::readOwnToken()
{
    if (m_ownId.isEmpty()) {
        conclude(); // not a JWT naming its ID: its scopes cannot be looked up
        return;
    }
    ApiCall *call
            = send([this](LosantClient *client) { return client->getToken(m_location, m_ownId); });
    connect(call, &ApiCall::tokenReceived, this, &ConnectionTester::onScopes);
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        const bool refused = error.kind == ApiError::Kind::Server && error.httpStatus == 403;
        if (refused && m_access.mayList)
            searchList(0); // it may list what it may not read one by one
        else
            readOwnUserToken();
    });
}

void ConnectionTester::searchList(int page)
{
    m_searchPage = page;
    ApiCall *call = send([this, page](LosantClient *client) {
        TokenQuery query;
        query.sortField = QStringLiteral("id");
        query.perPage = LosantApi::kMaxPerPage;
        query.page = page;
        return client->listTokens(m_location, query);
    });
    connect(call, &ApiCall::pageReceived, this, &ConnectionTester::onSearchPage);
    connect(call, &ApiCall::failed, this, &ConnectionTester::readOwnUserToken);
}

void ConnectionTester::onSearchPage(const ApiTokenPage &page)
{
    for (const ApiToken &token : page.items) {
        if (token.id.compare(m_ownId, Qt::CaseInsensitive) == 0) {
            onScopes(token);
            return;
        }
    }
    const int next = m_searchPage + 1;
    // The page size the server answered with: it may give fewer than were asked for.
    const int perPage = page.perPage > 0 ? page.perPage : int(page.items.size());
    const bool more = !page.items.isEmpty() && qint64(next) * perPage < qint64(page.totalCount);
    if (more && next < kMaxSearchPages)
        searchList(next);
    else
        readOwnUserToken();
}

void ConnectionTester::readOwnUserToken()
{
    if (m_location.kind() == TokenLocation::Kind::User) {
        conclude(); // already looked there
        return;
    }
    ApiCall *call = send([this](LosantClient *client) {
        return client->getToken(TokenLocation::user(), m_ownId);
    });
    connect(call, &ApiCall::tokenReceived, this, &ConnectionTester::onScopes);
    connect(call, &ApiCall::failed, this, &ConnectionTester::conclude);
}

void ConnectionTester::onScopes(const ApiToken &token)
{
    m_access.scopesKnown = true;
    m_access.scopes = token.scope;
    conclude();
}

void ConnectionTester::conclude()
{
    const QString access = AccessSummary::sentence(m_location.kind(), m_access);
    if (m_access.mayList) {
        QString count;
        switch (m_location.kind()) {
        case TokenLocation::Kind::Instance:
            count = tr("Connected: this instance has %n API token(s).", nullptr, m_totalCount);
            break;
        case TokenLocation::Kind::Application:
            count = tr("Connected: this application has %n API token(s).", nullptr, m_totalCount);
            break;
        case TokenLocation::Kind::User:
            count = tr("Connected: you have %n API token(s) of your own.", nullptr, m_totalCount);
            break;
        }
        report(Outcome::Success, count + QLatin1Char(' ') + access);
        return;
    }
    QString text = tr("%1 It lacks a scope that can list tokens (%2, …).")
                           .arg(access, AccessSummary::listScopeExamples(m_location.kind()));
    if (!m_serverReason.isEmpty())
        text = tr("%1 The server says: %2").arg(text, m_serverReason);
    report(Outcome::MissingScope, text);
}

void ConnectionTester::report(Outcome outcome, const QString &message)
{
    QString text = message;
    if (m_secret.size() >= 4) // a server or proxy might echo it; short ones would mangle words
        text.replace(m_secret, QStringLiteral("…"));
    m_running = false;
    m_secret.clear();
    Q_EMIT finished(outcome, text);
}
