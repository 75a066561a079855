#include "support/WindowFixture.h"

#include "api/TokenCollection.h"
#include "ui/TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
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
    // The model tester calls fetchMore() on every change, so the whole query loads by itself.
    m_tester = new QAbstractItemModelTester(m_window->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
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

void WindowFixture::close()
{
    dropModelTester();
    if (!m_window)
        return;
    m_window->close();
    delete m_window;
}

void WindowFixture::useTestPaths()
{
    QStandardPaths::setTestModeEnabled(true);
}
