#pragma once

#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

// One text per slot (every token's name, or status), case-folded and kept back to back in one
// buffer, so a new filter reads them all in one sweep instead of chasing a pointer per token.
class LocalFoldedTexts
{
public:
    void set(quint32 slot, const QString &text);
    void clear(quint32 slot) { set(slot, QString()); }
    QStringView folded(quint32 slot) const
    {
        const Span &s = m_spans[slot];
        return QStringView(m_chars).sliced(s.at, s.size);
    }
    bool wellFormed(quint32 slot) const { return m_spans[slot].wellFormed; }
    // The slots whose folded text contains `piece`, each once, in no particular order, and
    // every slot whose text is not well-formed UTF-16 (only the regex can judge those). One
    // search through the whole buffer.
    std::vector<quint32> containing(const QString &piece) const;

private:
    struct Span
    {
        qsizetype at = 0;
        qsizetype size = 0;
        bool wellFormed = true;
    };
    void compact();

    QString m_chars;
    std::vector<Span> m_spans; // by slot
    // Where each text was put, ascending; a replaced text's entry stays until compact().
    std::vector<std::pair<qsizetype, quint32>> m_byPosition;
    std::vector<quint32> m_illFormed; // slots
    qsizetype m_live = 0; // characters some span still covers; the rest are left-overs
};
