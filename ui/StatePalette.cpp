#include "ui/StatePalette.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <cmath>

namespace {
constexpr double kMinContrast = 4.5; // WCAG AA for normal text

// A hue and saturation for each state; the lightness comes from the theme.
struct Hue
{
    int hue; // -1: grey
    int saturation;
};

Hue hueOf(StatePalette::State state)
{
    switch (state) {
    case StatePalette::State::Expired:
    case StatePalette::State::Error:
        return {355, 200};
    case StatePalette::State::Expiring:
    case StatePalette::State::Warning:
        return {35, 255};
    case StatePalette::State::Inactive:
        return {-1, 0};
    case StatePalette::State::Information:
        return {215, 170};
    case StatePalette::State::Positive:
        return {125, 160};
    }
    return {-1, 0};
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor blend(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())),
                            float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}
} // namespace

StatePalette::StatePalette(const QPalette &palette)
    : m_palette(palette), m_dark(palette.color(QPalette::Window).lightness() < 128)
{
    for (int state = 0; state < kStates; ++state)
        m_foreground[state] = contrasting(State(state));
}

const StatePalette &StatePalette::current()
{
    static qint64 key = -1;
    static StatePalette shown{QPalette()};
    const QPalette app = QApplication::palette();
    if (app.cacheKey() != key) {
        key = app.cacheKey();
        shown = StatePalette(app);
    }
    return shown;
}

QColor StatePalette::foreground(State state) const
{
    return m_foreground[int(state)];
}

QColor StatePalette::contrasting(State state) const
{
    const Hue h = hueOf(state);
    // Light text on a dark theme, dark text on a light one; then darker or lighter still
    // until it stands out from both backgrounds a text may sit on.
    QColor c = QColor::fromHsl(h.hue, h.saturation, m_dark ? 170 : 85);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor window = m_palette.color(QPalette::Window);
    for (int step = 0; step < 20; ++step) {
        if (contrast(c, base) >= kMinContrast && contrast(c, window) >= kMinContrast)
            break;
        c = QColor::fromHsl(h.hue, h.saturation, qBound(0, c.lightness() + (m_dark ? 8 : -8), 255));
    }
    return c;
}

QColor StatePalette::background(State state) const
{
    return blend(m_palette.color(QPalette::Window), foreground(state), 0.15);
}

QColor StatePalette::border(State state) const
{
    return blend(m_palette.color(QPalette::Window), foreground(state), 0.45);
}

double StatePalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

namespace {
void applyText(QWidget *widget, StatePalette::State state, const QPalette &around)
{
    QPalette p = widget->palette();
    const QColor color = StatePalette(around).foreground(state);
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
}

// Keeps a label's state colour right for the theme: View ▸ Theme switches while it is shown.
class StateTextFollower : public QObject
{
public:
    StateTextFollower(QWidget *widget, StatePalette::State state) : QObject(widget), m_state(state)
    {
        setObjectName(QStringLiteral("qt_stateTextFollower"));
        widget->installEventFilter(this);
    }
    void setState(StatePalette::State state) { m_state = state; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The inherited roles arrive as a PaletteChange; setting the text sends one more.
        if (event->type() == QEvent::PaletteChange && watched->isWidgetType() && !m_applying) {
            m_applying = true;
            auto *widget = static_cast<QWidget *>(watched);
            applyText(widget, m_state, widget->palette());
            m_applying = false;
        }
        return false;
    }

private:
    StatePalette::State m_state;
    bool m_applying = false;
};
} // namespace

void StatePalette::setTextColor(QWidget *widget, State state)
{
    // The follower first: the palette set below comes back to it as a PaletteChange.
    auto *follower = widget->findChild<StateTextFollower *>(QStringLiteral("qt_stateTextFollower"),
                                                            Qt::FindDirectChildrenOnly);
    if (follower)
        follower->setState(state);
    else
        new StateTextFollower(widget, state);
    applyText(widget, state, widget->palette());
}

void StatePalette::clearText(QWidget *widget)
{
    delete widget->findChild<StateTextFollower *>(QStringLiteral("qt_stateTextFollower"),
                                                  Qt::FindDirectChildrenOnly);
    widget->setPalette(QPalette());
}
