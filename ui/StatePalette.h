#pragma once

#include <QColor>
#include <QPalette>

#include <array>

class QWidget;

// The colours that mark a state (an expired token, an error, a success), derived from a palette
// so that they read on light and dark themes alike; every widget and the model take them here.
class StatePalette
{
public:
    enum class State { Expired, Expiring, Inactive, Error, Information, Positive, Warning };

    explicit StatePalette(const QPalette &palette);
    // The application's palette, recomputed only when it changes.
    static const StatePalette &current();

    bool isDark() const { return m_dark; }
    // Text and markers: at least 4.5:1 against the palette's base and window colours.
    QColor foreground(State state) const;
    // A quiet tint of the window colour for a bar's background, and its border.
    QColor background(State state) const;
    QColor border(State state) const;

    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    // Gives a label the state's text colour; clearText goes back to the inherited one.
    static void setTextColor(QWidget *widget, State state);
    static void clearText(QWidget *widget);

private:
    static constexpr int kStates = int(State::Warning) + 1;
    QColor contrasting(State state) const;

    QPalette m_palette;
    bool m_dark;
    // Worked out once per palette: the table asks for them on every paint of a marked cell.
    std::array<QColor, kStates> m_foreground;
};
