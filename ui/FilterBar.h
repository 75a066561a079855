#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

// The server-side filter: a field (name or status) and a glob or status choice.
// Typing is debounced so a burst of keystrokes becomes one query.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;

    explicit FilterBar(QWidget *parent = nullptr);

    QString filterField() const; // "name", "status" or empty (no filter)
    QString filter() const;
    void focusFilter();
    void setDebounceInterval(int ms);

Q_SIGNALS:
    void filterChanged(const QString &filterField, const QString &filter);

private:
    void onFieldChanged();
    void emitNow();

    QComboBox *m_field;
    QLineEdit *m_text;
    QComboBox *m_status;
    QTimer *m_debounce;
    QString m_lastField;
    QString m_lastFilter;
};
