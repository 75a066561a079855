#pragma once

#include "core/LosantApi.h"

#include <QString>
#include <QUrlQuery>

// What a list request asks for: the server sorts, filters and pages.
struct TokenQuery
{
    QString sortField = QStringLiteral("name");
    QString sortDirection = QStringLiteral("asc");
    int page = 0;
    int perPage = LosantApi::kDefaultPerPage;
    QString filterField; // empty: no filtering
    QString filter; // a glob: '*' any run, '?' one character

    bool operator==(const TokenQuery &o) const
    {
        return sortField == o.sortField && sortDirection == o.sortDirection && page == o.page
                && perPage == o.perPage && filterField == o.filterField && filter == o.filter;
    }
    bool operator!=(const TokenQuery &o) const { return !(*this == o); }

    bool hasFilter() const { return !filterField.isEmpty() && !filter.isEmpty(); }
};
