#include "ui/FilterBar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_field(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_field->setObjectName(QStringLiteral("filterFieldCombo"));
    m_field->addItem(tr("Name"), QStringLiteral("name"));
    m_field->addItem(tr("Status"), QStringLiteral("status"));
    m_field->setAccessibleName(tr("Filter by"));
    // The API takes one filterField: name and status cannot be combined.
    m_field->setToolTip(tr("The server filters by one field at a time: name or status"));

    m_text->setObjectName(QStringLiteral("filterEdit"));
    m_text->setPlaceholderText(
            tr("Filter by name — a word matches anywhere, * and ? are wildcards (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Name filter"));
    m_text->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Inactive"), QStringLiteral("inactive"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->installEventFilter(this);
    m_status->hide();

    // The quick filters: one click each, on the rows the window has (it loads the rest).
    m_expired = new QAction(tr("E&xpired"), this);
    m_expired->setObjectName(QStringLiteral("quickExpiredAction"));
    m_expired->setToolTip(tr("Show only the expired tokens among the listed rows "
                             "(the remaining pages are loaded)"));
    m_expiring = new QAction(tr("Expiring within &30 days"), this);
    m_expiring->setObjectName(QStringLiteral("quickExpiringAction"));
    m_expiring->setToolTip(tr("Show only the tokens expiring within 30 days among the listed "
                              "rows (the remaining pages are loaded)"));
    for (QAction *quick : {m_expired, m_expiring}) {
        quick->setCheckable(true);
        connect(quick, &QAction::toggled, this, [this, quick](bool on) {
            QAction *other = quick == m_expired ? m_expiring : m_expired;
            if (on && other->isChecked()) {
                const QSignalBlocker blocker(other); // one change, one signal
                other->setChecked(false);
            }
            if (on) {
                m_rangeChip->hide(); // one quick filter at a time
                const QSignalBlocker blocker(m_findings);
                m_findings->setCurrentIndex(0);
            }
            Q_EMIT quickFilterChanged(quickFilter());
        });
    }

    m_findings = FilterBar::findingsCombo(this);
    connect(m_findings, &QComboBox::currentIndexChanged, this, [this](int index) {
        for (QAction *quick : {m_expired, m_expiring}) {
            const QSignalBlocker blocker(quick);
            quick->setChecked(quick->isChecked() && index == 0);
        }
        if (index > 0)
            m_rangeChip->hide();
        Q_EMIT quickFilterChanged(quickFilter());
    });

    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(m_text, 1);
    // However narrow the window, what is typed stays readable (the details pane gives way).
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 18);
    layout->addWidget(m_status, 1);
    for (QAction *quick : {m_expired, m_expiring}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(quick);
        button->setObjectName(
                quick->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
        m_quickButtons.append(button);
    }
    layout->addWidget(m_findings);
    m_quickButtons.append(m_findings);

    // The expiry radar's range, when a bar was chosen: what it shows and a way out.
    m_rangeChip = new QWidget(this);
    m_rangeChip->setObjectName(QStringLiteral("expiryRangeChip"));
    m_rangeLabel = new QLabel(m_rangeChip);
    m_rangeLabel->setObjectName(QStringLiteral("expiryRangeLabel"));
    m_rangeLabel->setTextFormat(Qt::PlainText);
    auto *clearRange = new QToolButton(m_rangeChip);
    clearRange->setObjectName(QStringLiteral("clearExpiryRangeButton"));
    clearRange->setText(tr("Clear"));
    clearRange->setToolTip(tr("Show every token again"));
    clearRange->setAccessibleName(tr("Clear the expiry range"));
    clearRange->setFocusPolicy(Qt::StrongFocus);
    connect(clearRange, &QToolButton::clicked, this, &FilterBar::clearExpiryRange);
    auto *chipLayout = new QHBoxLayout(m_rangeChip);
    chipLayout->setContentsMargins(0, 0, 0, 0);
    chipLayout->addWidget(m_rangeLabel);
    chipLayout->addWidget(clearRange);
    layout->addWidget(m_rangeChip);
    m_quickButtons.append(clearRange);
    m_rangeChip->hide();

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
    const QString typed = typedText();
    if (typed.isEmpty() || typed.contains(QLatin1Char('*')) || typed.contains(QLatin1Char('?')))
        return typed;
    return QLatin1Char('*') + typed + QLatin1Char('*'); // a plain word matches anywhere
}

QString FilterBar::typedText() const
{
    return m_text->text().trimmed();
}

FilterBar::QuickFilter FilterBar::quickFilter() const
{
    if (!m_rangeChip->isHidden())
        return QuickFilter::ExpiryRange;
    if (m_expired->isChecked())
        return QuickFilter::Expired;
    if (m_expiring->isChecked())
        return QuickFilter::ExpiringSoon;
    return m_findings->currentData().value<QuickFilter>();
}

void FilterBar::setExpiryRange(const ExpiryBin &range, const QString &label, bool activeOnly)
{
    m_range = range;
    m_rangeActiveOnly = activeOnly;
    m_rangeLabel->setText(label);
    for (QAction *quick : {m_expired, m_expiring}) {
        const QSignalBlocker blocker(quick);
        quick->setChecked(false);
    }
    {
        const QSignalBlocker blocker(m_findings);
        m_findings->setCurrentIndex(0);
    }
    m_rangeChip->show();
    Q_EMIT quickFilterChanged(quickFilter());
}

void FilterBar::clearExpiryRange()
{
    if (m_rangeChip->isHidden())
        return;
    m_rangeChip->hide();
    Q_EMIT quickFilterChanged(quickFilter());
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

QList<QWidget *> FilterBar::tabStops() const
{
    return QList<QWidget *>{m_field, m_text, m_status} + m_quickButtons;
}

void FilterBar::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Not accepting the override lets the window's shortcut have the key.
    if (event->type() == QEvent::ShortcutOverride)
        return m_passThrough.contains(QKeySequence(key->keyCombination()));
    if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier)
        return clearFilter();
    return QWidget::eventFilter(watched, event);
}

bool FilterBar::clearFilter()
{
    if (typedText().isEmpty() && m_status->currentIndex() == 0)
        return false;
    {
        const QSignalBlocker textBlocker(m_text);
        const QSignalBlocker statusBlocker(m_status);
        m_text->clear();
        m_status->setCurrentIndex(0);
    }
    emitNow(); // at once: the person asked for the whole list back
    return true;
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

QComboBox *FilterBar::findingsCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("findingsFilterCombo"));
    combo->addItem(tr("All tokens"), QVariant::fromValue(QuickFilter::None));
    combo->addItem(tr("With findings"), QVariant::fromValue(QuickFilter::FindingsLow));
    combo->addItem(tr("Medium or high findings"), QVariant::fromValue(QuickFilter::FindingsMedium));
    combo->addItem(tr("High findings"), QVariant::fromValue(QuickFilter::FindingsHigh));
    combo->setAccessibleName(tr("Findings filter"));
    combo->setToolTip(tr("Show only the tokens with findings of this severity or worse among "
                         "the listed rows (the remaining pages are loaded)"));
    return combo;
}
