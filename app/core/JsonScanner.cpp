#include "core/JsonScanner.h"

#include <QtAlgorithms>

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
constexpr int kMaxDepth = 32; // Qt allows far more; a token page needs four

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// Four hex digits at `at` (checked before).
char32_t hex4(const char *at)
{
    return char32_t(hexValue(at[0]) << 12 | hexValue(at[1]) << 8 | hexValue(at[2]) << 4
                    | hexValue(at[3]));
}

// Code points Qt's parser may treat specially (BOM, noncharacters): left to it.
bool unusual(char32_t cp)
{
    return cp == 0 || cp == 0xfeff || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
}

bool continuation(const char *at, const char *end, int count)
{
    for (int i = 0; i < count; ++i)
        if (at + i >= end || (uchar(at[i]) & 0xc0) != 0x80)
            return false;
    return true;
}

// One UTF-8 sequence at `at` (checked before): its code point and length.
char32_t decodeUtf8(const char *at, int *length)
{
    const uchar b = uchar(at[0]);
    if (b < 0xe0) {
        *length = 2;
        return char32_t(b & 0x1f) << 6 | (uchar(at[1]) & 0x3f);
    }
    if (b < 0xf0) {
        *length = 3;
        return char32_t(b & 0x0f) << 12 | char32_t(uchar(at[1]) & 0x3f) << 6
                | (uchar(at[2]) & 0x3f);
    }
    *length = 4;
    return char32_t(b & 0x07) << 18 | char32_t(uchar(at[1]) & 0x3f) << 12
            | char32_t(uchar(at[2]) & 0x3f) << 6 | (uchar(at[3]) & 0x3f);
}

// Whether any of the 8 bytes is a quote, a backslash, a control character or not ASCII: the
// bytes a string's fast path must stop at.
bool special8(quint64 x)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    const quint64 quote = x ^ (ones * '"');
    const quint64 backslash = x ^ (ones * '\\');
    const quint64 zeroQuote = (quote - ones) & ~quote;
    const quint64 zeroBackslash = (backslash - ones) & ~backslash;
    const quint64 control = (x - ones * 0x20) & ~x;
    return ((zeroQuote | zeroBackslash | control) & highs) != 0 || (x & highs) != 0;
}
} // namespace

bool JsonScanner::literal(const char *word, int size)
{
    if (m_end - m_at < size || *m_at != *word || std::memcmp(m_at, word, size) != 0)
        return false;
    m_at += size;
    return true;
}

bool JsonScanner::takeNull()
{
    skipSpace();
    return literal("null", 4);
}

bool JsonScanner::rawString(QByteArrayView *raw, bool *plain)
{
    skipSpace();
    if (m_at == m_end || *m_at != '"')
        return false;
    const char *start = ++m_at;
    *plain = true;
    for (;;) {
#ifdef __SSE2__
        // 16 bytes at a time, straight to the first one to look at (x86-64 always has SSE2).
        while (m_end - m_at >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_at));
            const __m128i stop = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('"')),
                                 _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'))),
                    _mm_cmplt_epi8(chunk, _mm_set1_epi8(0x20))); // signed: 0x80-0xFF too
            const int mask = _mm_movemask_epi8(stop);
            if (mask != 0) {
                m_at += qCountTrailingZeroBits(quint32(mask));
                break;
            }
            m_at += 16;
        }
#endif
        while (m_end - m_at >= 8) {
            quint64 chunk;
            std::memcpy(&chunk, m_at, 8);
            if (special8(chunk))
                break;
            m_at += 8;
        }
        if (m_at == m_end)
            return false;
        const uchar c = uchar(*m_at);
        if (c == '"') {
            *raw = QByteArrayView(start, m_at - start);
            ++m_at;
            return true;
        }
        if (c == '\\') {
            if (!escape(plain))
                return false;
        } else if (c >= 0x80) {
            if (!utf8(plain))
                return false;
        } else if (c < 0x20) {
            return false;
        } else {
            ++m_at;
        }
    }
}

bool JsonScanner::escape(bool *plain)
{
    *plain = false;
    if (m_end - m_at < 2)
        return false;
    const char kind = m_at[1];
    if (std::strchr("\"\\/bfnrt", kind) && kind != 0) {
        m_at += 2;
        return true;
    }
    auto hexAt = [this](const char *at) {
        if (m_end - at < 6 || at[0] != '\\' || at[1] != 'u')
            return false;
        for (int i = 2; i < 6; ++i)
            if (hexValue(at[i]) < 0)
                return false;
        return true;
    };
    if (!hexAt(m_at))
        return false;
    char32_t cp = hex4(m_at + 2);
    m_at += 6;
    if (cp >= 0xdc00 && cp <= 0xdfff)
        return false; // a lone low surrogate
    if (cp >= 0xd800 && cp <= 0xdbff) {
        if (!hexAt(m_at))
            return false;
        const char32_t low = hex4(m_at + 2);
        if (low < 0xdc00 || low > 0xdfff)
            return false;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        m_at += 6;
    }
    return !unusual(cp);
}

bool JsonScanner::utf8(bool *plain)
{
    *plain = false;
    const uchar b = uchar(*m_at);
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xbf; // the range of the second byte; later ones are 80..BF
    if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        low = b == 0xe0 ? 0xa0 : 0x80; // no overlong forms
        high = b == 0xed ? 0x9f : 0xbf; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        low = b == 0xf0 ? 0x90 : 0x80;
        high = b == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
    } else {
        return false;
    }
    if (m_end - m_at < length || uchar(m_at[1]) < low || uchar(m_at[1]) > high
        || !continuation(m_at + 1, m_end, length - 1))
        return false;
    int decoded = 0;
    if (unusual(decodeUtf8(m_at, &decoded)))
        return false;
    m_at += length;
    return true;
}

bool JsonScanner::key(QByteArrayView *name)
{
    bool plain = false;
    if (!rawString(name, &plain) || (!plain && name->contains('\\')))
        return false; // an escaped name might spell a known one: left to Qt
    return take(':');
}

bool JsonScanner::string(QString *out)
{
    QByteArrayView raw;
    bool plain = false;
    if (!rawString(&raw, &plain))
        return false;
    *out = decode(raw, plain);
    return true;
}

QString JsonScanner::decode(QByteArrayView raw, bool plain)
{
    if (plain)
        return QString::fromLatin1(raw.data(), raw.size());
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.data(), raw.size()); // valid UTF-8, checked
    QString out(raw.size(), Qt::Uninitialized); // never more UTF-16 units than bytes
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    const char *at = raw.data();
    const char *end = at + raw.size();
    auto put = [&to](char32_t cp) {
        if (cp < 0x10000) {
            *to++ = char16_t(cp);
        } else {
            *to++ = char16_t(0xd800 + ((cp - 0x10000) >> 10));
            *to++ = char16_t(0xdc00 + ((cp - 0x10000) & 0x3ff));
        }
    };
    while (at < end) {
        const uchar c = uchar(*at);
        if (c == '\\') {
            const char kind = at[1];
            if (kind == 'u') {
                char32_t cp = hex4(at + 2);
                at += 6;
                if (cp >= 0xd800 && cp <= 0xdbff) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (hex4(at + 2) - 0xdc00);
                    at += 6;
                }
                put(cp);
                continue;
            }
            static constexpr char kFrom[] = "\"\\/bfnrt";
            static constexpr char kTo[] = "\"\\/\b\f\n\r\t";
            *to++ = char16_t(kTo[std::strchr(kFrom, kind) - kFrom]);
            at += 2;
        } else if (c >= 0x80) {
            int length = 0;
            put(decodeUtf8(at, &length));
            at += length;
        } else {
            *to++ = c;
            ++at;
        }
    }
    out.truncate(to - reinterpret_cast<const char16_t *>(out.constData()));
    return out;
}

bool JsonScanner::count(int *out)
{
    skipSpace();
    const char *start = m_at;
    qint64 value = 0; // a tenth digit is read to be refused: ten digits overflow an int
    while (m_at != m_end && *m_at >= '0' && *m_at <= '9' && m_at - start < 10) {
        value = value * 10 + (*m_at - '0');
        ++m_at;
    }
    const qsizetype digits = m_at - start;
    if (digits == 0 || digits > 9 || (digits > 1 && *start == '0'))
        return false;
    if (m_at != m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E' || *m_at == '-'))
        return false;
    *out = int(value);
    return true;
}

bool JsonScanner::number()
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, short enough to be an ordinary double
    auto digits = [this](int most) {
        const char *start = m_at;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        return m_at - start >= 1 && m_at - start <= most;
    };
    if (m_at != m_end && *m_at == '-')
        ++m_at;
    const char *whole = m_at;
    if (!digits(15) || (*whole == '0' && m_at - whole > 1))
        return false;
    if (m_at != m_end && *m_at == '.') {
        ++m_at;
        if (!digits(15))
            return false;
    }
    if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
        ++m_at;
        if (m_at != m_end && (*m_at == '+' || *m_at == '-'))
            ++m_at;
        if (!digits(2))
            return false;
    }
    return true;
}

bool JsonScanner::skip(int depth)
{
    skipSpace();
    if (m_at == m_end)
        return false;
    QByteArrayView raw;
    bool plain = false;
    switch (*m_at) {
    case '"':
        return rawString(&raw, &plain);
    case 't':
        return literal("true", 4);
    case 'f':
        return literal("false", 5);
    case 'n':
        return literal("null", 4);
    case '{':
        if (depth >= kMaxDepth)
            return false;
        ++m_at;
        if (take('}'))
            return true;
        do {
            if (!rawString(&raw, &plain) || !take(':') || !skip(depth + 1))
                return false;
        } while (take(','));
        return take('}');
    case '[':
        if (depth >= kMaxDepth)
            return false;
        ++m_at;
        if (take(']'))
            return true;
        do {
            if (!skip(depth + 1))
                return false;
        } while (take(','));
        return take(']');
    default:
        return number();
    }
}
