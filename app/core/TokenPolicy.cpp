#include "core/TokenPolicy.h"

#include "core/Glob.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
// Gives lupdate and tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenPolicy)
};

const QLatin1String kVersion("version");
const QLatin1String kMaxLifetime("maxLifetimeDays");
const QLatin1String kScopes("scopesNeedingConfirmation");
const QLatin1String kDescription("descriptionRequired");
const QLatin1String kNamePattern("namePattern");

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// Reads one field of the policy file into `policy`; false (and `error`) when it is wrong.
bool readField(const QString &key, const QJsonValue &value, TokenPolicy &policy, QString *error)
{
    if (key == kVersion)
        return value.toInt(-1) == 1
                || fail(error, Text::tr("Only version 1 of the policy file is known."));
    if (key == kMaxLifetime) {
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt())
            return fail(error, Text::tr("%1 must be a whole number of days, 0 or more.").arg(key));
        policy.maxLifetimeDays = value.toInt();
        return true;
    }
    if (key == kScopes) {
        if (!value.isArray())
            return fail(error, Text::tr("%1 must be a list of scopes.").arg(key));
        for (const QJsonValue &scope : value.toArray()) {
            if (!scope.isString() || scope.toString().trimmed().isEmpty())
                return fail(error, Text::tr("%1 must be a list of scopes.").arg(key));
            policy.scopesNeedingConfirmation.append(scope.toString().trimmed());
        }
        return true;
    }
    if (key == kDescription) {
        if (!value.isBool())
            return fail(error, Text::tr("%1 must be true or false.").arg(key));
        policy.descriptionRequired = value.toBool();
        return true;
    }
    if (key == kNamePattern) {
        if (!value.isString() || !Glob::globRegex(value.toString(), Qt::CaseSensitive).isValid())
            return fail(error,
                        Text::tr("%1 must be a name pattern (* and ? are wildcards).").arg(key));
        policy.namePattern = value.toString();
        return true;
    }
    return fail(error, Text::tr("The policy file has an unknown field %1.").arg(key));
}
} // namespace

QJsonObject TokenPolicy::toJson() const
{
    return QJsonObject{{kVersion, 1},
                       {kMaxLifetime, maxLifetimeDays},
                       {kScopes, QJsonArray::fromStringList(scopesNeedingConfirmation)},
                       {kDescription, descriptionRequired},
                       {kNamePattern, namePattern}};
}

std::optional<TokenPolicy> TokenPolicy::fromJson(const QJsonObject &o, QString *error)
{
    TokenPolicy policy;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!readField(it.key(), it.value(), policy, error))
            return std::nullopt;
    policy.scopesNeedingConfirmation.removeDuplicates();
    return policy;
}

QStringList TokenPolicy::violations(const ApiTokenDraft &draft, const QDateTime &now) const
{
    QStringList found;
    if (maxLifetimeDays > 0) {
        if (!draft.expiration.isValid())
            found << Text::tr("It never expires; the policy allows at most %n day(s).", nullptr,
                              maxLifetimeDays);
        else if (now.secsTo(draft.expiration) > qint64(maxLifetimeDays) * 24 * 3600)
            found << Text::tr("It lives longer than the policy's maximum of %n day(s).", nullptr,
                              maxLifetimeDays);
    }
    QStringList confirm;
    for (const QString &scope : draft.scope)
        if (scopesNeedingConfirmation.contains(scope) && !confirm.contains(scope))
            confirm << scope;
    if (!confirm.isEmpty())
        found << Text::tr("The policy asks for a confirmation of the scope(s) %1.", nullptr,
                          int(confirm.size()))
                         .arg(confirm.join(QStringLiteral(", ")));
    if (descriptionRequired && draft.description.trimmed().isEmpty())
        found << Text::tr("The policy requires a description.");
    if (!namePattern.isEmpty()
        && !Glob::globRegex(namePattern, Qt::CaseSensitive).match(draft.name).hasMatch())
        found << Text::tr("The name does not match the policy's pattern %1.").arg(namePattern);
    return found;
}
