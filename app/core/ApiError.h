#pragma once

#include <QCoreApplication>
#include <QString>

// Every way a call can fail, told apart so the UI can say the right thing.
// The one convention for errors: calls and workflows report an ApiError through a
// failed(const ApiError &) signal; synchronous checks return QList<SchemaProblem>, or a QString
// problem that is empty on success.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        InvalidArgument, // refused before sending (e.g. a malformed ID); nothing went out
        Server, // the server answered with an error status
        Network, // connection refused, dropped, DNS ...
        Tls, // the TLS handshake failed; `message` names the certificate's problem
        Timeout, // no complete answer within the transfer timeout
        Canceled, // the person (or the app) canceled it
        BadReply, // an answer that is not the JSON we expect
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // for Server (and BadReply when there was a status)
    QString type; // the error body's "type", e.g. "NotFound"
    QString message; // the error body's "message", or our own words
    // The app's words on what a refusal means, put before the server's message by displayText
    // (CallRefusal); empty when the server's message says it all.
    QString explanation;
    int retryAfterSeconds = -1; // a 429's Retry-After, when the server sent one
    // The request may have reached the server but its answer was lost (a dropped connection
    // or a timeout after sending): a create may have happened.
    bool answerLost = false;

    bool isError() const { return kind != Kind::None; }
    // The server said "429 Too Many Requests": wait, then ask again.
    bool isTooManyRequests() const { return kind == Kind::Server && httpStatus == 429; }
    // One sentence for the person: what happened, in words.
    QString displayText() const;

    static ApiError make(Kind kind, int httpStatus, const QString &message)
    {
        ApiError error;
        error.kind = kind;
        error.httpStatus = httpStatus;
        error.message = message;
        return error;
    }
    static ApiError invalidArgument(const QString &message)
    {
        ApiError error;
        error.kind = Kind::InvalidArgument;
        error.message = message;
        return error;
    }
};
