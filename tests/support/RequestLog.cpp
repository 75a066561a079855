#include "support/RequestLog.h"

#include <QJsonDocument>

namespace RequestLog {

QList<RecordedRequest> byMethod(const LocalInstanceServer &server, const QByteArray &method,
                                const QString &pathEnd)
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : server.requests())
        if (r.method == method && r.path.endsWith(pathEnd))
            out.append(r);
    return out;
}

int count(const LocalInstanceServer &server, const QByteArray &method, const QString &pathEnd)
{
    return int(byMethod(server, method, pathEnd).size());
}

int listCount(const LocalInstanceServer &server)
{
    return count(server, "GET", QStringLiteral("/tokens"));
}

QList<QJsonObject> bodies(const LocalInstanceServer &server, const QByteArray &method)
{
    QList<QJsonObject> out;
    for (const RecordedRequest &r : byMethod(server, method))
        out.append(QJsonDocument::fromJson(r.body).object());
    return out;
}

} // namespace RequestLog
