#pragma once

#include <QByteArrayView>
#include <QString>

// Reads JSON text as Qt's parser would, but only in its plain forms: strings without control
// characters, lone surrogates or unusual code points; short numbers; little nesting. Anything
// else is a refusal, upon which the caller hands the text to Qt's parser, so every text either
// reads the same both ways or is read by Qt alone.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text) : m_at(text.data()), m_end(text.data() + text.size())
    { }

    // After whitespace: consumes `c` when it is next.
    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }
    bool takeNull(); // the literal null, when it is next
    // A member's name (no escapes) and its colon.
    bool key(QByteArrayView *name);
    // A string's text between its quotes, checked; `plain` when it has no escape and is ASCII.
    bool rawString(QByteArrayView *raw, bool *plain);
    bool string(QString *out);
    // A whole number from 0 to 999,999,999 (more digits, signs, fractions: a refusal).
    bool count(int *out);
    // Any value, checked and passed over.
    bool skipValue() { return skip(0); }

    // The text of a string that rawString() checked.
    static QString decode(QByteArrayView raw, bool plain);
    const char *position() const { return m_at; }

private:
    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }
    bool skip(int depth);
    bool number();
    bool literal(const char *word, int size);
    bool escape(bool *plain);
    bool utf8(bool *plain);

    const char *m_at;
    const char *m_end;
};
