#pragma once

#include "core/ApiToken.h"
#include "core/TokenLocation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the create-token form holds, and the apiTokenPost body it turns into.
struct ApiTokenDraft
{
    QString name;
    QString description;
    QDateTime expiration; // invalid: never expires
    QString status = QStringLiteral("active");
    QStringList scope; // in the person's order, possibly with duplicates
    QString defaultRole; // empty: not sent
    QList<OrgRole> orgRoles;

    // The body as sent: empty fields left out, the expiration in UTC ISO-8601 with ms and 'Z',
    // scopes without duplicates (first occurrence kept).
    QJsonObject toPostBody() const;
    // The same POST as a shell command; the access token is the placeholder below, never real.
    // `losantDomain` adds the losantdomain header, as the client does when one is set.
    QString curlCommand(const QUrl &baseUrl, const TokenLocation &location,
                        const QString &losantDomain = QString()) const;

    static QString accessTokenPlaceholder() { return QStringLiteral("$LOSANT_ACCESS_TOKEN"); }
};
