#include "localinstance/LocalTokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

// A JSON string as Qt's writer escapes it: ", \ and control characters escaped, the rest as
// UTF-8, a lone surrogate as \uXXXX. Written through a pointer: at most 6 bytes a unit.
void appendString(QByteArray &out, QStringView s)
{
    const qsizetype start = out.size();
    out.resize(start + 6 * s.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *p++ = char(u);
        } else if (u < 0x80) {
            *p++ = '\\';
            switch (u) {
            case '"':
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                break;
            case 0x8:
                *p++ = 'b';
                break;
            case 0xc:
                *p++ = 'f';
                break;
            case 0xa:
                *p++ = 'n';
                break;
            case 0xd:
                *p++ = 'r';
                break;
            case 0x9:
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigit(u >> 4);
                *p++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(u, s.at(++i).unicode());
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            *p++ = '\\';
            *p++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *p++ = hexDigit((u >> shift) & 0xf);
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return; // ApiToken::toJson leaves empty texts out
    out += out.size() > 1 ? ",\"" : "\"";
    out += key;
    out += "\":";
    appendString(out, value);
}

void appendDate(QByteArray &out, const char *key, const QDateTime &value)
{
    if (!value.isValid())
        return;
    const QDateTime utc = value.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999) { // Qt's own form for the rare rest
        appendField(out, key, LosantDates::toIso(value));
        return;
    }
    // "2016-06-13T04:00:00.000Z", as Qt::ISODateWithMs writes a UTC time.
    char text[24];
    const auto digits = [&text](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, d.year(), 4);
    text[4] = '-';
    digits(5, d.month(), 2);
    text[7] = '-';
    digits(8, d.day(), 2);
    text[10] = 'T';
    digits(11, t.hour(), 2);
    text[13] = ':';
    digits(14, t.minute(), 2);
    text[16] = ':';
    digits(17, t.second(), 2);
    text[19] = '.';
    digits(20, t.msec(), 3);
    text[23] = 'Z';
    out += out.size() > 1 ? ",\"" : "\"";
    out += key;
    out += "\":\"";
    out.append(text, sizeof(text));
    out += '"';
}

} // namespace

QByteArray LocalTokenJson::write(const ApiToken &t)
{
    QByteArray out;
    out.reserve(1024);
    out += '{';
    // The keys in QJsonObject's order (sorted), each written only as ApiToken::toJson would.
    appendField(out, "apiTokenId", t.apiTokenId);
    appendDate(out, "creationDate", t.creationDate);
    appendField(out, "creatorId", t.creatorId);
    appendField(out, "creatorName", t.creatorName);
    appendField(out, "creatorType", t.creatorType);
    appendField(out, "defaultRole", t.defaultRole);
    appendField(out, "description", t.description);
    appendDate(out, "expirationDate", t.expirationDate);
    appendField(out, "id", t.id);
    appendDate(out, "lastUpdated", t.lastUpdated);
    appendField(out, "name", t.name);
    if (!t.orgRoles.isEmpty()) { // nested and rare: Qt writes it
        out += out.size() > 1 ? ",\"orgRoles\":" : "\"orgRoles\":";
        out += QJsonDocument(OrgRole::listToJson(t.orgRoles)).toJson(QJsonDocument::Compact);
    }
    appendField(out, "ownerId", t.ownerId);
    appendField(out, "ownerType", t.ownerType);
    out += out.size() > 1 ? ",\"scope\":[" : "\"scope\":[";
    for (qsizetype i = 0; i < t.scope.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, t.scope.at(i));
    }
    out += ']';
    appendField(out, "status", t.status);
    appendField(out, "token", t.token);
    out += '}';
    out.squeeze(); // kept for every listed token: without the room the writing reserved
    return out;
}
