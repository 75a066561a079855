#include "core/TokenFindings.h"

#include "core/TokenFormat.h"
#include "core/TokenPermissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
// Gives lupdate and tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenFindings)
};

constexpr qint64 kDay = 24 * 3600;
constexpr int kInactiveDays = 90;
constexpr int kSoonDays = 7;
constexpr int kLaterDays = TokenFormat::kExpiresSoonDays;

// The scopes that create tokens or instance members, from the permission table: any kind's
// create call, and the member calls with the write umbrellas the instance's create accepts.
const QStringList &mintingScopes()
{
    static const QStringList scopes = [] {
        using Kind = TokenLocation::Kind;
        using TokenPermissions::Call;
        QStringList all;
        for (Kind kind : {Kind::Instance, Kind::Application, Kind::User})
            all << TokenPermissions::scopesAllowing(kind, Call::Create);
        for (const QString &scope : TokenPermissions::scopesAllowing(Kind::Instance, Call::Create))
            if (scope.startsWith(QLatin1String("all.")))
                all << scope; // the umbrellas over the instance's members as over its tokens
        all << QStringLiteral("instanceMembers.post") << QStringLiteral("instanceMembers.*")
            << QStringLiteral("instanceMember.patch") << QStringLiteral("instanceMember.*");
        all.removeDuplicates();
        return all;
    }();
    return scopes;
}

bool hasAdminRole(const ApiToken &t)
{
    const QLatin1String admin("admin");
    return t.defaultRole == admin
            || std::any_of(t.orgRoles.cbegin(), t.orgRoles.cend(),
                           [&](const OrgRole &r) { return r.role == admin; });
}

TokenFinding finding(const ApiToken &t, const char *rule, FindingSeverity severity,
                     const QString &reason, FindingAction action)
{
    return {QLatin1String(rule), severity, t.id, t.name, reason, action};
}

QString quoted(const QString &name)
{
    return Text::tr("“%1”").arg(name);
}
} // namespace

namespace TokenFindings {
QStringList ruleIds()
{
    return {QStringLiteral("never-expires-broad-scope"),
            QStringLiteral("can-mint"),
            QStringLiteral("expired-not-deleted"),
            QStringLiteral("inactive-90-days"),
            QStringLiteral("expires-within-7-days"),
            QStringLiteral("expires-within-30-days"),
            QStringLiteral("no-description"),
            QStringLiteral("duplicate-name"),
            QStringLiteral("created-by-token"),
            QStringLiteral("created-by-flow"),
            QStringLiteral("admin-role-never-expires")};
}

bool isBroadScope(const QString &scope)
{
    // The four families' umbrellas and their non-read variants (.bounded, .cli).
    static const QSet<QString> broad = [] {
        QSet<QString> set;
        for (const char *family :
             {"all.Instance", "all.Application", "all.User", "all.Organization"})
            for (const char *variant : {"", ".bounded", ".cli"})
                set.insert(QLatin1String(family) + QLatin1String(variant));
        return set;
    }();
    return broad.contains(scope);
}

bool canMintTokensOrMembers(const QStringList &scope)
{
    static const QSet<QString> minting(mintingScopes().cbegin(), mintingScopes().cend());
    return std::any_of(scope.cbegin(), scope.cend(),
                       [&](const QString &s) { return minting.contains(s); });
}

// Every rule over one token; `add` takes each finding, its reason made only when asked for
// (counting severities over 100k rows must not format 100k sentences).
template<typename Add>
void applyRules(const ApiToken &t, int activeNamesakes, const QDateTime &now, Add add)
{
    const bool never = !t.expirationDate.isValid();
    const auto broad = std::find_if(t.scope.cbegin(), t.scope.cend(), &isBroadScope);
    if (never && broad != t.scope.cend())
        add("never-expires-broad-scope", FindingSeverity::High, FindingAction::Rotate,
            [&] { return Text::tr("It never expires and has the broad scope %1.").arg(*broad); });
    if (canMintTokensOrMembers(t.scope))
        add("can-mint", never ? FindingSeverity::High : FindingSeverity::Medium,
            FindingAction::Rotate, [&] {
                return never ? Text::tr("It can create tokens or members and never expires.")
                             : Text::tr("It can create tokens or members.");
            });
    if (t.isExpired(now))
        add("expired-not-deleted", FindingSeverity::Low, FindingAction::Delete, [&] {
            return Text::tr("It expired on %1 but was not deleted.")
                    .arg(TokenFormat::dateTime(t.expirationDate));
        });
    if (!t.isActive() && t.lastUpdated.isValid()
        && t.lastUpdated.secsTo(now) > kInactiveDays * kDay)
        add("inactive-90-days", FindingSeverity::Low, FindingAction::Delete, [&] {
            return Text::tr("It has been inactive since %1 (last updated), more than %n day(s) "
                            "ago.",
                            nullptr, kInactiveDays)
                    .arg(TokenFormat::dateTime(t.lastUpdated));
        });
    const qint64 left = never ? -1 : now.secsTo(t.expirationDate);
    if (t.isActive() && left > 0 && left <= kLaterDays * kDay) {
        const bool soon = left <= kSoonDays * kDay;
        add(soon ? "expires-within-7-days" : "expires-within-30-days",
            soon ? FindingSeverity::High : FindingSeverity::Medium, FindingAction::Rotate, [&] {
                return Text::tr("It is active and expires within %n day(s).", nullptr,
                                soon ? kSoonDays : kLaterDays);
            });
    }
    if (t.description.trimmed().isEmpty())
        add("no-description", FindingSeverity::Low, FindingAction::Edit,
            [] { return Text::tr("It has no description to say what it is for."); });
    if (t.isActive() && activeNamesakes > 1)
        add("duplicate-name", FindingSeverity::Low, FindingAction::Edit, [&] {
            return Text::tr("%n other active token(s) have the same name.", nullptr,
                            activeNamesakes - 1);
        });
    if (t.creatorType == QLatin1String("apiToken"))
        add("created-by-token", FindingSeverity::Low, FindingAction::None, [&] {
            return Text::tr("It was created by the API token %1 (%2).")
                    .arg(quoted(t.creatorName), t.creatorId);
        });
    else if (t.creatorType == QLatin1String("flow"))
        add("created-by-flow", FindingSeverity::Low, FindingAction::None, [&] {
            return Text::tr("It was created by the workflow %1 (%2).")
                    .arg(quoted(t.creatorName), t.creatorId);
        });
    if (never && hasAdminRole(t))
        add("admin-role-never-expires", FindingSeverity::High, FindingAction::Rotate,
            [] { return Text::tr("It has the admin role in organizations and never expires."); });
}

QList<TokenFinding> evaluateToken(const ApiToken &t, int activeNamesakes, const QDateTime &now)
{
    QList<TokenFinding> found;
    applyRules(t, activeNamesakes, now,
               [&](const char *rule, FindingSeverity severity, FindingAction action,
                   const auto &reason) { found << finding(t, rule, severity, reason(), action); });
    return found;
}

std::array<int, 3> severityCounts(const ApiToken &token, int activeNamesakes, const QDateTime &now)
{
    std::array<int, 3> counts{};
    applyRules(token, activeNamesakes, now,
               [&](const char *, FindingSeverity severity, FindingAction, const auto &) {
                   ++counts[size_t(severity) - 1];
               });
    return counts;
}

QList<TokenFinding> evaluate(const QList<ApiToken> &tokens, const QDateTime &now)
{
    QHash<QString, int> activeNames;
    for (const ApiToken &t : tokens)
        if (t.isActive())
            ++activeNames[t.name];
    QList<TokenFinding> all;
    for (const ApiToken &t : tokens)
        all << evaluateToken(t, activeNames.value(t.name), now);
    return all;
}

QString severityKey(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::High:
        return QStringLiteral("high");
    case FindingSeverity::Medium:
        return QStringLiteral("medium");
    case FindingSeverity::Low:
        break;
    }
    return QStringLiteral("low");
}

std::optional<FindingSeverity> severityFromKey(const QString &key)
{
    for (FindingSeverity s : {FindingSeverity::High, FindingSeverity::Medium, FindingSeverity::Low})
        if (key.compare(severityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::High:
        return Text::tr("High");
    case FindingSeverity::Medium:
        return Text::tr("Medium");
    case FindingSeverity::Low:
        break;
    }
    return Text::tr("Low");
}

QString actionKey(FindingAction action)
{
    switch (action) {
    case FindingAction::Edit:
        return QStringLiteral("edit");
    case FindingAction::Deactivate:
        return QStringLiteral("deactivate");
    case FindingAction::Delete:
        return QStringLiteral("delete");
    case FindingAction::Rotate:
        return QStringLiteral("rotate");
    case FindingAction::None:
        break;
    }
    return QStringLiteral("none");
}

QString actionName(FindingAction action)
{
    switch (action) {
    case FindingAction::Edit:
        return Text::tr("Edit…");
    case FindingAction::Deactivate:
        return Text::tr("Deactivate");
    case FindingAction::Delete:
        return Text::tr("Delete…");
    case FindingAction::Rotate:
        return Text::tr("Rotate…");
    case FindingAction::None:
        break;
    }
    return QString();
}

std::optional<FindingSeverity> worst(const QList<TokenFinding> &findings)
{
    std::optional<FindingSeverity> w;
    for (const TokenFinding &f : findings)
        if (!w || int(f.severity) > int(*w))
            w = f.severity;
    return w;
}
} // namespace TokenFindings
