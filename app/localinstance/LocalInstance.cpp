#include "localinstance/LocalInstance.h"

#include "core/LosantIds.h"
#include "localinstance/LocalJson.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using LocalJson::toJson;

QByteArray LocalInstance::errorBody(int status, const QString &message)
{
    static const QHash<int, QString> kTypes = {{400, QStringLiteral("Validation")},
                                               {401, QStringLiteral("Unauthorized")},
                                               {403, QStringLiteral("Forbidden")},
                                               {404, QStringLiteral("NotFound")},
                                               {429, QStringLiteral("TooManyRequests")}};
    return toJson({{QStringLiteral("type"), kTypes.value(status, QStringLiteral("ServerError"))},
                   {QStringLiteral("message"), message}});
}

LocalInstance::LocalInstance() : m_clock([] { return QDateTime::currentDateTimeUtc(); }) { }

LocalInstance::~LocalInstance() = default;

void LocalInstance::sortEveryOrder()
{
    for (Owner &owner : m_owners)
        owner.orders.sortEveryField();
}

void LocalInstance::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime LocalInstance::now() const
{
    // Losant keeps milliseconds.
    const QDateTime t = m_clock().toUTC();
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

QString LocalInstance::newId()
{
    // Shaped like a MongoDB ObjectId: 4 bytes of seconds, then 8 random bytes.
    const quint32 seconds = quint32(QDateTime::currentSecsSinceEpoch());
    const quint64 random = QRandomGenerator::global()->generate64();
    return QString::number(seconds, 16).rightJustified(8, QLatin1Char('0'))
            + QString::number(random, 16).rightJustified(16, QLatin1Char('0'));
}

QString LocalInstance::newSecret(const QString &tokenId)
{
    const auto encode = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{{QStringLiteral("sub"), tokenId},
                             {QStringLiteral("iss"), QStringLiteral("losant-tokens-local")}};
    QByteArray random(48, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
            reinterpret_cast<quint32 *>(random.data()),
            reinterpret_cast<quint32 *>(random.data() + random.size()));
    return QString::fromLatin1(encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                               + encode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
                               + encode(random));
}

QString LocalInstance::ownerKey(Kind kind, const QString &ownerId)
{
    return TokenLocation::kindKey(kind) + QLatin1Char(':') + ownerId.toLower();
}

LocalInstance::Owner *LocalInstance::findOwner(Kind kind, const QString &ownerId)
{
    const auto it = m_owners.find(ownerKey(kind, ownerId));
    return it == m_owners.end() ? nullptr : &*it;
}

const LocalInstance::Owner *LocalInstance::findOwner(Kind kind, const QString &ownerId) const
{
    const auto it = m_owners.constFind(ownerKey(kind, ownerId));
    return it == m_owners.cend() ? nullptr : &*it;
}

QString LocalInstance::freshOwnerId(Kind kind) const
{
    QString id;
    do {
        id = newId();
    } while (m_owners.contains(ownerKey(kind, id)));
    return id;
}

QString LocalInstance::addOwner(Kind kind, const QString &ownerId)
{
    if (!LosantIds::isValidId(ownerId))
        return QString();
    const QString id = ownerId.toLower();
    const QString key = ownerKey(kind, id);
    if (!m_owners.contains(key)) {
        m_owners.insert(key, Owner());
    }
    return id;
}

bool LocalInstance::hasOwner(Kind kind, const QString &ownerId) const
{
    return findOwner(kind, ownerId) != nullptr;
}

QString LocalInstance::addInstance()
{
    return addOwner(Kind::Instance, freshOwnerId(Kind::Instance));
}

QString LocalInstance::addUser()
{
    return addOwner(Kind::User, freshOwnerId(Kind::User));
}

QString LocalInstance::addApplication(const QString &memberUserId)
{
    const QString id = addOwner(Kind::Application, freshOwnerId(Kind::Application));
    if (!memberUserId.isEmpty())
        addMember(memberUserId, Kind::Application, id);
    return id;
}

void LocalInstance::addMember(const QString &userId, Kind kind, const QString &ownerId)
{
    if (kind == Kind::User || addOwner(Kind::User, userId).isEmpty())
        return;
    const QString id = addOwner(kind, ownerId);
    if (id.isEmpty())
        return;
    m_owners[ownerKey(kind, id)].members.insert(userId.toLower());
}

bool LocalInstance::isMember(const QString &userId, Kind kind, const QString &ownerId) const
{
    if (kind == Kind::User)
        return userId.compare(ownerId, Qt::CaseInsensitive) == 0 && hasOwner(kind, ownerId);
    const Owner *owner = findOwner(kind, ownerId);
    return owner && owner->members.contains(userId.toLower());
}

ApiToken LocalInstance::addToken(Kind kind, const QString &ownerId, ApiToken token,
                                 const QString &secret)
{
    const QString id = addOwner(kind, ownerId);
    if (id.isEmpty())
        return ApiToken();
    Owner &owner = m_owners[ownerKey(kind, id)];
    if (!LosantIds::isValidId(token.id)) {
        do {
            token.id = newId();
        } while (owner.tokens.contains(token.id));
    }
    token.id = token.id.toLower();
    token.apiTokenId = token.id;
    if (token.ownerId.isEmpty())
        token.ownerId = id;
    // ownerType's enum has only these two: instance tokens carry none (docs/api.md "Token object").
    if (token.ownerType.isEmpty() && kind != Kind::Instance)
        token.ownerType = TokenLocation::kindKey(kind);
    if (!token.creationDate.isValid())
        token.creationDate = now();
    if (!token.lastUpdated.isValid())
        token.lastUpdated = token.creationDate;
    if (token.status.isEmpty())
        token.status = QStringLiteral("active");
    token.token.clear();
    removeToken(kind, id, token.id); // replacing: forget the old secret
    auto stored = std::make_shared<Stored>(
            Stored{token, secret.isEmpty() ? newSecret(token.id) : secret, {}, 0});
    m_bySecret.insert(stored->secret, {ownerKey(kind, id), token.id});
    owner.tokens.insert(token.id, stored);
    owner.orders.added(stored.get());
    token.token = stored->secret;
    return token;
}

QString LocalInstance::issueToken(Kind kind, const QString &ownerId, const QString &name,
                                  const QStringList &scopes)
{
    ApiToken t;
    t.name = name;
    t.scope = scopes;
    t.status = QStringLiteral("active");
    return addToken(kind, ownerId, t).token;
}

QString LocalInstance::issueOAuthToken(const QString &userId, const QStringList &scopes)
{
    const QString user = addOwner(Kind::User, userId);
    if (user.isEmpty())
        return QString();
    OAuthGrant grant;
    grant.userId = user;
    grant.token.id = newId();
    grant.token.name = tr("OAuth access token");
    grant.token.scope = scopes;
    grant.token.status = QStringLiteral("active");
    const QString secret = newSecret(grant.token.id);
    m_oauth.insert(secret, grant);
    return secret;
}

bool LocalInstance::removeToken(Kind kind, const QString &ownerId, const QString &tokenId)
{
    Owner *owner = findOwner(kind, ownerId);
    if (!owner)
        return false;
    auto it = owner->tokens.find(tokenId.toLower());
    if (it == owner->tokens.end())
        return false;
    m_bySecret.remove((*it)->secret);
    owner->orders.removing(it->get());
    owner->tokens.erase(it);
    return true;
}

int LocalInstance::tokenCount(Kind kind, const QString &ownerId) const
{
    const Owner *owner = findOwner(kind, ownerId);
    return owner ? int(owner->tokens.size()) : 0;
}

std::optional<ApiToken> LocalInstance::token(Kind kind, const QString &ownerId,
                                             const QString &tokenId) const
{
    const Owner *owner = findOwner(kind, ownerId);
    if (!owner)
        return std::nullopt;
    const auto it = owner->tokens.constFind(tokenId.toLower());
    if (it == owner->tokens.cend())
        return std::nullopt;
    return (*it)->token;
}

QList<ApiToken> LocalInstance::tokens(Kind kind, const QString &ownerId) const
{
    QList<ApiToken> result;
    const Owner *owner = findOwner(kind, ownerId);
    if (!owner)
        return result;
    result.reserve(owner->tokens.size());
    for (const std::shared_ptr<Stored> &s : owner->tokens)
        result.append(s->token);
    return result;
}

void LocalInstance::visitTokens(Kind kind, const QString &ownerId,
                                const std::function<void(const ApiToken &)> &visit) const
{
    if (const Owner *owner = findOwner(kind, ownerId)) {
        for (const std::shared_ptr<Stored> &s : owner->tokens)
            visit(s->token);
    }
}
