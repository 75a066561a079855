#pragma once

#include "api/TokenCollection.h"

#include <QObject>

class FindingsIndex;
class FindingsStatus;
class QAction;
class QWidget;
class TokenListModel;

// The window's findings in one place: the index the table, filter and details pane read, the
// status bar's summary and scan, View ▸ Scan all tokens for findings, its automatic variant for
// small collections, and Settings ▸ Token policy….
class FindingsController : public QObject
{
    Q_OBJECT
public:
    // Up to this many tokens, the automatic scan (when switched on) loads them all at once.
    static constexpr int kAutoScanLimit = 1000;

    FindingsController(const TokenCollection &collection, TokenListModel *model, QWidget *window);

    FindingsIndex *index() const { return m_index; }
    FindingsStatus *status() const { return m_status; }
    QAction *scanAction() const { return m_scan; }
    QAction *autoScanAction() const { return m_autoScan; }
    QAction *policyAction() const { return m_policy; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void maybeAutoScan();
    void openPolicyDialog();

    TokenListModel *m_model;
    QWidget *m_window;
    FindingsIndex *m_index;
    FindingsStatus *m_status;
    QAction *m_scan;
    QAction *m_autoScan;
    QAction *m_policy;
    bool m_autoScanned = false; // once per window: a cancel is not undone by the next page
};
