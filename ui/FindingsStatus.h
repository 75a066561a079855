#pragma once

#include "api/TokenCollection.h"
#include "ui/FindingsIndex.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class TokenQueryFetcher;
struct ApiError;

// The status bar's findings: the summary ("Findings: 3 high, 12 medium, 40 low (50 loaded
// tokens)"), and the scan of every page that makes it the whole collection's, with its progress
// and Cancel. The scan runs beside the table's own loading and never blocks it.
class FindingsStatus : public QWidget
{
    Q_OBJECT
public:
    FindingsStatus(const TokenCollection &collection, FindingsIndex *findings,
                   QWidget *parent = nullptr);
    ~FindingsStatus() override;

    void startScan();
    void cancelScan();
    bool isScanning() const;
    QString summaryText() const;

Q_SIGNALS:
    void scanFinished(int tokens);
    // One line for the status bar's message area (a failed or cancelled scan, a 429's wait).
    void message(const QString &text);

private:
    static QString textOf(const FindingsIndex::Summary &summary);
    void updateSummary();
    void showProgress(int loaded, int total);
    void endScan();

    TokenCollection m_collection;
    FindingsIndex *m_findings;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QPointer<TokenQueryFetcher> m_fetcher;
};
