#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Glob::globRegex's answer without the regex for the usual shapes: literal pieces joined by '*'
// ("*grafana*", "prod-*", "*-ci") are found with startsWith, endsWith and indexOf in the
// case-folded text (Qt's simple case folding pairs exactly the characters PCRE2's caseless
// matching pairs). Anything else ('?', a lone surrogate) and any text that is not well-formed
// UTF-16 goes to the regex, so both ways give the same answer.
class GlobMatcher
{
public:
    GlobMatcher(const QString &glob, Qt::CaseSensitivity cs);

    bool matches(const QString &text) const
    {
        return matches(text, m_cs == Qt::CaseInsensitive ? text.toCaseFolded() : text,
                       isWellFormed(text));
    }
    // The same with what a caller keeps beside the text: `folded` is text.toCaseFolded() (the
    // text itself when case-sensitive), `wellFormed` isWellFormed(text).
    bool matches(const QString &text, QStringView folded, bool wellFormed) const;
    // Whether well-formed texts are matched without the regex.
    bool isFast() const { return m_fast; }
    // The glob's longest run of literal characters, case-folded: the folded form of every
    // well-formed text it matches contains it, so a search for it can pick the candidates.
    QString longestPiece() const { return m_longestPiece; }

    static bool isWellFormed(QStringView text);

private:
    bool matchesPieces(QStringView text) const;

    Qt::CaseSensitivity m_cs;
    bool m_valid = false;
    bool m_fast = false;
    bool m_anyRun = false; // at least one '*': prefix, middles, suffix; else the text is m_prefix
    QString m_prefix;
    QString m_suffix;
    QStringList m_middles; // in order, each found after the one before
    QString m_longestPiece;
    QStringList m_pieces; // every run of literal characters, folded when case-insensitive
    QRegularExpression m_regex;
};
