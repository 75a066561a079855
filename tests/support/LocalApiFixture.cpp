#include "support/LocalApiFixture.h"

#include <QSettings>
#include <QTest>

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

void LocalApiTest::init()
{
    QVERIFY(startApi());
}
