#include "ui/ExpiryNotice.h"

#include "core/ApiTokenPage.h"
#include "core/LosantApi.h"
#include "core/TokenQuery.h"
#include "ui/AppIcons.h"
#include "ui/MessageBar.h"

#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace {
constexpr int kTrayMessageMs = 15000;
} // namespace

ExpiryNotice::ExpiryNotice(const TokenCollection &collection, MessageBar *bar, QWidget *window)
    : QObject(window), m_collection(collection), m_bar(bar), m_window(window),
      m_useTray(QSystemTrayIcon::isSystemTrayAvailable())
{
    connect(m_bar, &MessageBar::actionTriggered, this, [this] {
        m_bar->dismiss();
        requestShow();
    });
}

void ExpiryNotice::requestShow()
{
    // The bar's button and the tray message's click list the same tokens.
    Q_EMIT showRequested(m_range, tr("Active, expiring within %n day(s)", nullptr, kDays), true);
}

void ExpiryNotice::check()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_range = ExpiryBin{now, now.addDays(kDays), {}};
    // Counted by the server's order rather than from the loaded rows (the first page is sorted
    // by name): one page of the active tokens sorted by expirationDate ascending holds the
    // soonest to expire, after the expired ones (and, on servers that sort a missing date
    // first, after the tokens that never expire). Only when that page is full before the
    // 7 days end is the count a lower bound, and the notice says "at least".
    TokenQuery query;
    query.sortField = QStringLiteral("expirationDate");
    query.sortDirection = QStringLiteral("asc");
    query.filterField = QStringLiteral("status");
    query.filter = QStringLiteral("active");
    query.perPage = LosantApi::kMaxPerPage;
    ApiCall *call = m_call.start(m_collection.list(query));
    connect(call, &ApiCall::pageReceived, this, &ExpiryNotice::onPage);
    // A failed count says nothing: the window's own list shows what went wrong.
}

void ExpiryNotice::onPage(const ApiTokenPage &page)
{
    int count = 0;
    bool lastInRange = false;
    for (const ApiToken &t : page.items) {
        lastInRange = t.isActive() && m_range.contains(t.expirationDate);
        count += lastInRange ? 1 : 0;
    }
    const bool more = page.totalCount > page.items.size() && lastInRange;
    Q_EMIT checked(count);
    if (count == 0)
        return;
    notify(more ? tr("At least %n active token(s) expire within 7 days.", nullptr, count)
                : tr("%n active token(s) expire within 7 days.", nullptr, count));
}

void ExpiryNotice::notify(const QString &text)
{
    if (!m_useTray) {
        m_bar->showMessage(text, MessageBar::Type::Warning, tr("&Show them"));
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(AppIcons::appIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->raise();
            m_window->activateWindow();
            requestShow();
        });
    }
    m_tray->setToolTip(m_window->windowTitle());
    m_tray->show();
    m_tray->showMessage(m_window->windowTitle(),
                        text + QLatin1Char(' ') + tr("Click to list them."),
                        QSystemTrayIcon::Warning, kTrayMessageMs);
    // The icon is there only to carry the message; it goes once the message has.
    QTimer::singleShot(kTrayMessageMs + 1000, m_tray.data(), &QSystemTrayIcon::hide);
}
