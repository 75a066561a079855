#include "ui/PermissionPicker.h"

#include "core/TokenPermissions.h"
#include "ui/ChoiceButton.h"
#include "ui/ScopePicker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <tuple>

namespace {
QLabel *explanation(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    // Not wrapped: a page with a height-for-width would make the stack forget the scope
    // list's height, and the fields below would jump when Custom is chosen.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// "this instance", "this application", "your account": where a preset's rights apply.
QString where(TokenLocation::Kind kind)
{
    switch (kind) {
    case TokenLocation::Kind::Instance:
        return PermissionPicker::tr("on this instance");
    case TokenLocation::Kind::Application:
        return PermissionPicker::tr("in this application");
    case TokenLocation::Kind::User:
        break;
    }
    return PermissionPicker::tr("your account may reach");
}
} // namespace

PermissionPicker::PermissionPicker(TokenLocation::Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_modes(new QButtonGroup(this)),
      m_pages(new QStackedWidget(this))
{
    // Each preset's label names the scope it sends, as Losant's pages do.
    const auto named = [this](const QString &text, Mode mode) {
        return tr("%1 — %2").arg(text, presetScope(mode));
    };
    const QList<std::tuple<Mode, QString, QString>> buttons
            = {{All, named(tr("All"), All), QStringLiteral("permissionsAll")},
               {ReadOnly, named(tr("Read only"), ReadOnly), QStringLiteral("permissionsReadOnly")},
               {Devices, named(tr("Devices"), Devices), QStringLiteral("permissionsDevices")},
               {DevicesReadOnly, named(tr("Devices, read only"), DevicesReadOnly),
                QStringLiteral("permissionsDevicesReadOnly")},
               {Custom, tr("Custom"), QStringLiteral("permissionsCustom")}};
    // A preset and its read-only twin share a row; Custom closes the last row.
    auto *grid = new QGridLayout;
    int placed = 0;
    for (const auto &[mode, text, name] : buttons) {
        if (mode != Custom && !presets().contains(mode))
            continue;
        QRadioButton *button = choiceButton(m_modes, mode, text, name, this);
        button->setToolTip(presetScope(mode));
        const int row = mode == Custom ? (placed - 1) / 2 : placed / 2;
        const int column = mode == Custom ? 2 : placed % 2;
        // Left-aligned at its own width: a click beside a short label is not a click on it.
        grid->addWidget(button, row, column, Qt::AlignLeft);
        ++placed;
    }
    grid->setColumnStretch(3, 1);

    // One page per mode (the page index is the mode), all as tall as the scope list, so
    // choosing one moves nothing below.
    m_pages->setObjectName(QStringLiteral("permissionPages"));
    m_pages->addWidget(explanation(tr("Choose what the token may do: a preset, or Custom to pick "
                                      "single scopes."),
                                   QStringLiteral("permissionsHint"), m_pages));
    m_pages->addWidget(explanation(tr("Everything %1, including creating and deleting tokens "
                                      "(%2).")
                                           .arg(where(kind), presetScope(All)),
                                   QStringLiteral("permissionsAllText"), m_pages));
    m_pages->addWidget(explanation(
            tr("Read everything %1, change nothing (%2).").arg(where(kind), presetScope(ReadOnly)),
            QStringLiteral("permissionsReadOnlyText"), m_pages));
    m_custom = new ScopePicker(kind, m_pages);
    m_custom->setMinimumHeight(220);
    m_pages->addWidget(m_custom);
    m_pages->addWidget(explanation(
            tr("The devices of this application, nothing else (%1).").arg(presetScope(Devices)),
            QStringLiteral("permissionsDevicesText"), m_pages));
    m_pages->addWidget(explanation(tr("Read the devices of this application, change nothing "
                                      "(%1).")
                                           .arg(presetScope(DevicesReadOnly)),
                                   QStringLiteral("permissionsDevicesReadOnlyText"), m_pages));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_pages, 1);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_pages->setCurrentIndex(id);
        Q_EMIT changed();
    });
    connect(m_custom, &ScopePicker::selectionChanged, this, [this] {
        if (mode() == Custom)
            Q_EMIT changed();
    });
}

QList<PermissionPicker::Mode> PermissionPicker::presets() const
{
    if (m_kind == TokenLocation::Kind::Application)
        return {All, ReadOnly, Devices, DevicesReadOnly};
    return {All, ReadOnly};
}

QString PermissionPicker::presetScope(Mode mode) const
{
    switch (mode) {
    case All:
        return TokenPermissions::allScope(m_kind);
    case ReadOnly:
        return TokenPermissions::readOnlyScope(m_kind);
    case Devices:
        return QStringLiteral("all.Device");
    case DevicesReadOnly:
        return QStringLiteral("all.Device.read");
    case Custom:
    case Unchosen:
        break;
    }
    return {};
}

QString PermissionPicker::choices() const
{
    if (m_kind == TokenLocation::Kind::Application)
        return tr("All, Read only, Devices, Devices read only or Custom");
    return tr("All, Read only or Custom");
}

PermissionPicker::Mode PermissionPicker::mode() const
{
    return Mode(m_modes->checkedId());
}

QStringList PermissionPicker::scopes() const
{
    const Mode m = mode();
    if (m == Custom)
        return m_custom->selectedScopes();
    const QString preset = presetScope(m);
    return preset.isEmpty() ? QStringList() : QStringList{preset};
}

QStringList PermissionPicker::setScopes(const QStringList &scopes)
{
    for (Mode preset : presets()) {
        if (scopes == QStringList{presetScope(preset)}) {
            m_modes->button(preset)->setChecked(true);
            return {};
        }
    }
    m_custom->setSelectedScopes(scopes);
    m_modes->button(Custom)->setChecked(true);
    const QStringList kept = m_custom->selectedScopes();
    QStringList dropped;
    for (const QString &s : scopes)
        if (!kept.contains(s))
            dropped.append(s);
    return dropped;
}
