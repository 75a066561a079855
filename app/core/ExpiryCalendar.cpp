#include "core/ExpiryCalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryCalendar)
};

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

class Lines
{
public:
    void add(const char *name, const QByteArray &value)
    {
        m_out += ExpiryCalendar::foldLine(QByteArray(name) + ':' + value);
    }
    void addText(const char *name, const QString &text)
    {
        add(name, ExpiryCalendar::escapeText(text).toUtf8());
    }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};
} // namespace

namespace ExpiryCalendar {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            // CRLF and a lone CR are one line break each, as \n.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.category() == QChar::Other_Control) {
            out += QLatin1Char(' '); // no other control character is allowed in a TEXT value
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray utcDateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    int start = 0;
    int limit = kMaxLineOctets; // a continuation line's leading space counts too
    while (line.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && isContinuationByte(line.at(cut)))
            --cut; // back to the first byte of the character that would be split
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = kMaxLineOctets - 1;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QList<ApiToken> expiring(const QList<ApiToken> &tokens, const QDateTime &now)
{
    QList<ApiToken> out;
    for (const ApiToken &t : tokens)
        if (t.expirationDate.isValid() && t.expirationDate > now)
            out.append(t);
    std::stable_sort(out.begin(), out.end(), [](const ApiToken &a, const ApiToken &b) {
        return a.expirationDate < b.expirationDate;
    });
    return out;
}

QByteArray write(const QList<ApiToken> &tokens, const Source &source)
{
    Lines lines;
    lines.add("BEGIN", "VCALENDAR");
    lines.add("VERSION", "2.0");
    lines.add("PRODID", "-//Losant Tokens//Expiry calendar//EN");
    lines.add("CALSCALE", "GREGORIAN");
    lines.add("METHOD", "PUBLISH");
    lines.addText("X-WR-CALNAME",
                  Text::tr("Losant token expirations — %1").arg(source.collectionName));
    const QByteArray stamp = utcDateTime(source.now);
    const QString host = source.host.isEmpty() ? QStringLiteral("localhost") : source.host;
    for (const ApiToken &t : expiring(tokens, source.now)) {
        const QString summary
                = Text::tr("API token “%1” expires (%2)").arg(t.name, source.collectionName);
        lines.add("BEGIN", "VEVENT");
        // Stable per token and server: a calendar imported again updates its events.
        lines.addText("UID", QStringLiteral("%1@%2").arg(t.id, host));
        lines.add("DTSTAMP", stamp);
        lines.add("DTSTART", utcDateTime(t.expirationDate));
        lines.addText("SUMMARY", summary);
        lines.addText("DESCRIPTION",
                      Text::tr("Token ID: %1\nCollection: %2\nRotate it before it expires; "
                               "requests using it fail afterwards.")
                              .arg(t.id, source.collectionName));
        lines.add("TRANSP", "TRANSPARENT");
        lines.add("BEGIN", "VALARM");
        lines.add("ACTION", "DISPLAY");
        lines.add("TRIGGER", QByteArray("-P") + QByteArray::number(kReminderDays) + 'D');
        lines.addText("DESCRIPTION", summary);
        lines.add("END", "VALARM");
        lines.add("END", "VEVENT");
    }
    lines.add("END", "VCALENDAR");
    return lines.result();
}

} // namespace ExpiryCalendar
