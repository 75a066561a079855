// Keyboard paths and the name filter on the real window over HTTP to the local instance: Tab and
// F6 move between the panes (never cell by cell), Escape clears the filter, Ctrl+E exports from
// anywhere, a plain word matches anywhere, and the expiry quick filters are one click away.
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUrlQuery>

namespace {
const int kTokens = 250; // three pages of 100: Tab through cells would load the next ones
} // namespace

class TestKeyboard : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tab_goesFilterTableDetailsToolbar_neverCellByCell();
    void f6_cyclesFilterTableDetails();
    void escapeInFilter_clearsIt_andReloadsEverything();
    void ctrlE_opensExport_fromTableAndFromFilter();
    void plainWord_isSentAsStarWordStar_globAsTyped_andNoMatchGivesAHint();
    void quickFilters_showOnlyExpiredOrExpiringRows_inOneClick();
    void everyButton_takesTabFocus_andShowsIt();

private:
    QLineEdit *filterEdit() const;
    void selectRow(int row);
    QWidget *tab(Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QStringList listFilters() const; // the filter of each list request, as the server got it
    QSet<QString> visibleIds() const;

    // Without the model tester: it would fetch the pages the tests expect unloaded.
    WindowFixture m_window{WindowFixture::Tester::None};
    QSet<QString> m_expired;
    QSet<QString> m_expiring;
};

void TestKeyboard::init()
{
    QVERIFY(startApi());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = i % 25 == 0 ? QStringLiteral("My Grafana %1").arg(i)
                             : QStringLiteral("token %1").arg(i, 3, 10, QLatin1Char('0'));
        if (i % 10 == 3)
            t.expirationDate = now.addDays(-2 - i); // expired
        else if (i % 10 == 7)
            t.expirationDate = now.addDays(3 + i % 20); // within 30 days
        else if (i % 2 == 0)
            t.expirationDate = now.addDays(200); // later
        const ApiToken added = m_server->instance().addToken(m_instanceId, t);
        if (i % 10 == 3)
            m_expired.insert(added.id);
        else if (i % 10 == 7)
            m_expiring.insert(added.id);
    }
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active, [](MainWindow *window) {
        window->filterBar()->setDebounceInterval(50);
    }));
    QTRY_VERIFY(m_window->model()->rowCount() == 100 && !m_window->model()->isLoading());
}

void TestKeyboard::cleanup()
{
    m_window.close();
    dropApi();
    m_expired.clear();
    m_expiring.clear();
}

QLineEdit *TestKeyboard::filterEdit() const
{
    return m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
}

void TestKeyboard::selectRow(int row)
{
    QTableView *view = m_window.table();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(m_window->model()->index(row, 0)).center());
    QTRY_VERIFY(view->hasFocus());
}

QWidget *TestKeyboard::tab(Qt::KeyboardModifiers modifiers)
{
    QWidget *from = QApplication::focusWidget();
    QTest::keyClick(from, modifiers & Qt::ShiftModifier ? Qt::Key_Backtab : Qt::Key_Tab, modifiers);
    return QApplication::focusWidget();
}

QStringList TestKeyboard::listFilters() const
{
    QStringList filters;
    for (const RecordedRequest &r : m_api->server.requests()) {
        if (r.method != "GET")
            continue;
        const QUrlQuery query(QString::fromLatin1(r.rawQuery));
        filters.append(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded));
    }
    return filters;
}

QSet<QString> TestKeyboard::visibleIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        if (!m_window.table()->isRowHidden(row))
            ids.insert(m_window->model()->tokenAt(row).id);
    return ids;
}

void TestKeyboard::tab_goesFilterTableDetailsToolbar_neverCellByCell()
{
    selectRow(2);
    const int loaded = m_window->model()->rowCount();
    filterEdit()->setFocus(Qt::TabFocusReason);
    // Tab round the whole window, naming where the focus lands.
    QStringList stops;
    auto *pane = m_window.detailsPane();
    for (int i = 0; i < 40 && stops.count(QStringLiteral("filterEdit")) < 1; ++i) {
        QWidget *focus = tab();
        QVERIFY(focus);
        stops.append(pane->isAncestorOf(focus) ? QStringLiteral("details:") + focus->objectName()
                                               : focus->objectName());
    }
    QVERIFY2(stops.endsWith(QStringLiteral("filterEdit")), qPrintable(stops.join(u' ')));
    QCOMPARE(stops.count(QStringLiteral("tokenTable")), 1); // one stop, not one per cell
    const int atTable = int(stops.indexOf(QStringLiteral("tokenTable")));
    QVERIFY2(stops.indexOf(QStringLiteral("quickExpiredButton")) < atTable,
             qPrintable(stops.join(u' ')));
    QVERIFY2(stops.value(atTable + 1).startsWith(QLatin1String("details:")),
             qPrintable(stops.join(u' ')));
    QVERIFY2(stops.indexOf(QStringLiteral("newTokenActionToolButton")) > atTable + 1,
             qPrintable(stops.join(u' ')));
    QVERIFY2(stops.contains(QStringLiteral("deleteTokenActionToolButton")),
             qPrintable(stops.join(u' ')));
    // Back from the details pane, Shift+Tab lands on the table again.
    m_window.table()->setFocus(Qt::TabFocusReason);
    QVERIFY(pane->isAncestorOf(tab()));
    QCOMPARE(tab(Qt::ShiftModifier), m_window.table());
    QCOMPARE(m_window.table()->currentIndex().row(), 2); // Tab moved no cell
    QCOMPARE(m_window->model()->rowCount(), loaded); // and loaded no page
}

void TestKeyboard::f6_cyclesFilterTableDetails()
{
    selectRow(1);
    auto *pane = m_window.detailsPane();
    filterEdit()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), m_window.table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(pane->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), filterEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier); // backwards
    QTRY_VERIFY(pane->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window.table());
}

void TestKeyboard::escapeInFilter_clearsIt_andReloadsEverything()
{
    filterEdit()->setFocus();
    QTRY_VERIFY(filterEdit()->hasFocus());
    QTest::keyClicks(filterEdit(), QStringLiteral("grafana"));
    QTRY_VERIFY(m_window->model()->query().hasFilter() && !m_window->model()->isLoading());
    QCOMPARE(m_window->model()->rowCount(), kTokens / 25);
    m_api->server.clearRequests();
    QTest::keyClick(filterEdit(), Qt::Key_Escape);
    QCOMPARE(filterEdit()->text(), QString());
    QTRY_VERIFY(!m_window->model()->query().hasFilter());
    QTRY_VERIFY(m_window->model()->rowCount() == 100 && !m_window->model()->isLoading());
    QCOMPARE(listFilters(), QStringList{QString()}); // one request, unfiltered
    QVERIFY(filterEdit()->hasFocus());
}

void TestKeyboard::ctrlE_opensExport_fromTableAndFromFilter()
{
    const auto exportDialog
            = [this] { return m_window->findChild<QDialog *>(QStringLiteral("exportDialog")); };
    QWidget *const starts[] = {m_window.table(), filterEdit()};
    for (QWidget *start : starts) {
        start->setFocus();
        QTRY_VERIFY(start->hasFocus());
        QTest::keyClick(start, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY2(exportDialog() && exportDialog()->isVisible(),
                     qPrintable(start->objectName()));
        exportDialog()->reject();
        QTRY_VERIFY(!exportDialog());
        m_window->activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.window()));
    }
}

void TestKeyboard::plainWord_isSentAsStarWordStar_globAsTyped_andNoMatchGivesAHint()
{
    QVERIFY(filterEdit()->placeholderText().contains(QLatin1String("a word matches anywhere")));
    m_api->server.clearRequests();
    QTest::keyClicks(filterEdit(), QStringLiteral("grafana"));
    QTest::keyClick(filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->model()->isLoading() && m_window->model()->query().hasFilter());
    QCOMPARE(listFilters(), QStringList{QStringLiteral("*grafana*")});
    QCOMPARE(m_window->model()->rowCount(), kTokens / 25); // "My Grafana …": found mid-name
    QVERIFY(m_window->model()->tokenAt(0).name.startsWith(QLatin1String("My Grafana")));

    m_api->server.clearRequests();
    filterEdit()->clear();
    QTest::keyClicks(filterEdit(), QStringLiteral("grafana*"));
    QTest::keyClick(filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->model()->isLoading() && m_window->model()->rowCount() == 0);
    QCOMPARE(listFilters().constLast(), QStringLiteral("grafana*")); // a glob goes as typed
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(),
             QStringLiteral("No tokens match name 'grafana*'.\nA pattern must match the whole "
                            "name: try '*grafana*' to match anywhere."));

    filterEdit()->clear();
    QTest::keyClicks(filterEdit(), QStringLiteral("zebra"));
    QTest::keyClick(filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_window->model()->query().filter, QStringLiteral("*zebra*"));
    QTRY_VERIFY(!m_window->model()->isLoading() && empty->isVisible());
    QCOMPARE(empty->text(),
             QStringLiteral("No token names contain 'zebra'.\nPress Esc in the filter to see "
                            "every token."));
}

void TestKeyboard::quickFilters_showOnlyExpiredOrExpiringRows_inOneClick()
{
    auto *expired = m_window->findChild<QToolButton *>(QStringLiteral("quickExpiredButton"));
    auto *expiring = m_window->findChild<QToolButton *>(QStringLiteral("quickExpiringButton"));
    QVERIFY(expired && expiring);
    QVERIFY(expired->toolTip().contains(QLatin1String("listed rows")));

    QTest::mouseClick(expired, Qt::LeftButton);
    // Every page comes in, so no expired token is missed; only those rows stay in sight.
    QTRY_VERIFY(m_window->model()->rowCount() == kTokens + 1 && !m_window->model()->isLoading());
    QTRY_COMPARE(visibleIds(), m_expired);
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(),
             QStringLiteral("%1 expired of %2 loaded tokens (of %2)")
                     .arg(m_expired.size())
                     .arg(kTokens + 1));
    // Select all: what is hidden is never a target.
    m_window.table()->setFocus();
    QTest::keyClick(m_window.table(), Qt::Key_A, Qt::ControlModifier);
    QSet<QString> selected;
    for (const QModelIndex &index : m_window.table()->selectionModel()->selectedRows())
        selected.insert(m_window->model()->tokenAt(index.row()).id);
    QCOMPARE(selected, m_expired);

    QTest::mouseClick(expiring, Qt::LeftButton); // the other one: one click, not two
    QVERIFY(!expired->isChecked());
    QCOMPARE(visibleIds(), m_expiring);

    QTest::mouseClick(expiring, Qt::LeftButton); // off: every row again
    QCOMPARE(visibleIds().size(), kTokens + 1);
}

void TestKeyboard::everyButton_takesTabFocus_andShowsIt()
{
    selectRow(0);
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *pane = m_window.detailsPane();
    QList<QToolButton *> buttons = toolbar->findChildren<QToolButton *>();
    buttons << pane->findChildren<QToolButton *>();
    int checked = 0;
    for (QToolButton *button : std::as_const(buttons)) {
        if (!button->isVisible() || button->objectName().startsWith(QLatin1String("qt_")))
            continue; // the toolbar's own extension button
        ++checked;
        QVERIFY2(button->focusPolicy() & Qt::TabFocus, qPrintable(button->objectName()));
    }
    QVERIFY(checked >= 8); // new, refresh, deactivate, delete, connections; edit …; copy …

    // Focus by Tab draws a frame: the button looks different with it than without.
    auto *newToken = toolbar->findChild<QToolButton *>(QStringLiteral("newTokenActionToolButton"));
    QVERIFY(newToken);
    const QImage plain = newToken->grab().toImage();
    QWidget *before = m_window->findChild<QToolButton *>(QStringLiteral("deleteTokenActionButton"));
    QVERIFY(before);
    before->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 40 && !newToken->hasFocus(); ++i)
        tab();
    QVERIFY(newToken->hasFocus());
    QVERIFY(newToken->grab().toImage() != plain);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
