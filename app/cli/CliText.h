#pragma once

#include <QString>
#include <QStringList>

// How the command line writes values into its one-line messages.
namespace CliText {
// Errors are one line: a control character or line break in a value must not split it.
QString oneLine(QString text);
// A value as an error names it: on one line, and not endless.
QString shown(const QString &value);
// Spaces or line breaks inside mean the value is not just a token (e.g. a whole .env file).
bool isOneWord(const QString &value);
// `text` cut to `width` characters, the last one an ellipsis when cut; padded when `pad`.
QString fitted(const QString &text, int width, bool pad);
// `text` with every secret of four characters or more replaced by an ellipsis.
QString scrubbed(QString text, const QStringList &secrets);
} // namespace CliText
