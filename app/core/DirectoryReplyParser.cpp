#include "core/DirectoryReplyParser.h"

#include "core/ApiReplyParser.h"
#include "core/LosantIds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryReplyParser)
};
} // namespace

namespace DirectoryReplyParser {
std::optional<DirectoryPage> parsePage(const QByteArray &body, QString *problem)
{
    QJsonObject o;
    if (!ApiReplyParser::parseListEnvelope(body, &o, problem))
        return std::nullopt;
    DirectoryPage page;
    const QJsonArray array = o.value(QLatin1String("items")).toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject entry = item.toObject();
        const QJsonValue id = entry.value(QLatin1String("id"));
        const QJsonValue name = entry.value(QLatin1String("name"));
        if (!item.isObject() || !id.isString() || !LosantIds::isValidId(id.toString())) {
            *problem = Text::tr("an item of 'items' has no valid 'id'");
            return std::nullopt;
        }
        if (!name.isString()) {
            *problem = Text::tr("an item of 'items' has no 'name' text");
            return std::nullopt;
        }
        page.items.append({id.toString().toLower(), name.toString()});
    }
    page.totalCount = o.value(QLatin1String("totalCount")).toInt();
    page.count = o.value(QLatin1String("count")).toInt(int(page.items.size()));
    page.page = o.value(QLatin1String("page")).toInt();
    page.perPage = o.value(QLatin1String("perPage")).toInt();
    return page;
}
} // namespace DirectoryReplyParser
