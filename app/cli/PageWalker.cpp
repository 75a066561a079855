#include "cli/PageWalker.h"

#include "workflows/ConcurrentPager.h"

PageWalker::PageWalker(const TokenCollection &collection, const TokenQuery &query, bool all,
                       QObject *parent)
    : QObject(parent), m_pager(new ConcurrentPager(collection, query, all, this))
{
    connect(m_pager, &ConcurrentPager::pageApplied, this, [this](const ApiTokenPage &page) {
        m_tokens.append(page.items);
        for (const QJsonValue &raw : page.rawItems)
            m_raw.append(raw);
        Q_EMIT progress(int(m_tokens.size()), page.totalCount);
    });
    connect(m_pager, &ConcurrentPager::waiting, this, &PageWalker::waiting);
    connect(m_pager, &ConcurrentPager::finished, this, &PageWalker::finished);
    connect(m_pager, &ConcurrentPager::failed, this, &PageWalker::failed);
}

void PageWalker::start()
{
    m_tokens.clear();
    m_raw = {};
    m_pager->start();
}
