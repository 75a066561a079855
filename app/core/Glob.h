#pragma once

#include <QRegularExpression>

namespace Glob {
// A name glob as a whole-string pattern: '*' any run, '?' one character, all else literal.
// Our own conversion: Qt's treats '/' as a path separator, and a name is no path.
QRegularExpression globRegex(const QString &glob, Qt::CaseSensitivity cs);
} // namespace Glob
