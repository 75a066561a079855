#include "workflows/TokenQueryFetcher.h"

#include "workflows/ConcurrentPager.h"

namespace {
TokenQuery everyPage(TokenQuery query)
{
    query.page = 0;
    query.perPage = TokenQueryFetcher::kPerPage;
    return query;
}
} // namespace

TokenQueryFetcher::TokenQueryFetcher(const TokenCollection &collection, const TokenQuery &query,
                                     QObject *parent)
    : QObject(parent), m_pager(new ConcurrentPager(collection, everyPage(query), true, this))
{
    connect(m_pager, &ConcurrentPager::pageApplied, this, [this](const ApiTokenPage &page) {
        for (const ApiToken &t : page.items) {
            m_tokens.append(t);
            m_tokens.last().token.clear();
        }
        Q_EMIT progress(int(m_tokens.size()), page.totalCount);
    });
    connect(m_pager, &ConcurrentPager::waiting, this, &TokenQueryFetcher::waiting);
    connect(m_pager, &ConcurrentPager::finished, this, [this] { Q_EMIT finished(m_tokens); });
    connect(m_pager, &ConcurrentPager::failed, this,
            [this](const ApiError &error) { Q_EMIT failed(error); });
}

void TokenQueryFetcher::start()
{
    m_tokens.clear();
    m_pager->start();
}

void TokenQueryFetcher::cancel()
{
    m_pager->cancel(); // a canceled fetch reports nothing
}
