#include "localinstance/LocalTokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

// A JSON string as Qt's writer escapes it: ", \ and control characters escaped, the rest as
// UTF-8, a lone surrogate as \uXXXX.
void appendString(QByteArray &out, QStringView s)
{
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            out += char(u);
        } else if (u < 0x80) {
            out += '\\';
            switch (u) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 0x8:
                out += 'b';
                break;
            case 0xc:
                out += 'f';
                break;
            case 0xa:
                out += 'n';
                break;
            case 0xd:
                out += 'r';
                break;
            case 0x9:
                out += 't';
                break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += s.sliced(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hexDigit((u >> shift) & 0xf);
        } else {
            out += s.sliced(i, 1).toUtf8();
        }
    }
    out += '"';
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
    if (value.isValid())
        appendField(out, key, LosantDates::toIso(value));
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
    return out;
}
