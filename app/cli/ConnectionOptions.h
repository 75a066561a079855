#pragma once

#include "core/TokenLocation.h"

#include <QCommandLineOption>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QCommandLineParser;

// Which tokens to open, as the window and every subcommand take it: --profile NAME, or --url
// with --instance, --application or --my-tokens and an access token from --token-file or
// LOSANT_ACCESS_TOKEN. One set of options and checks, so both say the same words.
class ConnectionOptions
{
public:
    explicit ConnectionOptions(const QProcessEnvironment &env);

    // --profile, --url, --instance, --application, --my-tokens, --token-file, in that order.
    QList<QCommandLineOption> options() const;
    static QString tokenVariable() { return QStringLiteral("LOSANT_ACCESS_TOKEN"); }

    // First step: two ways of connecting at once. Returns the problem, empty when none.
    QString checkModes(const QCommandLineParser &parser);
    // The option that asks for a remote collection ("--profile", "--url", ...); empty if none.
    QString remote() const { return m_remote; }
    // Second step: the values themselves, read and checked. Returns the problem, empty when none.
    QString readValues(const QCommandLineParser &parser,
                       const std::function<bool(const QString &)> &profileExists);

    // Every token this command line holds, for scrubbing from anything printed.
    QStringList secrets() const { return m_secrets; }

    QString profile; // --profile: a saved connection profile's name
    QUrl url; // --url, normalized
    TokenLocation::Kind kind = TokenLocation::Kind::Instance;
    QString ownerId; // the instance or application ID, lower case; empty for --my-tokens
    QString tokenFile; // --token-file
    // From --token-file, else (with --url only) LOSANT_ACCESS_TOKEN; never printed.
    QString accessToken;

    static constexpr qint64 kMaxTokenFileBytes = 64 * 1024;

private:
    QString readTokenFile(const QCommandLineParser &parser, QString *fileToken);

    QString m_envToken;
    QStringList m_secrets;
    QString m_remote;
    QString m_target; // "--instance", "--application" or "--my-tokens"; empty if none
    QCommandLineOption m_profile;
    QCommandLineOption m_url;
    QCommandLineOption m_instance;
    QCommandLineOption m_application;
    QCommandLineOption m_myTokens;
    QCommandLineOption m_tokenFile;
};
