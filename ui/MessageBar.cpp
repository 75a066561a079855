#include "ui/MessageBar.h"

#include "ui/AppIcons.h"
#include "ui/StatePalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace {
StatePalette::State stateOf(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Information:
        return StatePalette::State::Information;
    case MessageBar::Type::Positive:
        return StatePalette::State::Positive;
    case MessageBar::Type::Warning:
        return StatePalette::State::Warning;
    case MessageBar::Type::Error:
        return StatePalette::State::Error;
    }
    return StatePalette::State::Information;
}

QString iconOf(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Information:
        return QStringLiteral("info");
    case MessageBar::Type::Positive:
        return QStringLiteral("positive");
    case MessageBar::Type::Warning:
        return QStringLiteral("warning");
    case MessageBar::Type::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}
} // namespace

MessageBar::MessageBar(const QString &name, QWidget *parent) : QFrame(parent)
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(name + QLatin1String("Message"));
    m_label->setTextFormat(Qt::PlainText); // server text is never markup
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(name + QLatin1String("Action"));
    m_close = new QToolButton(this);
    m_close->setObjectName(name + QLatin1String("Close"));
    m_close->setAutoRaise(true);
    m_close->setIcon(AppIcons::icon(QStringLiteral("close")));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(m_close->toolTip()); // an icon only: the tooltip says it
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    applyType();
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, const QString &actionText)
{
    m_countingDown = false;
    m_type = type;
    applyType();
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBar::showCountdown(const QString &text, int secondsLeft, const QString &actionText)
{
    showMessage(secondsLeft > 0 ? tr("%1 Retrying in %n second(s)…", nullptr, secondsLeft).arg(text)
                                : tr("%1 Retrying…").arg(text),
                Type::Warning, actionText);
    m_countingDown = secondsLeft > 0;
}

void MessageBar::dismiss()
{
    m_countingDown = false;
    hide();
}

QString MessageBar::message() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A theme switch while the bar is up: the tint follows the new palette.
    if (event->type() == QEvent::PaletteChange)
        applyType();
}

void MessageBar::applyType()
{
    // From the surroundings: the bar's own palette carries its tint once the sheet applies.
    const StatePalette colors(parentWidget() ? parentWidget()->palette() : palette());
    const StatePalette::State state = stateOf(m_type);
    m_icon->setPixmap(AppIcons::icon(iconOf(m_type)).pixmap(20, 20));
    const QString sheet
            = QStringLiteral("MessageBar { background: %1; border: 1px solid %2; }")
                      .arg(colors.background(state).name(), colors.border(state).name());
    if (sheet != styleSheet()) // setting it changes the palette, which comes back here
        setStyleSheet(sheet);
}
