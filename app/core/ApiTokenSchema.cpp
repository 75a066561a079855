#include "core/ApiTokenSchema.h"

#include "core/LosantApi.h"
#include "core/LosantIds.h"
#include "core/ScopeCatalog.h"
#include "core/TokenPermissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {
using namespace LosantApi;

// Collects problems; each check* appends in the order it is called.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokenSchema)
public:
    QList<SchemaProblem> problems;

    void add(const QString &field, const QString &message) { problems.append({field, message}); }

    // Reports keys not in `allowed`, in key order (QJsonObject sorts them).
    void checkNoExtraKeys(const QJsonObject &o, const QStringList &allowed, const QString &prefix)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                add(prefix + it.key(), tr("The field “%1” is not allowed here.").arg(it.key()));
        }
    }

    // Returns false (and reports) when the value is not a string.
    bool checkString(const QJsonValue &v, const QString &field, const QString &what)
    {
        if (v.isString())
            return true;
        add(field, tr("%1 must be text.").arg(what));
        return false;
    }

    void checkEnum(const QJsonValue &v, const QString &field, const QString &what,
                   const QStringList &values)
    {
        if (!checkString(v, field, what))
            return;
        if (!values.contains(v.toString()))
            add(field, tr("%1 must be one of: %2.").arg(what, values.join(QLatin1String(", "))));
    }

    // The value as a list; reports `notList` under `field` and gives none when it is not one.
    std::optional<QJsonArray> checkList(const QJsonValue &v, const QString &field,
                                        const QString &notList)
    {
        if (v.isArray())
            return v.toArray();
        add(field, notList);
        return std::nullopt;
    }

    // Calls `check` with each object of the array under `field` and its path ("orgRoles[2]");
    // an item that is not an object is reported with `notObject` instead.
    template<typename Check>
    void forEachObject(const QJsonArray &a, const QString &field, const QString &notObject,
                       Check check)
    {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (a.at(i).isObject())
                check(a.at(i).toObject(), at);
            else
                add(at, notObject);
        }
    }

    // The item's "role": required, and one of `values`.
    void checkRole(const QJsonObject &o, const QString &at, const QStringList &values)
    {
        const QString role = at + QLatin1String(".role");
        if (!o.contains(QLatin1String("role")))
            add(role, tr("Role is required."));
        else
            checkEnum(o.value(QLatin1String("role")), role, tr("Role"), values);
    }

    void checkName(const QJsonValue &v)
    {
        const QString field = QStringLiteral("name");
        if (!checkString(v, field, tr("Name")))
            return;
        // JSON Schema lengths count UTF-16 code units like JavaScript, as QString::size() does.
        const qsizetype n = v.toString().size();
        if (n < 1)
            add(field, tr("Name must not be empty."));
        else if (n > kMaxNameLength)
            add(field, tr("Name must be at most %1 characters.").arg(kMaxNameLength));
    }

    void checkDescription(const QJsonValue &v)
    {
        const QString field = QStringLiteral("description");
        if (!checkString(v, field, tr("Description")))
            return;
        if (v.toString().size() > kMaxDescriptionLength)
            add(field, tr("Description must be at most %1 characters.").arg(kMaxDescriptionLength));
    }

    void checkExpirationDate(const QJsonValue &v)
    {
        const QString field = QStringLiteral("expirationDate");
        if (!checkString(v, field, tr("Expiration date")))
            return;
        if (!ApiTokenSchema::parseDateTime(v.toString()).isValid())
            add(field,
                tr("Expiration date must be a date and time with a time zone, "
                   "such as 2030-01-31T12:00:00Z."));
    }

    void checkResourceRoles(const QJsonValue &v, const QString &field, const QString &what)
    {
        const std::optional<QJsonArray> list
                = checkList(v, field, tr("%1 must be a list.").arg(what));
        if (!list)
            return;
        const QJsonArray &a = *list;
        if (a.size() > kMaxResourceRoles)
            add(field, tr("%1 may have at most %2 entries.").arg(what).arg(kMaxResourceRoles));
        const QString notObject = tr("Each entry of %1 must be an object.").arg(what);
        forEachObject(a, field, notObject, [this](const QJsonObject &o, const QString &at) {
            const QString resourceId = at + QLatin1String(".resourceId");
            if (!o.contains(QLatin1String("resourceId")))
                add(resourceId, tr("Resource ID is required."));
            else if (checkString(o.value(QLatin1String("resourceId")), resourceId,
                                 tr("Resource ID"))
                     && !LosantIds::isValidId(o.value(QLatin1String("resourceId")).toString()))
                add(resourceId, tr("Resource ID must be 24 hexadecimal characters."));
            checkRole(o, at, resourceRoleValues());
            checkNoExtraKeys(o, {QStringLiteral("resourceId"), QStringLiteral("role")},
                             at + QLatin1Char('.'));
        });
    }

    void checkOrgRoles(const QJsonValue &v)
    {
        const QString field = QStringLiteral("orgRoles");
        const std::optional<QJsonArray> list
                = checkList(v, field, tr("Organization roles must be a list."));
        if (!list)
            return;
        const QJsonArray &a = *list;
        if (a.size() > kMaxOrgRoles)
            add(field, tr("At most %1 organization roles are allowed.").arg(kMaxOrgRoles));
        const QString notObject = tr("Each organization role must be an object.");
        forEachObject(a, field, notObject, [this](const QJsonObject &o, const QString &at) {
            const QString orgId = at + QLatin1String(".orgId");
            if (!o.contains(QLatin1String("orgId")))
                add(orgId, tr("Organization ID is required."));
            else if (checkString(o.value(QLatin1String("orgId")), orgId, tr("Organization ID"))
                     && !LosantIds::isValidOrgId(o.value(QLatin1String("orgId")).toString()))
                add(orgId, tr("Organization ID must be 24 hexadecimal characters or “sandbox”."));
            checkRole(o, at, orgRoleValues());
            if (o.contains(QLatin1String("applicationRoles")))
                checkResourceRoles(o.value(QLatin1String("applicationRoles")),
                                   at + QLatin1String(".applicationRoles"),
                                   tr("Application roles"));
            if (o.contains(QLatin1String("dashboardRoles")))
                checkResourceRoles(o.value(QLatin1String("dashboardRoles")),
                                   at + QLatin1String(".dashboardRoles"), tr("Dashboard roles"));
            checkNoExtraKeys(o,
                             {QStringLiteral("orgId"), QStringLiteral("role"),
                              QStringLiteral("applicationRoles"), QStringLiteral("dashboardRoles")},
                             at + QLatin1Char('.'));
        });
    }

    void checkScope(const QJsonValue &v)
    {
        const QString field = QStringLiteral("scope");
        const std::optional<QJsonArray> list = checkList(v, field, tr("Scope must be a list."));
        if (!list)
            return;
        const QJsonArray &a = *list;
        QSet<QString> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!a.at(i).isString()) {
                add(at, tr("Each scope must be text."));
                continue;
            }
            const QString scope = a.at(i).toString();
            if (!ScopeCatalog::isKnownScope(scope))
                add(at, tr("“%1” is not a known scope.").arg(scope));
            else if (seen.contains(scope))
                add(at, tr("The scope “%1” is listed more than once.").arg(scope));
            seen.insert(scope);
        }
    }

    void checkStatus(const QJsonValue &v)
    {
        checkEnum(v, QStringLiteral("status"), tr("Status"),
                  {QStringLiteral("active"), QStringLiteral("inactive")});
    }

    void run(const QJsonValue &body, bool post);
};

void Checker::run(const QJsonValue &body, bool post)
{
    Checker &c = *this;
    if (!body.isObject()) {
        c.add(QString(), tr("The body must be a JSON object."));
        return;
    }
    const QJsonObject o = body.toObject();
    auto has = [&o](const char *key) { return o.contains(QLatin1String(key)); };
    auto value = [&o](const char *key) { return o.value(QLatin1String(key)); };
    if (post && !has("name"))
        c.add(QStringLiteral("name"), tr("Name is required."));
    if (has("name"))
        c.checkName(value("name"));
    if (has("description"))
        c.checkDescription(value("description"));
    if (post && has("expirationDate"))
        c.checkExpirationDate(value("expirationDate"));
    if (has("defaultRole"))
        c.checkEnum(value("defaultRole"), QStringLiteral("defaultRole"), tr("Default role"),
                    orgRoleValues());
    if (has("orgRoles"))
        c.checkOrgRoles(value("orgRoles"));
    if (post && has("scope"))
        c.checkScope(value("scope"));
    if (has("status"))
        c.checkStatus(value("status"));
    QStringList allowed{QStringLiteral("name"), QStringLiteral("description"),
                        QStringLiteral("defaultRole"), QStringLiteral("orgRoles"),
                        QStringLiteral("status")};
    // The update schema has no expirationDate nor scope: they are fixed once created.
    if (post)
        allowed << QStringLiteral("expirationDate") << QStringLiteral("scope");
    c.checkNoExtraKeys(o, allowed, QString());
}

QList<SchemaProblem> check(const QJsonValue &body, bool post)
{
    Checker c;
    c.run(body, post);
    return c.problems;
}
} // namespace

namespace ApiTokenSchema {
QList<SchemaProblem> checkPost(const QJsonValue &body)
{
    return check(body, true);
}

QList<SchemaProblem> checkPatch(const QJsonValue &body)
{
    return check(body, false);
}

QList<SchemaProblem> checkPostFor(TokenLocation::Kind kind, const QJsonValue &body)
{
    Checker c;
    c.run(body, true);
    const QJsonObject o = body.toObject();
    if (kind == TokenLocation::Kind::Application) {
        for (const char *key : {"defaultRole", "orgRoles"})
            if (o.contains(QLatin1String(key)))
                c.add(QLatin1String(key),
                      Checker::tr("Application tokens have no “%1”.").arg(QLatin1String(key)));
    }
    const QJsonArray scopes = o.value(QLatin1String("scope")).toArray();
    const QStringList grantable = TokenPermissions::grantableScopes(kind);
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QString scope = scopes.at(i).toString();
        if (ScopeCatalog::isKnownScope(scope) && !grantable.contains(scope))
            c.add(QStringLiteral("scope[%1]").arg(i),
                  Checker::tr("“%1” cannot be given to a token of this kind.").arg(scope));
    }
    return c.problems;
}

QDateTime parseDateTime(const QString &text)
{
    // The shape of RFC 3339 section 5.6 (as ajv's "date-time" format takes it).
    static const QRegularExpression re(QStringLiteral(
            "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
            "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QDateTime();
    auto num = [&m](int i) { return m.captured(i).toInt(); };
    const QDate date(num(1), num(2), num(3));
    const int ms = m.captured(7).leftJustified(3, QLatin1Char('0'), true).toInt();
    const QTime time(num(4), num(5), num(6), ms);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    int offset = 0;
    if (m.captured(8).isEmpty()) {
        if (num(10) > 23 || num(11) > 59)
            return QDateTime();
        offset = (num(10) * 60 + num(11)) * 60;
        if (m.captured(9) == QLatin1String("-"))
            offset = -offset;
    }
    const QDateTime utc = QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
    // An offset can leave years 1..9999, which toIso() cannot write: the token would not read back.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return QDateTime();
    return utc;
}
} // namespace ApiTokenSchema
