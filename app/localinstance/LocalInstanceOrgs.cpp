#include "localinstance/LocalInstance.h"

#include "core/LosantIds.h"

// Test and demo data for the organization, application and dashboard lists (LocalDirectory).
namespace {
// An ID no organization, application or dashboard has yet.
QString freshDirectoryId(const LocalDirectory &directory)
{
    QString id;
    do {
        id = LocalInstance::newId();
    } while (directory.contains(id));
    return id;
}
} // namespace

QString LocalInstance::addOrg(const QString &instanceId, const QString &name)
{
    const QString instance = addInstance(instanceId);
    if (instance.isEmpty())
        return QString();
    LocalDirectory::Org org;
    org.id = freshDirectoryId(m_directory);
    org.instanceId = instance;
    org.name = name;
    org.creationDate = now();
    org.lastUpdated = org.creationDate;
    m_directory.addOrg(org);
    return org.id;
}

void LocalInstance::addOrgMember(const QString &userId, const QString &orgId)
{
    if (!m_directory.org(orgId) || addOwner(Kind::User, userId).isEmpty())
        return;
    m_directory.addOrgMember(userId, orgId);
}

QString LocalInstance::addOrgApplication(const QString &orgId, const QString &name)
{
    if (!m_directory.org(orgId))
        return QString();
    QString id;
    do {
        id = freshOwnerId(Kind::Application);
    } while (m_directory.contains(id));
    setApplicationName(id, name, orgId);
    return id;
}

QString LocalInstance::addOrgDashboard(const QString &orgId, const QString &name)
{
    if (!m_directory.org(orgId))
        return QString();
    LocalDirectory::Resource dashboard;
    dashboard.id = freshDirectoryId(m_directory);
    dashboard.name = name;
    dashboard.orgId = orgId;
    dashboard.creationDate = now();
    dashboard.lastUpdated = dashboard.creationDate;
    m_directory.addDashboard(dashboard);
    return dashboard.id;
}

void LocalInstance::setApplicationName(const QString &applicationId, const QString &name,
                                       const QString &orgId)
{
    const QString id = addOwner(Kind::Application, applicationId);
    if (id.isEmpty())
        return;
    LocalDirectory::Resource application;
    application.id = id;
    application.name = name;
    application.orgId = orgId;
    application.creationDate = now(); // kept when the application was named before
    application.lastUpdated = now();
    m_directory.setApplication(application);
}
