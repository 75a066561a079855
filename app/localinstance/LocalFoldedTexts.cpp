#include "localinstance/LocalFoldedTexts.h"

#include "core/GlobMatcher.h"

#include <QStringMatcher>

#include <algorithm>
#include <limits>

void LocalFoldedTexts::set(quint32 slot, const QString &text)
{
    if (slot >= m_spans.size())
        m_spans.resize(slot + 1);
    Span &span = m_spans[slot];
    m_live -= span.size;
    const QString folded = text.toCaseFolded();
    const bool wasWellFormed = span.wellFormed;
    span = {m_chars.size(), folded.size(), GlobMatcher::isWellFormed(text)};
    if (wasWellFormed != span.wellFormed) {
        if (span.wellFormed)
            m_illFormed.erase(std::find(m_illFormed.begin(), m_illFormed.end(), slot));
        else
            m_illFormed.push_back(slot);
    }
    m_byPosition.emplace_back(span.at, slot);
    m_chars += folded;
    m_live += span.size;
    // Replaced texts stay behind until they are as many as the live ones.
    if (m_chars.size() > 2 * m_live + 4096)
        compact();
}

void LocalFoldedTexts::compact()
{
    QString chars;
    chars.reserve(m_live);
    m_byPosition.clear();
    for (quint32 slot = 0; slot < m_spans.size(); ++slot) {
        Span &span = m_spans[slot];
        const qsizetype at = chars.size();
        chars += QStringView(m_chars).sliced(span.at, span.size);
        span.at = at;
        m_byPosition.emplace_back(at, slot);
    }
    m_chars = chars;
}

std::vector<quint32> LocalFoldedTexts::containing(const QString &piece) const
{
    std::vector<quint32> found = m_illFormed;
    const QStringMatcher matcher(piece); // skips ahead by up to the piece's length
    qsizetype from = 0;
    while ((from = matcher.indexIn(m_chars, from)) >= 0) {
        // The text put last at or before the hit; a hit across two texts is no hit.
        auto entry = std::upper_bound(m_byPosition.begin(), m_byPosition.end(),
                                      std::make_pair(from, std::numeric_limits<quint32>::max()));
        --entry;
        const Span &span = m_spans[entry->second];
        if (span.at == entry->first && from + piece.size() <= span.at + span.size) {
            found.push_back(entry->second);
            from = span.at + span.size; // the next text
        } else {
            ++from;
        }
    }
    return found;
}
