#include "localinstance/DemoServer.h"

#include "localinstance/DemoData.h"
#include "localinstance/LocalInstanceServer.h"

DemoServer::DemoServer(int tokenCount) : m_tokenCount(tokenCount) { }

DemoServer::~DemoServer() = default;

std::optional<DemoEndpoint> DemoServer::start()
{
    if (!m_server) {
        auto server = std::make_unique<LocalInstanceServer>();
        server->setRecording(false); // the demo keeps no request, nor the admin token in one
        const DemoInstance demo = DemoData::populate(server->instance(), m_tokenCount);
        if (server->start() == 0)
            return std::nullopt;
        m_endpoint = {server->baseUrl(), demo.instanceId, demo.adminSecret, demo.collections};
        m_server = std::move(server);
    }
    return m_endpoint;
}
