#pragma once

#include "core/ExpiryRadar.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

// The server-side filter: a field (name or status) and a glob or status choice, one at a time
// as the API allows; and the quick filters (expired, expiring soon) the window applies to the
// rows it has loaded. Typing is debounced so a burst of keystrokes becomes one query.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    // Issue 16: the first filtered rows within 150 ms of the last key, the server's answer
    // included. Keys come 100-200 ms apart when typing; a burst (a paste, a held key) faster.
    static constexpr int kDebounceMs = 50;
    // The findings filters show the rows with a finding of that severity or worse.
    enum class QuickFilter {
        None,
        Expired,
        ExpiringSoon,
        ExpiryRange,
        FindingsLow,
        FindingsMedium,
        FindingsHigh
    };
    Q_ENUM(QuickFilter)

    explicit FilterBar(QWidget *parent = nullptr);

    QString filterField() const; // "name", "status" or empty (no filter)
    // What goes to the server: a name without * or ? matches anywhere (`*word*`).
    QString filter() const;
    QString typedText() const; // the name filter as typed
    void focusFilter();
    QList<QWidget *> tabStops() const; // in Tab order
    void setDebounceInterval(int ms);
    // Keys the window's shortcuts need that the text field would otherwise take (Ctrl+E).
    void setPassThroughKeys(const QList<QKeySequence> &keys) { m_passThrough = keys; }

    QuickFilter quickFilter() const;
    QAction *expiredAction() const { return m_expired; }
    QAction *expiringAction() const { return m_expiring; }
    // Only the tokens expiring in `range` (a bar of the expiry radar), shown as `label` with a
    // button that clears it; the other quick filters go off. quickFilterChanged follows.
    void setExpiryRange(const ExpiryBin &range, const QString &label, bool activeOnly = false);
    void clearExpiryRange();
    ExpiryBin expiryRange() const { return m_range; } // valid while quickFilter() is ExpiryRange
    bool expiryRangeActiveOnly() const { return m_rangeActiveOnly; } // inactive tokens hidden
    static bool isFindingsFilter(QuickFilter quick) { return quick >= QuickFilter::FindingsLow; }

Q_SIGNALS:
    void filterChanged(const QString &filterField, const QString &filter);
    void quickFilterChanged(FilterBar::QuickFilter quick);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QComboBox *findingsCombo(QWidget *parent);
    void onFieldChanged();
    void emitNow();
    bool clearFilter(); // false when there was nothing to clear

    QComboBox *m_field;
    QLineEdit *m_text;
    QComboBox *m_status;
    QAction *m_expired;
    QAction *m_expiring;
    QComboBox *m_findings;
    QTimer *m_debounce;
    QString m_lastField;
    QString m_lastFilter;
    QList<QKeySequence> m_passThrough;
    QList<QWidget *> m_quickButtons;
    QWidget *m_rangeChip;
    QLabel *m_rangeLabel;
    ExpiryBin m_range;
    bool m_rangeActiveOnly = false;
};
