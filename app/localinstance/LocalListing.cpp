#include "localinstance/LocalInstance.h"

#include "core/LosantApi.h"
#include "localinstance/LocalJson.h"
#include "localinstance/LocalListParams.h"
#include "localinstance/LocalTokenJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

// The list call (docs/api.md "List parameters", "List answer"), the same for every token kind.
namespace {
using LocalJson::error;
using LocalJson::param;
using LocalJson::toJson;

const QStringList &sortFields()
{
    static const QStringList fields = LosantApi::tokenSortFields(); // built once, asked per call
    return fields;
}

} // namespace

LocalAnswer LocalInstance::list(Kind kind, const QString &ownerId, const QUrlQuery &query)
{
    LocalListParams list;
    if (const auto refused = list.read(query, sortFields(), QStringLiteral("asc")))
        return *refused;
    const QString filterField = param(query, "filterField");
    if (!filterField.isEmpty() && filterField != QLatin1String("name")
        && filterField != QLatin1String("status"))
        return error(400, tr("filterField: “%1” is not name or status.").arg(filterField));
    const QString filter = param(query, "filter");
    // A filter without a field (or a field without a filter) filters nothing, as documented.
    const bool filtering = !filterField.isEmpty() && !filter.isEmpty();

    // Every kept order follows each write (LocalTokenOrders): no request sorts, and a filter
    // walks the kept order once, then is kept too.
    static const LocalTokenOrders::Order none;
    const int field = int(sortFields().indexOf(list.sortField));
    Owner *owner = findOwner(kind, ownerId);
    const LocalTokenOrders::Order &order = !owner ? none
            : filtering
            ? owner->orders.filtered(field, filterField == QLatin1String("name"), filter)
            : owner->orders.order(field);
    const qint64 total = qint64(order.size());
    const qint64 first = qint64(list.page) * list.perPage;
    const qint64 end = std::min<qint64>(first + list.perPage, total);
    // The page's tokens, each serialized once until it changes: writing them dominated a page.
    QByteArray items;
    for (qint64 i = first; i < end; ++i) {
        Stored *s = owner->orders.at(order[size_t(list.descending ? total - 1 - i : i)]);
        if (s->json.isEmpty())
            s->json = LocalTokenJson::write(s->token);
        if (!items.isEmpty())
            items += ',';
        items += s->json;
    }
    const QJsonObject o = list.answer({}, std::max<qint64>(0, end - first), total,
                                      filtering ? filterField : QString(), filter);
    // The empty array's place, which no string value can fake (its quotes would be escaped).
    QByteArray body = toJson(o);
    const qsizetype at = body.indexOf(QByteArrayLiteral("\"items\":[]"));
    body.insert(at + qsizetype(sizeof("\"items\":[") - 1), items);
    return {200, body, {}};
}
