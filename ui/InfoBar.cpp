#include "ui/InfoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

InfoBar::InfoBar(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("InfoBar { background: #e8f0fe; border: 1px solid #a8c0e8; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("infoBarMessage"));
    m_label->setWordWrap(true);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("infoBarAction"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("infoBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &InfoBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void InfoBar::showMessage(const QString &text, const QString &actionText)
{
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString InfoBar::message() const
{
    return m_label->text();
}
