#include "ui/PermissionPicker.h"

#include "ui/ChoiceButton.h"
#include "ui/ScopePicker.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
const QString kAll = QStringLiteral("all.Instance");
const QString kReadOnly = QStringLiteral("all.Instance.read");

QLabel *explanation(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    // Not wrapped: a page with a height-for-width would make the stack forget the scope
    // list's height, and the fields below would jump when Custom is chosen.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

PermissionPicker::PermissionPicker(QWidget *parent)
    : QWidget(parent), m_modes(new QButtonGroup(this)), m_pages(new QStackedWidget(this))
{
    const auto radio = [this](Mode id, const QString &text, const QString &name) {
        return choiceButton(m_modes, id, text, name, this);
    };
    QRadioButton *all = radio(All, tr("All"), QStringLiteral("permissionsAll"));
    all->setToolTip(kAll);
    QRadioButton *read = radio(ReadOnly, tr("Read only"), QStringLiteral("permissionsReadOnly"));
    read->setToolTip(kReadOnly);
    QRadioButton *custom = radio(Custom, tr("Custom"), QStringLiteral("permissionsCustom"));
    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(read);
    row->addWidget(custom);
    row->addStretch(1);

    // One page per mode, all as tall as the scope list, so choosing one moves nothing below.
    m_pages->setObjectName(QStringLiteral("permissionPages"));
    m_pages->addWidget(explanation(tr("Choose what the token may do: All, Read only, or Custom "
                                      "to pick single scopes."),
                                   QStringLiteral("permissionsHint"), m_pages));
    m_pages->addWidget(explanation(tr("Everything on this instance, including creating and "
                                      "deleting tokens (%1).")
                                           .arg(kAll),
                                   QStringLiteral("permissionsAllText"), m_pages));
    m_pages->addWidget(
            explanation(tr("Read everything on this instance, change nothing (%1).").arg(kReadOnly),
                        QStringLiteral("permissionsReadOnlyText"), m_pages));
    m_custom = new ScopePicker(m_pages);
    m_custom->setMinimumHeight(220);
    m_pages->addWidget(m_custom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
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

PermissionPicker::Mode PermissionPicker::mode() const
{
    return Mode(m_modes->checkedId());
}

QStringList PermissionPicker::scopes() const
{
    switch (mode()) {
    case All:
        return {kAll};
    case ReadOnly:
        return {kReadOnly};
    case Custom:
        return m_custom->selectedScopes();
    case Unchosen:
        break;
    }
    return {};
}

QStringList PermissionPicker::setScopes(const QStringList &scopes)
{
    if (scopes == QStringList{kAll}) {
        m_modes->button(All)->setChecked(true);
        return {};
    }
    if (scopes == QStringList{kReadOnly}) {
        m_modes->button(ReadOnly)->setChecked(true);
        return {};
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
