#pragma once

#include "core/TokenLocation.h"

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QStackedWidget;
class ScopePicker;

// What a new token may do: nothing is chosen at first; the person picks one of the presets
// Losant's own pages offer for the kind (docs/api.md "Scopes per kind") or Custom. The custom
// ticks are only shown in Custom and survive a detour through the presets.
class PermissionPicker : public QWidget
{
    Q_OBJECT
public:
    // Devices and DevicesReadOnly are offered for application tokens only.
    enum Mode { Unchosen = -1, All = 1, ReadOnly, Custom, Devices, DevicesReadOnly };

    explicit PermissionPicker(TokenLocation::Kind kind, QWidget *parent = nullptr);

    Mode mode() const;
    // The scopes to send: empty while nothing is chosen.
    QStringList scopes() const;
    // Prefilling from a token; returns the scopes the picker does not know (left out).
    QStringList setScopes(const QStringList &scopes);
    // "All, Read only or Custom", with the kind's presets: for the form's messages.
    QString choices() const;

Q_SIGNALS:
    void changed();

private:
    // The one scope a preset sends; empty for Custom and Unchosen.
    QString presetScope(Mode mode) const;
    QList<Mode> presets() const;

    TokenLocation::Kind m_kind;
    QButtonGroup *m_modes;
    QStackedWidget *m_pages;
    ScopePicker *m_custom;
};
