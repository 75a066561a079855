#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

// A small reader of the RFC 5545 rules the expiry calendar relies on, independent of the
// writer: CRLF line ends only, physical lines of at most 75 octets that are each valid UTF-8
// (a fold never splits a character), BEGIN/END nesting, the required properties, and TEXT
// escaping. problems() lists every rule broken; components() the unfolded, unescaped content.
namespace ICalendarCheck {

struct Component
{
    QString name; // VCALENDAR, VEVENT, VALARM
    QString parent; // the enclosing component's name; empty for VCALENDAR
    QHash<QString, QStringList> properties; // name -> values (unescaped for TEXT properties)
};

struct Result
{
    QStringList problems;
    QList<Component> components; // in the order their BEGIN appears
    QList<Component> ofName(const QString &name) const
    {
        QList<Component> out;
        for (const Component &c : components)
            if (c.name == name)
                out.append(c);
        return out;
    }
};

inline bool isTextProperty(const QString &name)
{
    return name == QLatin1String("SUMMARY") || name == QLatin1String("DESCRIPTION")
            || name == QLatin1String("UID") || name.startsWith(QLatin1String("X-"));
}

// A TEXT value unescaped; a lone , ; or a backslash before anything else is a problem.
inline QString unescape(const QString &value, QStringList *problems)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            problems->append(QStringLiteral("unescaped '%1' in \"%2\"").arg(c).arg(value));
            out += c;
        } else if (c == QLatin1Char('\\')) {
            const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                out += QLatin1Char('\n');
            else if (next == QLatin1Char('\\') || next == QLatin1Char(';')
                     || next == QLatin1Char(','))
                out += next;
            else
                problems->append(QStringLiteral("bad escape in \"%1\"").arg(value));
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

inline Result check(const QByteArray &file)
{
    Result r;
    if (!file.endsWith("\r\n"))
        r.problems << QStringLiteral("the file does not end with CRLF");
    // Physical lines: every LF must follow a CR and every CR precede an LF.
    QList<QByteArray> physical;
    int start = 0;
    for (int i = 0; i < file.size(); ++i) {
        if (file.at(i) == '\n' && (i == 0 || file.at(i - 1) != '\r'))
            r.problems << QStringLiteral("bare LF at octet %1").arg(i);
        if (file.at(i) == '\r' && (i + 1 >= file.size() || file.at(i + 1) != '\n'))
            r.problems << QStringLiteral("bare CR at octet %1").arg(i);
        if (file.at(i) == '\n') {
            physical.append(file.mid(start, i - 1 - start));
            start = i + 1;
        }
    }
    QStringList logical;
    for (const QByteArray &line : physical) {
        if (line.size() > 75)
            r.problems << QStringLiteral("line of %1 octets: %2")
                                  .arg(line.size())
                                  .arg(QString::fromUtf8(line));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(line);
        if (utf8.hasError())
            r.problems << QStringLiteral("a line is not valid UTF-8 on its own (split "
                                         "character?): %1")
                                  .arg(QString::fromUtf8(line));
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty())
                r.problems << QStringLiteral("continuation line first");
            else
                logical.last() += text.mid(1);
        } else {
            logical.append(text);
        }
    }
    QList<int> open; // indexes into r.components
    for (const QString &line : logical) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            r.problems << QStringLiteral("no property name: %1").arg(line);
            continue;
        }
        const QString name = line.left(colon).section(QLatin1Char(';'), 0, 0).toUpper();
        const QString value = line.mid(colon + 1);
        if (name == QLatin1String("BEGIN")) {
            Component c;
            c.name = value;
            c.parent = open.isEmpty() ? QString() : r.components.at(open.last()).name;
            if (open.isEmpty() && value != QLatin1String("VCALENDAR"))
                r.problems << QStringLiteral("%1 outside VCALENDAR").arg(value);
            r.components.append(c);
            open.append(int(r.components.size()) - 1);
        } else if (name == QLatin1String("END")) {
            if (open.isEmpty() || r.components.at(open.last()).name != value)
                r.problems << QStringLiteral("END:%1 does not close the open component").arg(value);
            else
                open.removeLast();
        } else if (open.isEmpty()) {
            r.problems << QStringLiteral("property outside a component: %1").arg(name);
        } else {
            r.components[open.last()].properties[name].append(
                    isTextProperty(name) ? unescape(value, &r.problems) : value);
        }
    }
    if (!open.isEmpty())
        r.problems << QStringLiteral("%1 is never closed").arg(r.components.at(open.last()).name);
    // Required properties, once each (RFC 5545 3.6, 3.6.1, 3.6.6).
    const QHash<QString, QStringList> required = {
            {QStringLiteral("VCALENDAR"), {QStringLiteral("VERSION"), QStringLiteral("PRODID")}},
            {QStringLiteral("VEVENT"),
             {QStringLiteral("UID"), QStringLiteral("DTSTAMP"), QStringLiteral("DTSTART")}},
            {QStringLiteral("VALARM"), {QStringLiteral("ACTION"), QStringLiteral("TRIGGER")}},
    };
    for (const Component &c : r.components) {
        for (const QString &property : required.value(c.name))
            if (c.properties.value(property).size() != 1)
                r.problems << QStringLiteral("%1 has %2 %3 (one required)")
                                      .arg(c.name)
                                      .arg(c.properties.value(property).size())
                                      .arg(property);
        if (c.name == QLatin1String("VALARM") && c.parent != QLatin1String("VEVENT"))
            r.problems << QStringLiteral("VALARM outside a VEVENT");
        if (c.name == QLatin1String("VEVENT") && c.parent != QLatin1String("VCALENDAR"))
            r.problems << QStringLiteral("VEVENT outside the VCALENDAR");
    }
    if (r.ofName(QStringLiteral("VCALENDAR")).size() != 1)
        r.problems << QStringLiteral("not exactly one VCALENDAR");
    return r;
}

} // namespace ICalendarCheck
