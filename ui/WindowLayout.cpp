#include "ui/WindowLayout.h"

#include "core/TokenFindings.h"
#include "core/TokenFormat.h"
#include "ui/TokenListModel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QWidget>

#include <algorithm>

namespace {
// The width a cell needs for the widest of `texts`, with room for an icon and the margins.
int widthFor(const QTableView *table, const QStringList &texts, int minimum)
{
    const QFontMetrics metrics = table->fontMetrics();
    int widest = 0;
    for (const QString &text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
    return std::max(minimum, widest + icon + 24);
}

// The longest texts an Expires cell shows: three-digit days (a year and more counts in years),
// expired or not.
QStringList expiryTexts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiToken past, future;
    past.expirationDate = now.addDays(-364);
    future.expirationDate = now.addDays(364);
    return {TokenFormat::expires(past, now), TokenFormat::expires(future, now)};
}
} // namespace

namespace WindowLayout {

void applyDefaultColumns(QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    const auto header
            = [model](int column) { return model->headerData(column, Qt::Horizontal).toString(); };
    const QString date = TokenFormat::dateTime(QDateTime::currentDateTimeUtc());
    const int idWidth = QFontMetrics(TokenListModel::idFont())
                                .horizontalAdvance(QString(24, QLatin1Char('f')))
            + 24;
    ApiToken inactive;
    inactive.status = QStringLiteral("inactive");
    using M = TokenListModel;
    table->setColumnWidth(M::Name, 200);
    table->setColumnWidth(M::Status,
                          widthFor(table, {header(M::Status), TokenFormat::status(inactive)}, 80));
    table->setColumnWidth(M::Expires, widthFor(table, expiryTexts() << header(M::Expires), 150));
    table->setColumnWidth(M::Created, widthFor(table, {date, header(M::Created)}, 130));
    table->setColumnWidth(M::LastUpdated, widthFor(table, {date, header(M::LastUpdated)}, 130));
    table->setColumnWidth(M::Creator, 150);
    table->setColumnWidth(M::Scope, 150);
    // The last column stretches over the room left; narrow here, or the table would scroll.
    table->setColumnWidth(M::Description, 80);
    table->setColumnWidth(M::Id, std::max(idWidth, 150));
    table->setColumnWidth(M::Findings,
                          widthFor(table,
                                   {header(M::Findings),
                                    TokenFindings::severityName(FindingSeverity::Medium)
                                            + QStringLiteral(" (99)")},
                                   90));
    // In the details pane and the column chooser; the table keeps to what tells tokens apart.
    for (const int column : {M::Created, M::LastUpdated, M::Creator, M::Id})
        table->horizontalHeader()->hideSection(column);
}

void fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    // Before the first show the frame is unknown: room for a title bar and borders.
    const QSize decoration = (frame.size() - window->geometry().size()).expandedTo(QSize(16, 48));
    const QSize size = window->size().boundedTo(available.size() - decoration);
    if (size != window->size())
        window->resize(size);
    QRect placed(window->frameGeometry().topLeft(), size + decoration);
    if (!available.contains(placed)) {
        placed.moveRight(std::min(placed.right(), available.right()));
        placed.moveBottom(std::min(placed.bottom(), available.bottom()));
        placed.moveLeft(std::max(placed.left(), available.left()));
        placed.moveTop(std::max(placed.top(), available.top()));
        window->move(placed.topLeft());
    }
}

} // namespace WindowLayout

LayoutAutosave::LayoutAutosave(QWidget *window, std::function<void()> save)
    : QObject(window), m_window(window)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, std::move(save));
    window->installEventFilter(this);
}

void LayoutAutosave::watch(QSplitter *splitter)
{
    connect(splitter, &QSplitter::splitterMoved, this, &LayoutAutosave::schedule);
}

void LayoutAutosave::watch(QHeaderView *header)
{
    // Hiding or showing a column resizes its section too.
    connect(header, &QHeaderView::sectionResized, this, &LayoutAutosave::schedule);
    connect(header, &QHeaderView::sectionMoved, this, &LayoutAutosave::schedule);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &LayoutAutosave::schedule);
}

void LayoutAutosave::schedule()
{
    m_timer.start();
}

bool LayoutAutosave::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && m_window->isVisible()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move
            || event->type() == QEvent::WindowStateChange))
        schedule();
    return QObject::eventFilter(watched, event);
}
