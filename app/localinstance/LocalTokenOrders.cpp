#include "localinstance/LocalTokenOrders.h"

#include <algorithm>
#include <limits>

namespace {
using Stored = LocalStoredToken;

// What a token is sorted by: a date (as a number), then a text, then its id.
struct SortKey
{
    qint64 date = 0;
    QStringView text; // name, status or id; empty for the date fields
    QStringView id;
};

SortKey keyOf(const ApiToken &t, int field)
{
    SortKey k{0, {}, t.id};
    switch (field) {
    case 0:
        k.text = t.name;
        break;
    case 1:
        k.text = t.status;
        break;
    case 2:
        k.text = t.id;
        break;
    case 3:
        k.date = t.creationDate.toMSecsSinceEpoch();
        break;
    case 4:
        k.date = t.lastUpdated.toMSecsSinceEpoch();
        break;
    default: // no expiration sorts after every date ascending (never expires)
        k.date = t.expirationDate.isValid() ? t.expirationDate.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max();
    }
    return k;
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

bool operator<(const SortKey &a, const SortKey &b)
{
    if (a.date != b.date)
        return a.date < b.date;
    if (const int c = compareCodePoints(a.text, b.text))
        return c < 0;
    return compareCodePoints(a.id, b.id) < 0;
}

bool sameKey(const ApiToken &a, const ApiToken &b, int field)
{
    const SortKey x = keyOf(a, field);
    const SortKey y = keyOf(b, field);
    return !(x < y) && !(y < x);
}
} // namespace

bool LocalTokenOrders::matches(const Filter &f, quint32 slot) const
{
    const LocalFoldedTexts &texts = f.byName ? m_names : m_statuses;
    const ApiToken &t = m_slots[slot]->token;
    return f.matcher.matches(f.byName ? t.name : t.status, texts.folded(slot),
                             texts.wellFormed(slot));
}

// Where the token in `slot` (with its current values) is, or would go, in `order`.
LocalTokenOrders::Order::iterator LocalTokenOrders::place(Order &order, int field,
                                                          quint32 slot) const
{
    const SortKey key = keyOf(m_slots[slot]->token, field);
    return std::lower_bound(order.begin(), order.end(), key,
                            [this, field](quint32 e, const SortKey &k) {
                                return keyOf(m_slots[e]->token, field) < k;
                            });
}

void LocalTokenOrders::insertSorted(Order &order, int field, quint32 slot) const
{
    order.insert(place(order, field, slot), slot);
}

void LocalTokenOrders::eraseSorted(Order &order, int field, quint32 slot) const
{
    // Keys are unique (the id breaks ties), so the place is the token itself.
    auto at = place(order, field, slot);
    if (at == order.end() || *at != slot)
        at = std::find(order.begin(), order.end(), slot); // not reached while sorted
    if (at != order.end())
        order.erase(at);
}

LocalTokenOrders::Order LocalTokenOrders::sorted(const std::vector<quint32> &among, int field) const
{
    // The compared values next to each slot, so the sort does not chase pointers for them.
    std::vector<std::pair<SortKey, quint32>> entries;
    entries.reserve(among.size());
    for (quint32 slot : among)
        entries.emplace_back(keyOf(m_slots[slot]->token, field), slot);
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    Order order;
    order.reserve(entries.size());
    for (const auto &e : entries)
        order.push_back(e.second);
    return order;
}

const LocalTokenOrders::Order &LocalTokenOrders::order(int field)
{
    std::optional<Order> &kept = m_orders[size_t(field)];
    if (!kept) {
        std::vector<quint32> live;
        live.reserve(m_slots.size() - m_free.size());
        for (quint32 slot = 0; slot < m_slots.size(); ++slot) {
            if (m_slots[slot])
                live.push_back(slot);
        }
        kept = sorted(live, field);
    }
    return *kept;
}

void LocalTokenOrders::sortEveryField()
{
    for (int field = 0; field < kFields; ++field)
        order(field);
}

const LocalTokenOrders::Order &LocalTokenOrders::filtered(int field, bool byName,
                                                          const QString &glob)
{
    for (Filter &f : m_filters) {
        if (f.field == field && f.byName == byName && f.glob == glob) {
            f.lastUse = ++m_uses;
            return f.matched;
        }
    }
    if (m_filters.size() >= kFilters) {
        m_filters.erase(std::min_element(
                m_filters.begin(), m_filters.end(),
                [](const Filter &a, const Filter &b) { return a.lastUse < b.lastUse; }));
    }
    // Losant does not say whether the filter glob is case-sensitive; we match case-insensitively
    // (docs/api.md "Filter glob").
    Filter f{field, byName, glob, GlobMatcher(glob, Qt::CaseInsensitive), {}, ++m_uses};
    std::vector<quint32> hits;
    const QString piece = f.matcher.longestPiece();
    if (piece.isEmpty()) {
        for (quint32 slot = 0; slot < m_slots.size(); ++slot) {
            if (m_slots[slot] && matches(f, slot))
                hits.push_back(slot);
        }
    } else {
        // Only the texts holding the glob's longest literal piece can match: one search for it.
        for (quint32 slot : (byName ? m_names : m_statuses).containing(piece)) {
            if (m_slots[slot] && matches(f, slot))
                hits.push_back(slot);
        }
    }
    if (hits.size() * 16 < m_slots.size()) {
        f.matched = sorted(hits, field); // few: cheaper than walking the whole order
    } else {
        // The kept order filtered keeps its order.
        std::vector<bool> hit(m_slots.size());
        for (quint32 slot : hits)
            hit[slot] = true;
        for (quint32 slot : order(field)) {
            if (hit[slot])
                f.matched.push_back(slot);
        }
    }
    m_filters.push_back(std::move(f));
    return m_filters.back().matched;
}

void LocalTokenOrders::added(Stored *s)
{
    if (m_free.empty()) {
        s->slot = quint32(m_slots.size());
        m_slots.push_back(s);
    } else {
        s->slot = m_free.back();
        m_free.pop_back();
        m_slots[s->slot] = s;
    }
    m_names.set(s->slot, s->token.name);
    m_statuses.set(s->slot, s->token.status);
    for (int field = 0; field < kFields; ++field) {
        if (m_orders[size_t(field)])
            insertSorted(*m_orders[size_t(field)], field, s->slot);
    }
    for (Filter &f : m_filters) {
        if (matches(f, s->slot))
            insertSorted(f.matched, f.field, s->slot);
    }
}

void LocalTokenOrders::removing(Stored *s)
{
    for (int field = 0; field < kFields; ++field) {
        if (m_orders[size_t(field)])
            eraseSorted(*m_orders[size_t(field)], field, s->slot);
    }
    for (Filter &f : m_filters) {
        if (matches(f, s->slot))
            eraseSorted(f.matched, f.field, s->slot);
    }
    m_names.clear(s->slot);
    m_statuses.clear(s->slot);
    m_slots[s->slot] = nullptr;
    m_free.push_back(s->slot);
}

void LocalTokenOrders::update(Stored *s, const ApiToken &updated)
{
    const quint32 slot = s->slot;
    // Out of the orders whose key changes and the filters it leaves or moves in, with its
    // old values; back in with its new ones.
    std::array<bool, kFields> moves{};
    for (int field = 0; field < kFields; ++field) {
        moves[size_t(field)] = m_orders[size_t(field)] && !sameKey(s->token, updated, field);
        if (moves[size_t(field)])
            eraseSorted(*m_orders[size_t(field)], field, slot);
    }
    std::vector<Filter *> refiled;
    for (Filter &f : m_filters) {
        const bool was = matches(f, slot);
        const bool is = f.matcher.matches(f.byName ? updated.name : updated.status);
        const bool moved = !sameKey(s->token, updated, f.field);
        if (was && (!is || moved))
            eraseSorted(f.matched, f.field, slot);
        if (is && (!was || moved))
            refiled.push_back(&f);
    }
    if (updated.name != s->token.name)
        m_names.set(slot, updated.name);
    if (updated.status != s->token.status)
        m_statuses.set(slot, updated.status);
    s->token = updated;
    s->json.clear(); // the list's copy is stale
    for (int field = 0; field < kFields; ++field) {
        if (moves[size_t(field)])
            insertSorted(*m_orders[size_t(field)], field, slot);
    }
    for (Filter *f : refiled)
        insertSorted(f->matched, f->field, slot);
}
