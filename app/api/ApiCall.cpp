#include "api/ApiCall.h"

#include "api/PageWorker.h"

#include "core/ApiReplyParser.h"
#include "core/AuditReplyParser.h"
#include "core/CallRefusal.h"
#include "core/DirectoryReplyParser.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace {
// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 10.2.3); -1 when absent or bad.
int retryAfterSeconds(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600));
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid() || !text.endsWith(" GMT"))
        return -1;
    const QDateTime utc(when.date(), when.time(), Qt::UTC);
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(utc);
    return int(qBound(qint64(0), delta, qint64(24 * 3600)));
}

// Moves what the parser read into `into`; false if it read nothing (it said why).
template<typename T> bool keep(std::optional<T> parsed, T *into)
{
    if (!parsed)
        return false;
    *into = std::move(*parsed);
    return true;
}

// List replies this large (a few hundred tokens, a millisecond or more to parse) are parsed on
// a worker thread, so the window keeps painting meanwhile.
constexpr qsizetype kParseAsideBytes = 128 * 1024;

// What a worker thread made of a list page's body.
struct ParsedPage
{
    std::optional<ApiTokenPage> page;
    QString problem;
};

// Errors after which the request may have reached the server although no answer came back.
bool mayHaveArrived(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return false;
    default:
        return true;
    }
}

// The call in the scope table's terms, for the words on a refusal.
TokenPermissions::Call permissionCall(ApiCall::Operation operation)
{
    using Call = TokenPermissions::Call;
    switch (operation) {
    case ApiCall::Operation::List:
    case ApiCall::Operation::AuditList: // no refusal of these has words of its own
    case ApiCall::Operation::AuditGet:
    case ApiCall::Operation::DirectoryList:
        return Call::List;
    case ApiCall::Operation::Create:
        return Call::Create;
    case ApiCall::Operation::Get:
        return Call::Get;
    case ApiCall::Operation::Patch:
        return Call::Patch;
    case ApiCall::Operation::Delete:
        break;
    }
    return Call::Delete;
}
} // namespace

ApiCall::ApiCall(Operation operation, TokenLocation::Kind kind, QObject *parent)
    : QObject(parent), m_operation(operation), m_kind(kind)
{ }

void ApiCall::attach(QNetworkReply *reply, qint64 maxReplyBytes)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
#if QT_CONFIG(ssl)
    // Kept to name the certificate's problem; the errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsProblems.append(error.errorString());
    });
#endif
    // A reply larger than the cap is refused before it is read into memory: by its announced
    // length as soon as the headers arrive, else as its bytes pile up. (downloadProgress alone
    // is not enough: Qt throttles it, so a fast burst arrives without one.)
    const auto refuseAbove = [this, maxReplyBytes](qint64 bytes) {
        if (bytes > maxReplyBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, refuseAbove] {
        if (m_reply)
            refuseAbove(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, refuseAbove] {
        if (m_reply)
            refuseAbove(m_reply->bytesAvailable());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [refuseAbove](qint64 received, qint64 total) { refuseAbove(qMax(received, total)); });
}

ApiCall *ApiCall::refused(Operation operation, const ApiError &error, QObject *parent)
{
    // Refused before sending: nothing the server said needs explaining, whatever the kind.
    auto *call = new ApiCall(operation, TokenLocation::Kind::Instance, parent);
    call->failLater(error);
    return call;
}

void ApiCall::failLater(const ApiError &error)
{
    // Queued so callers can connect to the signals after the call returns.
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_canceledByUser = true;
    if (m_reply)
        m_reply->abort();
    else
        finish(ApiError::make(ApiError::Kind::Canceled, 0, tr("Canceled.")));
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();

    if (m_tooLarge) {
        finish(ApiError::make(ApiError::Kind::BadReply, status,
                              tr("the answer is larger than allowed")));
        return;
    }
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
        // Qt 6.4 reports the transfer timeout as a cancel too; only our flag tells them apart.
        if (m_canceledByUser)
            finish(ApiError::make(ApiError::Kind::Canceled, 0, tr("Canceled.")));
        else
            finish(lost(ApiError::Kind::Timeout, 0, reply->errorString()));
        return;
    }
    if (code == QNetworkReply::SslHandshakeFailedError) {
        m_tlsProblems.removeDuplicates();
        finish(ApiError::make(ApiError::Kind::Tls, 0,
                              m_tlsProblems.isEmpty() ? reply->errorString()
                                                      : m_tlsProblems.join(QLatin1String("; "))));
        return;
    }
    if (status == 0) {
        ApiError error = ApiError::make(ApiError::Kind::Network, 0, reply->errorString());
        error.answerLost = mayHaveArrived(code);
        finish(error);
        return;
    }
    const QByteArray body = reply->readAll();
    if (code != QNetworkReply::NoError && status < 400) {
        // A connection dropped mid-answer after the status line arrived.
        finish(lost(ApiError::Kind::Network, status, reply->errorString()));
        return;
    }
    m_retryAfter = reply->rawHeader("Retry-After");
    interpret(status, body);
}

ApiError ApiCall::lost(ApiError::Kind kind, int status, const QString &message)
{
    ApiError error = ApiError::make(kind, status, message);
    error.answerLost = true;
    return error;
}

void ApiCall::interpret(int status, const QByteArray &body)
{
    if (status >= 400) {
        ApiError error = ApiError::make(ApiError::Kind::Server, status, {});
        if (status == 429)
            error.retryAfterSeconds = retryAfterSeconds(m_retryAfter);
        if (!ApiReplyParser::parseError(body, &error.type, &error.message))
            error.message = body.trimmed().startsWith('<')
                    ? tr("the server sent an HTML page instead of an error message")
                    : tr("the server sent no error message");
        finish(error);
        return;
    }
    // A small page parses in less time than a hand-over to a worker and back may wait.
    if (m_operation == Operation::List && body.size() >= kParseAsideBytes) {
        parsePageAside(status, body);
        return;
    }
    QString problem;
    bool understood = true;
    switch (m_operation) {
    case Operation::List:
        understood = keep(ApiReplyParser::parsePage(body, &problem), &m_page);
        break;
    case Operation::Create:
    case Operation::Get:
    case Operation::Patch:
        understood = ApiReplyParser::parseObject(body, &m_tokenObject, &problem)
                && keep(ApiReplyParser::parseTokenObject(m_tokenObject, &problem), &m_token);
        break;
    case Operation::Delete:
        break;
    case Operation::AuditList:
        understood = keep(AuditReplyParser::parsePage(body, &problem), &m_auditPage);
        break;
    case Operation::AuditGet:
        understood = keep(AuditReplyParser::parseEntry(body, &problem), &m_auditEntry);
        break;
    case Operation::DirectoryList:
        understood = keep(DirectoryReplyParser::parsePage(body, &problem), &m_directoryPage);
        break;
    }
    finish(understood ? ApiError() : ApiError::make(ApiError::Kind::BadReply, status, problem));
}

void ApiCall::parsePageAside(int status, const QByteArray &body)
{
    // A 1,000-token page takes milliseconds to parse: on a worker, the window keeps painting.
    // The watcher is the call's child: a call canceled or deleted meanwhile never hears of it.
    auto promise = std::make_shared<QPromise<ParsedPage>>();
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, status] {
        ParsedPage parsed = watcher->future().takeResult();
        watcher->deleteLater();
        const bool understood = keep(std::move(parsed.page), &m_page);
        finish(understood ? ApiError()
                          : ApiError::make(ApiError::Kind::BadReply, status, parsed.problem));
    });
    watcher->setFuture(promise->future());
    promise->start();
    PageWorker::pool()->start([promise, body] {
        ParsedPage parsed;
        parsed.page = ApiReplyParser::parsePage(body, &parsed.problem);
        promise->addResult(std::move(parsed));
        promise->finish();
    });
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // Every refusal of a token call gets the app's words on what it means here, once, for every
    // caller; the words speak of tokens, so a directory list keeps the server's own.
    m_error = error.isError() && m_operation != Operation::DirectoryList
            ? CallRefusal::explained(error, m_kind, permissionCall(m_operation))
            : error;
    if (m_error.isError()) {
        Q_EMIT failed(m_error);
    } else {
        switch (m_operation) {
        case Operation::List:
            Q_EMIT pageReceived(m_page);
            break;
        case Operation::Delete:
            Q_EMIT deleted();
            break;
        case Operation::AuditList:
            Q_EMIT auditPageReceived(m_auditPage);
            break;
        case Operation::AuditGet:
            Q_EMIT auditEntryReceived(m_auditEntry);
            break;
        case Operation::DirectoryList:
            Q_EMIT directoryPageReceived(m_directoryPage);
            break;
        default:
            Q_EMIT tokenReceived(m_token);
            break;
        }
    }
    Q_EMIT finished();
    // The secret of a create lives in the receiver's copy only, not in a lingering object.
    m_token.token.fill(QLatin1Char('\0'));
    m_token.token.clear();
    m_tokenObject = QJsonObject();
    m_page = {}; // the receiver's copy is the only one left: it decides where it is freed
    deleteLater();
}
