// What an action acts on, on the real window against the local instance over HTTP: the rows the
// person selected and nothing else, however the keyboard focus moves; confirmations tell equal
// names apart.
#include "support/BoxAnswerer.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {
const int kTokens = 10; // "alpha 00" … "alpha 09"; the admin "zz admin" comes last
} // namespace

class TestSelectionTarget : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabWrapsToNextRow_deleteAndPaneFollowTheHighlight();
    void ctrlArrowMovesFocusOnly_actionsStayOnSelectedRow();
    void afterBulkDelete_nothingTargeted_deleteKeySendsNothing();
    void atStart_tableFocus_targetsNothing_untilARowIsSelected();
    void severalSelected_paneCounts_singleTokenActionsOff();
    void equalNames_bulkConfirmationTellsThemApart_buttonSaysDelete();
    void equalNames_singleConfirmationShowsIdAndDate_buttonSaysDelete();
    void bulkDeactivate_buttonSaysDeactivate();

private:
    void openWindow();
    TokenListModel *model() const { return m_window->model(); }
    int requestCount(const QByteArray &method) const
    {
        return RequestLog::count(*m_server, method);
    }
    QString idAt(int row) const { return model()->tokenAt(row).id; }

    WindowFixture m_window;
};

void TestSelectionTarget::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestSelectionTarget::init()
{
    freshApi();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = QStringLiteral("alpha %1").arg(i, 2, 10, QLatin1Char('0'));
        t.scope = {QStringLiteral("all.Instance.read")};
        t.creationDate = now.addDays(-i);
        addToken(t);
    }
    QVERIFY(m_api->start());
}

void TestSelectionTarget::openWindow()
{
    QVERIFY(m_window.open(m_api->tokens()));
    QTRY_COMPARE(model()->rowCount(), m_server->instance().tokenCount(m_instanceId));
    QTRY_VERIFY(!model()->isLoading());
    m_server->clearRequests();
}

void TestSelectionTarget::cleanup()
{
    m_window.close();
    dropApi();
}

void TestSelectionTarget::tabWrapsToNextRow_deleteAndPaneFollowTheHighlight()
{
    openWindow();
    m_window.table()->setFocus();
    m_window.clickRow(1);
    QCOMPARE(m_window.detailsPane()->shownTokenId(), idAt(1));
    // Tab through row 2's cells until the focus wraps to row 3 (or leaves the table). Qt 6.4
    // moves the highlight along; either way, what is highlighted is what is acted on.
    for (int tabs = 0; m_window.table()->currentIndex().row() == 1 && tabs < 20; ++tabs)
        QTest::keyClick(m_window.table(), Qt::Key_Tab);
    m_window.table()->setFocus();
    const QModelIndexList highlighted = m_window.table()->selectionModel()->selectedRows();
    QCOMPARE(highlighted.size(), 1);
    const int row = highlighted.first().row();
    const QString targetId = idAt(row);
    QCOMPARE(m_window.detailsPane()->shownTokenId(), targetId);
    QCOMPARE(m_window.detailsPane()->findChild<QLabel *>(QStringLiteral("detailName"))->text(),
             model()->tokenAt(row).name);

    BoxAnswerer boxes;
    boxes.answer(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"));
    QTest::keyClick(m_window.table(), Qt::Key_Delete);
    QCOMPARE(boxes.names(), QStringList{QStringLiteral("confirmDeleteBox")});
    QVERIFY(boxes.seen().first().text.contains(model()->tokenAt(row).name));
    QTRY_VERIFY(!m_api->server.instance().token(m_api->instanceId, targetId));
    QCOMPARE(requestCount("DELETE"), 1);
    QCOMPARE(m_api->server.instance().tokenCount(m_api->instanceId), kTokens);
}

void TestSelectionTarget::ctrlArrowMovesFocusOnly_actionsStayOnSelectedRow()
{
    openWindow();
    m_window.table()->setFocus();
    m_window.clickRow(3);
    const QString selectedId = idAt(3);
    // Ctrl+Down moves the focus without selecting: row 4 is focused, row 3 still selected.
    QTest::keyClick(m_window.table(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_window.table()->currentIndex().row(), 4);
    QVERIFY(m_window.table()->selectionModel()->isRowSelected(3));
    QVERIFY(!m_window.table()->selectionModel()->isRowSelected(4));
    QCOMPARE(m_window.detailsPane()->shownTokenId(), selectedId);

    // Deactivate acts on row 3 …
    QTest::keyClick(m_window.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(requestCount("PATCH"), 1);
    QCOMPARE(m_api->server.requests().last().path,
             QStringLiteral("/instances/%1/tokens/%2").arg(m_api->instanceId, selectedId));
    QTRY_COMPARE(m_api->server.instance().token(m_api->instanceId, selectedId)->status,
                 QStringLiteral("inactive"));
    QCOMPARE(m_api->server.instance().token(m_api->instanceId, idAt(4))->status,
             QStringLiteral("active"));

    // … and so do Copy ID and Edit.
    QTest::keyClick(m_window.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), selectedId);
    QTest::keyClick(m_window.table(), Qt::Key_F2);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("editName"))->text(),
             QStringLiteral("alpha 03"));
    dialog->reject();
}

void TestSelectionTarget::afterBulkDelete_nothingTargeted_deleteKeySendsNothing()
{
    openWindow();
    m_window.table()->setFocus();
    m_window.clickRow(0);
    m_window.clickRow(2, Qt::ShiftModifier);
    BoxAnswerer boxes;
    boxes.answer(QStringLiteral("confirmBulkBox"), QStringLiteral("confirmBulkButton"));
    QTest::keyClick(m_window.table(), Qt::Key_Delete);
    QCOMPARE(boxes.names(), QStringList{QStringLiteral("confirmBulkBox")});
    QMessageBox *report = nullptr;
    QTRY_VERIFY((report = m_window->findChild<QMessageBox *>(QStringLiteral("bulkReportBox"))));
    report->close();
    QCOMPARE(requestCount("DELETE"), 3);

    // Nothing is highlighted, and nothing is targeted.
    QVERIFY(m_window.table()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!m_window.action("deleteTokenAction")->isEnabled());
    QVERIFY(!m_window.action("toggleStatusAction")->isEnabled());
    QVERIFY(!m_window.action("editTokenAction")->isEnabled());
    QVERIFY(!m_window.action("createSimilarAction")->isEnabled());
    QVERIFY(m_window.detailsPane()->shownTokenId().isEmpty());
    // The keys reach the window as they would after the box (shortcuts need it active).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.window()));
    m_window.table()->setFocus();
    QTest::keyClick(m_window.table(), Qt::Key_Delete);
    QTest::keyClick(m_window.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    m_window.roundTrip(*m_server);
    QCOMPARE(boxes.names(), QStringList{QStringLiteral("confirmBulkBox")});
    QCOMPARE(requestCount("DELETE"), 3);
    QCOMPARE(requestCount("PATCH"), 0);
}

void TestSelectionTarget::atStart_tableFocus_targetsNothing_untilARowIsSelected()
{
    openWindow();
    // The focus comes to the table from elsewhere once the rows are there, as by Tab.
    auto *filter = m_window->findChild<QWidget *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    filter->setFocus(Qt::OtherFocusReason);
    QVERIFY(!m_window.table()->hasFocus());
    m_window.table()->setFocus(Qt::TabFocusReason);
    QVERIFY(m_window.table()->hasFocus());
    QVERIFY(m_window.table()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(m_window.detailsPane()->shownTokenId().isEmpty());
    QVERIFY(!m_window.action("deleteTokenAction")->isEnabled());
    QVERIFY(!m_window.action("toggleStatusAction")->isEnabled());
    QVERIFY(!m_window.action("editTokenAction")->isEnabled());
    QVERIFY(!m_window.action("copyIdAction")->isEnabled());
    QApplication::clipboard()->setText(QStringLiteral("untouched"));
    BoxAnswerer boxes;
    QTest::keyClick(m_window.table(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(m_window.table(), Qt::Key_Delete);
    QTest::keyClick(m_window.table(), Qt::Key_F2);
    m_window.roundTrip(*m_server);
    QVERIFY(boxes.seen().isEmpty());
    QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog")));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("untouched"));
    QCOMPARE(requestCount("DELETE"), 0);

    // The list was loaded again: a key that selects a row makes it the target.
    QVERIFY(m_window.table()->hasFocus());
    const int row = 0;
    QTest::keyClick(m_window.table(), Qt::Key_Down);
    QVERIFY(m_window.table()->selectionModel()->isRowSelected(row));
    QCOMPARE(m_window.detailsPane()->shownTokenId(), idAt(row));
    QVERIFY(m_window.action("deleteTokenAction")->isEnabled());
    QVERIFY(m_window.action("copyIdAction")->isEnabled());
}

void TestSelectionTarget::severalSelected_paneCounts_singleTokenActionsOff()
{
    openWindow();
    m_window.table()->setFocus();
    m_window.clickRow(1);
    m_window.clickRow(4, Qt::ControlModifier);
    m_window.clickRow(6, Qt::ControlModifier);
    QVERIFY(m_window.detailsPane()->shownTokenId().isEmpty());
    auto *placeholder
            = m_window.detailsPane()->findChild<QLabel *>(QStringLiteral("detailsPlaceholder"));
    QVERIFY(placeholder && placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("3 tokens selected"));
    QVERIFY(!m_window.action("editTokenAction")->isEnabled());
    QVERIFY(!m_window.action("createSimilarAction")->isEnabled());
    QVERIFY(!m_window.action("copyIdAction")->isEnabled());
    QVERIFY(m_window.action("deleteTokenAction")->isEnabled());
    QVERIFY(m_window.action("toggleStatusAction")->isEnabled());
    QVERIFY(m_window.action("deleteTokenAction")->text().contains(QStringLiteral("3")));
    // Deselect all but one: that one is shown again.
    m_window.clickRow(4, Qt::ControlModifier);
    m_window.clickRow(6, Qt::ControlModifier);
    QCOMPARE(m_window.detailsPane()->shownTokenId(), idAt(1));
    QVERIFY(m_window.action("editTokenAction")->isEnabled());
    QVERIFY(m_window.action("copyIdAction")->isEnabled());
    // Deselect the last one: nothing is targeted, though the focus stays on the table.
    m_window.clickRow(1, Qt::ControlModifier);
    QVERIFY(m_window.table()->currentIndex().isValid());
    QVERIFY(m_window.detailsPane()->shownTokenId().isEmpty());
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Select a token to see its details."));
    QVERIFY(!m_window.action("deleteTokenAction")->isEnabled());
}

void TestSelectionTarget::equalNames_bulkConfirmationTellsThemApart_buttonSaysDelete()
{
    LocalInstance &instance = m_api->server.instance();
    ApiToken twin;
    twin.name = QStringLiteral("Grafana read-only");
    twin.scope = {QStringLiteral("all.Instance.read")};
    twin.creationDate = QDateTime(QDate(2025, 5, 3), QTime(12, 0), Qt::UTC);
    const QString first = instance.addToken(m_api->instanceId, twin).id;
    twin.creationDate = QDateTime(QDate(2025, 6, 9), QTime(12, 0), Qt::UTC);
    const QString second = instance.addToken(m_api->instanceId, twin).id;
    openWindow();
    const int a = model()->rowOfToken(first), b = model()->rowOfToken(second);
    m_window.table()->setFocus();
    m_window.clickRow(a);
    m_window.clickRow(b, Qt::ControlModifier);
    BoxAnswerer boxes;
    QTest::keyClick(m_window.table(), Qt::Key_Delete); // canceled
    QCOMPARE(boxes.names(), QStringList{QStringLiteral("confirmBulkBox")});
    const BoxAnswerer::Seen box = boxes.seen().first();
    const QString all
            = box.text + QLatin1Char('\n') + box.informative + QLatin1Char('\n') + box.detailed;
    for (const QString &id : {first, second}) {
        const QString shortId = id.left(4) + QChar(0x2026) + id.right(4);
        QCOMPARE(all.count(shortId), 1); // each token named once, by its own ID
    }
    QCOMPARE(all.count(QStringLiteral("Grafana read-only")), 2);
    QVERIFY(all.contains(QStringLiteral("2025")));
    QVERIFY(box.buttons.contains(QStringLiteral("Delete")));
    QVERIFY(!box.buttons.contains(QStringLiteral("Continue")));
    m_window.roundTrip(*m_server);
    QCOMPARE(requestCount("DELETE"), 0);
}

void TestSelectionTarget::equalNames_singleConfirmationShowsIdAndDate_buttonSaysDelete()
{
    ApiToken twin;
    twin.name = QStringLiteral("Grafana read-only");
    twin.creationDate = QDateTime(QDate(2025, 5, 3), QTime(12, 0), Qt::UTC);
    const QString id = m_api->server.instance().addToken(m_api->instanceId, twin).id;
    twin.creationDate = twin.creationDate.addDays(1);
    m_api->server.instance().addToken(m_api->instanceId, twin);
    openWindow();
    m_window.table()->setFocus();
    m_window.clickRow(model()->rowOfToken(id));
    BoxAnswerer boxes;
    boxes.answer(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"));
    m_window.action("deleteTokenAction")->trigger();
    QCOMPARE(boxes.names(), QStringList{QStringLiteral("confirmDeleteBox")});
    const BoxAnswerer::Seen box = boxes.seen().first();
    QVERIFY(box.text.contains(id.left(4) + QChar(0x2026) + id.right(4)));
    QVERIFY(box.text.contains(QLocale().toString(QDate(2025, 5, 3), QStringLiteral("d MMM yyyy"))));
    QVERIFY(box.buttons.contains(QStringLiteral("Delete")));
    QTRY_VERIFY(!m_api->server.instance().token(m_api->instanceId, id));
    QCOMPARE(requestCount("DELETE"), 1);
}

void TestSelectionTarget::bulkDeactivate_buttonSaysDeactivate()
{
    openWindow();
    m_window.table()->setFocus();
    m_window.clickRow(0);
    m_window.clickRow(1, Qt::ShiftModifier);
    BoxAnswerer boxes;
    m_window.action("toggleStatusAction")->trigger(); // canceled
    QCOMPARE(boxes.names(), QStringList{QStringLiteral("confirmBulkBox")});
    const BoxAnswerer::Seen box = boxes.seen().first();
    QVERIFY(box.buttons.contains(QStringLiteral("Deactivate")));
    QVERIFY(!box.buttons.contains(QStringLiteral("Continue")));
    for (int row : {0, 1})
        QCOMPARE(box.informative.count(idAt(row).left(4) + QChar(0x2026) + idAt(row).right(4)), 1);
    m_window.roundTrip(*m_server);
    QCOMPARE(requestCount("PATCH"), 0);
}

QTEST_MAIN(TestSelectionTarget)
#include "tst_selectiontarget.moc"
