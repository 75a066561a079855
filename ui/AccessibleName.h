#pragma once

#include <QString>
#include <QWidget>

// The name a screen reader says for a field whose form label sits on a container around it (a
// field with its message below), so that Qt's buddy lookup does not reach the field itself.
namespace AccessibleName {

// "&Name:" as said aloud: "Name" (no mnemonic marker, no colon).
inline QString fromLabel(QString label)
{
    label.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    label.remove(QLatin1Char('&'));
    label.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    label = label.trimmed();
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

inline void setFromLabel(QWidget *field, const QString &label)
{
    field->setAccessibleName(fromLabel(label));
}

} // namespace AccessibleName
