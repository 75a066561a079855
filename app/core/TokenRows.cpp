#include "core/TokenRows.h"

#include <cstring>
#include <limits>

// Org roles repeat across tokens made from one template: kept once, found by hash.
static size_t qHash(const ResourceRole &r, size_t seed = 0)
{
    return qHashMulti(seed, r.resourceId, r.role);
}

static size_t qHash(const OrgRole &r, size_t seed = 0)
{
    return qHashMulti(seed, r.orgId, r.role, r.applicationRoles, r.dashboardRoles);
}

namespace {
constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

// The pooled text fields under their ApiToken members, in the order of TokenRows' Pooled.
QString ApiToken::*const kPooledFields[]
        = {&ApiToken::apiTokenId,  &ApiToken::ownerId,     &ApiToken::ownerType,
           &ApiToken::creatorType, &ApiToken::creatorName, &ApiToken::defaultRole,
           &ApiToken::status,      &ApiToken::token};

qint64 msecs(const QDateTime &date)
{
    return date.isValid() ? date.toMSecsSinceEpoch() : kNoDate;
}

// Whether two texts or lists are the same by where their characters are: one owned block,
// which none can change while `held` shares it.
bool sameData(const QString &held, const QString &value)
{
    return held.isSharedWith(value) && held.constData() == value.constData()
            && held.size() == value.size();
}

bool sameData(const QStringList &held, const QStringList &value)
{
    return !held.isEmpty() && held.isSharedWith(value); // the same elements, one owned block
}

template<typename T> quint32 internIn(const T &value, QList<T> &values, QHash<T, quint32> &index)
{
    if (value.isEmpty())
        return 0;
    const auto it = index.constFind(value);
    if (it != index.constEnd())
        return *it;
    const auto at = quint32(values.size());
    values.append(value);
    index.insert(value, at);
    return at;
}
} // namespace

void TokenRows::clear()
{
    *this = TokenRows();
}

void TokenRows::append(const ApiToken &token)
{
    m_rows.append(pack(token));
}

void TokenRows::replace(qsizetype row, const ApiToken &token)
{
    m_rows[row] = pack(token); // the old name stays in m_text unused, until clear()
}

TokenRows::Row TokenRows::pack(const ApiToken &token)
{
    Row row;
    row.flags = 0;
    packId(token.id, &row.id, &row.flags, IdInPool);
    packId(token.creatorId, &row.creatorId, &row.flags, CreatorIdInPool);
    const bool apiTokenIdIsId = !token.id.isEmpty() && token.apiTokenId == token.id;
    if (apiTokenIdIsId)
        row.flags |= ApiTokenIdIsId;
    for (int f = 0; f < PooledCount; ++f)
        row.strings[f] = f == ApiTokenId && apiTokenIdIsId ? 0 : intern(token.*kPooledFields[f]);
    row.dates[0] = msecs(token.creationDate);
    row.dates[1] = msecs(token.lastUpdated);
    row.dates[2] = msecs(token.expirationDate);
    row.name = store(token.name);
    row.description = store(token.description);
    auto &scope = m_recentScopes[(quintptr(token.scope.constData()) >> 4) % m_recentScopes.size()];
    if (token.scope.isEmpty() || !sameData(scope.value, token.scope))
        scope = {token.scope, internIn(token.scope, m_scopes, m_scopeIndex)};
    row.scope = scope.index;
    row.orgRoles = internIn(token.orgRoles, m_orgRoles, m_orgRolesIndex);
    return row;
}

void TokenRows::packId(const QString &id, PackedId *packed, quint8 *flags, Flag inPool)
{
    if (PackedId::pack(id, packed))
        return;
    *packed = PackedId();
    const quint32 index = intern(id);
    std::memcpy(packed->bytes.data(), &index, sizeof index);
    *flags |= inPool;
}

QString TokenRows::unpackId(const PackedId &packed, bool inPool) const
{
    if (!inPool)
        return packed.unpack();
    quint32 index;
    std::memcpy(&index, packed.bytes.data(), sizeof index);
    return m_strings.at(index);
}

quint32 TokenRows::intern(const QString &s)
{
    if (s.isEmpty())
        return 0;
    auto &recent = m_recentStrings[(quintptr(s.constData()) >> 4) % m_recentStrings.size()];
    if (!sameData(recent.value, s))
        recent = {s, internIn(s, m_strings, m_stringIndex)};
    return recent.index;
}

TokenRows::Text TokenRows::store(const QString &s)
{
    Text t;
    t.offset = quint32(m_text.size());
    t.size = quint32(s.size());
    if (s.isEmpty())
        return t;
    const char16_t *chars = reinterpret_cast<const char16_t *>(s.constData());
    bool latin1 = true;
    for (qsizetype i = 0; i < s.size() && latin1; ++i)
        latin1 = chars[i] < 0x100;
    if (latin1) {
        const qsizetype at = m_text.size();
        m_text.resize(at + s.size());
        char *out = m_text.data() + at;
        for (qsizetype i = 0; i < s.size(); ++i)
            out[i] = char(chars[i]);
    } else {
        // Any UTF-16, lone surrogates too: the text comes back exactly as it was.
        m_text.append(reinterpret_cast<const char *>(chars), s.size() * 2);
        t.size |= kWide;
    }
    return t;
}

QString TokenRows::text(Text t) const
{
    const qsizetype size = t.size & ~kWide;
    if (size == 0)
        return QString();
    const char *at = m_text.constData() + t.offset;
    if (!(t.size & kWide))
        return QString::fromLatin1(at, size);
    QString s(size, Qt::Uninitialized);
    std::memcpy(s.data(), at, size * 2);
    return s;
}

QDateTime TokenRows::date(qint64 msecs)
{
    return msecs == kNoDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

ApiToken TokenRows::at(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    ApiToken t;
    t.id = unpackId(r.id, r.flags & IdInPool);
    t.creatorId = unpackId(r.creatorId, r.flags & CreatorIdInPool);
    for (int f = 0; f < PooledCount; ++f)
        t.*kPooledFields[f] = m_strings.at(r.strings[f]);
    if (r.flags & ApiTokenIdIsId)
        t.apiTokenId = t.id;
    t.name = text(r.name);
    t.description = text(r.description);
    t.creationDate = date(r.dates[0]);
    t.lastUpdated = date(r.dates[1]);
    t.expirationDate = date(r.dates[2]);
    t.scope = m_scopes.at(r.scope);
    t.orgRoles = m_orgRoles.at(r.orgRoles);
    return t;
}

QString TokenRows::id(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    return unpackId(r.id, r.flags & IdInPool);
}

QString TokenRows::creatorId(qsizetype row) const
{
    const Row &r = m_rows.at(row);
    return unpackId(r.creatorId, r.flags & CreatorIdInPool);
}

bool TokenRows::hasId(qsizetype row, const QString &id) const
{
    const Row &r = m_rows.at(row);
    PackedId packed;
    if (PackedId::pack(id, &packed))
        return !(r.flags & IdInPool) && r.id == packed;
    return (r.flags & IdInPool) && unpackId(r.id, true) == id;
}

qsizetype TokenRows::indexOf(const QString &id) const
{
    PackedId packed;
    const bool isPacked = PackedId::pack(id, &packed);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (isPacked ? !(r.flags & IdInPool) && r.id == packed
                     : (r.flags & IdInPool) && unpackId(r.id, true) == id)
            return row;
    }
    return -1;
}
