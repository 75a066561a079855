#include "localinstance/LocalInstance.h"

#include "core/LosantIds.h"
#include "localinstance/LocalJson.h"

// The five calls on the three kinds' paths (docs/api.md "Paths"), checked the same way for each.
namespace {
using LocalJson::error;
using Kind = TokenLocation::Kind;
using Call = TokenPermissions::Call;

// One request's place: which collection, and which token in it (empty for the collection).
struct Route
{
    Kind kind = Kind::Instance;
    QString ownerSegment; // the instance or application ID as sent; empty for /me
    QString tokenSegment; // the token ID as sent
    bool collection = true;
};

std::optional<Route> route(const QStringList &segments)
{
    Route r;
    qsizetype next = 2;
    if (segments.size() >= 2 && segments.at(0) == QLatin1String("me")) {
        r.kind = Kind::User;
        next = 1;
    } else if (segments.size() >= 3 && segments.at(0) == QLatin1String("instances")) {
        r.kind = Kind::Instance;
    } else if (segments.size() >= 3 && segments.at(0) == QLatin1String("applications")) {
        r.kind = Kind::Application;
    } else {
        return std::nullopt;
    }
    if (segments.at(next) != QLatin1String("tokens") || segments.size() > next + 2)
        return std::nullopt;
    if (r.kind != Kind::User)
        r.ownerSegment = segments.at(1);
    r.collection = segments.size() == next + 1;
    if (!r.collection)
        r.tokenSegment = segments.at(next + 1);
    return r;
}

std::optional<Call> callOf(const QByteArray &verb, bool collection)
{
    if (collection && verb == "GET")
        return Call::List;
    if (collection && verb == "POST")
        return Call::Create;
    if (!collection && verb == "GET")
        return Call::Get;
    if (!collection && verb == "PATCH")
        return Call::Patch;
    if (!collection && verb == "DELETE")
        return Call::Delete;
    return std::nullopt;
}
} // namespace

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
    if (segments.value(0) == QLatin1String("instance")) // the audit log's singular path
        return handleAudit(verb, segments, query, authorizationHeader);
    // The organization, application and dashboard lists (the org-role editor's pickers).
    if (auto listed = handleDirectory(verb, segments, query, authorizationHeader))
        return *listed;
    const std::optional<Route> where = route(segments);
    const std::optional<Call> call = where ? callOf(verb, where->collection) : std::nullopt;
    if (!call)
        return error(404, tr("There is no %1 %2 here.").arg(QString::fromLatin1(verb), path));

    if (where->kind == Kind::Instance && !LosantIds::isValidId(where->ownerSegment))
        return error(400,
                     tr("instanceId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(where->ownerSegment));
    if (where->kind == Kind::Application && !LosantIds::isValidId(where->ownerSegment))
        return error(400,
                     tr("applicationId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(where->ownerSegment));
    const QString tokenId = where->tokenSegment.toLower();
    if (!where->collection && !LosantIds::isValidId(tokenId))
        return error(400,
                     tr("apiTokenId: “%1” is not a valid ID (24 hexadecimal characters).")
                             .arg(where->tokenSegment));

    Caller caller;
    if (const auto refused = authenticate(authorizationHeader, &caller))
        return *refused;
    const Kind kind = where->kind;
    // /me/tokens are the calling user's own; other tokens have no user to stand for.
    const QString ownerId = kind == Kind::User
            ? (caller.kind == Kind::User ? caller.ownerId : QString())
            : where->ownerSegment.toLower();
    if (kind == Kind::Instance && !hasOwner(kind, ownerId))
        return error(404, tr("Instance %1 was not found.").arg(ownerId));
    if (kind == Kind::Application && !hasOwner(kind, ownerId))
        return error(404, tr("Application was not found"));
    // Changes to an instance's tokens go into its audit log, refused ones too (docs/api.md
    // "Audit log"); reads and other collections' changes do not.
    const bool audited = kind == Kind::Instance && *call != Call::List && *call != Call::Get;
    const QString nameBefore = audited && !where->collection
            ? token(kind, ownerId, tokenId).value_or(ApiToken()).name
            : QString();
    LocalAnswer answer;
    if (const auto refused = refuseAccess(caller, kind, ownerId, *call))
        answer = *refused;
    else
        answer = perform(kind, ownerId, tokenId, *call, caller, query, body);
    if (audited)
        recordTokenCall(caller, ownerId, *call, tokenId, nameBefore, query, body, answer);
    return answer;
}

LocalAnswer LocalInstance::perform(Kind kind, const QString &ownerId, const QString &tokenId,
                                   Call call, const Caller &caller, const QUrlQuery &query,
                                   const QByteArray &body)
{
    switch (call) {
    case Call::List:
        return list(kind, ownerId, query);
    case Call::Create:
        return create(kind, ownerId, caller, body);
    case Call::Get:
        return getOne(kind, ownerId, tokenId);
    case Call::Patch:
        return patch(kind, ownerId, tokenId, body);
    case Call::Delete:
        break;
    }
    return remove(kind, ownerId, tokenId);
}
