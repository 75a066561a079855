#pragma once

#include "localinstance/LocalInstance.h"

#include <QJsonDocument>
#include <QJsonObject>

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

inline LocalAnswer ok(int status, const QJsonObject &o)
{
    return {status, toJson(o), {}};
}
} // namespace LocalJson
