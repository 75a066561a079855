#include "localinstance/LocalListParams.h"

#include "core/LosantApi.h"
#include "localinstance/LocalJson.h"

namespace {
using LocalJson::error;
using LocalJson::param;
using LocalJson::parseCount;
using LosantApi::kMaxPerPage; // docs/api.md "Page size": our choice, Losant has none
} // namespace

std::optional<LocalAnswer> LocalListParams::read(const QUrlQuery &query, const QStringList &fields,
                                                 const QString &defaultDirection)
{
    sortField = param(query, "sortField");
    if (sortField.isEmpty())
        sortField = fields.first();
    if (!fields.contains(sortField))
        return error(400,
                     tr("sortField: “%1” is not one of %2.")
                             .arg(sortField, fields.join(QLatin1String(", "))));
    sortDirection = param(query, "sortDirection");
    if (sortDirection.isEmpty())
        sortDirection = defaultDirection;
    const QString direction = sortDirection.toLower();
    if ((direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        || (sortDirection != direction && sortDirection != direction.toUpper()))
        return error(400, tr("sortDirection: “%1” is not asc or desc.").arg(sortDirection));
    descending = direction == QLatin1String("desc");
    const QString pageText = param(query, "page");
    page = pageText.isEmpty() ? 0 : parseCount(pageText);
    if (page < 0)
        return error(400, tr("page: “%1” is not a whole number of 0 or more.").arg(pageText));
    const QString perPageText = param(query, "perPage");
    perPage = perPageText.isEmpty() ? LosantApi::kDefaultPerPage : parseCount(perPageText);
    if (perPage < 1 || perPage > kMaxPerPage)
        return error(400,
                     tr("perPage: “%1” is not a whole number from 1 to %2.")
                             .arg(perPageText)
                             .arg(kMaxPerPage));
    return std::nullopt;
}

QJsonObject LocalListParams::answer(const QJsonArray &items, qint64 count, qint64 totalCount,
                                    const QString &filterField, const QString &filter) const
{
    QJsonObject o{{QStringLiteral("items"), items},
                  {QStringLiteral("count"), count},
                  {QStringLiteral("totalCount"), totalCount},
                  {QStringLiteral("perPage"), perPage},
                  {QStringLiteral("page"), page},
                  {QStringLiteral("sortField"), sortField},
                  {QStringLiteral("sortDirection"), sortDirection}};
    if (!filterField.isEmpty() && !filter.isEmpty()) {
        o.insert(QStringLiteral("filterField"), filterField);
        o.insert(QStringLiteral("filter"), filter);
    }
    return o;
}
