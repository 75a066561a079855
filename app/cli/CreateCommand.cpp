#include "cli/CreateCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliText.h"
#include "cli/SecretFile.h"
#include "core/ApiError.h"
#include "workflows/LostCreateCheck.h"

CreateCommand::CreateCommand(QObject *parent) : Subcommand(parent) { }

CreateCommand::~CreateCommand() = default;

QString CreateCommand::summary() const
{
    return tr("Create a token. Its secret goes to standard output alone (or to --secret-file); "
              "the rest to standard error.");
}

QString CreateCommand::usage() const
{
    return tr("(--name TEXT [--description TEXT] [--expires WHEN] [--status active|inactive] "
              "[--scope SCOPE... | --read-only | --all-scopes] [--default-role ROLE] "
              "[--org-role JSON]... | --from-json FILE|-) [--secret-file PATH] "
              "[--format text|json] CONNECTION");
}

QString CreateCommand::example() const
{
    return QStringLiteral("TOKEN=$(losant-tokens create --profile prod --name ci-deploy "
                          "--read-only --expires 90d)");
}

void CreateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions(m_body.options());
    parser.addOption({QStringLiteral("secret-file"),
                      tr("Write the secret to <path>, a new file only you may read (an existing "
                         "file is never overwritten), instead of standard output."),
                      tr("path")});
    parser.addOption({QStringLiteral("format"),
                      tr("text (the secret alone on standard output) or json (the server's "
                         "token object, its secret included, on standard output)."),
                      tr("format")});
}

QString CreateCommand::readOptions(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        return tr("--format needs text or json, not \"%1\"").arg(CliText::shown(format));
    m_json = format == QLatin1String("json");
    m_secretPath = parser.value(QStringLiteral("secret-file"));
    if (parser.isSet(QStringLiteral("secret-file")) && m_secretPath.isEmpty())
        return tr("--secret-file needs a path");
    return m_body.read(parser);
}

void CreateCommand::run()
{
    QStringList problems;
    const QJsonValue body = m_body.body(collection().location().kind(), &problems);
    if (!problems.isEmpty())
        return refuseBody(problems);
    if (!m_secretPath.isEmpty()) {
        m_secretFile = std::make_unique<SecretFile>(m_secretPath);
        if (const QString why = m_secretFile->create(); !why.isEmpty())
            return usageError(why);
    }
    m_name = body.toObject().value(QStringLiteral("name")).toString();
    ApiCall *call = collection().create(body.toObject());
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_secretFile.reset(); // removes the file: there is no secret to keep
        if (error.answerLost)
            return lost(error);
        fail(error);
    });
    connect(call, &ApiCall::tokenReceived, this,
            [this, call](const ApiToken &token) { created(token, call->tokenObject()); });
}

void CreateCommand::created(const ApiToken &token, QJsonObject object)
{
    int status = Done;
    if (m_secretFile) {
        if (const QString why = m_secretFile->write(token.token); !why.isEmpty()) {
            // Better on standard output than lost: the server shows a secret only once.
            complain(why + tr("; the secret follows on standard output"));
            CliOutput::out(token.token.toUtf8() + '\n');
            status = Failed;
        }
        object.remove(QStringLiteral("token"));
    }
    if (m_json) {
        CliOutput::out(CliOutput::json(object));
    } else {
        if (!m_secretFile)
            CliOutput::out(token.token.toUtf8() + '\n');
        CliOutput::err(tr("Created \"%1\" (ID %2) in %3, %4, expires %5.")
                               .arg(CliText::oneLine(token.name), token.id,
                                    collection().location().displayName(), token.status,
                                    token.expirationDate.isValid()
                                            ? LosantDates::toIso(token.expirationDate)
                                            : tr("never")));
        if (m_secretFile)
            CliOutput::err(tr("The secret is in %1.").arg(CliText::shown(m_secretPath)));
    }
    object = QJsonObject();
    finish(status);
}

void CreateCommand::lost(const ApiError &error)
{
    complain(error.displayText());
    // Looked up by name, never sent again: a second POST is the person's decision.
    auto *check = new LostCreateCheck(collection(), this);
    connect(check, &LostCreateCheck::found, this, [this](const ApiToken &token) {
        complain(tr("A token named \"%1\" exists (ID %2, created %3): the create most likely "
                    "went through and its secret was lost with the answer. Delete it and "
                    "create it again.")
                         .arg(CliText::oneLine(token.name), token.id,
                              LosantDates::toIso(token.creationDate)));
        finish(Failed);
    });
    connect(check, &LostCreateCheck::notFound, this, [this](const QString &name) {
        complain(tr("No token is named \"%1\": the create did not go through, and sending it "
                    "again is safe.")
                         .arg(CliText::oneLine(name)));
        finish(Failed);
    });
    connect(check, &LostCreateCheck::failed, this, [this](const ApiError &) {
        complain(tr("The answer was lost, so the token \"%1\" may exist without its secret. "
                    "Look for it (losant-tokens list --filter NAME) before creating it again.")
                         .arg(CliText::oneLine(m_name)));
        finish(Failed);
    });
    check->start(m_name);
}
