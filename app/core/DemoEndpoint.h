#pragma once

#include <QString>
#include <QUrl>

// Where the demo instance listens and the access token that opens it: what the local instance
// hands the window, so the widgets never link the server itself.
struct DemoEndpoint
{
    QUrl apiUrl;
    QString instanceId;
    QString adminSecret;
};
