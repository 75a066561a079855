#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// Who acted, or what was acted on, in an audit log entry (an actor or a target).
struct AuditParty
{
    QString id;
    QString type; // actor: "User" or "ApiToken"; target: "ApiToken", "User", "Organization" ...
    QString name; // as it was when the entry was written; kept after the party is gone

    bool isEmpty() const { return id.isEmpty() && type.isEmpty() && name.isEmpty(); }
    bool operator==(const AuditParty &o) const
    {
        return id == o.id && type == o.type && name == o.name;
    }
};

// One entry of an instance's audit log (docs/schemas/instanceAuditLog.json): one mutating
// request, who made it, what it was aimed at, and how it was answered.
struct InstanceAuditLog
{
    QString id;
    QDateTime creationDate;
    QString instanceId;
    AuditParty primaryTarget;
    AuditParty secondaryTarget;
    AuditParty actor;
    QString requestResource; // e.g. "instanceApiTokens" (create), "instanceApiToken"
    QString requestAction; // "post", "patch", "delete"
    QJsonObject requestQueryParams;
    QJsonObject requestBody;
    QJsonObject requestPathParams;
    QJsonObject responseBody;
    int responseStatus = 0;

    // The entry as Losant writes it: flat actor*/primaryTarget*/secondaryTarget* fields, empty
    // fields left out, and instanceAuditLogId equal to id.
    QJsonObject toJson() const;
};

// One page of the audit log list (docs/schemas/instanceAuditLogs.json).
struct InstanceAuditLogPage
{
    QList<InstanceAuditLog> items;
    int count = 0;
    int totalCount = 0;
    int perPage = 0;
    int page = 0;
    QString sortField;
    QString sortDirection;
};

Q_DECLARE_METATYPE(InstanceAuditLog)
Q_DECLARE_METATYPE(InstanceAuditLogPage)
