#include "ui/Theme.h"

#include "ui/SettingsKeys.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace {
// What the system gave the app before any choice replaced it, for the System choice.
struct Original
{
    QString style;
    QPalette palette;
};

const Original &original()
{
    static const Original first{QApplication::style()->name(), QApplication::palette()};
    return first;
}

// A new style repolishes every widget: only when the wanted one is not in use already.
void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}
} // namespace

namespace Theme {

QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xf0, 0xf0, 0xf0);
    const QColor disabled(0x8a, 0x8a, 0x8a), highlight(0x2a, 0x82, 0xda);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

void apply(Choice choice)
{
    const Original &system = original(); // remembered before the first change
    if (choice == Choice::System) {
        useStyle(system.style);
        QApplication::setPalette(system.palette);
        return;
    }
    useStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == Choice::Dark ? darkPalette()
                                                    : QApplication::style()->standardPalette());
}

QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

Choice saved()
{
    return fromKey(QSettings().value(SettingsKeys::kTheme).toString());
}

void applySaved()
{
    original();
    const Choice choice = saved();
    if (choice != Choice::System)
        apply(choice);
}

QMenu *createMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("Theme", "&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const struct
    {
        Choice choice;
        const char *text;
    } entries[] = {{Choice::System, QT_TRANSLATE_NOOP("Theme", "&System")},
                   {Choice::Light, QT_TRANSLATE_NOOP("Theme", "&Light")},
                   {Choice::Dark, QT_TRANSLATE_NOOP("Theme", "&Dark")}};
    const Choice current = saved();
    for (const auto &entry : entries) {
        QAction *action = menu->addAction(QCoreApplication::translate("Theme", entry.text));
        action->setObjectName(QStringLiteral("theme_") + key(entry.choice));
        action->setCheckable(true);
        action->setChecked(entry.choice == current);
        group->addAction(action);
        const Choice choice = entry.choice;
        QObject::connect(action, &QAction::triggered, menu, [choice] {
            QSettings().setValue(SettingsKeys::kTheme, key(choice));
            apply(choice);
        });
    }
    return menu;
}

} // namespace Theme
