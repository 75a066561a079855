#pragma once

#include "core/ApiToken.h"
#include "core/LazyJsonArray.h"

#include <QList>
#include <QString>

// One page of the list answer (docs/schemas/apiTokens.json), with the sort and filter it echoes.
struct ApiTokenPage
{
    QList<ApiToken> items;
    // The same items exactly as the server sent them (shared, not copied; read when first used).
    LazyJsonArray rawItems;
    int count = 0;
    int totalCount = 0;
    int page = 0;
    int perPage = 0;
    QString sortField;
    QString sortDirection;
    QString filterField;
    QString filter;
};
