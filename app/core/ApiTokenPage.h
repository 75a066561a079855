#pragma once

#include "core/ApiToken.h"

#include <QJsonArray>
#include <QList>
#include <QString>

// One page of the list answer (docs/schemas/apiTokens.json), with the sort and filter it echoes.
struct ApiTokenPage
{
    QList<ApiToken> items;
    QJsonArray rawItems; // the same items exactly as the server sent them (shared, not copied)
    int count = 0;
    int totalCount = 0;
    int page = 0;
    int perPage = 0;
    QString sortField;
    QString sortDirection;
    QString filterField;
    QString filter;
};
