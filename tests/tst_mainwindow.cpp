// The main window on the demo data of the local instance, over real HTTP.
#include "api/LosantClient.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoInstance_showsFirstPageInNameOrder();
    void withoutModelTester_onlyTheFirstPageLoads_untilScrolledDown();
    void f5_reloadsFromServer();

private:
    QStringList namesShown() const;

    WindowFixture m_window;
    DemoInstance m_demo;
};

void TestMainWindow::initTestCase()
{
    // Closing the window saves its layout: into test-mode settings, not the person's.
    WindowFixture::useTestPaths();
}

void TestMainWindow::init()
{
    m_demo = DemoData::populate(freshApi());
    QVERIFY(m_api->start());
    m_client->setAccessToken(m_demo.adminSecret);
    QVERIFY(m_window.open(TokenCollection(m_client, TokenLocation::instance(m_demo.instanceId))));
}

void TestMainWindow::cleanup()
{
    m_window.close();
    dropApi();
}

QStringList TestMainWindow::namesShown() const
{
    QStringList names;
    const TokenListModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, TokenListModel::Name).data().toString());
    return names;
}

void TestMainWindow::demoInstance_showsFirstPageInNameOrder()
{
    const int total = m_server->instance().tokenCount(m_demo.instanceId);
    QVERIFY(total > 200);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    QVERIFY(table);
    // The model tester asks for more on every change, so all pages arrive by themselves here.
    QTRY_COMPARE(table->model()->rowCount(), total);
    const QStringList names = namesShown();
    for (int i = 1; i < names.size(); ++i)
        QVERIFY2(names.at(i - 1) <= names.at(i),
                 qPrintable(names.at(i - 1) + u" > " + names.at(i)));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(),
             QStringLiteral("Showing %1 of %1 tokens").arg(QLocale().toString(total)));
}

void TestMainWindow::withoutModelTester_onlyTheFirstPageLoads_untilScrolledDown()
{
    // The one test without QAbstractItemModelTester: the tester calls fetchMore() on every change,
    // which would hide whether scrolling is what loads the next page.
    m_window.dropModelTester();
    QTest::keyClick(m_window, Qt::Key_F5);
    TokenListModel *model = m_window->model();
    QTRY_VERIFY(model->rowCount() == 100 && !model->isLoading());
    QVERIFY(model->canFetchMore(QModelIndex()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // picks the first row
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 200);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 200);
}

void TestMainWindow::f5_reloadsFromServer()
{
    ApiToken t;
    t.name = QStringLiteral("!!! first by name");
    m_server->instance().addToken(m_demo.instanceId, t);
    QVERIFY(m_window->model()->index(0, 0).data().toString() != t.name);
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_COMPARE(m_window->model()->index(0, 0).data().toString(), t.name);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
