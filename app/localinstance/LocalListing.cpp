#include "localinstance/LocalInstance.h"

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
    static const QStringList fields{
            QStringLiteral("name"),        QStringLiteral("status"),
            QStringLiteral("id"),          QStringLiteral("creationDate"),
            QStringLiteral("lastUpdated"), QStringLiteral("expirationDate")};
    return fields;
}

// Code-point order (what MongoDB's default binary collation gives) from UTF-16 units: units
// of surrogate pairs sort above the BMP, which plain QString comparison gets wrong.
int compareCodePoints(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        auto fix = [](char16_t u) -> int {
            if (u >= 0xD800 && u <= 0xDFFF)
                return u + 0x2000;
            if (u >= 0xE000)
                return u - 0x800;
            return u;
        };
        return fix(x) < fix(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// The filter glob: '*' any run, '?' one character, all else literal. Losant does not say
// whether it is case-sensitive; we match case-insensitively (docs/api.md "Filter glob").
QRegularExpression globToRegex(const QString &glob)
{
    QString pattern;
    QString literal;
    auto flush = [&] {
        pattern += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (const QChar c : glob) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?')) {
            flush();
            pattern += c == QLatin1Char('*') ? QLatin1String(".*") : QLatin1String(".");
        } else {
            literal += c;
        }
    }
    flush();
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::DotMatchesEverythingOption);
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

    const QStringList &ids
            = sortedIds(ownerKey(kind, ownerId), list.sortField, list.descending,
                        filtering ? filterField : QString(), filtering ? filter : QString());
    const Owner &owner = m_owners[ownerKey(kind, ownerId)];
    QJsonArray items;
    const qint64 first = qint64(list.page) * list.perPage;
    const qint64 end = std::min<qint64>(first + list.perPage, ids.size());
    for (qint64 i = first; i < end; ++i)
        items.append(owner.tokens.value(ids.at(i)).token.toJson());
    QJsonObject o{{QStringLiteral("items"), items},
                  {QStringLiteral("count"), items.size()},
                  {QStringLiteral("totalCount"), ids.size()},
                  {QStringLiteral("perPage"), list.perPage},
                  {QStringLiteral("page"), list.page},
                  {QStringLiteral("sortField"), list.sortField},
                  {QStringLiteral("sortDirection"), list.sortDirection}};
    if (filtering) {
        o.insert(QStringLiteral("filterField"), filterField);
        o.insert(QStringLiteral("filter"), filter);
    }
    return {200, toJson(o), {}};
}

const QStringList &LocalInstance::sortedIds(const QString &collectionKey, const QString &sortField,
                                            bool descending, const QString &filterField,
                                            const QString &filter)
{
    const QChar sep(0x1f);
    const QString key = collectionKey + sep + sortField + sep + (descending ? u'd' : u'a') + sep
            + filterField + sep + filter;
    SortedIndex &cached = m_sortCache[key];
    if (cached.generation == m_generation)
        return cached.ids;
    // Paging re-asks the same order; any change bumps m_generation and so drops every entry.
    if (m_sortCache.size() > 16) {
        m_sortCache.clear();
        return sortedIds(collectionKey, sortField, descending, filterField, filter);
    }

    struct Entry
    {
        const ApiToken *token;
        qint64 date;
    };
    const Owner &owner = m_owners[collectionKey];
    const QRegularExpression glob = globToRegex(filter);
    const bool byName = filterField == QLatin1String("name");
    const int field = int(sortFields().indexOf(sortField));
    std::vector<Entry> entries;
    entries.reserve(owner.tokens.size());
    for (const Stored &s : owner.tokens) {
        const ApiToken &t = s.token;
        if (!filterField.isEmpty() && !glob.match(byName ? t.name : t.status).hasMatch())
            continue;
        qint64 date = 0;
        if (field == 3)
            date = t.creationDate.toMSecsSinceEpoch();
        else if (field == 4)
            date = t.lastUpdated.toMSecsSinceEpoch();
        else if (field == 5) // no expiration sorts after every date ascending (never expires)
            date = t.expirationDate.isValid() ? t.expirationDate.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
        entries.push_back({&t, date});
    }
    // Ties are broken by id, and descending is the exact reverse of ascending, so pages never
    // overlap or skip.
    auto less = [field, descending](const Entry &a, const Entry &b) {
        int c = 0;
        if (field == 0)
            c = compareCodePoints(a.token->name, b.token->name);
        else if (field == 1)
            c = compareCodePoints(a.token->status, b.token->status);
        else if (field >= 3)
            c = a.date < b.date ? -1 : (a.date > b.date ? 1 : 0);
        if (c == 0)
            c = compareCodePoints(a.token->id, b.token->id);
        return descending ? c > 0 : c < 0;
    };
    std::sort(entries.begin(), entries.end(), less);
    SortedIndex &fresh = m_sortCache[key];
    fresh.generation = m_generation;
    fresh.ids.clear();
    fresh.ids.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        fresh.ids.append(e.token->id);
    return fresh.ids;
}
