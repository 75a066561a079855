#include "cli/AppOptions.h"

#include "api/TransportPolicy.h"
#include "core/LosantIds.h"
#include "localinstance/LocalInstanceServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstring>

namespace {
// Gives lupdate and Text::tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

const QString kTokenVariable = QStringLiteral("LOSANT_ACCESS_TOKEN");

// Errors are one line: a control character or line break in a value must not split it.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    return text;
}

// A value as an error names it: on one line, and not endless.
QString shown(const QString &value)
{
    return oneLine(value.size() > 120 ? value.left(120) + QStringLiteral("…") : value);
}

// Spaces or line breaks inside mean the value is not just a token (e.g. a whole .env file).
bool isOneWord(const QString &value)
{
    for (const QChar c : value)
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}
} // namespace

int AppOptions::parse(const QStringList &arguments, const QProcessEnvironment &env,
                      const std::function<bool(const QString &)> &profileExists)
{
    error.clear();
    const QString envToken = env.value(kTokenVariable).trimmed();
    QStringList secrets{envToken};
    // Nothing printed may carry a token, even one typed where a value was expected.
    const auto fail = [this, &secrets](const QString &message) {
        QString line = oneLine(message);
        for (const QString &secret : qAsConst(secrets))
            if (secret.size() >= 4)
                line.replace(secret, QStringLiteral("…"));
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
                    .arg(kTokenVariable));
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
            Text::tr("Developer option: the view --screenshot saves: main (the default), create, "
                     "created or connections."),
            Text::tr("view"));
    const QCommandLineOption tokensOption(
            QStringLiteral("tokens"),
            Text::tr("How many tokens the demo instance holds (default 250, up to 1000000)."),
            Text::tr("count"));
    const QCommandLineOption profileOption(
            QStringLiteral("profile"),
            Text::tr("Open the saved connection profile <name> (its access token comes from the "
                     "system keychain, or from --token-file)."),
            Text::tr("name"));
    const QCommandLineOption urlOption(
            QStringLiteral("url"),
            Text::tr("Connect to the Losant API at <url> (https; http only for this computer). "
                     "Needs --instance, --application or --my-tokens, and an access token."),
            Text::tr("url"));
    const QCommandLineOption instanceOption(
            QStringLiteral("instance"),
            Text::tr("The ID of the instance to open with --url (24 hexadecimal characters)."),
            Text::tr("id"));
    const QCommandLineOption applicationOption(
            QStringLiteral("application"),
            Text::tr("The ID of the application whose tokens to open with --url (24 hexadecimal "
                     "characters)."),
            Text::tr("id"));
    const QCommandLineOption myTokensOption(
            QStringLiteral("my-tokens"),
            Text::tr("Open your own API tokens (/me/tokens) with --url."));
    const QCommandLineOption tokenFileOption(
            QStringLiteral("token-file"),
            Text::tr("Read the access token from <path> instead of %1.").arg(kTokenVariable),
            Text::tr("path"));
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
                       screenshotOfOption, profileOption, urlOption, instanceOption,
                       applicationOption, myTokensOption, tokenFileOption, faultOption,
                       startupOption});

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
    const bool hasProfile = parser.isSet(profileOption);
    const bool hasUrl = parser.isSet(urlOption);
    // The collection --url opens: at most one of --instance, --application, --my-tokens.
    QStringList targets;
    for (const QCommandLineOption *o : {&instanceOption, &applicationOption, &myTokensOption})
        if (parser.isSet(*o))
            targets.append(QStringLiteral("--") + o->names().first());
    const bool hasInstance = !targets.isEmpty();
    const QString target = targets.value(0);
    const bool hasTokenFile = parser.isSet(tokenFileOption);
    if (targets.size() > 1)
        return fail(Text::tr("%1 and %2 cannot be used together: choose one collection of tokens")
                            .arg(targets.at(0), targets.at(1)));

    // Modes first: a value's problem matters less than asking for two things at once.
    if (hasProfile && hasUrl)
        return fail(Text::tr("--profile and --url cannot be used together: a profile holds its "
                             "own URL"));
    if (hasProfile && hasInstance)
        return fail(Text::tr("--profile and %1 cannot be used together: a profile holds its own "
                             "collection of tokens")
                            .arg(target));
    const QString remote = hasProfile ? QStringLiteral("--profile")
            : hasUrl                  ? QStringLiteral("--url")
            : hasInstance             ? target
            : hasTokenFile            ? QStringLiteral("--token-file")
                                      : QString();
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
                                QStringLiteral("created"), QStringLiteral("connections")};
        screenshotOf = parser.value(screenshotOfOption);
        if (!views.contains(screenshotOf))
            return fail(Text::tr("--screenshot-of needs one of %1, not \"%2\"")
                                .arg(views.join(QLatin1String(", ")), shown(screenshotOf)));
        if (screenshotPath.isEmpty())
            return fail(Text::tr("--screenshot-of only goes with --screenshot"));
    }
    reportStartup = parser.isSet(startupOption);

    if (parser.isSet(instanceOption)) {
        const QString value = parser.value(instanceOption).trimmed();
        if (!LosantIds::isValidId(value))
            return fail(Text::tr("--instance needs an instance ID of 24 hexadecimal characters, "
                                 "not \"%1\"")
                                .arg(shown(parser.value(instanceOption))));
        kind = TokenLocation::Kind::Instance;
        ownerId = value.toLower();
    } else if (parser.isSet(applicationOption)) {
        const QString value = parser.value(applicationOption).trimmed();
        if (!LosantIds::isValidId(value))
            return fail(Text::tr("--application needs an application ID of 24 hexadecimal "
                                 "characters, not \"%1\"")
                                .arg(shown(parser.value(applicationOption))));
        kind = TokenLocation::Kind::Application;
        ownerId = value.toLower();
    } else if (parser.isSet(myTokensOption)) {
        kind = TokenLocation::Kind::User;
    }
    if (hasUrl) {
        const QString text = parser.value(urlOption);
        const QUrl value = TransportPolicy::fromText(text);
        if (!value.isValid() || text.trimmed().isEmpty())
            return fail(Text::tr("--url \"%1\" is not a valid URL").arg(shown(text)));
        if (const QString why = TransportPolicy::problem(value); !why.isEmpty())
            return fail(Text::tr("--url \"%1\": %2")
                                .arg(shown(value.toDisplayString(QUrl::RemoveUserInfo)), why));
        url = value;
    }
    if (hasUrl && !hasInstance)
        return fail(Text::tr("--url \"%1\" needs --instance too (the instance's 24-character ID), "
                             "or --application <id>, or --my-tokens")
                            .arg(shown(url.toDisplayString())));
    if (hasInstance && !hasUrl)
        return fail(Text::tr("%1 needs --url too (such as https://api.losant.com)")
                            .arg(ownerId.isEmpty()
                                         ? target
                                         : QStringLiteral("%1 \"%2\"").arg(target, ownerId)));
    if (hasProfile) {
        const QString name = parser.value(profileOption);
        if (name.trimmed().isEmpty())
            return fail(Text::tr("--profile needs the name of a saved connection profile"));
        if (!profileExists || !profileExists(name))
            return fail(Text::tr("there is no connection profile \"%1\"").arg(shown(name)));
        profile = name;
    }

    QString fileToken;
    if (hasTokenFile) {
        tokenFile = parser.value(tokenFileOption);
        if (!hasUrl && !hasProfile)
            return fail(Text::tr("--token-file \"%1\" only goes with --url (and --instance, "
                                 "--application or --my-tokens), or with --profile")
                                .arg(shown(tokenFile)));
        QFile file(tokenFile);
        if (tokenFile.isEmpty() || !file.open(QIODevice::ReadOnly))
            return fail(Text::tr("cannot read the token file \"%1\": %2")
                                .arg(shown(tokenFile), file.errorString()));
        // Read at most one byte past the limit: the path may name a device or a huge file.
        const QByteArray bytes = file.read(kMaxTokenFileBytes + 1);
        if (file.error() != QFileDevice::NoError)
            return fail(Text::tr("cannot read the token file \"%1\": %2")
                                .arg(shown(tokenFile), file.errorString()));
        if (bytes.size() > kMaxTokenFileBytes)
            return fail(Text::tr("the token file \"%1\" is larger than %2 KiB, too large for a "
                                 "token")
                                .arg(shown(tokenFile), QString::number(kMaxTokenFileBytes / 1024)));
        fileToken = QString::fromUtf8(bytes).trimmed();
        secrets.append(fileToken);
        if (fileToken.isEmpty())
            return fail(Text::tr("the token file \"%1\" is empty").arg(shown(tokenFile)));
        if (!isOneWord(fileToken))
            return fail(Text::tr("the token file \"%1\" holds more than one token (spaces or "
                                 "several lines)")
                                .arg(shown(tokenFile)));
    }
    if (hasUrl) {
        // The environment is only for --url: a profile's token must not be swapped silently.
        accessToken = fileToken.isEmpty() ? envToken : fileToken;
        if (accessToken.isEmpty())
            return fail(Text::tr("--url and %1 need an access token: set %2 or give "
                                 "--token-file")
                                .arg(target, kTokenVariable));
        if (!isOneWord(accessToken))
            return fail(Text::tr("%1 holds more than one token (spaces or several lines)")
                                .arg(kTokenVariable));
    } else if (hasProfile) {
        accessToken = fileToken;
    }
    return -1;
}
