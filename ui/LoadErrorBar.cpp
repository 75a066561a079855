#include "ui/LoadErrorBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

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
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_countdown->stop();
        Q_EMIT retryRequested();
    });
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoadErrorBar::tick);
    hide();
}

void LoadErrorBar::showError(const QString &message)
{
    m_countdown->stop();
    m_retry->setText(tr("&Retry"));
    m_label->setText(message);
    show();
}

void LoadErrorBar::showCountdown(const QString &message, int seconds)
{
    m_message = message;
    m_secondsLeft = qMax(0, seconds);
    m_retry->setText(tr("&Retry Now"));
    show();
    if (m_secondsLeft == 0) {
        m_label->setText(message);
        // Queued: the caller finishes handling the failure before the retry starts.
        QTimer::singleShot(0, this, [this] { Q_EMIT retryRequested(); });
        return;
    }
    m_label->setText(tr("%1 Retrying in %n second(s)…", nullptr, m_secondsLeft).arg(m_message));
    m_countdown->start();
}

bool LoadErrorBar::isCountingDown() const
{
    return m_countdown->isActive();
}

void LoadErrorBar::tick()
{
    if (--m_secondsLeft > 0) {
        m_label->setText(tr("%1 Retrying in %n second(s)…", nullptr, m_secondsLeft).arg(m_message));
        return;
    }
    m_countdown->stop();
    m_label->setText(tr("%1 Retrying…").arg(m_message));
    Q_EMIT retryRequested();
}

void LoadErrorBar::dismiss()
{
    m_countdown->stop();
    hide();
}

QString LoadErrorBar::message() const
{
    return m_label->text();
}
