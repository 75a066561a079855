#include "support/LocalApiFixture.h"

#include <QSettings>

LocalInstance &LocalApiSuite::freshApi()
{
    QSettings().clear();
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
