#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/LosantApi.h"
#include "core/TokenQuery.h"

#include <QObject>
#include <QSet>

struct ApiError;

// Every token of a query, page after page (for exports that need more than the loaded rows).
class TokenQueryFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPerPage = LosantApi::kMaxPerPage; // the fewest requests

    TokenQueryFetcher(const TokenCollection &collection, const TokenQuery &query,
                      QObject *parent = nullptr);
    ~TokenQueryFetcher() override;

    void start();
    void cancel();
    const QList<ApiToken> &tokens() const { return m_tokens; }

Q_SIGNALS:
    void progress(int loaded, int total);
    void finished(const QList<ApiToken> &tokens);
    void failed(const ApiError &error);

private:
    void request();

    TokenCollection m_collection;
    TokenQuery m_query;
    CallSlot m_call{this}; // the page being fetched; cancel() abandons it
    QList<ApiToken> m_tokens;
    QSet<QString> m_ids; // a token may show up twice when the list shifts between pages
};
