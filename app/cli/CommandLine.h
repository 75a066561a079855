#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class Subcommand;

// `losant-tokens SUBCOMMAND ...`: the command line for scripts, on a QCoreApplication.
namespace CommandLine {
// list, get, create, update, activate, deactivate, delete, export and help.
QStringList subcommands();
bool isSubcommand(const QString &word);
// The subcommand of that name; null for "help" and unknown words.
std::unique_ptr<Subcommand> make(const QString &name);
// Runs `arguments` (program name, subcommand, rest) on the running application's event loop
// and returns the exit status. Needs a QCoreApplication.
int exec(const QStringList &arguments);
} // namespace CommandLine
