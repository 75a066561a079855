#include "core/TokenExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
// A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection").
bool startsLikeFormula(const QString &value)
{
    return !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front());
}

QString csvField(const QString &value)
{
    if (startsLikeFormula(value)) {
        // OWASP's remedy: a leading apostrophe makes it text, and the quotes keep it one cell.
        QString quoted = QLatin1Char('\'') + value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString date(const QDateTime &utc)
{
    return utc.isValid() ? LosantDates::toIso(utc) : QString();
}

QJsonObject metadata(const ApiToken &token)
{
    QJsonObject o = token.toJson();
    o.remove(QStringLiteral("token")); // belt and braces: the model never holds one anyway
    return o;
}
} // namespace

namespace TokenExport {

QStringList csvColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("description"),
            QStringLiteral("status"),
            QStringLiteral("creationDate"),
            QStringLiteral("lastUpdated"),
            QStringLiteral("expirationDate"),
            QStringLiteral("creatorType"),
            QStringLiteral("creatorId"),
            QStringLiteral("creatorName"),
            QStringLiteral("ownerType"),
            QStringLiteral("ownerId"),
            QStringLiteral("defaultRole"),
            QStringLiteral("scope"),
            QStringLiteral("orgRoles")};
}

QByteArray toCsv(const QList<ApiToken> &tokens)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ApiToken &t : tokens) {
        const QJsonArray roles = OrgRole::listToJson(t.orgRoles);
        const QStringList fields = {t.id,
                                    t.name,
                                    t.description,
                                    t.status,
                                    date(t.creationDate),
                                    date(t.lastUpdated),
                                    date(t.expirationDate),
                                    t.creatorType,
                                    t.creatorId,
                                    t.creatorName,
                                    t.ownerType,
                                    t.ownerId,
                                    t.defaultRole,
                                    t.scope.join(QLatin1Char(' ')),
                                    roles.isEmpty() ? QString()
                                                    : QString::fromUtf8(QJsonDocument(roles).toJson(
                                                            QJsonDocument::Compact))};
        QStringList row;
        row.reserve(fields.size());
        for (const QString &f : fields)
            row.append(csvField(f));
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<ApiToken> &tokens)
{
    QJsonArray array;
    for (const ApiToken &t : tokens)
        array.append(metadata(t));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray encode(Format format, const QList<ApiToken> &tokens)
{
    return format == Format::Csv ? toCsv(tokens) : toJson(tokens);
}

QString write(const QString &path, Format format, const QList<ApiToken> &tokens)
{
    return writeFile(path, encode(format, tokens));
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) >= 0 && file.commit())
        return QString();
    const QString why = file.errorString();
    return why.isEmpty() ? QCoreApplication::translate("TokenExport", "unknown error") : why;
}

} // namespace TokenExport
