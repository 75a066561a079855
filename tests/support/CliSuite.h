#pragma once

#include "api/ApiCall.h"
#include "support/CliProcess.h"
#include "support/LocalApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

// A suite that runs the real executable against the local instance the test serves over HTTP.
class CliSuite : public LocalApiTest
{
protected:
    // --url and --instance of the local instance; the admin token goes in the environment.
    QStringList connection() const
    {
        return {QStringLiteral("--url"), m_server->baseUrl().toString(),
                QStringLiteral("--instance"), m_instanceId};
    }
    // `losant-tokens arguments... CONNECTION` with the admin's access token.
    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), m_api->admin);
        return m_cli.run(arguments + connection(), input);
    }
    // The same on a terminal (stdin, stdout and stderr), with `input` typed.
    CliRun cliOnTerminal(const QStringList &arguments, const QByteArray &input = {})
    {
        m_cli.environment().insert(QStringLiteral("LOSANT_ACCESS_TOKEN"), m_api->admin);
        return m_cli.runOnTerminal(arguments + connection(), input);
    }
    // The instance's tokens as the server sends them for `query`, fetched by the test itself.
    ApiTokenPage serverPage(TokenQuery query = TokenQuery())
    {
        query.perPage = LosantApi::kMaxPerPage;
        ApiCall *call = m_api->tokens().list(query);
        ApiTokenPage page;
        QObject::connect(call, &ApiCall::pageReceived,
                         [&page](const ApiTokenPage &p) { page = p; });
        QSignalSpy finished(call, &ApiCall::finished);
        finished.wait(30000);
        return page;
    }
    static QJsonArray jsonArray(const QByteArray &text)
    {
        return QJsonDocument::fromJson(text).array();
    }

    CliProcess m_cli;
};
