#include "support/LocalApiFixture.h"

#include <QSettings>
#include <QTest>

TokenCollection LocalApi::tokens(TokenLocation::Kind kind)
{
    const QString owner = kind == TokenLocation::Kind::Application ? applicationId : instanceId;
    return TokenCollection(&client, TokenLocation::of(kind, owner));
}

QString LocalApi::addMember(LocalInstance &instance, const QString &instanceId)
{
    const QString userId = instance.addUser();
    instance.addMember(userId, TokenLocation::Kind::Instance, instanceId);
    return userId;
}

LocalInstance &LocalApiSuite::freshApi()
{
    QSettings().clear();
    return newApi();
}

bool LocalApiSuite::startApi()
{
    newApi();
    return m_api->start();
}

LocalInstance &LocalApiSuite::newApi()
{
    m_api = std::make_unique<LocalApi>();
    m_server = &m_api->server;
    m_client = &m_api->client;
    m_instanceId = m_api->instanceId;
    m_userId = m_api->userId;
    m_applicationId = m_api->applicationId;
    m_userAdmin = m_api->userAdmin;
    return m_server->instance();
}

void LocalApiSuite::dropApi()
{
    m_api.reset();
    m_server = nullptr;
    m_client = nullptr;
}

ApiToken LocalApiSuite::addToken(ApiToken token)
{
    if (!token.creationDate.isValid())
        token.creationDate = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    ApiToken stored = m_server->instance().addToken(m_instanceId, token);
    stored.token.clear();
    return stored;
}

QString LocalApiSuite::ownerOf(Kind kind) const
{
    switch (kind) {
    case Kind::Instance:
        return m_instanceId;
    case Kind::Application:
        return m_applicationId;
    case Kind::User:
        break;
    }
    return m_userId;
}

void LocalApiSuite::addKindRows()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("instance") << Kind::Instance;
    QTest::newRow("application") << Kind::Application;
    QTest::newRow("user") << Kind::User;
}

void LocalApiTest::init()
{
    QVERIFY(startApi());
}
