#pragma once

#include "core/InstanceAuditLog.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// How an instance audit log entry about a token reads to a person: who, what and how it ended.
// Every string comes from the server and is shown as plain text by the callers.
namespace AuditEntryText {

enum class Action { Create, Update, Delete, Other };

// What the entry's request did to its token (by the request's action: post, patch, delete).
Action actionOf(const InstanceAuditLog &entry);
// "Created", "Updated", "Deleted", or the request itself ("instanceApiToken patch").
QString actionName(const InstanceAuditLog &entry);
// "Alice (user)", "CI deploy (API token)"; the ID when the entry names no one.
QString party(const AuditParty &party);
// The token the entry is about, by the name the entry recorded (deleted tokens keep theirs).
QString targetName(const InstanceAuditLog &entry);
// "200", "403 (failed)".
QString status(const InstanceAuditLog &entry);
bool succeeded(const InstanceAuditLog &entry);
// The changes an update made, one phrase each ("renamed from “a” to “b”", "deactivated"); the
// name before it, when known, in `name` (updated to the new one).
QStringList changes(const InstanceAuditLog &entry, QString *name);
// One line of a token's lifecycle: "Created by Alice (user)", "Renamed from “a” to “b” by …".
QString lifecycleLine(const InstanceAuditLog &entry, QString *name);
// "3 days ago", "5 minutes ago": how long before `now` it was.
QString ago(const QDateTime &when, const QDateTime &now);
// One line of what a token did: "Updated token “CI deploy”", "… — failed (403)".
QString requestLine(const InstanceAuditLog &entry);

} // namespace AuditEntryText
