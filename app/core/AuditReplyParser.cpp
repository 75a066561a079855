#include "core/AuditReplyParser.h"

#include "core/ApiReplyParser.h"
#include "core/ApiToken.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
// Gives lupdate and Text::tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditReplyParser)
};

// Reads the fields of one entry, stopping at the first of the wrong type.
class EntryReader
{
public:
    EntryReader(const QJsonObject &o, QString *problem) : m_o(o), m_problem(problem) { }

    bool text(const char *key, QString *out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isString())
            *out = v.toString();
        return v.isString() || absent(v)
                || fail(Text::tr("the audit log field '%1' is not text"), key);
    }
    bool party(const char *prefix, AuditParty *out) const
    {
        const QByteArray p(prefix);
        return text(QByteArray(p + "Id").constData(), &out->id)
                && text(QByteArray(p + "Type").constData(), &out->type)
                && text(QByteArray(p + "Name").constData(), &out->name);
    }
    bool object(const char *key, QJsonObject *out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isObject())
            *out = v.toObject();
        return v.isObject() || absent(v)
                || fail(Text::tr("the audit log field '%1' is not an object"), key);
    }
    bool date(const char *key, QDateTime *out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (absent(v))
            return true;
        *out = LosantDates::fromIso(v.toString());
        return (v.isString() && out->isValid())
                || fail(Text::tr("the audit log field '%1' is not a date"), key);
    }
    bool status(const char *key, int *out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (absent(v))
            return true;
        if (!ApiReplyParser::isCount(v))
            return fail(Text::tr("the audit log field '%1' is not a whole number"), key);
        *out = v.toInt();
        return true;
    }

private:
    static bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }
    bool fail(const QString &message, const char *key) const
    {
        *m_problem = message.arg(QLatin1String(key));
        return false;
    }

    const QJsonObject &m_o;
    QString *m_problem;
};
} // namespace

namespace AuditReplyParser {
std::optional<InstanceAuditLog> parseEntryObject(const QJsonObject &o, QString *problem)
{
    InstanceAuditLog e;
    const EntryReader r(o, problem);
    if (!r.text("id", &e.id) || !r.date("creationDate", &e.creationDate)
        || !r.text("instanceId", &e.instanceId) || !r.party("primaryTarget", &e.primaryTarget)
        || !r.party("secondaryTarget", &e.secondaryTarget) || !r.party("actor", &e.actor)
        || !r.text("requestResource", &e.requestResource)
        || !r.text("requestAction", &e.requestAction)
        || !r.object("requestQueryParams", &e.requestQueryParams)
        || !r.object("requestBody", &e.requestBody)
        || !r.object("requestPathParams", &e.requestPathParams)
        || !r.object("responseBody", &e.responseBody)
        || !r.status("responseStatus", &e.responseStatus))
        return std::nullopt;
    if (e.id.isEmpty()) {
        // Older answers may carry only instanceAuditLogId.
        if (!r.text("instanceAuditLogId", &e.id))
            return std::nullopt;
    }
    if (e.id.isEmpty()) {
        *problem = Text::tr("an audit log entry without an id");
        return std::nullopt;
    }
    return e;
}

std::optional<InstanceAuditLog> parseEntry(const QByteArray &body, QString *problem)
{
    QJsonObject o;
    if (!ApiReplyParser::parseObject(body, &o, problem))
        return std::nullopt;
    return parseEntryObject(o, problem);
}

std::optional<InstanceAuditLogPage> parsePage(const QByteArray &body, QString *problem)
{
    QJsonObject o;
    if (!ApiReplyParser::parseListEnvelope(body, &o, problem))
        return std::nullopt;
    InstanceAuditLogPage page;
    const QJsonArray array = o.value(QLatin1String("items")).toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            *problem = Text::tr("an item of 'items' is not an object");
            return std::nullopt;
        }
        std::optional<InstanceAuditLog> entry = parseEntryObject(item.toObject(), problem);
        if (!entry)
            return std::nullopt;
        page.items.append(std::move(*entry));
    }
    page.totalCount = o.value(QLatin1String("totalCount")).toInt();
    page.count = o.value(QLatin1String("count")).toInt(int(page.items.size()));
    page.page = o.value(QLatin1String("page")).toInt();
    page.perPage = o.value(QLatin1String("perPage")).toInt();
    page.sortField = o.value(QLatin1String("sortField")).toString();
    page.sortDirection = o.value(QLatin1String("sortDirection")).toString();
    return page;
}
} // namespace AuditReplyParser
