#pragma once

#include "core/PackedId.h"

#include <QSet>
#include <QString>

// The IDs of the tokens already shown, about 16 bytes each: Losant's IDs packed, any other
// text as it is.
class TokenIdSet
{
public:
    // False when the ID was in the set already.
    bool insert(const QString &id)
    {
        PackedId packed;
        if (PackedId::pack(id, &packed))
            return insertInto(m_packed, packed);
        return insertInto(m_other, id);
    }
    void remove(const QString &id)
    {
        PackedId packed;
        if (PackedId::pack(id, &packed))
            m_packed.remove(packed);
        else
            m_other.remove(id);
    }
    void reserve(qsizetype ids) { m_packed.reserve(ids); } // no rehash of them all as they come
    void clear()
    {
        m_packed = {};
        m_other = {};
    }
    qsizetype size() const { return m_packed.size() + m_other.size(); }

private:
    template<typename T> static bool insertInto(QSet<T> &set, const T &value)
    {
        const qsizetype before = set.size();
        set.insert(value);
        return set.size() != before;
    }

    QSet<PackedId> m_packed;
    QSet<QString> m_other;
};
