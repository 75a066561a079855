#include "cli/PageWalker.h"

#include "workflows/ListRateLimit.h"

PageWalker::PageWalker(const TokenCollection &collection, const TokenQuery &query, bool all,
                       QObject *parent)
    : QObject(parent), m_collection(collection), m_query(query), m_all(all),
      m_rateLimit(new ListRateLimit(this))
{
    connect(m_rateLimit, &ListRateLimit::waiting, this, &PageWalker::waiting);
    connect(m_rateLimit, &ListRateLimit::retryRequested, this, &PageWalker::request);
    connect(m_rateLimit, &ListRateLimit::failed, this,
            [this](const ApiError &error) { Q_EMIT failed(error, m_query.page); });
}

void PageWalker::start()
{
    if (m_all)
        m_query.page = 0;
    request();
}

void PageWalker::request()
{
    ApiCall *call = m_call.start(m_collection.list(m_query));
    connect(call, &ApiCall::failed, m_rateLimit, &ListRateLimit::loadFailed);
    connect(call, &ApiCall::pageReceived, this, [this](const ApiTokenPage &page) {
        m_rateLimit->reset();
        // A token may show up twice when the list shifts between pages: the first one counts.
        for (int i = 0; i < page.items.size(); ++i) {
            const ApiToken &t = page.items.at(i);
            if (m_ids.contains(t.id))
                continue;
            m_ids.insert(t.id);
            m_tokens.append(t);
            m_raw.append(page.rawItems.at(i));
        }
        Q_EMIT progress(int(m_tokens.size()), page.totalCount);
        const qint64 seen = qint64(m_query.page + 1) * m_query.perPage;
        if (!m_all || page.items.isEmpty() || seen >= page.totalCount) {
            Q_EMIT finished();
            return;
        }
        ++m_query.page;
        request();
    });
}
