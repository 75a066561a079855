#pragma once

#include "ui/MainWindow.h"

#include <QPointer>

#include <functional>

class LocalInstanceServer;
class MessageBar;
class QAbstractItemModelTester;
class QAction;
class QDialog;
class QTableView;
class TokenCollection;
class TokenDetailsPane;
class TokenListModel;

// The main window of one test, watched by QAbstractItemModelTester, used like a MainWindow *.
class WindowFixture
{
public:
    // How far open() goes before it returns.
    enum class Until { FirstPage, Active, Exposed };
    // Whether a QAbstractItemModelTester watches the model. It calls fetchMore() on every
    // change, so a suite that counts the pages the person scrolls to goes without.
    enum class Tester { Watch, None };

    explicit WindowFixture(Tester tester = Tester::Watch) : m_watch(tester == Tester::Watch) { }
    WindowFixture(const WindowFixture &) = delete;
    WindowFixture &operator=(const WindowFixture &) = delete;
    ~WindowFixture() { close(); }

    // Shows a window on these tokens, after `beforeShow` if given; false (with the test failed)
    // if it never got as far as `until`.
    bool open(const TokenCollection &tokens, Until until = Until::FirstPage,
              const std::function<void(MainWindow *)> &beforeShow = {});
    // Drives a window made elsewhere (the app session's), which its maker deletes.
    void adopt(MainWindow *window);
    // Closes and deletes the window and its model tester; nothing if none is open.
    void close();
    // For the tests that must see fetchMore() called only when the person scrolls.
    void dropModelTester();

    MainWindow *window() const { return m_window; }
    MainWindow *operator->() const { return m_window; }
    operator MainWindow *() const { return m_window; }

    // The token table, and an action by objectName.
    QTableView *table() const;
    QAction *action(const char *name) const;
    // The details pane, and the bar that says why the list did not load.
    TokenDetailsPane *detailsPane() const;
    MessageBar *errorBar() const;
    // Triggers an action and returns the dialog of this objectName once it shows (null, with
    // the test failed, if it never does).
    QDialog *openDialog(const char *actionName, const QString &dialogName);
    // Clicks a row's Name cell, with the window active again (shortcuts need it after a box).
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // A list round trip: whatever the window sent before is on the server by the time it is back.
    void roundTrip(const LocalInstanceServer &server);

    // Test-mode standard paths, so that no test reads or writes the person's own settings.
    static void useTestPaths();

private:
    QPointer<MainWindow> m_window;
    QAbstractItemModelTester *m_tester = nullptr;
    bool m_watch = true;
    bool m_owned = true;
};
