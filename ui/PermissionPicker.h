#pragma once

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QStackedWidget;
class ScopePicker;

// What a new token may do: nothing is chosen at first; the person picks All, Read only or
// Custom. The custom ticks are only shown in Custom and survive a detour through the others.
class PermissionPicker : public QWidget
{
    Q_OBJECT
public:
    enum Mode { Unchosen = -1, All = 1, ReadOnly, Custom };

    explicit PermissionPicker(QWidget *parent = nullptr);

    Mode mode() const;
    // The scopes to send: empty while nothing is chosen.
    QStringList scopes() const;
    // Prefilling from a token; returns the scopes the picker does not know (left out).
    QStringList setScopes(const QStringList &scopes);

Q_SIGNALS:
    void changed();

private:
    QButtonGroup *m_modes;
    QStackedWidget *m_pages;
    ScopePicker *m_custom;
};
