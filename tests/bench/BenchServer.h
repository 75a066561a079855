#pragma once

// The local instance in its own process, as a remote server would be, for the benchmarks.
#include <QCoreApplication>
#include <QProcess>
#include <QString>

struct BenchServer
{
    QString url;
    QString instanceId;
    QString secret;

    // Starts `losant-tokens --serve --tokens <tokens>` and reads where it listens; false if it
    // did not start within a minute.
    bool start(QProcess &server, int tokens)
    {
        server.start(
                QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/losant-tokens"),
                {QStringLiteral("--serve"), QStringLiteral("--tokens"), QString::number(tokens)});
        while (secret.isEmpty() && server.waitForReadyRead(60000)) {
            while (server.canReadLine()) {
                const QString line = QString::fromUtf8(server.readLine()).trimmed();
                const QString value = line.section(QLatin1Char('='), 1);
                if (line.startsWith(QLatin1String("LOSANT_URL=")))
                    url = value;
                else if (line.startsWith(QLatin1String("LOSANT_INSTANCE_ID=")))
                    instanceId = value;
                else if (line.startsWith(QLatin1String("LOSANT_ACCESS_TOKEN=")))
                    secret = value;
            }
        }
        return !secret.isEmpty();
    }
};

// A busy-looping process beside the benchmark: the second core is taken, as on a busy desktop.
inline bool startCpuHog(QProcess &hog)
{
    hog.start(QStringLiteral("/bin/sh"),
              {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
    return hog.waitForStarted(5000);
}
