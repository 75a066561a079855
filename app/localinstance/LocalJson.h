#pragma once

#include "localinstance/LocalInstance.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

// Small pieces the local instance's files share to write their answers.
namespace LocalJson {
inline QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline LocalAnswer error(int status, const QString &message)
{
    return {status, LocalInstance::errorBody(status, message), {}};
}

// A query value decoded as a web server does: '+' is a space, %2B a plus.
inline QString param(const QUrlQuery &query, const char *name)
{
    QString raw = query.queryItemValue(QLatin1String(name), QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// A non-negative decimal integer that fits an int, or -1.
inline int parseCount(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return -1;
    }
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok ? v : -1;
}

inline LocalAnswer ok(int status, const QJsonObject &o)
{
    return {status, toJson(o), {}};
}
} // namespace LocalJson
