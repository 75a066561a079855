#pragma once

#include "core/ApiError.h"
#include "core/ApiToken.h"
#include "core/ApiTokenPage.h"
#include "core/DirectoryPage.h"
#include "core/InstanceAuditLog.h"
#include "core/TokenLocation.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

// One request to the API and, once it ends, its typed result. It finishes exactly once
// (also when refused before sending) and deletes itself after its finished() signal.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    enum class Operation { List, Create, Get, Patch, Delete, AuditList, AuditGet, DirectoryList };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const ApiTokenPage &page() const { return m_page; } // List
    const ApiToken &token() const { return m_token; } // Create, Get, Patch
    // The same token exactly as the server sent it; only while its signals are delivered.
    const QJsonObject &tokenObject() const { return m_tokenObject; }
    const InstanceAuditLogPage &auditPage() const { return m_auditPage; } // AuditList
    const InstanceAuditLog &auditEntry() const { return m_auditEntry; } // AuditGet
    const DirectoryPage &directoryPage() const { return m_directoryPage; } // DirectoryList

    // The person's (or the app's) cancel: reported as ApiError::Kind::Canceled.
    void cancel();

    // A call refused before anything is sent: it fails with `error` once the caller has
    // connected to it, like every other call.
    static ApiCall *refused(Operation operation, const ApiError &error, QObject *parent);

Q_SIGNALS:
    void pageReceived(const ApiTokenPage &page);
    void tokenReceived(const ApiToken &token);
    void deleted();
    void auditPageReceived(const InstanceAuditLogPage &page);
    void auditEntryReceived(const InstanceAuditLog &entry);
    void directoryPageReceived(const DirectoryPage &page);
    void failed(const ApiError &error);
    void finished();

private:
    friend class LosantClient;
    // `kind`: the collection the call goes to, for the words on a refusal (CallRefusal).
    ApiCall(Operation operation, TokenLocation::Kind kind, QObject *parent);
    void attach(QNetworkReply *reply, qint64 maxReplyBytes);
    void failLater(const ApiError &error); // for refusals before anything is sent
    void onReplyFinished();
    void finish(const ApiError &error);
    void interpret(int status, const QByteArray &body);
    void parsePageAside(int status, const QByteArray &body);
    static ApiError lost(ApiError::Kind kind, int status, const QString &message);

    Operation m_operation;
    TokenLocation::Kind m_kind;
    QPointer<QNetworkReply> m_reply;
    ApiError m_error;
    ApiTokenPage m_page;
    ApiToken m_token;
    QJsonObject m_tokenObject;
    InstanceAuditLogPage m_auditPage;
    InstanceAuditLog m_auditEntry;
    DirectoryPage m_directoryPage;
    bool m_finished = false;
    bool m_canceledByUser = false;
    bool m_tooLarge = false;
    QByteArray m_retryAfter;
    QStringList m_tlsProblems;
};
