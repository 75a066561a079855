#pragma once

#include "core/ApiToken.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

// What the local instance answers to one request: the HTTP status and a JSON body.
struct LocalAnswer
{
    int status = 200;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (the server adds Content-Type)
};

// An in-memory Losant-compatible instance store with the instance API token semantics and no
// networking, so it can be unit-tested and serve the demo mode (see LocalInstanceServer).
class LocalInstance
{
    Q_DECLARE_TR_FUNCTIONS(LocalInstance)
public:
    LocalInstance();
    ~LocalInstance();
    LocalInstance(const LocalInstance &) = delete;
    LocalInstance &operator=(const LocalInstance &) = delete;

    // Answers one request; `path` is decoded, `query` as it arrived (still percent-encoded).
    LocalAnswer handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                       const QByteArray &authorizationHeader, const QByteArray &body);

    // Test and demo data. IDs are stored in lower case.
    QString addInstance(); // a fresh ID
    QString addInstance(const QString &instanceId); // empty when the ID is malformed
    bool hasInstance(const QString &instanceId) const;
    // Stores a token: fills a missing id, apiTokenId, ownerId, dates (now) and status
    // ("active"), and creates the instance if needed. The secret is generated when empty. The
    // returned copy carries the secret in `token`; the stored one never does.
    ApiToken addToken(const QString &instanceId, ApiToken token, const QString &secret = {});
    // A new active token with these scopes; returns its secret.
    QString issueToken(const QString &instanceId, const QString &name, const QStringList &scopes);
    bool removeToken(const QString &instanceId, const QString &tokenId);
    int tokenCount(const QString &instanceId) const;
    std::optional<ApiToken> token(const QString &instanceId, const QString &tokenId) const;
    QList<ApiToken> tokens(const QString &instanceId) const; // unordered

    // The clock for dates and expiry; the default is the current UTC time.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    static QString newId();
    // Shaped like Losant's: a JWT whose payload's `sub` is the token's ID. Its signature part is
    // 48 random bytes (no key signs it), which keep every secret unique and unguessable.
    static QString newSecret(const QString &tokenId);
    // An error answer's body as Losant writes it: {"type": the status's name, "message": …}.
    static QByteArray errorBody(int status, const QString &message);

private:
    struct Stored
    {
        ApiToken token; // without the secret
        QString secret;
    };
    struct Instance
    {
        QHash<QString, Stored> tokens; // by id
    };
    struct SortedIndex
    {
        quint64 generation = 0;
        QStringList ids;
    };

    LocalAnswer list(const QString &instanceId, const QUrlQuery &query);
    LocalAnswer create(const QString &instanceId, const ApiToken &caller, const QByteArray &body);
    LocalAnswer getOne(const QString &instanceId, const QString &tokenId);
    LocalAnswer patch(const QString &instanceId, const QString &tokenId, const QByteArray &body);
    LocalAnswer remove(const QString &instanceId, const QString &tokenId);
    // Fills `caller` (a copy) or returns the 401 answer.
    std::optional<LocalAnswer> authenticate(const QByteArray &authorizationHeader,
                                            ApiToken *caller) const;
    const QStringList &sortedIds(const QString &instanceId, const QString &sortField,
                                 bool descending, const QString &filterField,
                                 const QString &filter);

    QHash<QString, Instance> m_instances;
    QHash<QString, QPair<QString, QString>> m_bySecret; // secret -> (instance, token id)
    QHash<QString, SortedIndex> m_sortCache;
    quint64 m_generation = 1; // bumped on every change; stale cache entries are rebuilt
    std::function<QDateTime()> m_clock;
};
