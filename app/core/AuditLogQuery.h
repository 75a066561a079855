#pragma once

#include "core/InstanceAuditLog.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// The auditLogFilter object (docs/schemas/instanceAuditLogFilter.json). Entries of one list
// are alternatives; the lists narrow each other (docs/api.md "Audit log").
struct AuditLogFilter
{
    QList<AuditParty> primaryTargets;
    QList<AuditParty> secondaryTargets;
    QList<AuditParty> actors;
    QList<QPair<QString, QString>> requests; // resource, action (either may be empty)
    QList<int> responseCodes;

    bool isEmpty() const
    {
        return primaryTargets.isEmpty() && secondaryTargets.isEmpty() && actors.isEmpty()
                && requests.isEmpty() && responseCodes.isEmpty();
    }
};

// The parameters of GET /instance/{instanceId}/audit-logs (docs/api.md "Audit log").
struct AuditLogQuery
{
    QString sortField = QStringLiteral("creationDate"); // creationDate, responseStatus, actorName
    QString sortDirection = QStringLiteral("desc");
    int page = 0;
    int perPage = 100;
    QDateTime start, end; // invalid: not sent
    AuditLogFilter filter;

    // The parameters in the official client's order, the filter in its bracket notation
    // (auditLogFilter[primaryTarget][0][type]), not yet percent-encoded; without the
    // _actions/_links/_embedded the client puts first (LosantClient adds them).
    QList<QPair<QString, QString>> queryItems() const;
};
