#include "core/TokenPageReader.h"

#include "core/JsonScanner.h"

#include <QHash>

#include <array>
#include <cstring>
#include <iterator>
#include <string_view>

namespace {
// The token fields by their JSON names. Texts that repeat across a page are made once.
struct FieldName
{
    std::string_view name;
    QString ApiToken::*text;
    QDateTime ApiToken::*date;
    bool repeats;
};
const FieldName kFields[] = {
        {"apiTokenId", &ApiToken::apiTokenId, nullptr, false},
        {"creationDate", nullptr, &ApiToken::creationDate, false},
        {"creatorId", &ApiToken::creatorId, nullptr, true},
        {"creatorName", &ApiToken::creatorName, nullptr, true},
        {"creatorType", &ApiToken::creatorType, nullptr, true},
        {"defaultRole", &ApiToken::defaultRole, nullptr, true},
        {"description", &ApiToken::description, nullptr, false},
        {"expirationDate", nullptr, &ApiToken::expirationDate, false},
        {"id", &ApiToken::id, nullptr, false},
        {"lastUpdated", nullptr, &ApiToken::lastUpdated, false},
        {"name", &ApiToken::name, nullptr, false},
        {"orgRoles", nullptr, nullptr, false}, // neither text nor date: a list
        {"ownerId", &ApiToken::ownerId, nullptr, true},
        {"ownerType", &ApiToken::ownerType, nullptr, true},
        {"scope", nullptr, nullptr, false},
        {"status", &ApiToken::status, nullptr, true},
        {"token", &ApiToken::token, nullptr, false},
};

bool same(QByteArrayView key, std::string_view name)
{
    return key.size() == qsizetype(name.size()) && key.front() == name.front()
            && std::memcmp(key.data(), name.data(), name.size()) == 0;
}

// The field `key` names, or -1. In the servers' (alphabetical) order, the next one is tried
// first.
int fieldOf(QByteArrayView key, int previous)
{
    constexpr int count = int(std::size(kFields));
    for (int i = 1; i <= count; ++i) {
        const int at = (previous + i) % count;
        if (same(key, kFields[at].name))
            return at;
    }
    return -1;
}

int indexOf(QByteArrayView key, std::initializer_list<std::string_view> names)
{
    int i = 0;
    for (std::string_view candidate : names) {
        if (same(key, candidate))
            return i;
        ++i;
    }
    return -1;
}

// Losant's own form of a date, "2016-06-13T04:00:00.000Z", as LosantDates::fromIso reads it.
QDateTime losantDate(QByteArrayView raw)
{
    if (raw.size() != 24)
        return QDateTime();
    const char *s = raw.data();
    if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != '.'
        || s[23] != 'Z')
        return QDateTime();
    bool ok = true;
    auto number = [s, &ok](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                ok = false;
            value = value * 10 + (s[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int msec = number(20, 3);
    if (!ok || !QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second, msec))
        return QDateTime();
    // The same instant QDateTime(QDate, QTime, Qt::UTC) gives, without its calendar work:
    // days since 1970-01-01 in the proleptic Gregorian calendar (years 1 to 9999 here).
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = y / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = qint64(era) * 146097 + dayOfEra - 719468;
    const qint64 msecs = ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + msec;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

class Reader
{
public:
    explicit Reader(QByteArrayView body) : m_json(body) { }

    bool page(ApiTokenPage *page);

private:
    bool items(QList<ApiToken> *items);
    bool token(ApiToken *token);
    // A text or null; `bytes`, when asked, are the text's in the body.
    bool text(QString *out, bool repeats, QByteArrayView *bytes = nullptr);
    bool date(QDateTime *out);
    bool scope(QStringList *out);
    bool orgRoles(QList<OrgRole> *out);
    bool orgRole(OrgRole *out);
    bool resourceRoles(QList<ResourceRole> *out);
    bool resourceRole(ResourceRole *out);
    // A JSON list, each element read into a new last item of `out` by `element`.
    template<typename T> bool list(QList<T> *out, bool (Reader::*element)(T *));

    JsonScanner m_json;
    QHash<QByteArrayView, QString> m_repeated; // by their bytes in the body
    // The texts last made, by a cheap hash of their bytes: most repeats are found here.
    struct Recent
    {
        QByteArrayView raw;
        QString text;
    };
    std::array<Recent, 64> m_recent;
    QHash<QByteArrayView, QStringList> m_scopes;
};

bool Reader::page(ApiTokenPage *page)
{
    enum { Items, TotalCount, Count, Page, PerPage, SortField, SortDirection, FilterField, Filter };
    if (!m_json.take('{'))
        return false;
    unsigned seen = 0;
    int count = -1;
    do {
        QByteArrayView key;
        if (!m_json.key(&key))
            return false;
        const int field = indexOf(key,
                                  {"items", "totalCount", "count", "page", "perPage", "sortField",
                                   "sortDirection", "filterField", "filter"});
        if (field >= 0) {
            if (seen & (1u << field))
                return false; // which one wins is Qt's to say
            seen |= 1u << field;
        }
        bool ok = true;
        switch (field) {
        case Items:
            if (count > 0) // "count" comes first in Losant's answers: no regrowth
                page->items.reserve(qMin(count, 10000));
            ok = items(&page->items);
            break;
        case TotalCount:
            ok = m_json.count(&page->totalCount);
            break;
        case Count:
            ok = m_json.takeNull() || m_json.count(&count);
            break;
        case Page:
            ok = m_json.takeNull() || m_json.count(&page->page);
            break;
        case PerPage:
            ok = m_json.takeNull() || m_json.count(&page->perPage);
            break;
        case SortField:
            ok = text(&page->sortField, true);
            break;
        case SortDirection:
            ok = text(&page->sortDirection, true);
            break;
        case FilterField:
            ok = text(&page->filterField, true);
            break;
        case Filter:
            ok = text(&page->filter, false);
            break;
        default:
            ok = m_json.skipValue();
        }
        if (!ok)
            return false;
    } while (m_json.take(','));
    if (!m_json.take('}') || !m_json.atEnd())
        return false;
    if (!(seen & (1u << Items)) || !(seen & (1u << TotalCount)))
        return false; // Qt's parser gives the reason
    page->count = count >= 0 ? count : int(page->items.size());
    return true;
}

template<typename T> bool Reader::list(QList<T> *out, bool (Reader::*element)(T *))
{
    if (!m_json.take('['))
        return false;
    if (m_json.take(']'))
        return true;
    do {
        out->emplaceBack();
        if (!(this->*element)(&out->last()))
            return false;
    } while (m_json.take(','));
    return m_json.take(']');
}

bool Reader::items(QList<ApiToken> *items)
{
    return list(items, &Reader::token);
}

bool Reader::token(ApiToken *t)
{
    if (!m_json.take('{'))
        return false;
    if (m_json.take('}'))
        return false; // no id
    quint32 seen = 0;
    int previous = -1;
    QByteArrayView id;
    QByteArrayView apiTokenId;
    bool hasApiTokenId = false;
    bool plain = false; // apiTokenId's
    do {
        QByteArrayView key;
        if (!m_json.key(&key))
            return false;
        const int field = fieldOf(key, previous);
        if (field < 0) {
            if (!m_json.skipValue())
                return false;
            continue;
        }
        if (seen & (1u << field))
            return false;
        seen |= 1u << field;
        previous = field;
        const FieldName &f = kFields[field];
        bool ok = true;
        if (f.text == &ApiToken::apiTokenId) // made below: Losant sends the ID twice
            ok = m_json.takeNull() || (hasApiTokenId = m_json.rawString(&apiTokenId, &plain));
        else if (f.text)
            ok = text(&(t->*f.text), f.repeats, f.text == &ApiToken::id ? &id : nullptr);
        else if (f.date)
            ok = date(&(t->*f.date));
        else
            ok = f.name == "scope" ? scope(&t->scope) : orgRoles(&t->orgRoles);
        if (!ok)
            return false;
    } while (m_json.take(','));
    if (!m_json.take('}') || t->id.isEmpty())
        return false;
    if (hasApiTokenId) // the same bytes: one copy of the text
        t->apiTokenId = apiTokenId == id ? t->id : JsonScanner::decode(apiTokenId, plain);
    return true;
}

bool Reader::text(QString *out, bool repeats, QByteArrayView *bytes)
{
    if (m_json.takeNull())
        return true; // as if absent
    QByteArrayView raw;
    bool plain = false;
    if (!m_json.rawString(&raw, &plain))
        return false;
    if (bytes)
        *bytes = raw;
    if (!repeats) {
        *out = JsonScanner::decode(raw, plain);
        return true;
    }
    if (raw.isEmpty())
        return true;
    Recent &recent = m_recent[(raw.size() * 7 + uchar(raw.front()) * 31 + uchar(raw.back())) & 63];
    if (recent.raw != raw) {
        auto it = m_repeated.constFind(raw);
        if (it == m_repeated.constEnd())
            it = m_repeated.insert(raw, JsonScanner::decode(raw, plain));
        recent = {raw, *it};
    }
    *out = recent.text;
    return true;
}

bool Reader::date(QDateTime *out)
{
    if (m_json.takeNull())
        return true; // never expires
    QByteArrayView raw;
    bool plain = false;
    if (!m_json.rawString(&raw, &plain))
        return false;
    *out = plain ? losantDate(raw) : QDateTime();
    if (!out->isValid())
        *out = LosantDates::fromIso(JsonScanner::decode(raw, plain)); // another ISO form
    return out->isValid();
}

bool Reader::scope(QStringList *out)
{
    // Tokens share a few scope lists: each distinct one is read once.
    const char *start = m_json.position();
    if (!m_json.skipValue())
        return false;
    const QByteArrayView whole(start, m_json.position() - start);
    if (const auto it = m_scopes.constFind(whole); it != m_scopes.constEnd()) {
        *out = *it;
        return true;
    }
    JsonScanner list(whole);
    if (!list.takeNull()) {
        if (!list.take('['))
            return false;
        if (!list.take(']')) {
            do {
                QString s;
                if (!list.string(&s))
                    return false;
                out->append(s);
            } while (list.take(','));
            if (!list.take(']'))
                return false;
        }
    }
    m_scopes.insert(whole, *out);
    return true;
}

bool Reader::orgRoles(QList<OrgRole> *out)
{
    return m_json.takeNull() || list(out, &Reader::orgRole);
}

bool Reader::orgRole(OrgRole *out)
{
    enum { OrgId, Role, ApplicationRoles, DashboardRoles };
    if (!m_json.take('{'))
        return false;
    if (m_json.take('}'))
        return true;
    unsigned seen = 0;
    do {
        QByteArrayView key;
        if (!m_json.key(&key))
            return false;
        const int field = indexOf(key, {"orgId", "role", "applicationRoles", "dashboardRoles"});
        if (field >= 0 && (seen & (1u << field)))
            return false;
        if (field >= 0)
            seen |= 1u << field;
        const bool ok = field == OrgId      ? text(&out->orgId, true)
                : field == Role             ? text(&out->role, true)
                : field == ApplicationRoles ? resourceRoles(&out->applicationRoles)
                : field == DashboardRoles   ? resourceRoles(&out->dashboardRoles)
                                            : m_json.skipValue();
        if (!ok)
            return false;
    } while (m_json.take(','));
    return m_json.take('}');
}

bool Reader::resourceRoles(QList<ResourceRole> *out)
{
    return m_json.takeNull() || list(out, &Reader::resourceRole);
}

bool Reader::resourceRole(ResourceRole *role)
{
    if (!m_json.take('{'))
        return false;
    if (m_json.take('}'))
        return true;
    unsigned seen = 0;
    do {
        QByteArrayView key;
        if (!m_json.key(&key))
            return false;
        const int field = indexOf(key, {"resourceId", "role"});
        if (field >= 0 && (seen & (1u << field)))
            return false;
        if (field >= 0)
            seen |= 1u << field;
        const bool ok = field == 0 ? text(&role->resourceId, false)
                : field == 1       ? text(&role->role, true)
                                   : m_json.skipValue();
        if (!ok)
            return false;
    } while (m_json.take(','));
    return m_json.take('}');
}
} // namespace

namespace TokenPageReader {
std::optional<ApiTokenPage> read(const QByteArray &body)
{
    ApiTokenPage page;
    Reader reader(body);
    if (!reader.page(&page))
        return std::nullopt;
    page.rawItems = LazyJsonArray::itemsOf(body);
    return page;
}
} // namespace TokenPageReader
