#include "cli/AppOptions.h"

#include "cli/CliText.h"
#include "cli/ConnectionOptions.h"
#include "localinstance/LocalInstanceServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
// Gives lupdate and Text::tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};
} // namespace

using CliText::shown;

int AppOptions::parse(const QStringList &arguments, const QProcessEnvironment &env,
                      const std::function<bool(const QString &)> &profileExists)
{
    error.clear();
    ConnectionOptions connection(env);
    // Nothing printed may carry a token, even one typed where a value was expected.
    const auto fail = [this, &connection](const QString &message) {
        const QString line = CliText::scrubbed(CliText::oneLine(message), connection.secrets());
        error = line;
        accessToken.clear(); // a refused command line leaves no token behind
        std::fprintf(stderr, "losant-tokens: %s\n", qPrintable(line));
        return 2;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Browse, create and tidy the API tokens of a Losant instance.\n"
                     "With --url and --instance, --application or --my-tokens, the access token\n"
                     "comes from --token-file or"
                     " the %1 environment variable; it is never printed.")
                    .arg(ConnectionOptions::tokenVariable()));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            Text::tr("Open the built-in demo instance (no account needed)."));
    const QCommandLineOption serveOption(
            QStringLiteral("serve"),
            Text::tr("Run the local Losant-compatible instance without a window and print its URL, "
                     "instance ID and an admin access token."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Text::tr("Port for --serve (default: any free port)."),
                                        Text::tr("port"));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            Text::tr("Save a PNG of the window once the first page is shown, then quit."),
            Text::tr("file"));
    const QCommandLineOption screenshotOfOption(
            QStringLiteral("screenshot-of"),
            Text::tr("Developer option: which view --screenshot saves: main (the default), create, "
                     "roles, created or connections."),
            Text::tr("view"));
    const QCommandLineOption tokensOption(
            QStringLiteral("tokens"),
            Text::tr("How many tokens the demo instance holds (default 250, up to 1000000)."),
            Text::tr("count"));
    const QCommandLineOption faultOption(
            QStringLiteral("fault"),
            Text::tr("With --serve: misbehave on one route, e.g. list=429:5, list=html, "
                     "list=shape:items, list=truncate, list=huge, create=drop, get=500, "
                     "audit-list=403, audit-get=delay:2000. Repeatable."),
            Text::tr("route=fault"));
    QCommandLineOption startupOption(QStringLiteral("report-startup"),
                                     Text::tr("Print when the first page is shown, then quit."));
    startupOption.setFlags(QCommandLineOption::HiddenFromHelp); // for the start-up benchmark
    parser.addOptions({demoOption, serveOption, portOption, tokensOption, screenshotOption,
                       screenshotOfOption});
    parser.addOptions(connection.options());
    parser.addOptions({faultOption, startupOption});

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    // --help-all is Qt's: the same text, never the window (it used to open one, or abort
    // without a display).
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("unexpected argument \"%1\"")
                            .arg(shown(parser.positionalArguments().first())));
    demo = parser.isSet(demoOption);
    serve = parser.isSet(serveOption);
    // Modes first: a value's problem matters less than asking for two things at once.
    if (const QString why = connection.checkModes(parser); !why.isEmpty())
        return fail(why);
    const QString remote = connection.remote();
    if (demo && !remote.isEmpty())
        return fail(Text::tr("--demo and %1 cannot be used together").arg(remote));
    if (serve && !remote.isEmpty())
        return fail(Text::tr("--serve and %1 cannot be used together").arg(remote));

    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint value = parser.value(portOption).toUInt(&ok);
        if (!ok || value > 65535)
            return fail(Text::tr("--port needs a number from 0 to 65535, not \"%1\"")
                                .arg(shown(parser.value(portOption))));
        if (!serve)
            return fail(Text::tr("--port only goes with --serve"));
        port = quint16(value);
    }
    if (parser.isSet(tokensOption)) {
        bool ok = false;
        const int value = parser.value(tokensOption).toInt(&ok);
        if (!ok || value < 0 || value > 1000000)
            return fail(Text::tr("--tokens needs a number from 0 to 1000000, not \"%1\"")
                                .arg(shown(parser.value(tokensOption))));
        if (!remote.isEmpty())
            return fail(Text::tr("--tokens only goes with the demo instance or --serve, not with "
                                 "%1")
                                .arg(remote));
        demoTokens = value;
    }
    for (const QString &spec : parser.values(faultOption)) {
        LocalInstanceServer::Route route;
        LocalInstanceServer::Fault fault;
        QString why;
        if (!LocalInstanceServer::Fault::parse(spec, &route, &fault, &why))
            return fail(Text::tr("--fault: %1").arg(why));
        if (!serve)
            return fail(Text::tr("--fault only goes with --serve"));
        faults.append(spec);
    }
    screenshotPath = parser.value(screenshotOption);
    if (parser.isSet(screenshotOfOption)) {
        const QStringList views{QStringLiteral("main"), QStringLiteral("create"),
                                QStringLiteral("roles"), QStringLiteral("created"),
                                QStringLiteral("connections")};
        screenshotOf = parser.value(screenshotOfOption);
        if (!views.contains(screenshotOf))
            return fail(Text::tr("--screenshot-of needs one of %1, not \"%2\"")
                                .arg(views.join(QLatin1String(", ")), shown(screenshotOf)));
        if (screenshotPath.isEmpty())
            return fail(Text::tr("--screenshot-of only goes with --screenshot"));
    }
    reportStartup = parser.isSet(startupOption);

    if (const QString why = connection.readValues(parser, profileExists); !why.isEmpty())
        return fail(why);
    profile = connection.profile;
    url = connection.url;
    kind = connection.kind;
    ownerId = connection.ownerId;
    tokenFile = connection.tokenFile;
    accessToken = connection.accessToken;
    return -1;
}
