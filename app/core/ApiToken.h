#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One resource role inside an org role: an application or dashboard and the role on it.
struct ResourceRole
{
    QString resourceId;
    QString role;

    bool operator==(const ResourceRole &o) const
    {
        return resourceId == o.resourceId && role == o.role;
    }
};

// An organization role of a token (apiToken.json orgRoles[]).
struct OrgRole
{
    QString orgId; // 24 hex characters or "sandbox"
    QString role;
    QList<ResourceRole> applicationRoles;
    QList<ResourceRole> dashboardRoles;

    bool operator==(const OrgRole &o) const
    {
        return orgId == o.orgId && role == o.role && applicationRoles == o.applicationRoles
                && dashboardRoles == o.dashboardRoles;
    }

    QJsonObject toJson() const;
    static OrgRole fromJson(const QJsonObject &o);
    static QJsonArray listToJson(const QList<OrgRole> &roles); // as apiTokenPost.orgRoles
};

// One API token as the server returns it (docs/schemas/apiToken.json).
struct ApiToken
{
    QString id;
    QString apiTokenId;
    QString ownerId;
    QString ownerType;
    QString creatorId;
    QString creatorType;
    QString creatorName;
    QString name;
    QString description;
    QDateTime creationDate; // UTC; invalid when absent
    QDateTime lastUpdated; // UTC; invalid when absent
    QDateTime expirationDate; // UTC; invalid means "never expires"
    QString defaultRole;
    QList<OrgRole> orgRoles;
    QStringList scope;
    QString status;
    QString token; // the secret: only set in the answer to a create

    bool isActive() const { return status == QLatin1String("active"); }
    bool isExpired(const QDateTime &now) const
    {
        return expirationDate.isValid() && expirationDate <= now;
    }

    QJsonObject toJson() const;
    // Lenient reading: a missing field stays empty; see ApiReplyParser for the strict check.
    static ApiToken fromJson(const QJsonObject &o);
};

// Made only of implicitly shared Qt types, so lists of them may grow by moving bytes.
Q_DECLARE_TYPEINFO(ResourceRole, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(OrgRole, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ApiToken, Q_RELOCATABLE_TYPE);

namespace LosantDates {
// ISO-8601 with milliseconds and 'Z', as Losant writes dates.
QString toIso(const QDateTime &utc);
QDateTime fromIso(const QString &text);
} // namespace LosantDates
