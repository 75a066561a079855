#pragma once

#include "core/ExpiryRadar.h"

#include <QList>
#include <QWidget>

// The expiry radar drawn as bars: "already expired", then one bar per week for a year.
// Each bar can be reached with the keyboard (Left/Right, Home/End; the chart takes Tab focus)
// and chosen with Enter, Space or a click.
class ExpiryRadarChart : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryRadarChart(QWidget *parent = nullptr);

    void setBins(const QList<ExpiryBin> &bins);
    const QList<ExpiryBin> &bins() const { return m_bins; }
    int currentBar() const { return m_current; }
    void setCurrentBar(int bar);
    QRect barRect(int bar) const; // where the bar may be clicked (its whole column)
    // "Already expired: 3 tokens", "8 Dec 2026 – 15 Dec 2026: 2 tokens".
    QString describe(int bar) const;
    // The bar's range in words, for the filter bar: "Expired", "Expiring 8 Dec – 15 Dec".
    QString rangeLabel(int bar) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentChanged(int bar);
    void barActivated(int bar);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tool tips per bar

private:
    int barAt(const QPoint &pos) const;
    QRect plotRect() const;

    QList<ExpiryBin> m_bins;
    int m_current = 0;
};
