#pragma once

#include "core/DirectoryPage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class LosantClient;
class TokenCollection;

// The organizations an org role can name, and each one's applications and dashboards, for the
// pickers of the org-role editor. Each list is asked for once, on first use, and kept while the
// dialog is open. A list the access token may not read, or that fails, is Unavailable with the
// reason, and the person types IDs instead (docs/api.md "Organizations, applications and
// dashboards").
class OrgDirectory : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NothingToList, // "sandbox", or an org ID not (yet) valid: applications cannot be listed
        Loading,
        Ready,
        Unavailable,
    };
    struct Listing
    {
        State state = State::NothingToList;
        QList<DirectoryEntry> entries; // by name, as the server sorted them
        QString problem; // Unavailable: why, in words for the person
        bool truncated = false; // more than kMaxEntries: the rest can still be typed by ID
    };
    static constexpr int kPerPage = 1000; // docs/api.md "Page size"
    static constexpr int kMaxEntries = 5000; // a picker longer than this helps nobody

    // `instanceId`: whose organizations; empty lists the user's own (GET /orgs).
    OrgDirectory(LosantClient *client, const QString &instanceId, QObject *parent = nullptr);
    // The directory for roles of tokens in `collection`: an instance's organizations, or the
    // user's own for their tokens; null for application tokens (they have no org roles) and
    // without a client.
    static OrgDirectory *forCollection(const TokenCollection &collection, QObject *parent);

    // The list, asked for the first time it is wanted. `orgId` names the organization for
    // applications and dashboards and is ignored for organizations. A copy (its names are
    // shared): a reference into the cache would not survive the next list being asked for.
    Listing listing(DirectoryKind kind, const QString &orgId = QString());

Q_SIGNALS:
    // A list started loading, arrived or failed.
    void listingChanged(DirectoryKind kind, const QString &orgId);

private:
    void fetch(DirectoryKind kind, const QString &orgId, int page);

    QPointer<LosantClient> m_client;
    QString m_instanceId;
    QHash<QString, Listing> m_listings; // by kind and organization
};
