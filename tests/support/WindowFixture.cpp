#include "support/WindowFixture.h"

#include "api/TokenCollection.h"
#include "ui/TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

bool WindowFixture::open(const TokenCollection &tokens, Until until)
{
    close();
    m_window = new MainWindow(tokens, QStringLiteral("test"));
    // The model tester calls fetchMore() on every change, so the whole query loads by itself.
    m_tester = new QAbstractItemModelTester(m_window->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    const TokenListModel *model = m_window->model();
    const bool firstPage
            = QTest::qWaitFor([model] { return model->rowCount() > 0 && !model->isLoading(); });
    return QTest::qVerify(firstPage, "first page shown", "", __FILE__, __LINE__);
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
