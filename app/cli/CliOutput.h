#pragma once

#include "core/ApiToken.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// What the subcommands print: stdout for results, stderr for everything a person reads.
namespace CliOutput {
enum class Format { Table, Json, Csv };
// "table", "json" or "csv"; false when `text` names none.
bool formatFromText(const QString &text, Format *format);

void out(const QByteArray &bytes); // stdout, flushed
void err(const QString &line); // one line on stderr, flushed
bool stdinIsTerminal();
bool stderrIsTerminal();
// COLUMNS when set, else the terminal's width when stdout is one; 0: no limit.
int terminalWidth();

// Columns NAME, ID, STATUS, EXPIRES, SCOPES; at most `width` characters a line (0: no limit).
QByteArray table(const QList<ApiToken> &tokens, int width);
// One token, one "field: value" line each, for `get` and `update`.
QByteArray details(const ApiToken &token);
QByteArray json(const QJsonArray &array); // indented, ends with a line break
QByteArray json(const QJsonObject &object);
} // namespace CliOutput
