#include "cli/CommandLine.h"

#include "cli/ChangeCommand.h"
#include "cli/CliOutput.h"
#include "cli/CliText.h"
#include "cli/ConnectionOptions.h"
#include "cli/CreateCommand.h"
#include "cli/ExportCommand.h"
#include "cli/FindingsCommand.h"
#include "cli/GetCommand.h"
#include "cli/ListCommand.h"
#include "cli/UpdateCommand.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTimer>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// `losant-tokens help [SUBCOMMAND]`: the list of subcommands, or one's --help.
int help(const QStringList &rest)
{
    if (!rest.isEmpty()) {
        std::unique_ptr<Subcommand> command = CommandLine::make(rest.first());
        if (!command) {
            CliOutput::err(Text::tr("losant-tokens help: no subcommand \"%1\" (one of: %2)")
                                   .arg(CliText::shown(rest.first()),
                                        CommandLine::subcommands().join(QStringLiteral(", "))));
            return Subcommand::Usage;
        }
        CliOutput::out(command->helpText().toUtf8());
        return Subcommand::Done;
    }
    QString text = Text::tr("Usage: losant-tokens SUBCOMMAND [options]\n"
                            "       losant-tokens [--profile NAME | --url URL ...]   (the "
                            "window)\n\nSubcommands:\n");
    for (const QString &name : CommandLine::subcommands()) {
        std::unique_ptr<Subcommand> command = CommandLine::make(name);
        const QString summary = command ? command->summary()
                                        : Text::tr("This list, or one subcommand's options "
                                                   "(help SUBCOMMAND).");
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(10), summary);
    }
    text += QLatin1Char('\n')
            + Text::tr("Each takes --profile NAME, or --url URL with --instance ID, "
                       "--application ID or --my-tokens (the access token from %1 or "
                       "--token-file). \"losant-tokens SUBCOMMAND --help\" shows its options "
                       "and an example.")
                      .arg(ConnectionOptions::tokenVariable())
            + QStringLiteral("\n\n") + Subcommand::statusHelp();
    CliOutput::out(text.toUtf8());
    return Subcommand::Done;
}
} // namespace

namespace CommandLine {
QStringList subcommands()
{
    return {QStringLiteral("list"),   QStringLiteral("get"),      QStringLiteral("create"),
            QStringLiteral("update"), QStringLiteral("activate"), QStringLiteral("deactivate"),
            QStringLiteral("delete"), QStringLiteral("export"),   QStringLiteral("findings"),
            QStringLiteral("help")};
}

bool isSubcommand(const QString &word)
{
    return subcommands().contains(word);
}

std::unique_ptr<Subcommand> make(const QString &name)
{
    using Change = ChangeCommand::Change;
    if (name == QLatin1String("list"))
        return std::make_unique<ListCommand>();
    if (name == QLatin1String("get"))
        return std::make_unique<GetCommand>();
    if (name == QLatin1String("create"))
        return std::make_unique<CreateCommand>();
    if (name == QLatin1String("update"))
        return std::make_unique<UpdateCommand>();
    if (name == QLatin1String("activate"))
        return std::make_unique<ChangeCommand>(Change::Activate);
    if (name == QLatin1String("deactivate"))
        return std::make_unique<ChangeCommand>(Change::Deactivate);
    if (name == QLatin1String("delete"))
        return std::make_unique<ChangeCommand>(Change::Delete);
    if (name == QLatin1String("export"))
        return std::make_unique<ExportCommand>();
    if (name == QLatin1String("findings"))
        return std::make_unique<FindingsCommand>();
    return nullptr;
}

int exec(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (name == QLatin1String("help"))
        return help(rest);
    std::unique_ptr<Subcommand> command = make(name);
    if (!command)
        return help({name});
    QObject::connect(command.get(), &Subcommand::finished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    Subcommand *started = command.get();
    // Started from the loop, so that a subcommand that finishes at once still ends exec().
    QTimer::singleShot(0, started, [started, rest] {
        started->start(rest, QProcessEnvironment::systemEnvironment());
    });
    return QCoreApplication::exec();
}
} // namespace CommandLine
