#pragma once

#include "core/LosantApi.h"
#include "localinstance/LocalInstance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// The sort and page parameters every list the local instance serves takes (tokens, audit log,
// organizations, applications, dashboards), and the answer that echoes them.
struct LocalListParams
{
    Q_DECLARE_TR_FUNCTIONS(LocalInstance) // the same words, and translations, as before
public:
    QString sortField;
    QString sortDirection; // as sent ("asc", "DESC", ...), echoed in the answer
    bool descending = false;
    int page = 0;
    int perPage = LosantApi::kDefaultPerPage;

    // Reads sortField (one of `fields`, default the first), sortDirection (default
    // `defaultDirection`), page and perPage (1..LosantApi::kMaxPerPage); the 400 answer naming
    // the first bad one, or nothing when all are good.
    std::optional<LocalAnswer> read(const QUrlQuery &query, const QStringList &fields,
                                    const QString &defaultDirection);
    // A list answer with these items and the parameters echoed (docs/api.md "List answer"):
    // the filter too, when one was applied (both given).
    QJsonObject answer(const QJsonArray &items, qint64 count, qint64 totalCount,
                       const QString &filterField = {}, const QString &filter = {}) const;
};
