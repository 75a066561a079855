#pragma once

#include <QList>
#include <QString>

// What an org role can name (docs/api.md "Organizations, applications and dashboards"): the
// organizations of the instance (or the user's own), and the applications and dashboards of one.
enum class DirectoryKind { Organizations, Applications, Dashboards };

// One organization, application or dashboard: only what a picker shows and sends.
struct DirectoryEntry
{
    QString id;
    QString name;
    friend bool operator==(const DirectoryEntry &a, const DirectoryEntry &b)
    {
        return a.id == b.id && a.name == b.name;
    }
};

// One page of such a list answer (docs/schemas/losant-rest/instanceOrgs.json and its twins).
struct DirectoryPage
{
    QList<DirectoryEntry> items;
    int count = 0;
    int totalCount = 0;
    int page = 0;
    int perPage = 0;
};
