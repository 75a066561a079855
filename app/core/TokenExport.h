#pragma once

#include "core/ApiToken.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Token metadata as CSV or JSON for a spreadsheet or a script: never the secret.
namespace TokenExport {
enum class Format { Csv, Json };

QStringList csvColumns(); // the CSV header, in order
// RFC 4180, UTF-8, CRLF line ends; a cell that a spreadsheet would run as a formula (it starts
// with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP recommends.
QByteArray toCsv(const QList<ApiToken> &tokens);
QByteArray toJson(const QList<ApiToken> &tokens); // an array of apiToken objects
QByteArray encode(Format format, const QList<ApiToken> &tokens);
// Writes the file whole or not at all. Returns why it failed; empty when written.
QString write(const QString &path, Format format, const QList<ApiToken> &tokens);
// Any file whole or not at all (QSaveFile), as write() does. Returns why it failed; empty when
// written.
QString writeFile(const QString &path, const QByteArray &bytes);
} // namespace TokenExport
