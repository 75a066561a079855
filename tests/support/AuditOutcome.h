#pragma once

#include "api/ApiCall.h"

#include <QSignalSpy>

// What one audit log call ended with: the page or entry, or the error.
struct AuditOutcome
{
    bool finished = false;
    InstanceAuditLogPage page;
    InstanceAuditLog entry;
    ApiError error;
};

// Waits for `call` (a listAuditLogs or getAuditLog) to finish and keeps what it said.
inline AuditOutcome runAudit(ApiCall *call)
{
    AuditOutcome o;
    QObject::connect(call, &ApiCall::auditPageReceived, call,
                     [&o](const InstanceAuditLogPage &p) { o.page = p; });
    QObject::connect(call, &ApiCall::auditEntryReceived, call,
                     [&o](const InstanceAuditLog &e) { o.entry = e; });
    QObject::connect(call, &ApiCall::failed, call, [&o](const ApiError &e) { o.error = e; });
    QSignalSpy finished(call, &ApiCall::finished);
    o.finished = finished.wait(10000);
    return o;
}
