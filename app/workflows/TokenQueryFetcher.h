#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/LosantApi.h"
#include "core/TokenQuery.h"

#include <QObject>

class ConcurrentPager;
struct ApiError;

// Every token of a query (for exports and scans that need more than the loaded rows): pages
// asked for several at once and kept in order (ConcurrentPager), a 429 waited out.
class TokenQueryFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPerPage = LosantApi::kMaxPerPage; // the fewest requests

    TokenQueryFetcher(const TokenCollection &collection, const TokenQuery &query,
                      QObject *parent = nullptr);

    void start();
    void cancel();
    const QList<ApiToken> &tokens() const { return m_tokens; }
    ConcurrentPager *pager() const { return m_pager; }

Q_SIGNALS:
    void progress(int loaded, int total);
    void waiting(int secondsLeft); // a 429's wait, counted down
    void finished(const QList<ApiToken> &tokens);
    void failed(const ApiError &error);

private:
    ConcurrentPager *m_pager;
    QList<ApiToken> m_tokens;
};
