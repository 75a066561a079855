#include "core/ApiReplyParser.h"

#include "core/TokenPageReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace {
// Gives lupdate and Text::tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiReplyParser)
};
} // namespace

namespace ApiReplyParser {
bool parseObject(const QByteArray &body, QJsonObject *object, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = body.trimmed().startsWith('<')
                ? Text::tr("an HTML page instead of JSON")
                : Text::tr("not JSON (%1)").arg(error.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *problem = Text::tr("a JSON value that is not an object");
        return false;
    }
    *object = doc.object();
    return true;
}

bool isCount(const QJsonValue &v)
{
    // Range first, as casting 1e300 to an integer is UB.
    const double d = v.toDouble(-1);
    return d >= 0 && d <= std::numeric_limits<int>::max() && d == std::floor(d);
}

std::optional<ApiToken> parseTokenObject(const QJsonObject &o, QString *problem)
{
    // One lookup per field: this runs for every token of every page.
    ApiToken t;
    auto text = [&o, problem](const char *key, QString *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString()) {
            *out = v.toString();
            return true;
        }
        if (v.isUndefined() || v.isNull())
            return true;
        *problem = Text::tr("the token field '%1' is not text").arg(QLatin1String(key));
        return false;
    };
    auto date = [&o, problem](const char *key, QDateTime *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        *out = LosantDates::fromIso(v.toString());
        if (v.isString() && out->isValid())
            return true;
        *problem = Text::tr("the token field '%1' is not a date").arg(QLatin1String(key));
        return false;
    };
    if (!text("id", &t.id) || !text("apiTokenId", &t.apiTokenId) || !text("ownerId", &t.ownerId)
        || !text("ownerType", &t.ownerType) || !text("creatorId", &t.creatorId)
        || !text("creatorType", &t.creatorType) || !text("creatorName", &t.creatorName)
        || !text("name", &t.name) || !text("description", &t.description)
        || !text("defaultRole", &t.defaultRole) || !text("status", &t.status)
        || !text("token", &t.token) || !date("creationDate", &t.creationDate)
        || !date("lastUpdated", &t.lastUpdated) || !date("expirationDate", &t.expirationDate))
        return std::nullopt;
    if (t.id.isEmpty()) {
        *problem = Text::tr("a token without an id");
        return std::nullopt;
    }
    const QJsonValue scope = o.value(QLatin1String("scope"));
    if (scope.isArray()) {
        const QJsonArray scopes = scope.toArray();
        t.scope.reserve(scopes.size());
        for (const QJsonValue &s : scopes)
            t.scope.append(s.toString());
    } else if (!scope.isUndefined() && !scope.isNull()) {
        *problem = Text::tr("the token field 'scope' is not a list");
        return std::nullopt;
    }
    const QJsonValue roles = o.value(QLatin1String("orgRoles"));
    if (roles.isArray()) {
        const QJsonArray array = roles.toArray();
        for (const QJsonValue &r : array)
            t.orgRoles.append(OrgRole::fromJson(r.toObject()));
    } else if (!roles.isUndefined() && !roles.isNull()) {
        *problem = Text::tr("the token field 'orgRoles' is not a list");
        return std::nullopt;
    }
    return t;
}

std::optional<ApiToken> parseToken(const QByteArray &body, QString *problem)
{
    QJsonObject o;
    if (!parseObject(body, &o, problem))
        return std::nullopt;
    return parseTokenObject(o, problem);
}

bool parseListEnvelope(const QByteArray &body, QJsonObject *object, QString *problem)
{
    if (!parseObject(body, object, problem))
        return false;
    if (!object->value(QLatin1String("items")).isArray()) {
        *problem = Text::tr("'items' is missing or not a list");
        return false;
    }
    if (!isCount(object->value(QLatin1String("totalCount")))) {
        *problem = Text::tr("'totalCount' is missing or not a number");
        return false;
    }
    return true;
}

std::optional<ApiTokenPage> parsePage(const QByteArray &body, QString *problem)
{
    if (std::optional<ApiTokenPage> page = TokenPageReader::read(body))
        return page;
    return parsePageWithQtJson(body, problem);
}

std::optional<ApiTokenPage> parsePageWithQtJson(const QByteArray &body, QString *problem)
{
    QJsonObject o;
    if (!parseListEnvelope(body, &o, problem))
        return std::nullopt;
    ApiTokenPage page;
    const QJsonArray array = o.value(QLatin1String("items")).toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            *problem = Text::tr("an item of 'items' is not an object");
            return std::nullopt;
        }
        std::optional<ApiToken> token = parseTokenObject(item.toObject(), problem);
        if (!token)
            return std::nullopt;
        page.items.append(std::move(*token));
    }
    page.rawItems = array;
    page.totalCount = o.value(QLatin1String("totalCount")).toInt();
    page.count = o.value(QLatin1String("count")).toInt(int(page.items.size()));
    page.page = o.value(QLatin1String("page")).toInt();
    page.perPage = o.value(QLatin1String("perPage")).toInt();
    page.sortField = o.value(QLatin1String("sortField")).toString();
    page.sortDirection = o.value(QLatin1String("sortDirection")).toString();
    page.filterField = o.value(QLatin1String("filterField")).toString();
    page.filter = o.value(QLatin1String("filter")).toString();
    return page;
}

bool parseError(const QByteArray &body, QString *type, QString *message)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    *type = o.value(QLatin1String("type")).toString();
    *message = o.value(QLatin1String("message")).toString();
    return !type->isEmpty() || !message->isEmpty();
}
} // namespace ApiReplyParser
