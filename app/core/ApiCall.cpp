#include "ApiCall.h"

#include "ApiReplyParser.h"

#include <QNetworkReply>
#include <QTimer>

ApiCall::ApiCall(Operation operation, QObject *parent) : QObject(parent), m_operation(operation) { }

void ApiCall::attach(QNetworkReply *reply, qint64 maxReplyBytes)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // A reply larger than the cap is refused before it is read into memory.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, maxReplyBytes](qint64 received, qint64 total) {
                if (received > maxReplyBytes || total > maxReplyBytes) {
                    m_tooLarge = true;
                    m_reply->abort();
                }
            });
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
        finish({ApiError::Kind::Canceled, 0, {}, tr("Canceled.")});
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
        finish({ApiError::Kind::BadReply, status, {}, tr("the answer is larger than allowed")});
        return;
    }
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
        // Qt 6.4 reports the transfer timeout as a cancel too; only our flag tells them apart.
        if (m_canceledByUser)
            finish({ApiError::Kind::Canceled, 0, {}, tr("Canceled.")});
        else
            finish({ApiError::Kind::Timeout, 0, {}, reply->errorString()});
        return;
    }
    if (status == 0) {
        finish({ApiError::Kind::Network, 0, {}, reply->errorString()});
        return;
    }
    const QByteArray body = reply->readAll();
    if (code != QNetworkReply::NoError && status < 400) {
        // A connection dropped mid-answer after the status line arrived.
        finish({ApiError::Kind::Network, status, {}, reply->errorString()});
        return;
    }
    interpret(status, body);
}

void ApiCall::interpret(int status, const QByteArray &body)
{
    if (status >= 400) {
        ApiError error{ApiError::Kind::Server, status, {}, {}};
        if (!ApiReplyParser::parseError(body, &error.type, &error.message))
            error.message = body.trimmed().startsWith('<')
                    ? tr("the server sent an HTML page instead of an error message")
                    : tr("the server sent no error message");
        finish(error);
        return;
    }
    QString problem;
    switch (m_operation) {
    case Operation::List:
        if (auto page = ApiReplyParser::parsePage(body, &problem)) {
            m_page = std::move(*page);
            finish({});
            return;
        }
        break;
    case Operation::Create:
    case Operation::Get:
    case Operation::Patch:
        if (auto token = ApiReplyParser::parseToken(body, &problem)) {
            m_token = std::move(*token);
            finish({});
            return;
        }
        break;
    case Operation::Delete:
        finish({});
        return;
    }
    finish({ApiError::Kind::BadReply, status, {}, problem});
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isError()) {
        Q_EMIT failed(error);
    } else {
        switch (m_operation) {
        case Operation::List:
            Q_EMIT pageReceived(m_page);
            break;
        case Operation::Delete:
            Q_EMIT deleted();
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
    deleteLater();
}
