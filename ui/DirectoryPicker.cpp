#include "ui/DirectoryPicker.h"

#include <QHash>
#include <QLineEdit>

DirectoryPicker::DirectoryPicker(QLineEdit *idField, const QString &prompt, QWidget *parent)
    : QComboBox(parent), m_field(idField), m_prompt(prompt)
{
    // Long lists: a popup that scrolls, and type-ahead on the names (QComboBox's own).
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::activated, this, &DirectoryPicker::choose);
    connect(idField, &QLineEdit::textChanged, this, &DirectoryPicker::showFieldId);
}

void DirectoryPicker::setEntries(const QList<DirectoryEntry> &entries)
{
    if (!m_loading && count() > 0 && entries == m_shown) {
        showFieldId(); // the same names: rebuilding thousands of items per keystroke is waste
        return;
    }
    m_shown = entries;
    QHash<QString, int> seen;
    for (const DirectoryEntry &e : entries)
        ++seen[e.name];
    const QSignalBlocker quiet(this);
    m_loading = false;
    clear();
    addItem(m_prompt, QString());
    for (const DirectoryEntry &e : entries) {
        // Item texts are never markup; an ID's end tells two "Production" apart.
        const QString text
                = seen.value(e.name) > 1 ? tr("%1 (…%2)").arg(e.name, e.id.right(6)) : e.name;
        addItem(text, e.id);
        setItemData(count() - 1, e.id, Qt::ToolTipRole);
    }
    showFieldId();
}

void DirectoryPicker::showLoading(const QString &text)
{
    const QSignalBlocker quiet(this);
    m_loading = true;
    m_shown.clear();
    clear();
    addItem(text, QString());
    // Still enabled: it keeps the focus it was given, and choosing the line does nothing.
}

void DirectoryPicker::showFieldId()
{
    if (m_loading || !m_field)
        return;
    const QString id = m_field->text().trimmed();
    int index = id.isEmpty() ? 0 : findData(id, Qt::UserRole, Qt::MatchFixedString);
    const QSignalBlocker quiet(this);
    setCurrentIndex(index < 0 ? 0 : index);
}

void DirectoryPicker::choose(int index)
{
    const QString id = itemData(index).toString();
    if (!m_field || id.isEmpty())
        return; // the prompt: what the field holds stays
    m_field->setText(id);
    m_field->setCursorPosition(0);
}
