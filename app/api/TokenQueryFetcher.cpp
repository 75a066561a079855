#include "api/TokenQueryFetcher.h"

#include "api/ApiCall.h"

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
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this); // a canceled fetch reports nothing
        call->cancel();
    }
}

void TokenQueryFetcher::request()
{
    m_call = m_collection.list(m_query);
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        Q_EMIT failed(error);
    });
    connect(m_call, &ApiCall::pageReceived, this, [this](const ApiTokenPage &page) {
        m_call = nullptr;
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
