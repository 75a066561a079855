#pragma once

#include "cli/ConnectionOptions.h"
#include "core/TokenLocation.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// The command line: what to open, parsed once before any window exists.
struct AppOptions
{
    bool demo = false;
    bool serve = false;
    quint16 port = 0;
    int demoTokens = 250;
    QString screenshotPath;
    // --screenshot-of: which view --screenshot saves (main, create, created, connections).
    QString screenshotOf;
    QStringList faults; // --fault specs for --serve, already checked
    bool reportStartup = false;

    QString profile; // --profile: a saved connection profile's name
    QUrl url; // --url, normalized; always with a collection and accessToken
    // --instance <id>, --application <id> or --my-tokens: which tokens --url opens.
    TokenLocation::Kind kind = TokenLocation::Kind::Instance;
    QString ownerId; // the instance or application ID, lower case; empty for --my-tokens
    QString tokenFile; // --token-file
    // From --token-file, else (with --url only) LOSANT_ACCESS_TOKEN; never printed.
    QString accessToken;

    QString error; // the one-line message of the last bad command line, without the prefix

    // -1 to go on; otherwise the exit status (help, version, or a bad value: 2). Without
    // `profileExists` no profile is known, so --profile always fails.
    int parse(const QStringList &arguments,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              const std::function<bool(const QString &)> &profileExists = {});

    static constexpr qint64 kMaxTokenFileBytes = ConnectionOptions::kMaxTokenFileBytes;
};
