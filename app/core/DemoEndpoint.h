#pragma once

#include "core/TokenLocation.h"

#include <QList>
#include <QString>
#include <QUrl>

// One token collection the demo serves, with the name the switcher shows for it.
struct DemoCollection
{
    TokenLocation location;
    QString name; // "Greenhouse sensors"; empty for the instance and the user's own tokens
};

// Where the demo instance listens and the access token that opens it: what the local instance
// hands the window, so the widgets never link the server itself.
struct DemoEndpoint
{
    QUrl apiUrl;
    QString instanceId;
    QString adminSecret; // a user token (all.User): it reaches every collection below
    QList<DemoCollection> collections; // the instance first, then applications, then the user's
};
