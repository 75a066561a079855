#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QHeaderView;
class QSplitter;
class QTableView;
class QWidget;

// How the main window fits the screen and the person's language on first start, and keeping
// its layout saved while it changes.
namespace WindowLayout {
// Column widths from the fonts and the longest texts the cells show (German fits too); the
// columns few people need start hidden, in the column chooser.
void applyDefaultColumns(QTableView *table);
// Shrinks and moves `window` to lie within its screen's available area (a first window of
// 1200x700 at QT_SCALE_FACTOR=2 on a 1080p screen would hang off its bottom).
void fitToScreen(QWidget *window);
} // namespace WindowLayout

// Saves a window's layout shortly after it last changed (size, position, splitter, columns), so
// that a crash or a killed session keeps it too, without a write per pixel of a drag.
class LayoutAutosave : public QObject
{
    Q_OBJECT
public:
    LayoutAutosave(QWidget *window, std::function<void()> save);
    void watch(QSplitter *splitter);
    void watch(QHeaderView *header);
    void schedule();

    static constexpr int kDelayMs = 500;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QTimer m_timer;
};
