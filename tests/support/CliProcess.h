#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What one run of the real losant-tokens executable left behind.
struct CliRun
{
    bool ended = false; // false: it did not end within the test's patience
    int status = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built executable (LOSANT_TOKENS_BIN) in a private home with no session bus, while
// the test's event loop keeps serving the local instance: it waits on QProcess::finished.
class CliProcess
{
public:
    CliProcess() { m_env = isolated(m_home.path()); }

    QProcessEnvironment &environment() { return m_env; }
    QString home() const { return m_home.path(); }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return start(QStringLiteral(LOSANT_TOKENS_BIN), arguments, input);
    }

    // The same on a terminal: util-linux `script` gives it a pseudo-terminal for stdin, stdout
    // and stderr alike, so `out` holds both streams (and the typed input, echoed).
    CliRun runOnTerminal(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QStringList words{QStringLiteral(LOSANT_TOKENS_BIN)};
        words += arguments;
        for (QString &word : words)
            word = QLatin1Char('\'') + word.replace(QLatin1String("'"), QLatin1String("'\\''"))
                    + QLatin1Char('\'');
        return start(
                QStringLiteral("script"),
                {QStringLiteral("-qec"), words.join(QLatin1Char(' ')), QStringLiteral("/dev/null")},
                input);
    }

private:
    CliRun start(const QString &program, const QStringList &arguments,
                 const QByteArray &input) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        CliRun result;
        if (!process.waitForStarted(30000))
            return result;
        process.write(input);
        process.closeWriteChannel(); // stdin is a pipe, never a terminal
        result.ended = finished.wait(120000);
        if (!result.ended) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

public:
    static QProcessEnvironment isolated(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        for (const char *dir : {"config", "data", "cache"})
            QDir(home).mkpath(QLatin1String(dir));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.remove(QStringLiteral("LOSANT_ACCESS_TOKEN"));
        env.remove(QStringLiteral("COLUMNS"));
        return env;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
