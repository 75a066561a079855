#include "core/GlobMatcher.h"

#include "core/Glob.h"

bool GlobMatcher::isWellFormed(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

GlobMatcher::GlobMatcher(const QString &glob, Qt::CaseSensitivity cs)
    : m_cs(cs), m_regex(Glob::globRegex(glob, cs))
{
    m_valid = m_regex.isValid(); // asked once: each call takes the regex's lock
    const QRegularExpression wildcards(QStringLiteral("[*?]"));
    for (const QString &piece : glob.toCaseFolded().split(wildcards, Qt::SkipEmptyParts)) {
        if (piece.size() > m_longestPiece.size())
            m_longestPiece = piece;
    }
    // Compared with what matches() is given: the folded text, or the text itself.
    m_pieces = (cs == Qt::CaseInsensitive ? glob.toCaseFolded() : glob)
                       .split(wildcards, Qt::SkipEmptyParts);
    m_fast = !glob.contains(QLatin1Char('?')) && isWellFormed(glob);
    if (!m_fast)
        return;
    // The pieces are compared with folded texts: fold them the same way.
    const QString pattern = cs == Qt::CaseInsensitive ? glob.toCaseFolded() : glob;
    const QStringList pieces = pattern.split(QLatin1Char('*'));
    m_anyRun = pieces.size() > 1;
    m_prefix = pieces.first();
    if (!m_anyRun)
        return;
    m_suffix = pieces.last();
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
        if (!pieces.at(i).isEmpty())
            m_middles.append(pieces.at(i));
    }
}

bool GlobMatcher::matches(const QString &text, QStringView folded, bool wellFormed) const
{
    if (!m_valid)
        return false; // as the regex would answer, without its warning for every text
    if (!wellFormed)
        return m_regex.match(text).hasMatch();
    if (!m_fast) {
        // A text without one of the literal pieces cannot match: the regex only for the rest.
        for (const QString &piece : m_pieces) {
            if (!folded.contains(piece))
                return false;
        }
        return m_regex.match(text).hasMatch();
    }
    return matchesPieces(m_cs == Qt::CaseInsensitive ? folded : QStringView(text));
}

bool GlobMatcher::matchesPieces(QStringView text) const
{
    if (!m_anyRun)
        return text == m_prefix;
    // Compared as views: startsWith("") is false on a null text.
    if (text.size() < m_prefix.size() + m_suffix.size() || text.first(m_prefix.size()) != m_prefix
        || text.last(m_suffix.size()) != m_suffix)
        return false;
    // Each middle piece at its leftmost place after the one before: that leaves the most room
    // for the rest, so a match is found whenever one exists.
    qsizetype from = m_prefix.size();
    const qsizetype end = text.size() - m_suffix.size();
    const QStringView middle = text.first(end);
    for (const QString &piece : m_middles) {
        const qsizetype at = middle.indexOf(piece, from);
        if (at < 0)
            return false;
        from = at + piece.size();
    }
    return true;
}
