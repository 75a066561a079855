#include "ui/ExpirationPicker.h"

#include "ui/ChoiceButton.h"
#include "ui/StatePalette.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>

namespace {
// Whole minutes: the editor shows no seconds, so none are sent.
QDateTime wholeMinutes(const QDateTime &at)
{
    return QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
}

QDateTime presetFromNow(int choice)
{
    const QDateTime now = QDateTime::currentDateTime();
    switch (choice) {
    case ExpirationPicker::Days30:
        return wholeMinutes(now.addDays(30));
    case ExpirationPicker::Days90:
        return wholeMinutes(now.addDays(90));
    case ExpirationPicker::OneYear:
        return wholeMinutes(now.addYears(1));
    default:
        return {};
    }
}
} // namespace

ExpirationPicker::ExpirationPicker(QWidget *parent)
    : QWidget(parent), m_choices(new QButtonGroup(this))
{
    const auto radio = [this](Choice id, const QString &text, const QString &name) {
        return choiceButton(m_choices, id, text, name, this);
    };
    QRadioButton *days30 = radio(Days30, tr("30 days"), QStringLiteral("expires30Days"));
    QRadioButton *days90 = radio(Days90, tr("90 days"), QStringLiteral("expires90Days"));
    QRadioButton *year = radio(OneYear, tr("1 year"), QStringLiteral("expires1Year"));
    QRadioButton *never = radio(Never, tr("Never expires"), QStringLiteral("neverExpires"));
    QRadioButton *custom = radio(CustomDate, tr("Expires at"), QStringLiteral("expiresAt"));

    m_date = new QDateTimeEdit(this);
    m_date->setObjectName(QStringLiteral("expirationEdit"));
    m_date->setAccessibleName(tr("Expiration date and time"));
    m_date->setTimeSpec(Qt::LocalTime);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    // One line, not wrapped: its height is the same shown or hidden.
    m_neverWarning = new QLabel(tr("A token that never expires works until deleted, even if "
                                   "it leaks."),
                                this);
    m_neverWarning->setObjectName(QStringLiteral("neverExpiresWarning"));
    StatePalette::setTextColor(m_neverWarning, StatePalette::State::Warning);
    // The warning's line is kept while hidden, so choosing Never moves nothing below it.
    QSizePolicy keep = m_neverWarning->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_neverWarning->setSizePolicy(keep);
    m_neverWarning->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(days30, 0, 0);
    grid->addWidget(days90, 0, 1);
    grid->addWidget(year, 0, 2);
    grid->addWidget(never, 0, 3);
    grid->addWidget(custom, 1, 0);
    grid->addWidget(m_date, 1, 1, 1, 3);
    grid->addWidget(m_neverWarning, 2, 0, 1, 5);
    grid->setColumnStretch(4, 1);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            onChoice(id);
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (choice() == CustomDate)
            Q_EMIT changed();
    });
    // 90 days: long enough for most jobs, short enough that a forgotten token dies.
    days90->setChecked(true);
}

ExpirationPicker::Choice ExpirationPicker::choice() const
{
    return Choice(m_choices->checkedId());
}

QDateTime ExpirationPicker::expiration() const
{
    return choice() == Never ? QDateTime() : m_date->dateTime();
}

void ExpirationPicker::setExpiration(const QDateTime &at)
{
    if (!at.isValid()) {
        m_choices->button(Never)->setChecked(true);
        return;
    }
    m_choices->button(CustomDate)->setChecked(true);
    m_date->setDateTime(wholeMinutes(at));
}

void ExpirationPicker::onChoice(int id)
{
    // Counted from the choice: the date field and the preview show exactly what is sent.
    const QDateTime preset = presetFromNow(id);
    {
        // One change per choice, not one for the date and one for the radio.
        const QSignalBlocker quiet(m_date);
        if (preset.isValid())
            m_date->setDateTime(preset);
    }
    m_date->setEnabled(id == CustomDate);
    m_neverWarning->setVisible(id == Never);
    Q_EMIT changed();
}
