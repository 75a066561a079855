#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/TokenQuery.h"

#include <QJsonArray>
#include <QObject>

class ConcurrentPager;
struct ApiError;

// The pages of a list for the command line: one page, or every page in order with no token
// twice, several asked for at once (ConcurrentPager). A 429 is waited out as the window does
// (ListRateLimit); any other failure ends the walk, naming the page that failed.
class PageWalker : public QObject
{
    Q_OBJECT
public:
    // `all`: from page 0 to the last, query.perPage each; else only query.page.
    PageWalker(const TokenCollection &collection, const TokenQuery &query, bool all,
               QObject *parent = nullptr);

    void start();
    const QList<ApiToken> &tokens() const { return m_tokens; }
    const QJsonArray &rawTokens() const { return m_raw; } // as the server sent them
    ConcurrentPager *pager() const { return m_pager; }

Q_SIGNALS:
    void progress(int loaded, int total);
    void waiting(int secondsLeft); // a 429's wait, counted down
    void finished();
    void failed(const ApiError &error, int page);

private:
    ConcurrentPager *m_pager;
    QList<ApiToken> m_tokens;
    QJsonArray m_raw;
};
