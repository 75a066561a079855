#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

// The JSON-schema keywords Losant's schemas use (type, properties, additionalProperties: false,
// items, enum, pattern, maxLength, minimum, maximum, format date-time), checked against a value;
// `$ref` is not followed (validate the referenced schema yourself). Returns every problem found.
namespace SchemaCheck {
inline QJsonObject load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("integer"))
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
    if (type == QLatin1String("number"))
        return v.isDouble();
    return type == QLatin1String("null") && v.isNull();
}

inline QStringList problems(const QJsonValue &v, const QJsonObject &schema,
                            const QString &at = QStringLiteral("$"))
{
    QStringList out;
    const QString type = schema.value(QLatin1String("type")).toString();
    if (!type.isEmpty() && !hasType(v, type))
        return {at + QStringLiteral(": not ") + type};
    if (schema.contains(QLatin1String("enum"))
        && !schema.value(QLatin1String("enum")).toArray().contains(v))
        out << at + QStringLiteral(": not one of the enum");
    if (v.isString()) {
        const QString s = v.toString();
        const QString pattern = schema.value(QLatin1String("pattern")).toString();
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(s).hasMatch())
            out << at + QStringLiteral(": does not match ") + pattern;
        if (schema.contains(QLatin1String("maxLength"))
            && s.size() > schema.value(QLatin1String("maxLength")).toInt())
            out << at + QStringLiteral(": too long");
        if (schema.value(QLatin1String("format")) == QLatin1String("date-time")
            && !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
            out << at + QStringLiteral(": not a date-time");
    }
    if (v.isDouble()) {
        if (schema.contains(QLatin1String("minimum"))
            && v.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
            out << at + QStringLiteral(": below the minimum");
        if (schema.contains(QLatin1String("maximum"))
            && v.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
            out << at + QStringLiteral(": above the maximum");
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        const bool closed
                = schema.value(QLatin1String("additionalProperties")) == QJsonValue(false);
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (props.contains(it.key()))
                out << problems(it.value(), props.value(it.key()).toObject(),
                                at + QLatin1Char('.') + it.key());
            else if (closed)
                out << at + QLatin1Char('.') + it.key() + QStringLiteral(": not allowed");
        }
    }
    if (v.isArray() && schema.contains(QLatin1String("items"))) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            out << problems(a.at(i), schema.value(QLatin1String("items")).toObject(),
                            at + QStringLiteral("[%1]").arg(i));
    }
    return out;
}
} // namespace SchemaCheck
