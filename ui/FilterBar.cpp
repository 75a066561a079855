#include "ui/FilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_field(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_field->setObjectName(QStringLiteral("filterFieldCombo"));
    m_field->addItem(tr("Name"), QStringLiteral("name"));
    m_field->addItem(tr("Status"), QStringLiteral("status"));
    m_field->setAccessibleName(tr("Filter by"));

    m_text->setObjectName(QStringLiteral("filterEdit"));
    m_text->setPlaceholderText(tr("Filter by name — * matches any text, ? one character (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Name filter"));

    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Inactive"), QStringLiteral("inactive"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->hide();

    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitNow);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter applies at once; a choice from a list needs no debounce either.
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::emitNow);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_field, &QComboBox::currentIndexChanged, this, &FilterBar::onFieldChanged);
}

QString FilterBar::filterField() const
{
    return filter().isEmpty() ? QString() : m_field->currentData().toString();
}

QString FilterBar::filter() const
{
    if (m_field->currentData().toString() == QLatin1String("status"))
        return m_status->currentData().toString();
    return m_text->text().trimmed();
}

void FilterBar::focusFilter()
{
    if (m_text->isVisible()) {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    } else {
        m_status->setFocus(Qt::ShortcutFocusReason);
    }
}

void FilterBar::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

void FilterBar::onFieldChanged()
{
    const bool byStatus = m_field->currentData().toString() == QLatin1String("status");
    m_text->setVisible(!byStatus);
    m_status->setVisible(byStatus);
    emitNow();
}

void FilterBar::emitNow()
{
    m_debounce->stop();
    const QString field = filterField();
    const QString text = filter();
    if (field == m_lastField && text == m_lastFilter)
        return;
    m_lastField = field;
    m_lastFilter = text;
    Q_EMIT filterChanged(field, text);
}
