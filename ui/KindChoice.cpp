#include "ui/KindChoice.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

KindChoice::KindChoice(QWidget *parent) : QWidget(parent), m_buttons(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("kindChoice"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    using Kind = TokenLocation::Kind;
    const struct
    {
        Kind kind;
        QString objectName;
        QString text;
        QString toolTip;
    } kinds[] = {
            {Kind::Instance, QStringLiteral("kindInstance"), tr("&Instance"),
             tr("An enterprise instance's tokens, for its administrators")},
            {Kind::Application, QStringLiteral("kindApplication"), tr("A&pplication"),
             tr("One application's tokens, for devices, dashboards and scripts")},
            {Kind::User, QStringLiteral("kindUser"), tr("M&y tokens"),
             tr("Your own user tokens (/me/tokens)")},
    };
    for (const auto &k : kinds) {
        auto *button = new QRadioButton(k.text, this);
        button->setObjectName(k.objectName);
        button->setToolTip(k.toolTip);
        m_buttons->addButton(button, int(k.kind));
        row->addWidget(button);
    }
    row->addStretch();
    m_buttons->button(int(Kind::Instance))->setChecked(true);
    connect(m_buttons, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) // the unchecked half of the same change says nothing new
            Q_EMIT kindChanged(Kind(id));
    });
}

TokenLocation::Kind KindChoice::kind() const
{
    return TokenLocation::Kind(m_buttons->checkedId());
}

void KindChoice::setKind(TokenLocation::Kind kind)
{
    m_buttons->button(int(kind))->setChecked(true);
}
