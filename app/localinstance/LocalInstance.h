#pragma once

#include "core/ApiToken.h"
#include "core/InstanceAuditLog.h"
#include "core/TokenLocation.h"
#include "core/TokenPermissions.h"
#include "localinstance/LocalDirectory.h"
#include "localinstance/LocalTokenOrders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <vector>

// What the local instance answers to one request: the HTTP status and a JSON body.
struct LocalAnswer
{
    int status = 200;
    QByteArray body; // JSON
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (the server adds Content-Type)
};

// An in-memory Losant-compatible store of every token kind (instance, application and user
// tokens, docs/api.md "Token kinds") with Losant's token semantics and no networking, so it can
// be unit-tested and serve the demo mode (see LocalInstanceServer). Tokens live with an owner:
// an instance, an application or a user, each known by (kind, 24-hex ID).
class LocalInstance
{
    Q_DECLARE_TR_FUNCTIONS(LocalInstance)
public:
    using Kind = TokenLocation::Kind;

    LocalInstance();
    ~LocalInstance();
    LocalInstance(const LocalInstance &) = delete;
    LocalInstance &operator=(const LocalInstance &) = delete;

    // Answers one request; `path` is decoded, `query` as it arrived (still percent-encoded).
    LocalAnswer handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                       const QByteArray &authorizationHeader, const QByteArray &body);

    // Sorts every collection by every sort field now (a server about to start): the orders are
    // then kept up to date by each write, and no list request waits for a sort.
    void sortEveryOrder();

    // Test and demo data. IDs are stored in lower case.
    // An owner of this kind with this ID (created if new); empty when the ID is malformed.
    QString addOwner(Kind kind, const QString &ownerId);
    bool hasOwner(Kind kind, const QString &ownerId) const;
    QString addInstance(); // a fresh ID
    QString addInstance(const QString &instanceId) { return addOwner(Kind::Instance, instanceId); }
    bool hasInstance(const QString &instanceId) const
    {
        return hasOwner(Kind::Instance, instanceId);
    }
    QString addUser(); // a fresh ID; the user reaches /me/tokens with its own tokens
    // A fresh application; `memberUserId`, when given, becomes a member of it.
    QString addApplication(const QString &memberUserId = {});
    // Users reach /me/tokens (their own) and the instances and applications they are members of.
    void addMember(const QString &userId, Kind kind, const QString &ownerId);
    bool isMember(const QString &userId, Kind kind, const QString &ownerId) const;

    // Organizations of an instance, with members, applications and dashboards (docs/api.md
    // "Organizations, applications and dashboards"), dated now.
    // A fresh organization of the instance (created if needed); empty when the ID is malformed.
    QString addOrg(const QString &instanceId, const QString &name);
    void addOrgMember(const QString &userId, const QString &orgId); // the user created if needed
    // A fresh application owned by the organization; it holds tokens like addOwner's. Empty when
    // the organization is unknown.
    QString addOrgApplication(const QString &orgId, const QString &name);
    // A fresh dashboard owned by the organization; empty when the organization is unknown.
    QString addOrgDashboard(const QString &orgId, const QString &name);
    // Names an application (created if needed) and puts it in the organization, or in its user's
    // own applications when `orgId` is empty.
    void setApplicationName(const QString &applicationId, const QString &name,
                            const QString &orgId = {});
    // The store behind the calls above, for data that brings its own IDs and dates (the demo).
    LocalDirectory &directory() { return m_directory; }
    const LocalDirectory &directory() const { return m_directory; }

    // Stores a token: fills a missing id, apiTokenId, ownerId, ownerType (application and user
    // tokens), dates (now) and status ("active"), and creates the owner if needed. The secret is
    // generated when empty. The returned copy carries the secret in `token`; the stored one
    // never does.
    ApiToken addToken(Kind kind, const QString &ownerId, ApiToken token,
                      const QString &secret = {});
    // A new active token with these scopes; returns its secret.
    QString issueToken(Kind kind, const QString &ownerId, const QString &name,
                       const QStringList &scopes);
    // An access token issued to the user by OAuth (not an API token: no list shows it); it acts
    // as the user, except where Losant refuses OAuth tokens. Returns its secret.
    QString issueOAuthToken(const QString &userId, const QStringList &scopes);
    bool removeToken(Kind kind, const QString &ownerId, const QString &tokenId);
    int tokenCount(Kind kind, const QString &ownerId) const;
    std::optional<ApiToken> token(Kind kind, const QString &ownerId, const QString &tokenId) const;
    QList<ApiToken> tokens(Kind kind, const QString &ownerId) const; // unordered
    // Each stored token in turn (unordered), without copying the collection.
    void visitTokens(Kind kind, const QString &ownerId,
                     const std::function<void(const ApiToken &)> &visit) const;

    // The instance-only forms of the calls above.
    ApiToken addToken(const QString &instanceId, ApiToken token, const QString &secret = {})
    {
        return addToken(Kind::Instance, instanceId, std::move(token), secret);
    }
    QString issueToken(const QString &instanceId, const QString &name, const QStringList &scopes)
    {
        return issueToken(Kind::Instance, instanceId, name, scopes);
    }
    bool removeToken(const QString &instanceId, const QString &tokenId)
    {
        return removeToken(Kind::Instance, instanceId, tokenId);
    }
    int tokenCount(const QString &instanceId) const
    {
        return tokenCount(Kind::Instance, instanceId);
    }
    std::optional<ApiToken> token(const QString &instanceId, const QString &tokenId) const
    {
        return token(Kind::Instance, instanceId, tokenId);
    }
    QList<ApiToken> tokens(const QString &instanceId) const
    {
        return tokens(Kind::Instance, instanceId);
    }

    // The instance's audit log, in the order the entries were recorded (docs/api.md
    // "Audit log"): every create, patch and delete of its tokens that an authenticated caller
    // made, refused ones included.
    QList<InstanceAuditLog> auditLogs(const QString &instanceId) const;
    // Test and demo history: fills a missing id, instanceId and creationDate (now), creates the
    // instance if needed, and returns the entry as stored.
    InstanceAuditLog addAuditLog(const QString &instanceId, InstanceAuditLog entry);

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
    using Stored = LocalStoredToken;
    struct Owner
    {
        LocalTokenOrders::Table tokens; // by id
        LocalTokenOrders orders; // kept up to date by every add, change and removal
        QSet<QString> members; // user IDs (instances and applications)
        QList<InstanceAuditLog> auditLogs; // instances only; in the order recorded
    };
    // Where a secret leads: the owner's key and the token's ID.
    struct SecretEntry
    {
        QString ownerKey;
        QString tokenId;
    };
    // An access token issued by OAuth to a user.
    struct OAuthGrant
    {
        QString userId;
        ApiToken token; // id and scope
    };
    // Who is calling: the access token, where it lives, and whether OAuth issued it.
    struct Caller
    {
        ApiToken token;
        Kind kind = Kind::Instance;
        QString ownerId;
        bool oauth = false;
    };
    using Call = TokenPermissions::Call;

    static QString ownerKey(Kind kind, const QString &ownerId);
    Owner *findOwner(Kind kind, const QString &ownerId);
    const Owner *findOwner(Kind kind, const QString &ownerId) const;
    QString freshOwnerId(Kind kind) const;

    // LocalRouting.cpp: the five calls, who may make them, and the answers.
    std::optional<LocalAnswer> authenticate(const QByteArray &authorizationHeader,
                                            Caller *caller) const;
    std::optional<LocalAnswer> refuseAccess(const Caller &caller, Kind kind, const QString &ownerId,
                                            Call call) const;
    LocalAnswer perform(Kind kind, const QString &ownerId, const QString &tokenId, Call call,
                        const Caller &caller, const QUrlQuery &query, const QByteArray &body);
    LocalAnswer create(Kind kind, const QString &ownerId, const Caller &caller,
                       const QByteArray &body);
    LocalAnswer getOne(Kind kind, const QString &ownerId, const QString &tokenId);
    LocalAnswer patch(Kind kind, const QString &ownerId, const QString &tokenId,
                      const QByteArray &body);
    LocalAnswer remove(Kind kind, const QString &ownerId, const QString &tokenId);
    // LocalAudit.cpp: the audit log's entries for token calls, and its two endpoints.
    void recordTokenCall(const Caller &caller, const QString &instanceId, Call call,
                         const QString &tokenId, const QString &nameBefore, const QUrlQuery &query,
                         const QByteArray &body, const LocalAnswer &answer);
    LocalAnswer handleAudit(const QByteArray &verb, const QStringList &segments,
                            const QUrlQuery &query, const QByteArray &authorizationHeader);
    LocalAnswer auditList(const QString &instanceId, const QUrlQuery &query) const;
    // LocalListing.cpp: the list call.
    LocalAnswer list(Kind kind, const QString &ownerId, const QUrlQuery &query);
    // LocalDirectoryCalls.cpp: who may read the organization, application and dashboard lists;
    // nothing for any other path.
    std::optional<LocalAnswer> handleDirectory(const QByteArray &verb, const QStringList &segments,
                                               const QUrlQuery &query,
                                               const QByteArray &authorizationHeader) const;
    // LocalDirectoryLists.cpp: their pages.
    LocalAnswer listOrgs(const QString &instanceId, const QUrlQuery &query) const;
    LocalAnswer listUserOrgs(const QString &userId, const QUrlQuery &query) const; // GET /orgs
    LocalAnswer listApplications(const QString &userId, const QUrlQuery &query) const;
    LocalAnswer listDashboards(const QString &userId, const QUrlQuery &query) const;

    QHash<QString, Owner> m_owners; // by ownerKey()
    QHash<QString, SecretEntry> m_bySecret;
    QHash<QString, OAuthGrant> m_oauth; // by secret
    std::function<QDateTime()> m_clock;
    LocalDirectory m_directory;
};
