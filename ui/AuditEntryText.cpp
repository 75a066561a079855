#include "ui/AuditEntryText.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace {
// Gives lupdate and tr() one context for the free functions of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditEntryText)
};

QString quoted(const QString &text)
{
    return Text::tr("“%1”").arg(text);
}

QString partyType(const QString &type)
{
    if (type == QLatin1String("User"))
        return Text::tr("user");
    if (type == QLatin1String("ApiToken"))
        return Text::tr("API token");
    return type; // an unexpected type is shown as it came
}
} // namespace

namespace AuditEntryText {

Action actionOf(const InstanceAuditLog &entry)
{
    const QString action = entry.requestAction.toLower();
    if (action == QLatin1String("post"))
        return Action::Create;
    if (action == QLatin1String("patch"))
        return Action::Update;
    if (action == QLatin1String("delete"))
        return Action::Delete;
    return Action::Other;
}

QString actionName(const InstanceAuditLog &entry)
{
    switch (actionOf(entry)) {
    case Action::Create:
        return Text::tr("Created");
    case Action::Update:
        return Text::tr("Updated");
    case Action::Delete:
        return Text::tr("Deleted");
    case Action::Other:
        break;
    }
    return Text::tr("%1 %2").arg(entry.requestResource, entry.requestAction).trimmed();
}

QString party(const AuditParty &party)
{
    const QString who = party.name.isEmpty() ? party.id : party.name;
    if (who.isEmpty())
        return Text::tr("(unknown)");
    if (party.type.isEmpty())
        return who;
    return Text::tr("%1 (%2)").arg(who, partyType(party.type));
}

QString targetName(const InstanceAuditLog &entry)
{
    if (!entry.primaryTarget.name.isEmpty())
        return entry.primaryTarget.name;
    const QString bodyName = entry.requestBody.value(QLatin1String("name")).toString();
    return bodyName.isEmpty() ? entry.primaryTarget.id : bodyName;
}

bool succeeded(const InstanceAuditLog &entry)
{
    return entry.responseStatus >= 200 && entry.responseStatus < 300;
}

QString status(const InstanceAuditLog &entry)
{
    if (entry.responseStatus == 0)
        return QString();
    if (succeeded(entry))
        return QString::number(entry.responseStatus);
    return Text::tr("%1 (failed)").arg(entry.responseStatus);
}

QStringList changes(const InstanceAuditLog &entry, QString *name)
{
    const QJsonObject &body = entry.requestBody;
    QStringList out;
    if (body.contains(QLatin1String("name"))) {
        const QString to = body.value(QLatin1String("name")).toString();
        // The name before: as followed through the lifecycle, else as the entry recorded it.
        const QString before = name && !name->isEmpty() ? *name : entry.primaryTarget.name;
        if (!before.isEmpty() && before != to)
            out.append(Text::tr("renamed from %1 to %2").arg(quoted(before), quoted(to)));
        else
            out.append(Text::tr("renamed to %1").arg(quoted(to)));
        if (name && succeeded(entry))
            *name = to;
    }
    if (body.contains(QLatin1String("status"))) {
        const QString to = body.value(QLatin1String("status")).toString();
        out.append(to == QLatin1String("inactive") ? Text::tr("deactivated")
                           : to == QLatin1String("active")
                           ? Text::tr("activated")
                           : Text::tr("status set to %1").arg(quoted(to)));
    }
    if (body.contains(QLatin1String("description"))) {
        const QString to = body.value(QLatin1String("description")).toString();
        out.append(to.isEmpty() ? Text::tr("description cleared")
                                : Text::tr("description set to %1").arg(quoted(to)));
    }
    if (body.contains(QLatin1String("defaultRole")) || body.contains(QLatin1String("orgRoles")))
        out.append(Text::tr("roles changed"));
    return out;
}

QString lifecycleLine(const InstanceAuditLog &entry, QString *name)
{
    const QString by = party(entry.actor);
    QString line;
    switch (actionOf(entry)) {
    case Action::Create: {
        // The name it was created with, which later renames do not change.
        const QString asSent = entry.requestBody.value(QLatin1String("name")).toString();
        const QString created = asSent.isEmpty() ? targetName(entry) : asSent;
        line = Text::tr("Created as %1 by %2").arg(quoted(created), by);
        if (name && succeeded(entry))
            *name = created;
        break;
    }
    case Action::Update: {
        QStringList what = changes(entry, name);
        if (what.isEmpty())
            what.append(Text::tr("changed"));
        QString first = what.takeFirst();
        first[0] = first.at(0).toUpper();
        what.prepend(first);
        line = Text::tr("%1 by %2").arg(what.join(Text::tr(", ")), by);
        break;
    }
    case Action::Delete:
        line = Text::tr("Deleted by %1").arg(by);
        break;
    case Action::Other:
        line = Text::tr("%1 by %2").arg(actionName(entry), by);
        break;
    }
    if (!succeeded(entry) && entry.responseStatus != 0)
        line = Text::tr("%1 — failed (%2)").arg(line).arg(entry.responseStatus);
    return line;
}

QString ago(const QDateTime &when, const QDateTime &now)
{
    const qint64 minutes = qMax<qint64>(0, when.secsTo(now)) / 60;
    const qint64 hours = minutes / 60, days = hours / 24;
    if (days >= 365)
        return Text::tr("%n year(s) ago", nullptr, int(days / 365));
    if (days >= 1)
        return Text::tr("%n day(s) ago", nullptr, int(days));
    if (hours >= 1)
        return Text::tr("%n hour(s) ago", nullptr, int(hours));
    if (minutes >= 1)
        return Text::tr("%n minute(s) ago", nullptr, int(minutes));
    return Text::tr("just now");
}

QString requestLine(const InstanceAuditLog &entry)
{
    const QString target = entry.primaryTarget.type == QLatin1String("ApiToken")
            ? Text::tr("token %1").arg(quoted(targetName(entry)))
            : party(entry.primaryTarget);
    QString line = Text::tr("%1 %2").arg(actionName(entry), target);
    if (entry.responseStatus != 0 && !succeeded(entry))
        line = Text::tr("%1 — failed (%2)").arg(line).arg(entry.responseStatus);
    return line;
}

} // namespace AuditEntryText
