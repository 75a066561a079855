#include "connections/ConnectionTester.h"

#include "api/ApiCall.h"
#include "api/LosantClient.h"
#include "api/TransportPolicy.h"
#include "core/LosantIds.h"
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

QString ConnectionTester::inputProblem(const QUrl &apiUrl, const QString &instanceId,
                                       const QString &accessToken,
                                       const QString &losantDomain) const
{
    if (const QString why = TransportPolicy::problem(apiUrl); !why.isEmpty())
        return why;
    if (!LosantIds::isValidId(instanceId))
        return tr("The instance ID \"%1\" is not valid: it must be 24 hexadecimal characters.")
                .arg(instanceId.left(64));
    if (accessToken.isEmpty())
        return tr("An access token is needed to connect.");
    if (!TransportPolicy::isHeaderSafe(accessToken))
        return tr("The access token contains spaces or other characters a token cannot have.");
    if (!TransportPolicy::isHeaderSafe(losantDomain))
        return tr("The Losant domain contains spaces or other characters a domain cannot have.");
    return QString();
}

void ConnectionTester::start(const QUrl &apiUrl, const QString &instanceId,
                             const QString &accessToken, const QString &losantDomain)
{
    cancel();
    m_running = true;
    m_host = hostOf(apiUrl);
    m_secret = accessToken;

    ApiCall *call = nullptr;
    if (const QString why = inputProblem(apiUrl, instanceId, accessToken, losantDomain);
        !why.isEmpty()) {
        // A refused call, so the report comes later like any answer and cancel() drops it too.
        call = ApiCall::refused(ApiCall::Operation::List, ApiError::invalidArgument(why), this);
    } else {
        m_client->setBaseUrl(TransportPolicy::normalized(apiUrl));
        m_client->setAccessToken(accessToken);
        m_client->setLosantDomain(losantDomain);
        TokenQuery query;
        query.perPage = 1; // only totalCount matters
        call = m_client->listTokens(TokenLocation::instance(instanceId), query);
        m_client->setAccessToken({}); // the request carries it now; nothing else should
    }
    m_call.start(call);
    connect(call, &ApiCall::pageReceived, this, &ConnectionTester::onPage);
    connect(call, &ApiCall::failed, this, &ConnectionTester::onFailed);
}

void ConnectionTester::cancel()
{
    m_running = false;
    m_secret.clear();
    m_call.abandon();
}

void ConnectionTester::onPage(const ApiTokenPage &page)
{
    report(Outcome::Success,
           tr("Connected: this instance has %n API token(s).", nullptr, page.totalCount));
}

void ConnectionTester::onFailed(const ApiError &error)
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
            report(Outcome::MissingScope,
                   withReason(tr("The access token lacks a scope that can list tokens "
                                 "(all.Instance.read, instanceApiTokens.get, …).")));
            return;
        case 404:
            report(Outcome::NoInstance, withReason(tr("No instance with this ID.")));
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

void ConnectionTester::report(Outcome outcome, const QString &message)
{
    QString text = message;
    if (m_secret.size() >= 4) // a server or proxy might echo it; short ones would mangle words
        text.replace(m_secret, QStringLiteral("…"));
    m_running = false;
    m_secret.clear();
    Q_EMIT finished(outcome, text);
}
