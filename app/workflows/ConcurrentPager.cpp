#include "workflows/ConcurrentPager.h"

#include "api/ApiCall.h"
#include "workflows/ListRateLimit.h"

#include <algorithm>

ConcurrentPager::ConcurrentPager(const TokenCollection &collection, const TokenQuery &query,
                                 bool all, QObject *parent)
    : QObject(parent), m_collection(collection), m_query(query), m_all(all),
      m_rateLimit(new ListRateLimit(this))
{
    connect(m_rateLimit, &ListRateLimit::waiting, this, &ConcurrentPager::waiting);
    connect(m_rateLimit, &ListRateLimit::retryRequested, this, [this] {
        m_waitingOut = false;
        fill();
    });
    connect(m_rateLimit, &ListRateLimit::failed, this,
            [this](const ApiError &error) { failOut(error, m_turnedAway); });
}

ConcurrentPager::~ConcurrentPager()
{
    abandonAll();
}

void ConcurrentPager::start()
{
    abandonAll();
    m_rateLimit->reset();
    m_arrived.clear();
    m_again.clear();
    m_ids.clear();
    m_limit = kMaxInFlight;
    m_waitingOut = false;
    m_generation = 0;
    m_failureHeld = false;
    m_first = m_all ? 0 : m_query.page;
    m_last = m_all ? -1 : m_first;
    m_next = m_nextToAsk = m_first;
    m_running = true;
    fill();
}

void ConcurrentPager::cancel()
{
    m_running = false;
    abandonAll();
    m_rateLimit->reset();
}

void ConcurrentPager::abandonAll(Abandon how)
{
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (ApiCall *call : calls) {
        if (!call)
            continue;
        call->disconnect(this); // its late answer must never reach us
        if (how == Abandon::Cancel)
            call->cancel();
    }
}

// Asks for the lowest pages not yet asked for, up to the limit in flight. Answers held for
// order are bounded too: no page more than twice the limit ahead of the next one handed over.
void ConcurrentPager::fill()
{
    while (m_running && !m_waitingOut && m_inFlight.size() < m_limit) {
        const bool again = !m_again.empty();
        const int page = again ? *m_again.begin() : m_nextToAsk;
        const bool totalKnown = m_last >= 0;
        if (!totalKnown && page != m_first)
            return; // the first page tells how many there are
        if (!again && totalKnown
            && (page > m_last || page >= m_next + 2 * kMaxInFlight || m_failureHeld))
            return;
        if (again)
            m_again.erase(m_again.begin());
        else
            ++m_nextToAsk;
        request(page);
    }
}

void ConcurrentPager::request(int page)
{
    TokenQuery query = m_query;
    query.page = page;
    ApiCall *call = m_collection.list(query);
    m_inFlight.insert(page, call);
    const int generation = m_generation;
    connect(call, &ApiCall::pageReceived, this,
            [this, page](const ApiTokenPage &answer) { received(page, answer); });
    connect(call, &ApiCall::failed, this, [this, page, generation](const ApiError &error) {
        pageFailed(page, generation, error);
    });
}

void ConcurrentPager::received(int page, const ApiTokenPage &answer)
{
    m_inFlight.remove(page);
    // A page between: the next 429 is waited out again (a countdown runs only while waiting out).
    if (!m_waitingOut)
        m_rateLimit->reset();
    if (page == m_first && m_all && m_last < 0)
        m_last = lastPage(answer.totalCount);
    m_arrived.insert(page, Arrival{answer, true, {}});
    fill(); // the server works on the next pages while this one is handed over
    apply();
    fill();
}

void ConcurrentPager::pageFailed(int page, int generation, const ApiError &error)
{
    m_inFlight.remove(page);
    if (!error.isTooManyRequests()) {
        // Held until the pages before it are handed over: the first failure in order counts.
        m_arrived.insert(page, Arrival{{}, false, error});
        m_failureHeld = true; // the walk ends there: no new pages past it
        apply();
        return;
    }
    m_limit = 1; // the server said we ask too fast: one page at a time from now on
    m_again.insert(page);
    if (generation < m_generation || m_waitingOut) {
        fill(); // asked for before the wait began: asked again after it, one at a time
        return;
    }
    ++m_generation;
    m_waitingOut = true;
    m_turnedAway = page;
    m_rateLimit->loadFailed(error); // waits, then retryRequested; or a second one in a row: failed
}

// Hands over the answered pages that are next in order; stops at the end or a failure.
void ConcurrentPager::apply()
{
    const QPointer<ConcurrentPager> alive(this);
    while (m_running && m_arrived.contains(m_next)) {
        const Arrival arrival = m_arrived.take(m_next);
        if (!arrival.ok) {
            failOut(arrival.error, m_next);
            return;
        }
        if (m_all && arrival.page.items.size() > 0)
            m_last = lastPage(arrival.page.totalCount); // the list may have grown or shrunk
        const bool done = !m_all || arrival.page.items.isEmpty() || m_next >= m_last;
        ++m_next;
        Q_EMIT pageApplied(unseen(arrival.page));
        if (!alive || !m_running)
            return;
        if (done) {
            m_running = false;
            abandonAll();
            Q_EMIT finished();
            return;
        }
    }
}

int ConcurrentPager::lastPage(int totalCount) const
{
    return std::max(m_first, (totalCount + m_query.perPage - 1) / m_query.perPage - 1);
}

ApiTokenPage ConcurrentPager::unseen(const ApiTokenPage &page)
{
    const auto seen = [this](const ApiToken &t) { return m_ids.contains(t.id); };
    if (std::none_of(page.items.cbegin(), page.items.cend(), seen)) {
        const qsizetype before = m_ids.size();
        for (const ApiToken &t : page.items)
            m_ids.insert(t.id);
        if (m_ids.size() - before == page.items.size())
            return page; // the usual case, every token new: handed over as it came, no copy
        for (const ApiToken &t : page.items)
            m_ids.remove(t.id); // one token twice on this page: filtered one by one below
    }
    ApiTokenPage kept = page;
    kept.items.clear();
    kept.rawItems = {};
    const bool raw = page.rawItems.size() == page.items.size();
    for (int i = 0; i < page.items.size(); ++i) {
        const ApiToken &t = page.items.at(i);
        if (m_ids.contains(t.id))
            continue;
        m_ids.insert(t.id);
        kept.items.append(t);
        if (raw)
            kept.rawItems.append(page.rawItems.at(i));
    }
    return kept;
}

void ConcurrentPager::failOut(const ApiError &error, int page)
{
    m_running = false;
    // Not aborted: the pages still in flight may be failing too, and Qt warns on stderr when
    // an abort meets a reply's own error; they end by themselves, unheard.
    abandonAll(Abandon::LetFinish);
    Q_EMIT failed(error, page);
}
