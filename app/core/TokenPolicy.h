#pragma once

#include "core/ApiTokenDraft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// A team's rules for new tokens, checked by the app before a create; none of it is sent to the
// server. Kept in the settings and shared as a JSON file (docs/findings.md "Token policy").
struct TokenPolicy
{
    int maxLifetimeDays = 0; // 0: no maximum; a token that never expires breaks any maximum
    QStringList scopesNeedingConfirmation; // a draft with any of them asks for an override
    bool descriptionRequired = false;
    // A glob over the whole name, case-sensitive: * any text, ? one character; empty: any name.
    QString namePattern;

    bool isEmpty() const
    {
        return maxLifetimeDays == 0 && scopesNeedingConfirmation.isEmpty() && !descriptionRequired
                && namePattern.isEmpty();
    }
    bool operator==(const TokenPolicy &o) const
    {
        return maxLifetimeDays == o.maxLifetimeDays
                && scopesNeedingConfirmation == o.scopesNeedingConfirmation
                && descriptionRequired == o.descriptionRequired && namePattern == o.namePattern;
    }

    QJsonObject toJson() const;
    // Strict: a wrong type, a negative lifetime or an unknown field is an error (a typo in a
    // team's file must not silently drop a rule); `error` then says which, translated.
    static std::optional<TokenPolicy> fromJson(const QJsonObject &o, QString *error);

    // Why the draft breaks the policy, one translated sentence each; empty when it does not.
    QStringList violations(const ApiTokenDraft &draft, const QDateTime &now) const;
};
