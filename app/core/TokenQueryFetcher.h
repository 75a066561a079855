#pragma once

#include "ApiToken.h"
#include "TokenQuery.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class LosantClient;
struct ApiError;

// Every token of a query, page after page (for exports that need more than the loaded rows).
class TokenQueryFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPerPage = 1000; // the API's largest page

    TokenQueryFetcher(LosantClient *client, const QString &instanceId, const TokenQuery &query,
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

    LosantClient *m_client;
    QString m_instanceId;
    TokenQuery m_query;
    QPointer<ApiCall> m_call;
    QList<ApiToken> m_tokens;
    QSet<QString> m_ids; // a token may show up twice when the list shifts between pages
};
