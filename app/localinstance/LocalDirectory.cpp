#include "localinstance/LocalDirectory.h"

void LocalDirectory::addOrg(Org org)
{
    org.id = org.id.toLower();
    org.instanceId = org.instanceId.toLower();
    m_orgs.insert(org.id, org);
}

void LocalDirectory::addOrgMember(const QString &userId, const QString &orgId)
{
    const auto it = m_orgs.find(orgId.toLower());
    if (it != m_orgs.end())
        it->members.insert(userId.toLower());
}

bool LocalDirectory::isOrgMember(const QString &userId, const QString &orgId) const
{
    const Org *o = org(orgId);
    return o && o->members.contains(userId.toLower());
}

const LocalDirectory::Org *LocalDirectory::org(const QString &orgId) const
{
    const auto it = m_orgs.constFind(orgId.toLower());
    return it == m_orgs.cend() ? nullptr : &*it;
}

QList<const LocalDirectory::Org *> LocalDirectory::orgsOf(const QString &instanceId) const
{
    QList<const Org *> result;
    for (const Org &o : m_orgs) {
        if (o.instanceId.compare(instanceId, Qt::CaseInsensitive) == 0)
            result.append(&o);
    }
    return result;
}

QList<const LocalDirectory::Org *> LocalDirectory::orgsWithMember(const QString &userId) const
{
    QList<const Org *> result;
    for (const Org &o : m_orgs) {
        if (o.members.contains(userId.toLower()))
            result.append(&o);
    }
    return result;
}

void LocalDirectory::setApplication(Resource application)
{
    application.id = application.id.toLower();
    application.orgId = application.orgId.toLower();
    if (const Resource *before = this->application(application.id)) {
        application.creationDate = before->creationDate;
        if (application.description.isEmpty())
            application.description = before->description;
    }
    m_applications.insert(application.id, application);
}

const LocalDirectory::Resource *LocalDirectory::application(const QString &applicationId) const
{
    const auto it = m_applications.constFind(applicationId.toLower());
    return it == m_applications.cend() ? nullptr : &*it;
}

void LocalDirectory::addDashboard(Resource dashboard)
{
    dashboard.id = dashboard.id.toLower();
    dashboard.orgId = dashboard.orgId.toLower();
    dashboard.applicationId = dashboard.applicationId.toLower();
    m_dashboards.insert(dashboard.id, dashboard);
}

bool LocalDirectory::contains(const QString &id) const
{
    const QString key = id.toLower();
    return m_orgs.contains(key) || m_applications.contains(key) || m_dashboards.contains(key);
}
