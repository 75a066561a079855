#include "cli/Subcommand.h"

#include "cli/CliConnection.h"
#include "cli/CliOutput.h"
#include "cli/CliText.h"
#include "cli/ConnectionOptions.h"
#include "connections/ProfileStore.h"
#include "core/ApiError.h"
#include "core/LosantIds.h"

#include <QSettings>

#include <cstdio>

namespace {
// Keeps the words create and update said this in, and their translations.
struct BodyText
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)
};
} // namespace

Subcommand::Subcommand(QObject *parent) : QObject(parent) { }

Subcommand::~Subcommand() = default;

void Subcommand::setUp(QCommandLineParser &parser)
{
    if (!m_connectionOptions)
        m_connectionOptions
                = std::make_unique<ConnectionOptions>(QProcessEnvironment::systemEnvironment());
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    addOptions(parser);
    parser.addOptions(m_connectionOptions->options());
}

QString Subcommand::helpText()
{
    QCommandLineParser parser;
    setUp(parser);
    // Qt's first line names the program alone; ours names the subcommand too.
    QString text = parser.helpText();
    text.remove(0, text.indexOf(QLatin1Char('\n')) + 1);
    return tr("Usage: losant-tokens %1 %2").arg(name(), usage()) + QLatin1Char('\n') + text
            + QLatin1Char('\n') + tr("Example:") + QStringLiteral("\n  ") + example()
            + QStringLiteral("\n\n") + statusHelp() + moreStatusHelp();
}

QString Subcommand::statusHelp()
{
    return tr("Exit status:\n"
              "  0  done\n"
              "  1  the server refused or failed (its message on stderr), a create's answer "
              "was lost, or a change was not confirmed\n"
              "  2  bad usage or value (named on stderr); nothing was sent\n"
              "  3  not found\n"
              "  4  not authorised (the access token was refused or lacks the permission)\n");
}

void Subcommand::start(const QStringList &arguments, const QProcessEnvironment &env)
{
    m_connectionOptions = std::make_unique<ConnectionOptions>(env);
    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(QStringList{name()} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        CliOutput::out(helpText().toUtf8());
        return finish(Done);
    }
    ConnectionOptions &connection = *m_connectionOptions;
    if (const QString why = connection.checkModes(parser); !why.isEmpty())
        return usageError(why);
    if (connection.remote().isEmpty())
        return usageError(tr("which tokens? Give --profile <name>, or --url <url> with "
                             "--instance <id>, --application <id> or --my-tokens"));
    if (const QString why = readOptions(parser); !why.isEmpty())
        return usageError(why);
    QSettings settings;
    ProfileStore profiles(&settings);
    const QString why = connection.readValues(
            parser, [&profiles](const QString &name) { return profiles.contains(name); });
    if (!why.isEmpty())
        return usageError(why);
    m_connection = new CliConnection(this);
    connect(m_connection, &CliConnection::ready, this, &Subcommand::run);
    connect(m_connection, &CliConnection::failed, this, [this](const QString &message, bool usage) {
        complain(message);
        finish(usage ? Usage : Failed);
    });
    m_connection->open(connection);
}

int Subcommand::statusFor(const ApiError &error)
{
    if (error.kind == ApiError::Kind::InvalidArgument)
        return Usage;
    if (error.kind != ApiError::Kind::Server)
        return Failed;
    if (error.httpStatus == 404)
        return NotFound;
    if (error.httpStatus == 401 || error.httpStatus == 403)
        return NotAuthorised;
    return Failed;
}

TokenCollection Subcommand::collection() const
{
    return m_connection ? m_connection->collection() : TokenCollection();
}

void Subcommand::finish(int status)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(status);
}

void Subcommand::complain(const QString &message) const
{
    const QStringList secrets
            = m_connectionOptions ? m_connectionOptions->secrets() : QStringList();
    CliOutput::err(QStringLiteral("losant-tokens %1: %2")
                           .arg(name(), CliText::scrubbed(CliText::oneLine(message), secrets)));
}

void Subcommand::usageError(const QString &message)
{
    complain(message);
    finish(Usage);
}

void Subcommand::refuseBody(const QStringList &problems)
{
    for (const QString &problem : problems)
        complain(problem);
    complain(BodyText::tr("nothing was sent"));
    finish(Usage);
}

QString Subcommand::readTokenId(const QCommandLineParser &parser, QString *id)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1)
        return tr("needs exactly one token ID");
    return checkTokenId(ids.first(), id);
}

QString Subcommand::checkTokenId(const QString &text, QString *id)
{
    if (!LosantIds::isValidId(text.trimmed()))
        return tr("a token ID has 24 hexadecimal characters, not \"%1\"").arg(CliText::shown(text));
    *id = text.trimmed().toLower();
    return QString();
}

void Subcommand::fail(const ApiError &error)
{
    complain(error.displayText());
    finish(statusFor(error));
}

void Subcommand::reportPageFailure(const ApiError &error, int page)
{
    complain(tr("page %1 (counting from 0) could not be fetched, so nothing was printed: %2")
                     .arg(page)
                     .arg(error.displayText()));
    finish(statusFor(error));
}

bool Subcommand::confirmed(bool yes, const QString &question)
{
    if (yes)
        return true;
    if (!CliOutput::stdinIsTerminal()) {
        usageError(tr("%1 Without a terminal to ask on, give --yes to go ahead.").arg(question));
        return false;
    }
    std::fprintf(stderr, "%s %s ", qPrintable(question), qPrintable(tr("[y/N]")));
    std::fflush(stderr);
    char answer[16] = {};
    const bool read = std::fgets(answer, sizeof answer, stdin) != nullptr;
    const QString word = QString::fromLocal8Bit(answer).trimmed().toLower();
    if (read
        && (word == QLatin1String("y") || word == QLatin1String("yes") || word == tr("y")
            || word == tr("yes")))
        return true;
    complain(tr("Not confirmed; nothing was changed."));
    finish(Failed);
    return false;
}
