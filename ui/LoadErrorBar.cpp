#include "LoadErrorBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

LoadErrorBar::LoadErrorBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("loadErrorBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
            QStringLiteral("#loadErrorBar { background: #fdecea; border: 1px solid #e0a0a0; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("loadErrorMessage"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &LoadErrorBar::retryRequested);
    hide();
}

void LoadErrorBar::showError(const QString &message)
{
    m_label->setText(message);
    show();
}

QString LoadErrorBar::message() const
{
    return m_label->text();
}
