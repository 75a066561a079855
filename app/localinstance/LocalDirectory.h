#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// The instance's organizations and the applications and dashboards they own, as far as the
// org-role editor's pickers need them: names, owners and members, no contents (docs/api.md
// "Organizations, applications and dashboards"). IDs are stored in lower case.
class LocalDirectory
{
public:
    struct Org
    {
        QString id;
        QString instanceId;
        QString name;
        QString description;
        QDateTime creationDate;
        QDateTime lastUpdated;
        QSet<QString> members; // user IDs
    };
    // An application or a dashboard: owned by an organization, or by a user when orgId is empty.
    struct Resource
    {
        QString id;
        QString name;
        QString description;
        QString orgId;
        QString applicationId; // dashboards: the application it belongs to, if any
        QDateTime creationDate;
        QDateTime lastUpdated;
    };

    void addOrg(Org org); // replaces one of the same ID
    void addOrgMember(const QString &userId, const QString &orgId);
    bool isOrgMember(const QString &userId, const QString &orgId) const;
    const Org *org(const QString &orgId) const;
    QList<const Org *> orgsOf(const QString &instanceId) const;
    QList<const Org *> orgsWithMember(const QString &userId) const; // of every instance

    // Names an application and puts it in an organization (or none); dates kept when it exists.
    void setApplication(Resource application);
    const Resource *application(const QString &applicationId) const;
    const QHash<QString, Resource> &applications() const { return m_applications; }

    void addDashboard(Resource dashboard); // replaces one of the same ID
    const QHash<QString, Resource> &dashboards() const { return m_dashboards; }

    // Whether any organization, application or dashboard has this ID.
    bool contains(const QString &id) const;

private:
    QHash<QString, Org> m_orgs;
    QHash<QString, Resource> m_applications;
    QHash<QString, Resource> m_dashboards;
};
