#pragma once

#include <QString>
#include <QStringList>

// The command line: what to open, parsed once before any window exists.
struct AppOptions
{
    bool demo = false;
    bool serve = false;
    quint16 port = 0;
    int demoTokens = 250;
    QString screenshotPath;
    bool reportStartup = false;

    // -1 to go on; otherwise the exit status (help, version, or a bad value: 2).
    int parse(const QStringList &arguments);
    static bool needsWindow(int argc, char *argv[]);
};
