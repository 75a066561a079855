#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

// The app's own icons, compiled in under :/icons/ (resources/icons, listed in
// resources/README.md). Line icons are drawn in the application palette's text colour when they
// are painted, so they follow a light or dark theme; the app and message icons keep their colours.
namespace AppIcons {
// The icon :/icons/NAME.svg, e.g. icon(QStringLiteral("refresh")); its QIcon::name() is NAME.
QIcon icon(const QString &name);
// The app's own icon, for windows and the task bar.
QIcon appIcon();
// Every name icon() knows, from the resource itself.
QStringList names();
} // namespace AppIcons
