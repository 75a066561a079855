#pragma once

#include "api/LosantClient.h"
#include "api/TokenCollection.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"

#include <QNetworkAccessManager>
#include <QString>

#include <memory>

// The server, admin token and client that the GUI tests all need, set up once here.
struct LocalApi
{
    // Declared in this order so that the client goes first, then the server, then the network.
    QNetworkAccessManager network;
    LocalInstanceServer server;
    QString instanceId = server.instance().addInstance();
    QString admin = server.instance().issueToken(instanceId, QStringLiteral("zz admin"),
                                                 {QStringLiteral("all.Instance")});
    LosantClient client{&network};

    // Listens on 127.0.0.1 and points the client at the server with the admin token.
    bool start()
    {
        if (server.start() == 0)
            return false;
        client.setBaseUrl(server.baseUrl());
        client.setAccessToken(admin);
        return true;
    }

    // The instance's tokens through the client, as windows and dialogs take them.
    TokenCollection tokens()
    {
        return TokenCollection(&client, TokenLocation::instance(instanceId));
    }
};

// What a suite on the local instance keeps per test, under the names its tests use.
struct LocalApiSuite
{
    std::unique_ptr<LocalApi> m_api;
    LocalInstanceServer *m_server = nullptr;
    LosantClient *m_client = nullptr;
    QString m_instanceId;

    // A new instance with only the admin token, not yet listening; the settings start empty.
    LocalInstance &freshApi();
    // Drops the server, client and instance of the test that just ran.
    void dropApi();
};
