#pragma once

#include "core/AuditLogQuery.h"
#include "core/InstanceAuditLog.h"

#include <QString>
#include <QUrlQuery>

// The auditLogFilter of an audit log list request, decoded from the bracket notation the
// official client sends and checked against instanceAuditLogFilter.json (docs/api.md
// "Audit log").
namespace LocalAuditFilter {
// Every auditLogFilter[...] parameter of `query` (still percent-encoded) into `filter`; false
// with a message that names the offending parameter when one is malformed.
bool decode(const QUrlQuery &query, AuditLogFilter *filter, QString *problem);
// Entries of one list are alternatives, the lists narrow each other (our reading; Losant does
// not say); within an entry every field given must match.
bool matches(const AuditLogFilter &filter, const InstanceAuditLog &entry);
} // namespace LocalAuditFilter
