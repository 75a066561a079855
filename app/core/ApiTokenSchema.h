#pragma once

#include "core/TokenLocation.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

// One rule of the create/update schema that a body breaks.
struct SchemaProblem
{
    QString field; // a path such as "orgRoles[2].orgId"; empty for the body itself
    QString message; // words for a person, e.g. "Name must be at most 255 characters."

    bool operator==(const SchemaProblem &o) const
    {
        return field == o.field && message == o.message;
    }
};

// The checks of docs/schemas/apiTokenPost.json and apiTokenPatch.json, shared by the local
// instance and the create dialog. Problems come in the schema's property order (a QJsonObject
// forgets the order of the text): a missing "name" first, then name, description,
// expirationDate, defaultRole, orgRoles, scope, status, then unknown keys alphabetically;
// array items in index order. An empty list means the body is valid.
namespace ApiTokenSchema {
QList<SchemaProblem> checkPost(const QJsonValue &body);
QList<SchemaProblem> checkPatch(const QJsonValue &body);
// checkPost, and what the kind allows (docs/api.md "Scopes per kind"): only the scopes it may
// grant, and no defaultRole or orgRoles for application tokens.
QList<SchemaProblem> checkPostFor(TokenLocation::Kind kind, const QJsonValue &body);

// RFC 3339 date-time with a zone ('Z' or an offset), 'T', 't' or a space between date and
// time, any number of second fractions (kept to milliseconds). Invalid when it is not one.
QDateTime parseDateTime(const QString &text);
} // namespace ApiTokenSchema
