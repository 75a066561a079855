#pragma once

#include "api/LosantClient.h"
#include "api/TokenCollection.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

class ConnectionOptions;
class SecretStore;

// The checked connection options turned into a client and its collection: a profile's URL,
// collection and Losant-Domain from the saved profiles, its access token from the keychain
// (unless --token-file gave one); or --url's values as they are.
class CliConnection : public QObject
{
    Q_OBJECT
public:
    explicit CliConnection(QObject *parent = nullptr);
    ~CliConnection() override;

    // Reports ready() or failed() later, from the event loop.
    void open(const ConnectionOptions &options);
    TokenCollection collection() { return TokenCollection(&m_client, m_location); }

Q_SIGNALS:
    void ready();
    // `usage`: the command line cannot work as given (status 2), else the keychain failed.
    void failed(const QString &message, bool usage);

private:
    void connectWith(const QString &accessToken);

    QNetworkAccessManager m_network;
    LosantClient m_client{&m_network};
    TokenLocation m_location;
    SecretStore *m_secrets = nullptr;
};
