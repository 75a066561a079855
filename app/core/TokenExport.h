#pragma once

#include "core/ApiToken.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Token metadata as CSV or JSON for a spreadsheet or a script: never the secret.
namespace TokenExport {
enum class Format { Csv, Json };

QStringList csvColumns(); // the CSV header, in order
QByteArray toCsv(const QList<ApiToken> &tokens); // RFC 4180, UTF-8, CRLF line ends
QByteArray toJson(const QList<ApiToken> &tokens); // an array of apiToken objects
QByteArray encode(Format format, const QList<ApiToken> &tokens);
// Writes the file whole or not at all. Returns why it failed; empty when written.
QString write(const QString &path, Format format, const QList<ApiToken> &tokens);
} // namespace TokenExport
