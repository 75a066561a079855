#pragma once

#include <QString>
#include <QTextDocument>

// Text from the server or the person (names, descriptions, messages) shown literally where Qt
// would otherwise guess markup: tooltips and window titles have no plain-text switch.
namespace PlainText {

// A tooltip that shows `text` as typed: Qt renders a tooltip as rich text when it looks like
// HTML, and as plain text (showing "&lt;") when it does not, so it is always sent as HTML.
inline QString toolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

// A window title that shows `text` as typed: "[*]" is the modified marker unless doubled.
inline QString windowTitle(QString text)
{
    return text.replace(QLatin1String("[*]"), QLatin1String("[*][*]"));
}

} // namespace PlainText
