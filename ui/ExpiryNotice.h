#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ExpiryRadar.h"

#include <QObject>
#include <QPointer>

class MessageBar;
class QSystemTrayIcon;
class QWidget;
struct ApiTokenPage;

// The start notice: how many active tokens expire within the next 7 days, as a desktop
// notification where a system tray exists, else in the window's notice bar. Its click asks
// for the list of those tokens (showRequested with the range to filter by).
class ExpiryNotice : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDays = 7;

    ExpiryNotice(const TokenCollection &collection, MessageBar *bar, QWidget *window);

    // Where the notice goes: the tray (default: where one is available) or the bar.
    void setUseTray(bool on) { m_useTray = on; }
    // Asks the server and, when any token is due, notifies.
    void check();

Q_SIGNALS:
    void showRequested(const ExpiryBin &range, const QString &label, bool activeOnly);
    void checked(int count); // after each check, 0 included (for the tests)

private:
    void onPage(const ApiTokenPage &page);
    void notify(const QString &text);
    void requestShow(); // the notice was clicked

    TokenCollection m_collection;
    MessageBar *m_bar;
    QWidget *m_window;
    QPointer<QSystemTrayIcon> m_tray;
    CallSlot m_call{this};
    ExpiryBin m_range;
    bool m_useTray;
};
