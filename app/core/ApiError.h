#pragma once

#include <QCoreApplication>
#include <QString>

// Every way a call can fail, told apart so the UI can say the right thing.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        InvalidArgument, // refused before sending (e.g. a malformed ID); nothing went out
        Server, // the server answered with an error status
        Network, // connection refused, dropped, DNS, TLS ...
        Timeout, // no complete answer within the transfer timeout
        Canceled, // the person (or the app) canceled it
        BadReply, // an answer that is not the JSON we expect
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // for Server (and BadReply when there was a status)
    QString type; // the error body's "type", e.g. "NotFound"
    QString message; // the error body's "message", or our own words

    bool isError() const { return kind != Kind::None; }
    // One sentence for the person: what happened, in words.
    QString displayText() const;

    static ApiError invalidArgument(const QString &message)
    {
        return {Kind::InvalidArgument, 0, QString(), message};
    }
};
