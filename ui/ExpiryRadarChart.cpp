#include "ui/ExpiryRadarChart.h"

#include "ui/StatePalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace {
QString shortDate(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

ExpiryRadarChart::ExpiryRadarChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("expiryRadarChart"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Tokens expiring per week"));
    setMouseTracking(false);
}

void ExpiryRadarChart::setBins(const QList<ExpiryBin> &bins)
{
    m_bins = bins;
    m_current = qBound(0, m_current, qMax(0, int(bins.size()) - 1));
    setAccessibleDescription(describe(m_current));
    update();
}

void ExpiryRadarChart::setCurrentBar(int bar)
{
    if (m_bins.isEmpty())
        return;
    bar = qBound(0, bar, int(m_bins.size()) - 1);
    if (bar == m_current)
        return;
    m_current = bar;
    setAccessibleDescription(describe(bar));
    update();
    Q_EMIT currentChanged(bar);
}

QString ExpiryRadarChart::describe(int bar) const
{
    if (bar < 0 || bar >= m_bins.size())
        return QString();
    const ExpiryBin &b = m_bins.at(bar);
    if (b.isExpiredBin())
        return tr("Already expired: %n token(s)", nullptr, b.count());
    return tr("%1 – %2: %n token(s)", nullptr, b.count()).arg(shortDate(b.from), shortDate(b.to));
}

QString ExpiryRadarChart::rangeLabel(int bar) const
{
    if (bar < 0 || bar >= m_bins.size())
        return QString();
    const ExpiryBin &b = m_bins.at(bar);
    if (b.isExpiredBin())
        return tr("Expired");
    return tr("Expiring %1 – %2").arg(shortDate(b.from), shortDate(b.to));
}

QSize ExpiryRadarChart::sizeHint() const
{
    return QSize(720, 220);
}

QSize ExpiryRadarChart::minimumSizeHint() const
{
    return QSize(320, 140);
}

QRect ExpiryRadarChart::plotRect() const
{
    const int text = fontMetrics().height();
    // Room for the counts above and the dates below.
    return rect().adjusted(8, text + 8, -8, -(text + 10));
}

QRect ExpiryRadarChart::barRect(int bar) const
{
    if (m_bins.isEmpty() || bar < 0 || bar >= m_bins.size())
        return QRect();
    const QRect plot = plotRect();
    // The expired bar is set apart from the weeks by one slot.
    const int slotCount = int(m_bins.size()) + 1;
    const double slotWidth = double(plot.width()) / slotCount;
    const int slot = bar == 0 ? 0 : bar + 1;
    const int left = plot.left() + int(slot * slotWidth);
    const int right = plot.left() + int((slot + 1) * slotWidth);
    return QRect(left, plot.top(), qMax(1, right - left), plot.height());
}

int ExpiryRadarChart::barAt(const QPoint &pos) const
{
    for (int bar = 0; bar < m_bins.size(); ++bar)
        if (barRect(bar).adjusted(0, -plotRect().top(), 0, height()).contains(pos))
            return bar;
    return -1;
}

void ExpiryRadarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_bins.isEmpty())
        return;
    const StatePalette &states = StatePalette::current();
    int most = 1;
    for (const ExpiryBin &b : std::as_const(m_bins))
        most = std::max(most, b.count());
    const QRect plot = plotRect();
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int bar = 0; bar < m_bins.size(); ++bar) {
        const QRect column = barRect(bar);
        const int count = m_bins.at(bar).count();
        const int h = count == 0 ? 0 : qMax(2, plot.height() * count / most);
        QRect body(column.left() + 1, plot.bottom() - h + 1, qMax(1, column.width() - 2), h);
        QColor fill = bar == 0 ? states.foreground(StatePalette::State::Expired)
                : bar == 1     ? states.foreground(StatePalette::State::Expiring)
                               : palette().color(QPalette::Highlight);
        if (bar == m_current)
            p.fillRect(column, palette().color(QPalette::AlternateBase));
        p.fillRect(body, fill);
        // A count above its bar where it fits, and always above the current one.
        const QString number = QString::number(count);
        if (count > 0
            && (bar == m_current || column.width() >= fontMetrics().horizontalAdvance(number))) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(column.left() - 10, body.top() - fontMetrics().height() - 2,
                             column.width() + 20, fontMetrics().height()),
                       Qt::AlignHCenter | Qt::AlignBottom, number);
        }
    }
    // Dates under the plot: "Expired", then the start of every eighth week (clear of it).
    p.setPen(palette().color(QPalette::Text));
    const int textTop = plot.bottom() + 4;
    p.drawText(QRect(barRect(0).left(), textTop, width() / 4, fontMetrics().height()),
               Qt::AlignLeft, tr("Expired"));
    for (int bar = 5; bar < m_bins.size(); bar += 8) {
        const QString date = QLocale().toString(m_bins.at(bar).from.toLocalTime().date(),
                                                QStringLiteral("d MMM"));
        p.drawText(QRect(barRect(bar).left(), textTop, 80, fontMetrics().height()), Qt::AlignLeft,
                   date);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = barRect(m_current).adjusted(-1, -1, 1, 1);
        focus.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
}

void ExpiryRadarChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentBar(m_current - 1);
        return;
    case Qt::Key_Right:
        setCurrentBar(m_current + 1);
        return;
    case Qt::Key_Home:
        setCurrentBar(0);
        return;
    case Qt::Key_End:
        setCurrentBar(int(m_bins.size()) - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_bins.isEmpty())
            Q_EMIT barActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ExpiryRadarChart::mousePressEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || bar < 0)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    setCurrentBar(bar);
    Q_EMIT barActivated(bar);
}

bool ExpiryRadarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar >= 0)
            QToolTip::showText(help->globalPos(), describe(bar), this, barRect(bar));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
