#pragma once

#include "core/InstanceAuditLog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Turns audit log answers into typed values, refusing (with the reason) a field of the wrong JSON
// type, as ApiReplyParser does for tokens.
namespace AuditReplyParser {
std::optional<InstanceAuditLogPage> parsePage(const QByteArray &body, QString *problem);
std::optional<InstanceAuditLog> parseEntry(const QByteArray &body, QString *problem);
std::optional<InstanceAuditLog> parseEntryObject(const QJsonObject &object, QString *problem);
} // namespace AuditReplyParser
