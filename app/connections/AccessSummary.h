#pragma once

#include "core/TokenLocation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What "Test connection" found out about what an access token may do in one collection.
struct TokenAccess
{
    bool mayList = false; // the list call answered 200 (not 403)
    bool scopesKnown = false; // the access token's own token object could be read
    QStringList scopes; // its `scope`, when known
};

class AccessSummary
{
    Q_DECLARE_TR_FUNCTIONS(AccessSummary)
public:
    // One sentence on what the access token may do with the tokens of this kind of collection,
    // e.g. "The access token may list tokens here, not create them.": never more than is known.
    static QString sentence(TokenLocation::Kind kind, const TokenAccess &access);
    // The scopes a message names as examples of those that can list this kind's tokens.
    static QString listScopeExamples(TokenLocation::Kind kind);
};
