#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace {
// Gives lupdate and Text::tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "losant-tokens: %s\n", qPrintable(message));
    return 2;
}
} // namespace

bool AppOptions::needsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--serve", "--help", "-h", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0)
                return false;
    }
    return true;
}

int AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Browse, create and tidy the API tokens of a Losant instance."));
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
    const QCommandLineOption tokensOption(
            QStringLiteral("tokens"),
            Text::tr("How many tokens the demo instance holds (default 250, up to 1000000)."),
            Text::tr("count"));
    QCommandLineOption startupOption(QStringLiteral("report-startup"),
                                     Text::tr("Print when the first page is shown, then quit."));
    startupOption.setFlags(QCommandLineOption::HiddenFromHelp); // for the start-up benchmark
    parser.addOptions(
            {demoOption, serveOption, portOption, tokensOption, screenshotOption, startupOption});

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(
                Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    demo = parser.isSet(demoOption);
    serve = parser.isSet(serveOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint value = parser.value(portOption).toUInt(&ok);
        if (!ok || value > 65535)
            return fail(Text::tr("--port needs a number from 0 to 65535, not \"%1\"")
                                .arg(parser.value(portOption)));
        if (!serve)
            return fail(Text::tr("--port only goes with --serve"));
        port = quint16(value);
    }
    if (parser.isSet(tokensOption)) {
        bool ok = false;
        const int value = parser.value(tokensOption).toInt(&ok);
        if (!ok || value < 0 || value > 1000000)
            return fail(Text::tr("--tokens needs a number from 0 to 1000000, not \"%1\"")
                                .arg(parser.value(tokensOption)));
        demoTokens = value;
    }
    screenshotPath = parser.value(screenshotOption);
    reportStartup = parser.isSet(startupOption);
    return -1;
}
