#include "localinstance/LocalInstance.h"

#include "core/ApiTokenSchema.h"
#include "core/LosantApi.h"
#include "core/LosantIds.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace {
using LosantApi::kMaxPerPage; // docs/api.md "Page size": our choice, Losant has none

const QStringList &sortFields()
{
    static const QStringList fields{
            QStringLiteral("name"),        QStringLiteral("status"),
            QStringLiteral("id"),          QStringLiteral("creationDate"),
            QStringLiteral("lastUpdated"), QStringLiteral("expirationDate")};
    return fields;
}

// The scopes that allow each action (docs/api.md "Scopes").
QStringList scopesFor(const QByteArray &method, bool collection)
{
    auto list = [](std::initializer_list<const char *> names) {
        QStringList l;
        for (const char *n : names)
            l << QLatin1String(n);
        return l;
    };
    if (collection && method == "GET")
        return list({"all.Instance", "all.Instance.read", "all.User", "all.User.read",
                     "instanceApiTokens.*", "instanceApiTokens.get"});
    if (collection)
        return list({"all.Instance", "all.User", "instanceApiTokens.*", "instanceApiTokens.post"});
    if (method == "GET")
        return list({"all.Instance", "all.Instance.bounded", "all.Instance.read", "all.User",
                     "all.User.bounded", "all.User.read", "instanceApiToken.*",
                     "instanceApiToken.get"});
    if (method == "PATCH")
        return list({"all.Instance", "all.User", "instanceApiToken.*", "instanceApiToken.patch"});
    return list({"all.Instance", "all.User", "instanceApiToken.*", "instanceApiToken.delete"});
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

LocalAnswer error(int status, const QString &message)
{
    return {status, LocalInstance::errorBody(status, message), {}};
}

// A query value decoded as a web server does: '+' is a space, %2B a plus.
QString param(const QUrlQuery &query, const char *name)
{
    QString raw = query.queryItemValue(QLatin1String(name), QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// Code-point order (what MongoDB's default binary collation gives) from UTF-16 units: units
// of surrogate pairs sort above the BMP, which plain QString comparison gets wrong.
int compareCodePoints(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        auto fix = [](char16_t u) -> int {
            if (u >= 0xD800 && u <= 0xDFFF)
                return u + 0x2000;
            if (u >= 0xE000)
                return u - 0x800;
            return u;
        };
        return fix(x) < fix(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// The filter glob: '*' any run, '?' one character, all else literal. Losant does not say
// whether it is case-sensitive; we match case-insensitively (docs/api.md "Filter glob").
QRegularExpression globToRegex(const QString &glob)
{
    QString pattern;
    QString literal;
    auto flush = [&] {
        pattern += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (const QChar c : glob) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?')) {
            flush();
            pattern += c == QLatin1Char('*') ? QLatin1String(".*") : QLatin1String(".");
        } else {
            literal += c;
        }
    }
    flush();
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::DotMatchesEverythingOption);
}

// A non-negative decimal integer, or -1.
int parseCount(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return -1;
    }
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok ? v : -1;
}

// Why a request body is refused: not JSON, or the first problem `check` finds; none when it is
// accepted, with the parsed body in `value`.
std::optional<QString> refusal(const QByteArray &body,
                               QList<SchemaProblem> (*check)(const QJsonValue &), QJsonValue *value)
{
    // Wrapped in an array so a scalar body parses too (and is then refused by the schema).
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &e);
    if (e.error != QJsonParseError::NoError || doc.array().size() != 1)
        return LocalInstance::tr("The body is not valid JSON.");
    *value = doc.array().at(0);
    const QList<SchemaProblem> problems = check(*value);
    if (problems.isEmpty())
        return std::nullopt;
    const SchemaProblem &p = problems.first();
    return p.field.isEmpty() ? p.message : p.field + QLatin1String(": ") + p.message;
}
} // namespace

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

void LocalInstance::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    ++m_generation;
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

QString LocalInstance::addInstance()
{
    QString id;
    do {
        id = newId();
    } while (m_instances.contains(id));
    return addInstance(id);
}

QString LocalInstance::addInstance(const QString &instanceId)
{
    if (!LosantIds::isValidId(instanceId))
        return QString();
    const QString id = instanceId.toLower();
    if (!m_instances.contains(id)) {
        m_instances.insert(id, Instance());
        ++m_generation;
    }
    return id;
}

bool LocalInstance::hasInstance(const QString &instanceId) const
{
    return m_instances.contains(instanceId.toLower());
}

ApiToken LocalInstance::addToken(const QString &instanceId, ApiToken token, const QString &secret)
{
    const QString owner = addInstance(instanceId);
    if (owner.isEmpty())
        return ApiToken();
    Instance &instance = m_instances[owner];
    if (!LosantIds::isValidId(token.id)) {
        do {
            token.id = newId();
        } while (instance.tokens.contains(token.id));
    }
    token.id = token.id.toLower();
    token.apiTokenId = token.id;
    if (token.ownerId.isEmpty())
        token.ownerId = owner;
    if (!token.creationDate.isValid())
        token.creationDate = now();
    if (!token.lastUpdated.isValid())
        token.lastUpdated = token.creationDate;
    if (token.status.isEmpty())
        token.status = QStringLiteral("active");
    token.token.clear();
    removeToken(owner, token.id); // replacing: forget the old secret
    Stored stored{token, secret.isEmpty() ? newSecret(token.id) : secret};
    m_bySecret.insert(stored.secret, {owner, token.id});
    instance.tokens.insert(token.id, stored);
    ++m_generation;
    token.token = stored.secret;
    return token;
}

QString LocalInstance::issueToken(const QString &instanceId, const QString &name,
                                  const QStringList &scopes)
{
    ApiToken t;
    t.name = name;
    t.scope = scopes;
    t.status = QStringLiteral("active");
    return addToken(instanceId, t).token;
}

bool LocalInstance::removeToken(const QString &instanceId, const QString &tokenId)
{
    auto instance = m_instances.find(instanceId.toLower());
    if (instance == m_instances.end())
        return false;
    auto it = instance->tokens.find(tokenId.toLower());
    if (it == instance->tokens.end())
        return false;
    m_bySecret.remove(it->secret);
    instance->tokens.erase(it);
    ++m_generation;
    return true;
}

int LocalInstance::tokenCount(const QString &instanceId) const
{
    const auto it = m_instances.constFind(instanceId.toLower());
    return it == m_instances.cend() ? 0 : int(it->tokens.size());
}

std::optional<ApiToken> LocalInstance::token(const QString &instanceId,
                                             const QString &tokenId) const
{
    const auto instance = m_instances.constFind(instanceId.toLower());
    if (instance == m_instances.cend())
        return std::nullopt;
    const auto it = instance->tokens.constFind(tokenId.toLower());
    if (it == instance->tokens.cend())
        return std::nullopt;
    return it->token;
}

QList<ApiToken> LocalInstance::tokens(const QString &instanceId) const
{
    QList<ApiToken> result;
    const auto instance = m_instances.constFind(instanceId.toLower());
    if (instance == m_instances.cend())
        return result;
    result.reserve(instance->tokens.size());
    for (const Stored &s : instance->tokens)
        result.append(s.token);
    return result;
}

std::optional<LocalAnswer> LocalInstance::authenticate(const QByteArray &authorizationHeader,
                                                       ApiToken *caller) const
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return error(401, tr("An Authorization header with a Bearer access token is required."));
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return error(401, tr("The Authorization header must be “Bearer <access token>”."));
    const QString secret = QString::fromUtf8(header.mid(7).trimmed());
    const auto where = m_bySecret.constFind(secret);
    if (where == m_bySecret.cend())
        return error(401, tr("The access token is not valid."));
    const ApiToken &t = m_instances.find(where->first)->tokens.find(where->second)->token;
    if (!t.isActive())
        return error(401, tr("The access token is inactive."));
    if (t.isExpired(now()))
        return error(
                401,
                tr("The access token expired on %1.").arg(LosantDates::toIso(t.expirationDate)));
    *caller = t;
    return std::nullopt;
}

LocalAnswer LocalInstance::handle(const QByteArray &method, const QString &path,
                                  const QUrlQuery &query, const QByteArray &authorizationHeader,
                                  const QByteArray &body)
{
    QStringList segments = path.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast(); // a trailing slash, as Express' non-strict routing allows
    const QByteArray verb = method.toUpper();
    const bool collection = segments.size() == 3;
    const bool single = segments.size() == 4;
    const bool routed = (collection || single) && segments.at(0) == QLatin1String("instances")
            && segments.at(2) == QLatin1String("tokens")
            && (collection ? (verb == "GET" || verb == "POST")
                           : (verb == "GET" || verb == "PATCH" || verb == "DELETE"));
    if (!routed)
        return error(404, tr("There is no %1 %2 here.").arg(QString::fromLatin1(verb), path));

    const QString instanceId = segments.at(1).toLower();
    if (!LosantIds::isValidId(instanceId))
        return error(400,
                     tr("instanceId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(segments.at(1)));
    const QString tokenId = single ? segments.at(3).toLower() : QString();
    if (single && !LosantIds::isValidId(tokenId))
        return error(400,
                     tr("apiTokenId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(segments.at(3)));

    ApiToken caller;
    if (const auto refused = authenticate(authorizationHeader, &caller))
        return *refused;
    if (!m_instances.contains(instanceId))
        return error(404, tr("Instance %1 was not found.").arg(instanceId));
    if (caller.ownerId != instanceId)
        return error(403, tr("This access token belongs to another instance."));
    const QStringList allowed = scopesFor(verb, collection);
    const bool permitted = std::any_of(caller.scope.cbegin(), caller.scope.cend(),
                                       [&](const QString &s) { return allowed.contains(s); });
    if (!permitted)
        return error(403,
                     tr("This access token lacks the scope for this call; it needs one of: %1.")
                             .arg(allowed.join(QLatin1String(", "))));

    if (collection)
        return verb == "GET" ? list(instanceId, query) : create(instanceId, caller, body);
    if (verb == "GET")
        return getOne(instanceId, tokenId);
    if (verb == "PATCH")
        return patch(instanceId, tokenId, body);
    return remove(instanceId, tokenId);
}

LocalAnswer LocalInstance::list(const QString &instanceId, const QUrlQuery &query)
{
    QString sortField = param(query, "sortField");
    if (sortField.isEmpty())
        sortField = QStringLiteral("name");
    if (!sortFields().contains(sortField))
        return error(400,
                     tr("sortField: “%1” is not one of %2.")
                             .arg(sortField, sortFields().join(QLatin1String(", "))));
    QString sortDirection = param(query, "sortDirection");
    if (sortDirection.isEmpty())
        sortDirection = QStringLiteral("asc");
    const QString direction = sortDirection.toLower();
    if ((direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        || (sortDirection != direction && sortDirection != direction.toUpper()))
        return error(400, tr("sortDirection: “%1” is not asc or desc.").arg(sortDirection));
    const QString pageText = param(query, "page");
    const int page = pageText.isEmpty() ? 0 : parseCount(pageText);
    if (page < 0)
        return error(400, tr("page: “%1” is not a whole number of 0 or more.").arg(pageText));
    const QString perPageText = param(query, "perPage");
    const int perPage = perPageText.isEmpty() ? 100 : parseCount(perPageText);
    if (perPage < 1 || perPage > kMaxPerPage)
        return error(400,
                     tr("perPage: “%1” is not a whole number from 1 to %2.")
                             .arg(perPageText)
                             .arg(kMaxPerPage));
    const QString filterField = param(query, "filterField");
    if (!filterField.isEmpty() && filterField != QLatin1String("name")
        && filterField != QLatin1String("status"))
        return error(400, tr("filterField: “%1” is not name or status.").arg(filterField));
    const QString filter = param(query, "filter");
    // A filter without a field (or a field without a filter) filters nothing, as documented.
    const bool filtering = !filterField.isEmpty() && !filter.isEmpty();

    const QStringList &ids
            = sortedIds(instanceId, sortField, direction == QLatin1String("desc"),
                        filtering ? filterField : QString(), filtering ? filter : QString());
    const Instance &instance = m_instances[instanceId];
    QJsonArray items;
    const qint64 first = qint64(page) * perPage;
    const qint64 end = std::min<qint64>(first + perPage, ids.size());
    for (qint64 i = first; i < end; ++i)
        items.append(instance.tokens.value(ids.at(i)).token.toJson());
    QJsonObject o{{QStringLiteral("items"), items},
                  {QStringLiteral("count"), items.size()},
                  {QStringLiteral("totalCount"), ids.size()},
                  {QStringLiteral("perPage"), perPage},
                  {QStringLiteral("page"), page},
                  {QStringLiteral("sortField"), sortField},
                  {QStringLiteral("sortDirection"), sortDirection}};
    if (filtering) {
        o.insert(QStringLiteral("filterField"), filterField);
        o.insert(QStringLiteral("filter"), filter);
    }
    return {200, toJson(o), {}};
}

const QStringList &LocalInstance::sortedIds(const QString &instanceId, const QString &sortField,
                                            bool descending, const QString &filterField,
                                            const QString &filter)
{
    const QChar sep(0x1f);
    const QString key = instanceId + sep + sortField + sep + (descending ? u'd' : u'a') + sep
            + filterField + sep + filter;
    SortedIndex &cached = m_sortCache[key];
    if (cached.generation == m_generation)
        return cached.ids;
    // Paging re-asks the same order; any change bumps m_generation and so drops every entry.
    if (m_sortCache.size() > 16) {
        m_sortCache.clear();
        return sortedIds(instanceId, sortField, descending, filterField, filter);
    }

    struct Entry
    {
        const ApiToken *token;
        qint64 date;
    };
    const Instance &instance = m_instances[instanceId];
    const QRegularExpression glob = globToRegex(filter);
    const bool byName = filterField == QLatin1String("name");
    const int field = int(sortFields().indexOf(sortField));
    std::vector<Entry> entries;
    entries.reserve(instance.tokens.size());
    for (const Stored &s : instance.tokens) {
        const ApiToken &t = s.token;
        if (!filterField.isEmpty() && !glob.match(byName ? t.name : t.status).hasMatch())
            continue;
        qint64 date = 0;
        if (field == 3)
            date = t.creationDate.toMSecsSinceEpoch();
        else if (field == 4)
            date = t.lastUpdated.toMSecsSinceEpoch();
        else if (field == 5) // no expiration sorts after every date ascending (never expires)
            date = t.expirationDate.isValid() ? t.expirationDate.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
        entries.push_back({&t, date});
    }
    // Ties are broken by id, and descending is the exact reverse of ascending, so pages never
    // overlap or skip.
    auto less = [field, descending](const Entry &a, const Entry &b) {
        int c = 0;
        if (field == 0)
            c = compareCodePoints(a.token->name, b.token->name);
        else if (field == 1)
            c = compareCodePoints(a.token->status, b.token->status);
        else if (field >= 3)
            c = a.date < b.date ? -1 : (a.date > b.date ? 1 : 0);
        if (c == 0)
            c = compareCodePoints(a.token->id, b.token->id);
        return descending ? c > 0 : c < 0;
    };
    std::sort(entries.begin(), entries.end(), less);
    SortedIndex &fresh = m_sortCache[key];
    fresh.generation = m_generation;
    fresh.ids.clear();
    fresh.ids.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        fresh.ids.append(e.token->id);
    return fresh.ids;
}

LocalAnswer LocalInstance::create(const QString &instanceId, const ApiToken &caller,
                                  const QByteArray &body)
{
    QJsonValue value;
    if (const auto why = refusal(body, ApiTokenSchema::checkPost, &value))
        return error(400, *why);
    const QJsonObject o = value.toObject();
    ApiToken t = ApiToken::fromJson(o);
    t.id.clear();
    t.expirationDate
            = ApiTokenSchema::parseDateTime(o.value(QLatin1String("expirationDate")).toString());
    // Without a scope the token gets full instance access (our choice; Losant does not say).
    if (!o.contains(QLatin1String("scope")))
        t.scope = QStringList{QStringLiteral("all.Instance")};
    if (t.status.isEmpty())
        t.status = QStringLiteral("active");
    t.ownerId = instanceId;
    t.ownerType.clear(); // ownerType's enum has no "instance"
    t.creatorId = caller.id;
    t.creatorType = QStringLiteral("apiToken");
    t.creatorName = caller.name;
    t.creationDate = now();
    t.lastUpdated = t.creationDate;
    const ApiToken stored = addToken(instanceId, t);
    return {201, toJson(stored.toJson()), {}};
}

LocalAnswer LocalInstance::getOne(const QString &instanceId, const QString &tokenId)
{
    const std::optional<ApiToken> t = token(instanceId, tokenId);
    if (!t)
        return error(404, tr("API token %1 was not found.").arg(tokenId));
    return {200, toJson(t->toJson()), {}};
}

LocalAnswer LocalInstance::patch(const QString &instanceId, const QString &tokenId,
                                 const QByteArray &body)
{
    // The body is checked before the token is looked up, as a schema middleware would.
    QJsonValue value;
    if (const auto why = refusal(body, ApiTokenSchema::checkPatch, &value))
        return error(400, *why);
    auto it = m_instances[instanceId].tokens.find(tokenId);
    if (it == m_instances[instanceId].tokens.end())
        return error(404, tr("API token %1 was not found.").arg(tokenId));
    const QJsonObject o = value.toObject();
    ApiToken &t = it->token;
    auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (o.contains(QLatin1String("name")))
        t.name = str("name");
    if (o.contains(QLatin1String("description")))
        t.description = str("description");
    if (o.contains(QLatin1String("defaultRole")))
        t.defaultRole = str("defaultRole");
    if (o.contains(QLatin1String("status")))
        t.status = str("status");
    if (o.contains(QLatin1String("orgRoles")))
        t.orgRoles = ApiToken::fromJson(o).orgRoles;
    t.lastUpdated = now();
    ++m_generation;
    return {200, toJson(t.toJson()), {}};
}

LocalAnswer LocalInstance::remove(const QString &instanceId, const QString &tokenId)
{
    if (!removeToken(instanceId, tokenId))
        return error(404, tr("API token %1 was not found.").arg(tokenId));
    return {200, toJson({{QStringLiteral("success"), true}}), {}};
}
