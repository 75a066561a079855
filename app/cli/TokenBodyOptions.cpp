#include "cli/TokenBodyOptions.h"

#include "cli/CliText.h"
#include "core/ApiToken.h"
#include "core/ApiTokenSchema.h"
#include "core/TokenPermissions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenBodyOptions)
};

constexpr qint64 kMaxBodyBytes = 1024 * 1024;

// The flags that each set one text field of the body, by field name.
const QList<QPair<QString, QString>> kTextFlags{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("description"), QStringLiteral("description")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("default-role"), QStringLiteral("defaultRole")}};
} // namespace

QList<QCommandLineOption> TokenBodyOptions::options() const
{
    QList<QCommandLineOption> list{
            {QStringLiteral("name"), Text::tr("The token's name."), Text::tr("text")},
            {QStringLiteral("description"), Text::tr("The token's description."), Text::tr("text")},
            {QStringLiteral("status"), Text::tr("active or inactive."), Text::tr("status")},
            {QStringLiteral("default-role"),
             Text::tr("The role in organizations without an org role (admin, edit, collaborate, "
                      "view, none)."),
             Text::tr("role")},
            {QStringLiteral("org-role"),
             Text::tr("One organization role as JSON, e.g. '{\"orgId\":\"sandbox\",\"role\":"
                      "\"view\"}'. Repeatable."),
             Text::tr("json")},
            {QStringLiteral("from-json"),
             Text::tr("The whole body as JSON from <file>, or - for standard input; instead of "
                      "the field flags."),
             Text::tr("file")}};
    if (m_create)
        list << QCommandLineOption(QStringLiteral("expires"),
                                   Text::tr("When it expires: 2027-06-30T00:00:00Z, or a number "
                                            "of days from now such as 90d. Default: never."),
                                   Text::tr("when"))
             << QCommandLineOption(QStringLiteral("scope"),
                                   Text::tr("A scope to grant, e.g. all.Instance.read. "
                                            "Repeatable."),
                                   Text::tr("scope"))
             << QCommandLineOption(QStringLiteral("read-only"),
                                   Text::tr("Grant the read-only preset of the collection's kind "
                                            "(e.g. all.Instance.read)."))
             << QCommandLineOption(QStringLiteral("all-scopes"),
                                   Text::tr("Grant everything the collection's kind may grant "
                                            "(e.g. all.Instance)."));
    return list;
}

QDateTime TokenBodyOptions::parseExpiry(const QString &text, const QDateTime &now)
{
    static const QRegularExpression days(QStringLiteral("^(\\d{1,5})d$"));
    const QRegularExpressionMatch match = days.match(text.trimmed().toLower());
    if (match.hasMatch())
        return now.toUTC().addDays(match.captured(1).toInt());
    return ApiTokenSchema::parseDateTime(text.trimmed());
}

QString TokenBodyOptions::read(const QCommandLineParser &parser)
{
    QStringList flags;
    for (const QCommandLineOption &o : options())
        if (o.names().first() != QLatin1String("from-json") && parser.isSet(o))
            flags.append(QStringLiteral("--") + o.names().first());
    if (parser.isSet(QStringLiteral("from-json"))) {
        if (!flags.isEmpty())
            return Text::tr("--from-json and %1 cannot be used together: the file holds the "
                            "whole body")
                    .arg(flags.first());
        return readJsonFile(parser.value(QStringLiteral("from-json")));
    }
    for (const auto &flag : kTextFlags)
        if (parser.isSet(flag.first))
            m_fields.insert(flag.second, parser.value(flag.first));
    QJsonArray roles;
    for (const QString &text : parser.values(QStringLiteral("org-role"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!doc.isObject())
            return Text::tr("--org-role needs a JSON object such as "
                            "{\"orgId\":\"sandbox\",\"role\":\"view\"}, not \"%1\"")
                    .arg(CliText::shown(text));
        roles.append(doc.object());
    }
    if (!roles.isEmpty())
        m_fields.insert(QStringLiteral("orgRoles"), roles);
    if (!m_create)
        return flags.isEmpty() ? Text::tr("nothing to change: give a field flag or --from-json")
                               : QString();
    if (parser.isSet(QStringLiteral("expires"))) {
        const QString text = parser.value(QStringLiteral("expires"));
        const QDateTime when = parseExpiry(text, QDateTime::currentDateTimeUtc());
        if (!when.isValid())
            return Text::tr("--expires needs a date and time such as 2027-06-30T00:00:00Z, or "
                            "days from now such as 90d, not \"%1\"")
                    .arg(CliText::shown(text));
        m_fields.insert(QStringLiteral("expirationDate"), LosantDates::toIso(when));
    }
    m_scopes = parser.values(QStringLiteral("scope"));
    const bool readOnly = parser.isSet(QStringLiteral("read-only"));
    const bool all = parser.isSet(QStringLiteral("all-scopes"));
    if (readOnly + all + !m_scopes.isEmpty() > 1)
        return Text::tr("--scope, --read-only and --all-scopes cannot be used together");
    m_scopePreset = readOnly ? QStringLiteral("read-only")
            : all            ? QStringLiteral("all-scopes")
                             : QString();
    return QString();
}

QString TokenBodyOptions::readJsonFile(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Text::tr("cannot read \"%1\": %2").arg(CliText::shown(path), file.errorString());
    const QByteArray bytes = file.read(kMaxBodyBytes + 1);
    if (bytes.size() > kMaxBodyBytes)
        return Text::tr("\"%1\" is larger than %2 KiB, too large for a token's body")
                .arg(CliText::shown(path))
                .arg(kMaxBodyBytes / 1024);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Text::tr("\"%1\" is not JSON: %2 (at byte %3)")
                .arg(CliText::shown(path), error.errorString())
                .arg(error.offset);
    m_hasJson = true;
    m_fromJson = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return QString();
}

QJsonValue TokenBodyOptions::body(TokenLocation::Kind kind, QStringList *problems) const
{
    QJsonValue body = m_fromJson;
    if (!m_hasJson) {
        QJsonObject fields = m_fields;
        QStringList scopes = m_scopes;
        if (m_scopePreset == QLatin1String("read-only"))
            scopes = {TokenPermissions::readOnlyScope(kind)};
        else if (m_scopePreset == QLatin1String("all-scopes"))
            scopes = {TokenPermissions::allScope(kind)};
        if (!scopes.isEmpty())
            fields.insert(QStringLiteral("scope"), QJsonArray::fromStringList(scopes));
        body = fields;
    }
    const QList<SchemaProblem> found = m_create ? ApiTokenSchema::checkPostFor(kind, body)
                                                : ApiTokenSchema::checkPatch(body);
    for (const SchemaProblem &p : found)
        problems->append(p.field.isEmpty() ? p.message
                                           : QStringLiteral("%1: %2").arg(p.field, p.message));
    return body;
}
