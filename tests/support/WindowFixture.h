#pragma once

#include "ui/MainWindow.h"

#include <QPointer>

#include <functional>

class QAbstractItemModelTester;
class TokenCollection;
class TokenListModel;

// The main window of one test, watched by QAbstractItemModelTester, used like a MainWindow *.
class WindowFixture
{
public:
    // How far open() goes before it returns.
    enum class Until { FirstPage, Active, Exposed };

    WindowFixture() = default;
    WindowFixture(const WindowFixture &) = delete;
    WindowFixture &operator=(const WindowFixture &) = delete;
    ~WindowFixture() { close(); }

    // Shows a window on these tokens, after `beforeShow` if given; false (with the test failed)
    // if it never got as far as `until`.
    bool open(const TokenCollection &tokens, Until until = Until::FirstPage,
              const std::function<void(MainWindow *)> &beforeShow = {});
    // Closes and deletes the window and its model tester; nothing if none is open.
    void close();
    // For the tests that must see fetchMore() called only when the person scrolls.
    void dropModelTester();

    MainWindow *window() const { return m_window; }
    MainWindow *operator->() const { return m_window; }
    operator MainWindow *() const { return m_window; }

    // Test-mode standard paths, so that no test reads or writes the person's own settings.
    static void useTestPaths();

private:
    QPointer<MainWindow> m_window;
    QAbstractItemModelTester *m_tester = nullptr;
};
