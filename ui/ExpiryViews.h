#pragma once

#include "api/TokenCollection.h"

#include <QObject>
#include <QPointer>

class ExpiryNotice;
class ExpiryRadarDialog;
class FilterBar;
class MainWindow;
class MessageBar;
class QAction;

// The window's expiry views: View ▸ Expiry radar, File ▸ Export expiry calendar and the start
// notice of tokens due within 7 days. A bar of the radar, or the notice's click, filters the
// table to those tokens (FilterBar::setExpiryRange).
class ExpiryViews : public QObject
{
    Q_OBJECT
public:
    ExpiryViews(const TokenCollection &collection, FilterBar *filterBar, MessageBar *noticeBar,
                MainWindow *window);

    QAction *radarAction() const { return m_radarAction; }
    QAction *calendarAction() const { return m_calendarAction; }
    ExpiryNotice *notice() const { return m_notice; }
    // The notice runs once the window has shown its first page (the app turns it on; off in
    // the tests that count requests).
    void setStartNotice(bool on);

Q_SIGNALS:
    void message(const QString &text); // for the status bar

private:
    void openRadar();
    void openCalendar();

    TokenCollection m_collection;
    FilterBar *m_filterBar;
    MainWindow *m_window;
    QAction *m_radarAction;
    QAction *m_calendarAction;
    ExpiryNotice *m_notice;
    QPointer<ExpiryRadarDialog> m_radar; // one per window
    QMetaObject::Connection m_startConnection;
};
