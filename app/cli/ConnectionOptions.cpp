#include "cli/ConnectionOptions.h"

#include "api/TransportPolicy.h"
#include "cli/CliText.h"
#include "core/LosantIds.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using CliText::shown;

namespace {
// The words are the window's command line's: one context, so one translation serves both.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};
} // namespace

ConnectionOptions::ConnectionOptions(const QProcessEnvironment &env)
    : m_envToken(env.value(tokenVariable()).trimmed()), m_secrets{m_envToken},
      m_profile(QStringLiteral("profile"),
                Text::tr("Open the saved connection profile <name> (its access token comes from "
                         "the system keychain, or from --token-file)."),
                Text::tr("name")),
      m_url(QStringLiteral("url"),
            Text::tr("Connect to the Losant API at <url> (https; http only for this computer). "
                     "Needs --instance, --application or --my-tokens, and an access token."),
            Text::tr("url")),
      m_instance(QStringLiteral("instance"),
                 Text::tr("The ID of the instance to open with --url (24 hexadecimal characters)."),
                 Text::tr("id")),
      m_application(QStringLiteral("application"),
                    Text::tr("The ID of the application whose tokens to open with --url (24 "
                             "hexadecimal characters)."),
                    Text::tr("id")),
      m_myTokens(QStringLiteral("my-tokens"),
                 Text::tr("Open your own API tokens (/me/tokens) with --url.")),
      m_tokenFile(QStringLiteral("token-file"),
                  Text::tr("Read the access token from <path> instead of %1.").arg(tokenVariable()),
                  Text::tr("path"))
{ }

QList<QCommandLineOption> ConnectionOptions::options() const
{
    return {m_profile, m_url, m_instance, m_application, m_myTokens, m_tokenFile};
}

QString ConnectionOptions::checkModes(const QCommandLineParser &parser)
{
    // The collection --url opens: at most one of --instance, --application, --my-tokens.
    QStringList targets;
    for (const QCommandLineOption *o : {&m_instance, &m_application, &m_myTokens})
        if (parser.isSet(*o))
            targets.append(QStringLiteral("--") + o->names().first());
    m_target = targets.value(0);
    const bool hasProfile = parser.isSet(m_profile);
    const bool hasUrl = parser.isSet(m_url);
    const bool hasInstance = !targets.isEmpty();
    if (targets.size() > 1)
        return Text::tr("%1 and %2 cannot be used together: choose one collection of tokens")
                .arg(targets.at(0), targets.at(1));
    if (hasProfile && hasUrl)
        return Text::tr("--profile and --url cannot be used together: a profile holds its "
                        "own URL");
    if (hasProfile && hasInstance)
        return Text::tr("--profile and %1 cannot be used together: a profile holds its own "
                        "collection of tokens")
                .arg(m_target);
    m_remote = hasProfile               ? QStringLiteral("--profile")
            : hasUrl                    ? QStringLiteral("--url")
            : hasInstance               ? m_target
            : parser.isSet(m_tokenFile) ? QStringLiteral("--token-file")
                                        : QString();
    return QString();
}

QString ConnectionOptions::readValues(const QCommandLineParser &parser,
                                      const std::function<bool(const QString &)> &profileExists)
{
    const bool hasProfile = parser.isSet(m_profile);
    const bool hasUrl = parser.isSet(m_url);
    const bool hasInstance = !m_target.isEmpty();
    if (parser.isSet(m_instance)) {
        const QString value = parser.value(m_instance).trimmed();
        if (!LosantIds::isValidId(value))
            return Text::tr("--instance needs an instance ID of 24 hexadecimal characters, "
                            "not \"%1\"")
                    .arg(shown(parser.value(m_instance)));
        kind = TokenLocation::Kind::Instance;
        ownerId = value.toLower();
    } else if (parser.isSet(m_application)) {
        const QString value = parser.value(m_application).trimmed();
        if (!LosantIds::isValidId(value))
            return Text::tr("--application needs an application ID of 24 hexadecimal "
                            "characters, not \"%1\"")
                    .arg(shown(parser.value(m_application)));
        kind = TokenLocation::Kind::Application;
        ownerId = value.toLower();
    } else if (parser.isSet(m_myTokens)) {
        kind = TokenLocation::Kind::User;
    }
    if (hasUrl) {
        const QString text = parser.value(m_url);
        const QUrl value = TransportPolicy::fromText(text);
        if (!value.isValid() || text.trimmed().isEmpty())
            return Text::tr("--url \"%1\" is not a valid URL").arg(shown(text));
        if (const QString why = TransportPolicy::problem(value); !why.isEmpty())
            return Text::tr("--url \"%1\": %2")
                    .arg(shown(value.toDisplayString(QUrl::RemoveUserInfo)), why);
        url = value;
    }
    if (hasUrl && !hasInstance)
        return Text::tr("--url \"%1\" needs --instance too (the instance's 24-character ID), "
                        "or --application <id>, or --my-tokens")
                .arg(shown(url.toDisplayString()));
    if (hasInstance && !hasUrl)
        return Text::tr("%1 needs --url too (such as https://api.losant.com)")
                .arg(ownerId.isEmpty() ? m_target
                                       : QStringLiteral("%1 \"%2\"").arg(m_target, ownerId));
    if (hasProfile) {
        const QString name = parser.value(m_profile);
        if (name.trimmed().isEmpty())
            return Text::tr("--profile needs the name of a saved connection profile");
        if (!profileExists || !profileExists(name))
            return Text::tr("there is no connection profile \"%1\"").arg(shown(name));
        profile = name;
    }

    QString fileToken;
    if (parser.isSet(m_tokenFile)) {
        if (const QString why = readTokenFile(parser, &fileToken); !why.isEmpty())
            return why;
    }
    if (hasUrl) {
        // The environment is only for --url: a profile's token must not be swapped silently.
        accessToken = fileToken.isEmpty() ? m_envToken : fileToken;
        if (accessToken.isEmpty())
            return Text::tr("--url and %1 need an access token: set %2 or give "
                            "--token-file")
                    .arg(m_target, tokenVariable());
        if (!CliText::isOneWord(accessToken))
            return Text::tr("%1 holds more than one token (spaces or several lines)")
                    .arg(tokenVariable());
    } else if (hasProfile) {
        accessToken = fileToken;
    }
    return QString();
}

QString ConnectionOptions::readTokenFile(const QCommandLineParser &parser, QString *fileToken)
{
    tokenFile = parser.value(m_tokenFile);
    if (!parser.isSet(m_url) && !parser.isSet(m_profile))
        return Text::tr("--token-file \"%1\" only goes with --url (and --instance, "
                        "--application or --my-tokens), or with --profile")
                .arg(shown(tokenFile));
    QFile file(tokenFile);
    if (tokenFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Text::tr("cannot read the token file \"%1\": %2")
                .arg(shown(tokenFile), file.errorString());
    // Read at most one byte past the limit: the path may name a device or a huge file.
    const QByteArray bytes = file.read(kMaxTokenFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Text::tr("cannot read the token file \"%1\": %2")
                .arg(shown(tokenFile), file.errorString());
    if (bytes.size() > kMaxTokenFileBytes)
        return Text::tr("the token file \"%1\" is larger than %2 KiB, too large for a "
                        "token")
                .arg(shown(tokenFile), QString::number(kMaxTokenFileBytes / 1024));
    *fileToken = QString::fromUtf8(bytes).trimmed();
    m_secrets.append(*fileToken);
    if (fileToken->isEmpty())
        return Text::tr("the token file \"%1\" is empty").arg(shown(tokenFile));
    if (!CliText::isOneWord(*fileToken))
        return Text::tr("the token file \"%1\" holds more than one token (spaces or "
                        "several lines)")
                .arg(shown(tokenFile));
    return QString();
}
