#pragma once

#include <QHashFunctions>
#include <QString>

#include <array>
#include <cstring>

// A Losant ID as Losant writes it (24 lower-case hex digits) in 12 bytes instead of a 64-byte
// string: what keeps 100,000 rows small.
struct PackedId
{
    std::array<quint8, 12> bytes{};

    // False (and `out` untouched) for any other text, which must then be kept as it is.
    static bool pack(QStringView text, PackedId *out)
    {
        if (text.size() != 24)
            return false;
        PackedId id;
        for (int i = 0; i < 12; ++i) {
            const int high = nibble(text[2 * i].unicode());
            const int low = nibble(text[2 * i + 1].unicode());
            if (high < 0 || low < 0)
                return false;
            id.bytes[i] = quint8(high << 4 | low);
        }
        *out = id;
        return true;
    }

    QString unpack() const
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        char text[24];
        for (int i = 0; i < 12; ++i) {
            text[2 * i] = kDigits[bytes[i] >> 4];
            text[2 * i + 1] = kDigits[bytes[i] & 15];
        }
        return QString::fromLatin1(text, 24);
    }

    bool operator==(const PackedId &o) const { return bytes == o.bytes; }
    bool operator!=(const PackedId &o) const { return bytes != o.bytes; }

private:
    static int nibble(char16_t c)
    {
        // A table, not comparisons: it runs for every ID of every page. Upper case is not
        // packed, as it would not come back.
        static constexpr auto kNibbles = [] {
            std::array<qint8, 128> t{};
            for (auto &n : t)
                n = -1;
            for (int i = 0; i < 10; ++i)
                t['0' + i] = qint8(i);
            for (int i = 0; i < 6; ++i)
                t['a' + i] = qint8(10 + i);
            return t;
        }();
        return c < 128 ? kNibbles[c] : -1;
    }
};

inline size_t qHash(const PackedId &id, size_t seed = 0)
{
    quint64 head;
    quint32 tail;
    std::memcpy(&head, id.bytes.data(), 8);
    std::memcpy(&tail, id.bytes.data() + 8, 4);
    return qHashMulti(seed, head, tail); // random bytes already: no need for more mixing
}
