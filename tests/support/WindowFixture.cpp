#include "support/WindowFixture.h"

#include "api/TokenCollection.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "ui/MessageBar.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
// QTRY_VERIFY's coarse steps see the first page before the model tester has the next one asked
// for; a finer wait would mostly see the whole query loading.
void waitForFirstPage(const TokenListModel *model)
{
    QTRY_VERIFY(model->rowCount() > 0 && !model->isLoading());
}
} // namespace

bool WindowFixture::open(const TokenCollection &tokens, Until until,
                         const std::function<void(MainWindow *)> &beforeShow)
{
    close();
    m_window = new MainWindow(tokens, QStringLiteral("test"));
    m_owned = true;
    // The model tester calls fetchMore() on every change, so the whole query loads by itself.
    if (m_watch)
        m_tester = new QAbstractItemModelTester(
                m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (beforeShow)
        beforeShow(m_window);
    m_window->show();
    if (until == Until::Exposed)
        return QTest::qVerify(QTest::qWaitForWindowExposed(m_window), "window exposed", "",
                              __FILE__, __LINE__);
    m_window->activateWindow();
    if (!QTest::qVerify(QTest::qWaitForWindowActive(m_window), "window active", "", __FILE__,
                        __LINE__))
        return false;
    if (until == Until::Active)
        return true;
    waitForFirstPage(m_window->model());
    return !QTest::currentTestFailed();
}

void WindowFixture::dropModelTester()
{
    delete m_tester;
    m_tester = nullptr;
}

void WindowFixture::adopt(MainWindow *window)
{
    close();
    m_window = window;
    m_owned = false;
}

void WindowFixture::close()
{
    dropModelTester();
    if (!m_window || !m_owned)
        return;
    m_window->close();
    delete m_window;
}

QTableView *WindowFixture::table() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
}

QAction *WindowFixture::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

TokenDetailsPane *WindowFixture::detailsPane() const
{
    return child<TokenDetailsPane>(m_window, QStringLiteral("detailsPane"));
}

MessageBar *WindowFixture::errorBar() const
{
    return child<MessageBar>(m_window, QStringLiteral("loadErrorBar"));
}

QDialog *WindowFixture::openDialog(const char *actionName, const QString &dialogName)
{
    action(actionName)->trigger();
    const auto shown = [&]() -> QDialog * {
        auto *dialog = m_window->findChild<QDialog *>(dialogName);
        return dialog && dialog->isVisible() ? dialog : nullptr;
    };
    [&] { QTRY_VERIFY(shown()); }();
    return shown();
}

void WindowFixture::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    table()->setFocus();
    QTest::mouseClick(
            table()->viewport(), Qt::LeftButton, modifiers,
            table()->visualRect(m_window->model()->index(row, TokenListModel::Name)).center());
}

void WindowFixture::roundTrip(const LocalInstanceServer &server)
{
    const int before = RequestLog::count(server, "GET");
    action("refreshAction")->trigger();
    QTRY_VERIFY(RequestLog::count(server, "GET") > before && !m_window->model()->isLoading());
}

void WindowFixture::useTestPaths()
{
    QStandardPaths::setTestModeEnabled(true);
}
