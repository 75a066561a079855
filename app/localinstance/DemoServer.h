#pragma once

#include "core/DemoEndpoint.h"

#include <memory>
#include <optional>

class LocalInstanceServer;

// The demo instance on 127.0.0.1: a local server filled with made-up tokens, started on first
// use and kept until this object goes.
class DemoServer
{
public:
    explicit DemoServer(int tokenCount = 250);
    ~DemoServer();
    DemoServer(const DemoServer &) = delete;
    DemoServer &operator=(const DemoServer &) = delete;

    // Starts it the first time; nothing when no loopback port is free.
    std::optional<DemoEndpoint> start();

private:
    int m_tokenCount;
    std::unique_ptr<LocalInstanceServer> m_server;
    DemoEndpoint m_endpoint;
};
