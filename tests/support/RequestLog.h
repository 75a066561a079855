#pragma once

#include "localinstance/LocalInstanceServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// What the local server recorded, picked out the way the tests ask about it.
namespace RequestLog {

// The requests of this method, oldest first, whose path ends with pathEnd (any path if empty).
QList<RecordedRequest> byMethod(const LocalInstanceServer &server, const QByteArray &method,
                                const QString &pathEnd = {});
// How many requests of this method went to a path ending with pathEnd.
int count(const LocalInstanceServer &server, const QByteArray &method, const QString &pathEnd = {});
// The token list pages asked for (GET …/tokens).
int listCount(const LocalInstanceServer &server);
// The JSON bodies of the requests of this method, oldest first.
QList<QJsonObject> bodies(const LocalInstanceServer &server, const QByteArray &method);

} // namespace RequestLog
