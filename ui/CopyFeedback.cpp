#include "ui/CopyFeedback.h"

#include <QAbstractButton>
#include <QTimer>

CopyFeedback::CopyFeedback(QAbstractButton *button)
    : QObject(button), m_button(button), m_text(button->text()), m_restore(new QTimer(this))
{
    setObjectName(QStringLiteral("copyFeedback"));
    m_restore->setSingleShot(true);
    m_restore->setInterval(kDefaultDurationMs);
    connect(m_restore, &QTimer::timeout, this, [this] { m_button->setText(m_text); });
}

void CopyFeedback::flash()
{
    // Wide enough for either text: the row does not shift while "Copied" shows.
    const int before = m_button->sizeHint().width();
    m_button->setText(tr("Copied"));
    m_button->setMinimumWidth(
            qMax(m_button->minimumWidth(), qMax(before, m_button->sizeHint().width())));
    m_restore->start();
}

void CopyFeedback::setDuration(int ms)
{
    m_restore->setInterval(ms);
}
