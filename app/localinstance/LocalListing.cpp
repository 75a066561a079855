#include "localinstance/LocalInstance.h"

#include "core/Glob.h"
#include "core/LosantApi.h"
#include "localinstance/LocalJson.h"
#include "localinstance/LocalListParams.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <vector>

// The list call (docs/api.md "List parameters", "List answer"), the same for every token kind.
namespace {
using LocalJson::error;
using LocalJson::param;
using LocalJson::toJson;

const QStringList &sortFields()
{
    static const QStringList fields = LosantApi::tokenSortFields(); // built once, asked per call
    return fields;
}

// Code-point order (what MongoDB's default binary collation gives) from UTF-16 units: units
// of surrogate pairs sort above the BMP, which plain QString comparison gets wrong.
int compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const auto [x, y] = std::mismatch(a.utf16(), a.utf16() + n, b.utf16());
    if (x != a.utf16() + n) {
        auto fix = [](char16_t u) -> int {
            if (u >= 0xD800 && u <= 0xDFFF)
                return u + 0x2000;
            if (u >= 0xE000)
                return u - 0x800;
            return u;
        };
        return fix(*x) < fix(*y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

LocalAnswer LocalInstance::list(Kind kind, const QString &ownerId, const QUrlQuery &query)
{
    LocalListParams list;
    if (const auto refused = list.read(query, sortFields(), QStringLiteral("asc")))
        return *refused;
    const QString filterField = param(query, "filterField");
    if (!filterField.isEmpty() && filterField != QLatin1String("name")
        && filterField != QLatin1String("status"))
        return error(400, tr("filterField: “%1” is not name or status.").arg(filterField));
    const QString filter = param(query, "filter");
    // A filter without a field (or a field without a filter) filters nothing, as documented.
    const bool filtering = !filterField.isEmpty() && !filter.isEmpty();

    const std::vector<Stored *> &order
            = sortedTokens(ownerKey(kind, ownerId), int(sortFields().indexOf(list.sortField)),
                           filtering ? filterField : QString(), filtering ? filter : QString());
    const qint64 total = qint64(order.size());
    const qint64 first = qint64(list.page) * list.perPage;
    const qint64 end = std::min<qint64>(first + list.perPage, total);
    // The page's tokens, each serialized once until it changes: writing them dominated a page.
    QByteArray items;
    for (qint64 i = first; i < end; ++i) {
        Stored *s = order[size_t(list.descending ? total - 1 - i : i)];
        if (s->json.isEmpty())
            s->json = toJson(s->token.toJson());
        if (!items.isEmpty())
            items += ',';
        items += s->json;
    }
    QJsonObject o{{QStringLiteral("items"), QJsonArray()},
                  {QStringLiteral("count"), std::max<qint64>(0, end - first)},
                  {QStringLiteral("totalCount"), total},
                  {QStringLiteral("perPage"), list.perPage},
                  {QStringLiteral("page"), list.page},
                  {QStringLiteral("sortField"), list.sortField},
                  {QStringLiteral("sortDirection"), list.sortDirection}};
    if (filtering) {
        o.insert(QStringLiteral("filterField"), filterField);
        o.insert(QStringLiteral("filter"), filter);
    }
    // The empty array's place, which no string value can fake (its quotes would be escaped).
    QByteArray body = toJson(o);
    const qsizetype at = body.indexOf(QByteArrayLiteral("\"items\":[]"));
    body.insert(at + qsizetype(sizeof("\"items\":[") - 1), items);
    return {200, body, {}};
}

const std::vector<LocalInstance::Stored *> &
LocalInstance::sortedTokens(const QString &collectionKey, int field, const QString &filterField,
                            const QString &filter)
{
    const QChar sep(0x1f);
    const QString key
            = collectionKey + sep + QString::number(field) + sep + filterField + sep + filter;
    auto cached = m_sortCache.find(key);
    if (cached != m_sortCache.end() && cached->generation == m_generation)
        return cached->tokens;
    // Paging re-asks the same order; any change bumps m_generation and so drops every entry.
    if (m_sortCache.size() > 32)
        m_sortCache.clear();

    SortedIndex fresh;
    fresh.generation = m_generation;
    // Losant does not say whether the filter glob is case-sensitive; we match case-insensitively
    // (docs/api.md "Filter glob").
    const QRegularExpression glob
            = Glob::globRegex(filter, Qt::CaseInsensitive); // compiled once per new filter
    const bool byName = filterField == QLatin1String("name");
    auto matches = [&](const Stored &s) {
        return filterField.isEmpty()
                || glob.match(byName ? s.token.name : s.token.status).hasMatch();
    };
    const QString orderKey = collectionKey + sep + QString::number(field) + sep + sep;
    const auto order = m_sortCache.constFind(orderKey);
    if (!filterField.isEmpty() && order != m_sortCache.cend()
        && order->generation == m_generation) {
        // The field's order is kept: filtering it keeps it, no sort at all.
        for (Stored *s : order->tokens) {
            if (matches(*s))
                fresh.tokens.push_back(s);
        }
        SortedIndex &stored = m_sortCache[key];
        stored = std::move(fresh);
        return stored.tokens;
    }

    // The compared values next to each token, so the sort does not chase pointers for them.
    struct Entry
    {
        QStringView text; // name, status or id
        qint64 date;
        QStringView id;
        Stored *stored;
    };
    Owner &owner = m_owners[collectionKey];
    std::vector<Entry> entries;
    entries.reserve(size_t(owner.tokens.size()));
    for (Stored &s : owner.tokens) {
        if (!matches(s))
            continue; // else only the matches are sorted
        const ApiToken &t = s.token;
        qint64 date = 0;
        if (field == 3)
            date = t.creationDate.toMSecsSinceEpoch();
        else if (field == 4)
            date = t.lastUpdated.toMSecsSinceEpoch();
        else if (field == 5) // no expiration sorts after every date ascending (never expires)
            date = t.expirationDate.isValid() ? t.expirationDate.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
        const QString &text = field == 0 ? t.name : field == 1 ? t.status : t.id;
        entries.push_back({field <= 2 ? QStringView(text) : QStringView(), date, t.id, &s});
    }
    // Ties are broken by id, and descending is the exact reverse of ascending, so pages never
    // overlap or skip.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        int c = a.date < b.date ? -1 : (a.date > b.date ? 1 : 0);
        if (c == 0)
            c = compareCodePoints(a.text, b.text);
        if (c == 0)
            c = compareCodePoints(a.id, b.id);
        return c < 0;
    });
    fresh.tokens.reserve(entries.size());
    for (const Entry &e : entries)
        fresh.tokens.push_back(e.stored);
    SortedIndex &stored = m_sortCache[key];
    stored = std::move(fresh);
    return stored.tokens;
}
