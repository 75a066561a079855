#pragma once

#include <QPalette>
#include <QString>

class QMenu;
class QWidget;

// The colour scheme: the system's, or Qt's Fusion style in light or dark, chosen in
// View ▸ Theme and kept in the settings for the next start.
namespace Theme {
enum class Choice { System, Light, Dark };

// The dark Fusion palette the Dark choice applies.
QPalette darkPalette();
// Sets the application's style and palette; every window follows at once.
void apply(Choice choice);
// The choice in the settings (System when there is none); applied at start-up.
Choice saved();
void applySaved();
// "system", "light" or "dark" as the settings store it, and back (anything else: System).
QString key(Choice choice);
Choice fromKey(const QString &key);
// The View ▸ Theme submenu: one checkable entry per choice; picking one applies and saves it.
QMenu *createMenu(QWidget *parent);
} // namespace Theme
