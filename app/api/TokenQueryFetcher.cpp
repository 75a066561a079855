#include "api/TokenQueryFetcher.h"

TokenQueryFetcher::TokenQueryFetcher(const TokenCollection &collection, const TokenQuery &query,
                                     QObject *parent)
    : QObject(parent), m_collection(collection), m_query(query)
{
    m_query.page = 0;
    m_query.perPage = kPerPage;
}

TokenQueryFetcher::~TokenQueryFetcher()
{
    cancel();
}

void TokenQueryFetcher::start()
{
    m_tokens.clear();
    m_ids.clear();
    m_query.page = 0;
    request();
}

void TokenQueryFetcher::cancel()
{
    m_call.abandon(); // a canceled fetch reports nothing
}

void TokenQueryFetcher::request()
{
    ApiCall *call = m_call.start(m_collection.list(m_query));
    connect(call, &ApiCall::failed, this, &TokenQueryFetcher::failed);
    connect(call, &ApiCall::pageReceived, this, [this](const ApiTokenPage &page) {
        for (const ApiToken &t : page.items) {
            if (m_ids.contains(t.id))
                continue;
            m_ids.insert(t.id);
            m_tokens.append(t);
            m_tokens.last().token.clear();
        }
        Q_EMIT progress(int(m_tokens.size()), page.totalCount);
        const qint64 seen = qint64(m_query.page + 1) * kPerPage;
        if (page.items.isEmpty() || seen >= page.totalCount) {
            Q_EMIT finished(m_tokens);
            return;
        }
        ++m_query.page;
        request();
    });
}
