#include "ApiReplyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Gives lupdate and Text::tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiReplyParser)
};

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

// Fields that must be strings when present; anything else means the reply is not a token.
const char *const kStringFields[]
        = {"id",          "apiTokenId",     "ownerId",     "ownerType",   "creatorId",
           "creatorType", "creatorName",    "name",        "description", "creationDate",
           "lastUpdated", "expirationDate", "defaultRole", "status",      "token"};
const char *const kDateFields[] = {"creationDate", "lastUpdated", "expirationDate"};

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}
} // namespace

namespace ApiReplyParser {
std::optional<ApiToken> parseTokenObject(const QJsonObject &o, QString *problem)
{
    for (const char *key : kStringFields) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString() && !v.isNull()) {
            *problem = Text::tr("the token field '%1' is not text").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        *problem = Text::tr("a token without an id");
        return std::nullopt;
    }
    for (const char *key : kDateFields) {
        const QString text = o.value(QLatin1String(key)).toString();
        if (!text.isEmpty() && !LosantDates::fromIso(text).isValid()) {
            *problem = Text::tr("the token field '%1' is not a date").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    const QJsonValue scope = o.value(QLatin1String("scope"));
    if (!scope.isUndefined() && !scope.isArray() && !scope.isNull()) {
        *problem = Text::tr("the token field 'scope' is not a list");
        return std::nullopt;
    }
    const QJsonValue roles = o.value(QLatin1String("orgRoles"));
    if (!roles.isUndefined() && !roles.isArray() && !roles.isNull()) {
        *problem = Text::tr("the token field 'orgRoles' is not a list");
        return std::nullopt;
    }
    return ApiToken::fromJson(o);
}

std::optional<ApiToken> parseToken(const QByteArray &body, QString *problem)
{
    QJsonObject o;
    if (!parseObject(body, &o, problem))
        return std::nullopt;
    return parseTokenObject(o, problem);
}

std::optional<ApiTokenPage> parsePage(const QByteArray &body, QString *problem)
{
    QJsonObject o;
    if (!parseObject(body, &o, problem))
        return std::nullopt;
    const QJsonValue items = o.value(QLatin1String("items"));
    if (!items.isArray()) {
        *problem = Text::tr("'items' is missing or not a list");
        return std::nullopt;
    }
    const QJsonValue total = o.value(QLatin1String("totalCount"));
    if (!isInteger(total)) {
        *problem = Text::tr("'totalCount' is missing or not a number");
        return std::nullopt;
    }
    ApiTokenPage page;
    const QJsonArray array = items.toArray();
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
    page.totalCount = total.toInt();
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
