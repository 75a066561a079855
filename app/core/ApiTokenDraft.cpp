#include "core/ApiTokenDraft.h"

#include "core/LosantApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
// Single quotes keep the shell from expanding anything; a quote inside is closed and escaped.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

QJsonObject ApiTokenDraft::toPostBody() const
{
    QJsonObject body;
    body.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    if (expiration.isValid())
        body.insert(QStringLiteral("expirationDate"), LosantDates::toIso(expiration.toUTC()));
    if (!status.isEmpty())
        body.insert(QStringLiteral("status"), status);
    if (!defaultRole.isEmpty())
        body.insert(QStringLiteral("defaultRole"), defaultRole);
    if (!orgRoles.isEmpty())
        body.insert(QStringLiteral("orgRoles"), OrgRole::listToJson(orgRoles));
    if (!scope.isEmpty()) {
        QJsonArray scopes;
        QSet<QString> seen;
        for (const QString &s : scope) {
            if (seen.contains(s))
                continue;
            seen.insert(s);
            scopes.append(s);
        }
        body.insert(QStringLiteral("scope"), scopes);
    }
    return body;
}

QString ApiTokenDraft::curlCommand(const QUrl &baseUrl, const TokenLocation &location,
                                   const QString &losantDomain) const
{
    QString base = baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // The same query the client adds to every call (LosantClient::halParams).
    const QString url = base + location.collectionPath()
            + QStringLiteral("?_actions=false&_links=true&_embedded=true");
    const QString json
            = QString::fromUtf8(QJsonDocument(toPostBody()).toJson(QJsonDocument::Compact));
    const QString nl = QStringLiteral(" \\\n  ");
    // The Authorization header is double-quoted so the shell fills in the variable.
    return QStringLiteral("curl -X POST ") + shellQuote(url) + nl
            + QStringLiteral("-H 'Accept: application/json'") + nl
            + QStringLiteral("-H 'Accept-Version: ") + QLatin1String(LosantApi::kAcceptVersion)
            + QLatin1Char('\'') + nl + QStringLiteral("-H \"Authorization: Bearer ")
            + accessTokenPlaceholder() + QLatin1Char('"') + nl
            + (losantDomain.isEmpty() ? QString()
                                      : QStringLiteral("-H ")
                               + shellQuote(QStringLiteral("losantdomain: ") + losantDomain) + nl)
            + QStringLiteral("-H 'Content-Type: application/json'") + nl
            + QStringLiteral("--data-raw ") + shellQuote(json);
}
