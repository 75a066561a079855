#pragma once

#include "api/TokenCollection.h"
#include "core/ExpiryRadar.h"

#include <QDialog>

class ExpiryRadarChart;
class FetchProgress;
class QLabel;

// View ▸ Expiry radar: every token of the collection loaded in the background (progress,
// Cancel), counted per week of expiration; choosing a bar filters the window's table to it.
// Not modal: the table stays in use while it loads and while it is open.
class ExpiryRadarDialog : public QDialog
{
    Q_OBJECT
public:
    ExpiryRadarDialog(const TokenCollection &collection, QWidget *parent = nullptr);

    ExpiryRadarChart *chart() const { return m_chart; }
    // Loads every token again and recounts (also at the start).
    void reload();

Q_SIGNALS:
    // The person chose a bar: the tokens expiring in `range`, called `label` in the filter bar.
    void rangeChosen(const ExpiryBin &range, const QString &label);

private:
    void showCounts(const QList<ApiToken> &tokens);

    FetchProgress *m_fetch;
    ExpiryRadarChart *m_chart;
    QLabel *m_current;
    QLabel *m_summary;
};
