#pragma once

#include "api/LosantClient.h"
#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>

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
    // A user who is a member of the instance and of one application, with a token (all.User)
    // that reaches all three kinds of collection: the instance, the application and /me/tokens.
    QString userId = addMember(server.instance(), instanceId);
    QString applicationId = server.instance().addApplication(userId);
    QString userAdmin = server.instance().issueToken(TokenLocation::Kind::User, userId,
                                                     QStringLiteral("zz user admin"),
                                                     {QStringLiteral("all.User")});
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
    // That kind's collection through the same client: the instance, the application, or the
    // access token's user's own tokens.
    TokenCollection tokens(TokenLocation::Kind kind);
    // Calls from now on go with this access token (e.g. userAdmin to reach every kind).
    void connectAs(const QString &secret) { client.setAccessToken(secret); }

private:
    static QString addMember(LocalInstance &instance, const QString &instanceId);
};

// What a suite on the local instance keeps per test, under the names its tests use.
struct LocalApiSuite
{
    // The server's fault plan, under the names the suites use.
    using Fault = LocalInstanceServer::Fault;
    using Route = LocalInstanceServer::Route;

    using Kind = TokenLocation::Kind;

    std::unique_ptr<LocalApi> m_api;
    LocalInstanceServer *m_server = nullptr;
    LosantClient *m_client = nullptr;
    QString m_instanceId;
    QString m_userId; // a member of the instance and of the application
    QString m_applicationId;
    QString m_userAdmin; // the user's token with all.User: reaches every kind

    // A new instance with only the admin token, not yet listening; the settings start empty.
    LocalInstance &freshApi();
    // A new instance with only the admin token, listening (false if it could not); for suites
    // that keep no settings.
    bool startApi();
    // Drops the server, client and instance of the test that just ran.
    void dropApi();

    // Where the server keeps the kind's tokens: the instance, the application or the user.
    QString ownerOf(Kind kind) const;
    // A "kind" column with one row per kind, for tests that run alike on all three.
    static void addKindRows();

    // Adds the token straight to the instance, last saved long ago unless it says when (so that
    // any change made now is later), and returns it as the list shows it: without its secret.
    ApiToken addToken(ApiToken token);
    // A token of this name, status and scope, added as above.
    ApiToken addToken(const QString &name, const QString &status = QStringLiteral("active"),
                      const QStringList &scope = {QStringLiteral("all.Instance.read")})
    {
        ApiToken token;
        token.name = name;
        token.status = status;
        token.scope = scope;
        return addToken(token);
    }

private:
    LocalInstance &newApi();
};

// A suite whose every test starts on a fresh, listening instance and drops it after.
class LocalApiTest : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { dropApi(); }
};
