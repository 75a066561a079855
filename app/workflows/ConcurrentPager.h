#pragma once

#include "api/TokenCollection.h"
#include "core/ApiError.h"
#include "core/ApiToken.h"
#include "core/ApiTokenPage.h"
#include "core/TokenQuery.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <set>

class ApiCall;
class ListRateLimit;

// The pages of a token list, several asked for at once and handed over strictly in page order,
// each token once. The first page tells the total, then the rest are fanned out, at most
// inFlightLimit() at a time. A 429 lowers that to one and is waited out (ListRateLimit); any
// other failure ends the walk at the first failed page in order, as a page-by-page walk would.
class ConcurrentPager : public QObject
{
    Q_OBJECT
public:
    // QNetworkAccessManager opens at most six connections to a host: a seventh request would
    // only queue on our side while its page-sized answer buffer waits; six is also what a
    // browser sends to one host, so a server's rate limit expects it.
    static constexpr int kMaxInFlight = 6;

    // `all`: from page 0 to the last, query.perPage each; else only query.page.
    ConcurrentPager(const TokenCollection &collection, const TokenQuery &query, bool all,
                    QObject *parent = nullptr);
    ~ConcurrentPager() override;

    // (Re)starts from the first page, abandoning any walk under way.
    void start();
    // Abandons every request in flight: nothing more is emitted.
    void cancel();
    int inFlightLimit() const { return m_limit; }
    int inFlight() const { return int(m_inFlight.size()); } // requests awaiting an answer

Q_SIGNALS:
    // One page in order, holding only the tokens not seen on an earlier page (items and
    // rawItems alike); totalCount as that page said.
    void pageApplied(const ApiTokenPage &page);
    void waiting(int secondsLeft); // a 429's wait, counted down
    void finished();
    void failed(const ApiError &error, int page);

private:
    struct Arrival
    {
        ApiTokenPage page;
        bool ok = true;
        ApiError error; // when !ok
    };

    void fill();
    void request(int page);
    void received(int page, const ApiTokenPage &answer);
    void pageFailed(int page, int generation, const ApiError &error);
    void apply();
    ApiTokenPage unseen(const ApiTokenPage &page);
    int lastPage(int totalCount) const; // from a page's total, at least the first page
    enum class Abandon { Cancel, LetFinish };
    void abandonAll(Abandon how = Abandon::Cancel);
    void failOut(const ApiError &error, int page);

    TokenCollection m_collection;
    TokenQuery m_query;
    bool m_all;
    ListRateLimit *m_rateLimit;
    int m_limit = kMaxInFlight;
    bool m_running = false;
    bool m_waitingOut = false; // a 429's Retry-After is being sat through
    bool m_failureHeld = false; // a page failed: the walk ends at it once it is next
    int m_generation = 0; // raised by each 429 waited out: older requests' 429s are only requeued
    int m_turnedAway = -1; // the page whose 429 is being waited out
    int m_first = 0;
    int m_last = -1; // the last page, known once the first page tells the total
    int m_next = 0; // the next page to hand over
    int m_nextToAsk = 0;
    std::set<int> m_again; // pages a 429 turned away, asked for again first
    QMap<int, QPointer<ApiCall>> m_inFlight;
    QMap<int, Arrival> m_arrived; // answered but not yet handed over (a bounded window)
    QSet<QString> m_ids; // a token may show up twice when the list shifts between pages
};
