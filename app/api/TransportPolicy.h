#pragma once

#include <QString>
#include <QUrl>

// Where an access token may be sent: https anywhere, plain http only to this computer.
namespace TransportPolicy {
// localhost, localhost., 127.0.0.0/8, ::1 and [::1] (case-insensitive).
bool isLoopbackHost(const QString &host);
// Why the token must not go to `apiUrl`, in words naming its host; empty when it may.
QString problem(const QUrl &apiUrl);
// Visible ASCII only: anything else could not travel in a request header intact.
bool isHeaderSafe(const QString &value);
// The path's trailing slashes removed ("https://h/api/" -> "https://h/api"); invalid stays so.
QUrl normalized(const QUrl &apiUrl);
// `text` as typed (surrounding spaces allowed), normalized; invalid when it is no URL at all.
QUrl fromText(const QString &text);
} // namespace TransportPolicy
