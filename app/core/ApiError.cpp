#include "core/ApiError.h"

QString ApiError::displayText() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidArgument:
        return message;
    case Kind::Server: {
        const QString text = message.isEmpty() ? tr("The server gave no reason.") : message;
        if (!explanation.isEmpty())
            return tr("%1 The server said (%2): %3")
                    .arg(explanation, QString::number(httpStatus), text);
        switch (httpStatus) {
        case 401:
            return tr("The access token was refused (401): %1").arg(text);
        case 403:
            return tr("The access token lacks the permission for this (403): %1").arg(text);
        case 404:
            return tr("Not found (404): %1").arg(text);
        case 429:
            if (retryAfterSeconds >= 0)
                return tr("Too many requests; the server asks to wait %n second(s) (429): %1",
                          nullptr, retryAfterSeconds)
                        .arg(text);
            return tr("Too many requests; the server asks to wait (429): %1").arg(text);
        default:
            if (httpStatus >= 500)
                return tr("The server had a problem (%1): %2").arg(httpStatus).arg(text);
            return tr("The server refused the request (%1): %2").arg(httpStatus).arg(text);
        }
    }
    case Kind::Network:
        if (httpStatus > 0)
            return tr("The connection broke off in the middle of the answer: %1").arg(message);
        if (answerLost)
            return tr("The connection closed before the server answered: %1").arg(message);
        return tr("Could not reach the server: %1").arg(message);
    case Kind::Tls:
        return tr("The server's certificate was not accepted: %1").arg(message);
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Canceled:
        return tr("Canceled.");
    case Kind::BadReply:
        return tr("The server's answer was not what was expected: %1").arg(message);
    }
    return message;
}
