#include "ui/ExpiryViews.h"

#include "ui/ExpiryCalendarDialog.h"
#include "ui/ExpiryNotice.h"
#include "ui/ExpiryRadarDialog.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"

#include <QAction>

ExpiryViews::ExpiryViews(const TokenCollection &collection, FilterBar *filterBar,
                         MessageBar *noticeBar, MainWindow *window)
    : QObject(window), m_collection(collection), m_filterBar(filterBar), m_window(window),
      m_notice(new ExpiryNotice(collection, noticeBar, window))
{
    m_radarAction = new QAction(tr("Expiry ra&dar…"), this);
    m_radarAction->setObjectName(QStringLiteral("expiryRadarAction"));
    m_radarAction->setToolTip(tr("How many tokens expire in each week of the next 12 months"));
    connect(m_radarAction, &QAction::triggered, this, &ExpiryViews::openRadar);

    m_calendarAction = new QAction(tr("Export expiry &calendar…"), this);
    m_calendarAction->setObjectName(QStringLiteral("exportCalendarAction"));
    m_calendarAction->setToolTip(
            tr("Save an iCalendar file with an event at each token's expiration"));
    connect(m_calendarAction, &QAction::triggered, this, &ExpiryViews::openCalendar);

    connect(m_notice, &ExpiryNotice::showRequested, m_filterBar, &FilterBar::setExpiryRange);
}

void ExpiryViews::setStartNotice(bool on)
{
    disconnect(m_startConnection);
    if (on)
        m_startConnection = connect(m_window, &MainWindow::firstPageShown, m_notice,
                                    &ExpiryNotice::check, Qt::SingleShotConnection);
}

void ExpiryViews::openRadar()
{
    if (!m_radar) {
        m_radar = new ExpiryRadarDialog(m_collection, m_window);
        m_radar->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_radar, &ExpiryRadarDialog::rangeChosen, m_filterBar,
                [this](const ExpiryBin &range, const QString &label) {
                    m_filterBar->setExpiryRange(range, label);
                });
    }
    m_radar->show();
    m_radar->raise();
    m_radar->activateWindow();
}

void ExpiryViews::openCalendar()
{
    auto *dialog = new ExpiryCalendarDialog(m_collection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExpiryCalendarDialog::exported, this, [this](const QString &path, int n) {
        Q_EMIT message(tr("Wrote %n expiration(s) to %1", nullptr, n).arg(path));
    });
    dialog->open();
}
