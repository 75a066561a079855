#include "localinstance/LocalInstance.h"

#include "core/GlobMatcher.h"
#include "core/LosantIds.h"
#include "localinstance/LocalJson.h"
#include "localinstance/LocalListParams.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

// The pages of the organization, application and dashboard lists: filtered by a name glob,
// sorted with ties by id, paged (docs/api.md "Organizations, applications and dashboards").
namespace {
using LocalJson::error;
using LocalJson::param;
using Kind = TokenLocation::Kind;

struct Row
{
    QJsonObject json;
    QString id;
    QString name;
    QString ownerId;
    QString applicationId;
    qint64 creationDate = 0;
    qint64 lastUpdated = 0;
};

int compare(const QString &field, const Row &a, const Row &b)
{
    const auto dates = [](qint64 x, qint64 y) { return x < y ? -1 : int(x > y); };
    if (field == QLatin1String("creationDate"))
        return dates(a.creationDate, b.creationDate);
    if (field == QLatin1String("lastUpdated"))
        return dates(a.lastUpdated, b.lastUpdated);
    if (field == QLatin1String("ownerId"))
        return a.ownerId.compare(b.ownerId);
    if (field == QLatin1String("applicationId"))
        return a.applicationId.compare(b.applicationId);
    if (field == QLatin1String("name"))
        return a.name.compare(b.name);
    return 0; // id: the tie-break below
}

// The rows filtered by name, sorted (ties by id; descending is the exact reverse) and paged.
LocalAnswer page(std::vector<Row> rows, const QUrlQuery &query, const QStringList &fields)
{
    LocalListParams list;
    if (const auto refused = list.read(query, fields, QStringLiteral("asc")))
        return *refused;
    const QString filterField = param(query, "filterField");
    if (!filterField.isEmpty() && filterField != QLatin1String("name"))
        return error(400, LocalInstance::tr("filterField: “%1” is not name.").arg(filterField));
    const QString filter = param(query, "filter");
    // A filter without a field (or a field without a filter) filters nothing, as for tokens.
    const bool filtering = !filterField.isEmpty() && !filter.isEmpty();
    if (filtering) {
        const GlobMatcher matcher(filter, Qt::CaseInsensitive);
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&matcher](const Row &r) { return !matcher.matches(r.name); }),
                   rows.end());
    }
    std::sort(rows.begin(), rows.end(), [&list](const Row &a, const Row &b) {
        int c = compare(list.sortField, a, b);
        if (c == 0)
            c = a.id.compare(b.id);
        return list.descending ? c > 0 : c < 0;
    });
    QJsonArray items;
    const qint64 total = qint64(rows.size());
    const qint64 first = qint64(list.page) * list.perPage;
    for (qint64 i = first; i < std::min<qint64>(first + list.perPage, total); ++i)
        items.append(rows.at(size_t(i)).json);
    return LocalJson::ok(
            200,
            list.answer(items, items.size(), total, filtering ? filterField : QString(), filter));
}

// The orgId parameter: absent (every item), blank (the user's own) or an organization's ID.
struct OrgChoice
{
    bool given = false;
    QString orgId; // lower case; empty: the user's own
    bool admits(const QString &itemOrgId) const { return !given || itemOrgId == orgId; }
};

std::optional<LocalAnswer> readOrgChoice(const QUrlQuery &query, OrgChoice *choice)
{
    choice->given = query.hasQueryItem(QStringLiteral("orgId"));
    const QString sent = param(query, "orgId");
    if (!sent.isEmpty() && !LosantIds::isValidId(sent))
        return error(400,
                     LocalInstance::tr("orgId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(sent));
    choice->orgId = sent.toLower();
    return std::nullopt;
}

// An application's or a dashboard's row: its owner, its dates and its description.
Row resourceRow(const QString &idKey, const QString &id, const QString &name,
                const LocalDirectory::Resource *r, const LocalDirectory &directory,
                const QString &userId)
{
    const QString orgId = r ? r->orgId : QString();
    Row row;
    row.id = id;
    row.name = name;
    row.ownerId = orgId.isEmpty() ? userId : orgId;
    row.json = {{QStringLiteral("id"), id},
                {idKey, id},
                {QStringLiteral("name"), name},
                {QStringLiteral("ownerId"), row.ownerId},
                {QStringLiteral("ownerType"),
                 orgId.isEmpty() ? QStringLiteral("user") : QStringLiteral("organization")}};
    if (const LocalDirectory::Org *org = directory.org(orgId))
        row.json.insert(QStringLiteral("organizationName"), org->name);
    if (r && r->creationDate.isValid()) {
        row.creationDate = r->creationDate.toMSecsSinceEpoch();
        row.lastUpdated = r->lastUpdated.toMSecsSinceEpoch();
        row.json.insert(QStringLiteral("creationDate"), LosantDates::toIso(r->creationDate));
        row.json.insert(QStringLiteral("lastUpdated"), LosantDates::toIso(r->lastUpdated));
    }
    if (r && !r->description.isEmpty())
        row.json.insert(QStringLiteral("description"), r->description);
    return row;
}

} // namespace

namespace {
// An organization's row: instanceOrgs.json closes its items (no dates in them), while orgs.json
// (GET /orgs) has the org's ID twice and its dates.
Row orgRow(const LocalDirectory::Org &org, bool usersOwn)
{
    Row row;
    row.id = org.id;
    row.name = org.name;
    row.creationDate = org.creationDate.toMSecsSinceEpoch();
    row.lastUpdated = org.lastUpdated.toMSecsSinceEpoch();
    row.json = {{QStringLiteral("id"), org.id}, {QStringLiteral("name"), org.name}};
    if (usersOwn) {
        row.json.insert(QStringLiteral("orgId"), org.id);
        row.json.insert(QStringLiteral("creationDate"), LosantDates::toIso(org.creationDate));
        row.json.insert(QStringLiteral("lastUpdated"), LosantDates::toIso(org.lastUpdated));
    } else {
        row.json.insert(QStringLiteral("instanceId"), org.instanceId);
    }
    if (!org.description.isEmpty())
        row.json.insert(QStringLiteral("description"), org.description);
    return row;
}

const QStringList &orgSortFields()
{
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("id"),
                                    QStringLiteral("creationDate"), QStringLiteral("lastUpdated")};
    return fields;
}
} // namespace

LocalAnswer LocalInstance::listOrgs(const QString &instanceId, const QUrlQuery &query) const
{
    std::vector<Row> rows;
    for (const LocalDirectory::Org *org : m_directory.orgsOf(instanceId))
        rows.push_back(orgRow(*org, false));
    return page(std::move(rows), query, orgSortFields());
}

LocalAnswer LocalInstance::listUserOrgs(const QString &userId, const QUrlQuery &query) const
{
    std::vector<Row> rows;
    for (const LocalDirectory::Org *org : m_directory.orgsWithMember(userId))
        rows.push_back(orgRow(*org, true));
    return page(std::move(rows), query, orgSortFields());
}

LocalAnswer LocalInstance::listApplications(const QString &userId, const QUrlQuery &query) const
{
    OrgChoice choice;
    if (const auto refused = readOrgChoice(query, &choice))
        return *refused;
    // Every application: those that hold tokens and those only named in the directory.
    QSet<QString> ids;
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
        Kind kind;
        if (TokenLocation::kindFromKey(it.key().section(QLatin1Char(':'), 0, 0), &kind)
            && kind == Kind::Application)
            ids.insert(it.key().section(QLatin1Char(':'), 1));
    }
    for (const LocalDirectory::Resource &r : m_directory.applications())
        ids.insert(r.id);
    std::vector<Row> rows;
    for (const QString &id : std::as_const(ids)) {
        const LocalDirectory::Resource *r = m_directory.application(id);
        const QString orgId = r ? r->orgId : QString();
        // A member directly, or a member of the organization that owns it.
        const bool visible = isMember(userId, Kind::Application, id)
                || (!orgId.isEmpty() && m_directory.isOrgMember(userId, orgId));
        if (!visible || !choice.admits(orgId))
            continue;
        // An application never named (addApplication) goes by its ID: Losant's always has one.
        const QString name = r && !r->name.isEmpty() ? r->name : id;
        rows.push_back(
                resourceRow(QStringLiteral("applicationId"), id, name, r, m_directory, userId));
    }
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("id"),
                                    QStringLiteral("creationDate"), QStringLiteral("ownerId"),
                                    QStringLiteral("lastUpdated")};
    return page(std::move(rows), query, fields);
}

LocalAnswer LocalInstance::listDashboards(const QString &userId, const QUrlQuery &query) const
{
    OrgChoice choice;
    if (const auto refused = readOrgChoice(query, &choice))
        return *refused;
    std::vector<Row> rows;
    for (const LocalDirectory::Resource &d : m_directory.dashboards()) {
        // Dashboards are listed through their organization's members only.
        if (d.orgId.isEmpty() || !m_directory.isOrgMember(userId, d.orgId)
            || !choice.admits(d.orgId))
            continue;
        Row row = resourceRow(QStringLiteral("dashboardId"), d.id, d.name, &d, m_directory, userId);
        if (!d.applicationId.isEmpty()) {
            row.applicationId = d.applicationId;
            row.json.insert(QStringLiteral("applicationId"), d.applicationId);
            const LocalDirectory::Resource *app = m_directory.application(d.applicationId);
            if (app && !app->name.isEmpty())
                row.json.insert(QStringLiteral("applicationName"), app->name);
        }
        rows.push_back(row);
    }
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("id"),
                                    QStringLiteral("creationDate"), QStringLiteral("ownerId"),
                                    QStringLiteral("applicationId")};
    return page(std::move(rows), query, fields);
}
