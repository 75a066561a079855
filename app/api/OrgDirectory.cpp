#include "api/OrgDirectory.h"

#include "api/LosantClient.h"
#include "api/TokenCollection.h"
#include "core/LosantIds.h"

namespace {
QString keyOf(DirectoryKind kind, const QString &orgId)
{
    return QString::number(int(kind)) + QLatin1Char(':') + orgId;
}
} // namespace

OrgDirectory::OrgDirectory(LosantClient *client, const QString &instanceId, QObject *parent)
    : QObject(parent), m_client(client), m_instanceId(instanceId)
{ }

OrgDirectory *OrgDirectory::forCollection(const TokenCollection &collection, QObject *parent)
{
    const TokenLocation &where = collection.location();
    if (collection.isNull() || where.kind() == TokenLocation::Kind::Application)
        return nullptr;
    return new OrgDirectory(collection.client(), where.ownerId(), parent);
}

OrgDirectory::Listing OrgDirectory::listing(DirectoryKind kind, const QString &orgId)
{
    const QString org = kind == DirectoryKind::Organizations ? QString() : orgId.toLower();
    if (kind != DirectoryKind::Organizations && !LosantIds::isValidId(org))
        return Listing(); // nothing to list
    const QString key = keyOf(kind, org);
    if (const auto known = m_listings.constFind(key); known != m_listings.cend())
        return *known;
    m_listings[key].state = State::Loading;
    fetch(kind, org, 0); // may already have failed (no connection)
    return m_listings.value(key);
}

void OrgDirectory::fetch(DirectoryKind kind, const QString &orgId, int page)
{
    const QString key = keyOf(kind, orgId);
    if (!m_client) {
        Listing &l = m_listings[key];
        l.state = State::Unavailable;
        l.problem = tr("There is no connection.");
        Q_EMIT listingChanged(kind, orgId);
        return;
    }
    const QString owner = kind == DirectoryKind::Organizations ? m_instanceId : orgId;
    ApiCall *call = m_client->listDirectory(kind, owner, page, kPerPage);
    connect(call, &ApiCall::directoryPageReceived, this,
            [this, kind, orgId, key](const DirectoryPage &received) {
                Listing &l = m_listings[key];
                const qsizetype room = kMaxEntries - l.entries.size();
                l.entries += received.items.mid(0, room);
                const bool more = received.items.size() == kPerPage
                        && (received.page + 1) * qint64(kPerPage) < received.totalCount;
                if (more && l.entries.size() < kMaxEntries) {
                    fetch(kind, orgId, received.page + 1); // stays Loading
                    return;
                }
                l.truncated = more || received.items.size() > room;
                l.state = State::Ready;
                Q_EMIT listingChanged(kind, orgId);
            });
    connect(call, &ApiCall::failed, this, [this, kind, orgId, key](const ApiError &error) {
        Listing &l = m_listings[key];
        l.state = State::Unavailable;
        l.entries.clear();
        l.problem = error.displayText();
        Q_EMIT listingChanged(kind, orgId);
    });
}
