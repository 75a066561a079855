// Issue 18: the main window fits. At its default size the details pane shows every button
// whole and needs no horizontal scrollbar, the table needs no sideways scrolling and its long
// values are elided with the full text in a tooltip, the first window stays on its screen, the
// layout is saved while it changes, and the History tab is a keyboard stop of the pane.
#include "core/TokenFormat.h"
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/CreateTokenDialog.h"
#include "ui/SettingsKeys.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

class TestLayoutFit : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void init();
    void cleanup();

    void firstWindow_liesWithinTheScreen();
    void detailsPane_atDefaultSize_showsEveryButtonWhole_withoutSidewaysScrolling();
    void table_atDefaultSize_needsNoSidewaysScrolling_andHidesTheRestInTheChooser();
    void longValues_areElided_withTheFullValueAsPlainTooltip();
    void expiresColumn_fitsTheLongestRelativeText();
    void creatorType_isShownInWords();
    void layout_isSavedWhileItChanges_notOnlyOnClose();
    void historyTab_isReachedByShiftTab_fromThePanesFirstButton();
    void newTokenForm_inGerman_needsNoSidewaysScrolling();

private:
    void openAtDefaultSize();
    void selectRow(int row);
    int tokenCount() const { return int(m_server->instance().tokens(m_instanceId).size()); }

    WindowFixture m_window;
    QString m_longDescription;
};

void TestLayoutFit::init()
{
    freshApi();
    m_longDescription = QStringLiteral("<b>Used by</b> the deployment pipeline of the Hamburg "
                                       "plant; rotate it before the end of the quarter and tell "
                                       "the platform team");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 12; ++i) {
        ApiToken t;
        t.name = QStringLiteral("Grafana read-only for the plant dashboards %1").arg(i);
        t.description = m_longDescription;
        t.scope = {QStringLiteral("instanceApiTokens.get"), QStringLiteral("instance.get"),
                   QStringLiteral("instanceOrgs.get")};
        t.creatorName = QStringLiteral("Linus Ops");
        t.creatorType = i % 2 ? QStringLiteral("flow") : QStringLiteral("user");
        t.creatorId = QStringLiteral("f2c1f85190729c7cd6077025");
        t.expirationDate = i % 3 ? now.addDays(-364 + i) : now.addDays(20);
        addToken(t);
    }
    QVERIFY(m_api->start());
}

void TestLayoutFit::cleanup()
{
    m_window.close();
    dropApi();
}

void TestLayoutFit::openAtDefaultSize()
{
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active));
    // The test screen is 800x600; the default window is made for a 1080p one.
    m_window->resize(1200, 700);
    QTRY_COMPARE(m_window->width(), 1200);
    QTRY_VERIFY(m_window->model()->rowCount() == tokenCount() && !m_window->model()->isLoading());
}

void TestLayoutFit::selectRow(int row)
{
    QTableView *view = m_window.table();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(m_window->model()->index(row, 0)).center());
    QTRY_COMPARE(m_window.detailsPane()->shownTokenId(), m_window->model()->tokenAt(row).id);
}

void TestLayoutFit::firstWindow_liesWithinTheScreen()
{
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active));
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.width() < 1200, "the test screen is smaller than the default window");
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
    // The status bar, at the window's bottom, is on the screen.
    QWidget *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(available.contains(QRect(count->mapToGlobal(QPoint(0, 0)), count->size())));
}

void TestLayoutFit::detailsPane_atDefaultSize_showsEveryButtonWhole_withoutSidewaysScrolling()
{
    openAtDefaultSize();
    selectRow(0);
    TokenDetailsPane *pane = m_window.detailsPane();
    auto *scroll = pane->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
    const QRect viewport = scroll->viewport()->rect();
    int checked = 0;
    for (QAbstractButton *button : scroll->widget()->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(pane))
            continue;
        const QRect shown(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
        QVERIFY2(shown.left() >= viewport.left() && shown.right() <= viewport.right(),
                 qPrintable(button->objectName()));
        // Wide enough for its text: not squeezed to a stub either.
        QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                 qPrintable(button->objectName()));
        ++checked;
    }
    // Edit, Deactivate, Create similar, Delete and the four Copy buttons.
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
    QVERIFY(pane->findChild<QAbstractButton *>(QStringLiteral("deleteTokenActionButton"))
                    ->isVisibleTo(pane));
}

void TestLayoutFit::table_atDefaultSize_needsNoSidewaysScrolling_andHidesTheRestInTheChooser()
{
    openAtDefaultSize();
    QTableView *table = m_window.table();
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    QHeaderView *header = table->horizontalHeader();
    for (const int column : {TokenListModel::Name, TokenListModel::Status, TokenListModel::Expires})
        QVERIFY(!header->isSectionHidden(column));
    int hidden = 0;
    for (int c = 0; c < TokenListModel::ColumnCount; ++c)
        hidden += header->isSectionHidden(c) ? 1 : 0;
    QVERIFY2(hidden > 0 && hidden < TokenListModel::ColumnCount - 3,
             qPrintable(QString::number(hidden)));
}

void TestLayoutFit::longValues_areElided_withTheFullValueAsPlainTooltip()
{
    openAtDefaultSize();
    QTableView *table = m_window.table();
    QCOMPARE(table->textElideMode(), Qt::ElideRight);
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    int narrow = 0;
    for (int c = 0; c < TokenListModel::ColumnCount; ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QModelIndex index = m_window->model()->index(0, c);
        const QString text = index.data().toString();
        if (metrics.horizontalAdvance(text) <= header->sectionSize(c))
            continue;
        ++narrow;
        // The tooltip holds the whole value, as plain text (no bold from "<b>").
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QTextDocument doc;
        doc.setHtml(tip);
        const QString shown = doc.toPlainText().simplified();
        // The scope column sums up ("… and 2 more"): its tooltip lists every scope.
        const QStringList whole = c == TokenListModel::Scope ? m_window->model()->tokenAt(0).scope
                                                             : QStringList{text.simplified()};
        for (const QString &part : whole)
            QVERIFY2(shown.contains(part), qPrintable(tip));
    }
    QVERIFY(narrow >= 2); // the name and the description do not fit
}

void TestLayoutFit::expiresColumn_fitsTheLongestRelativeText()
{
    openAtDefaultSize();
    QTableView *table = m_window.table();
    const int width = table->horizontalHeader()->sectionSize(TokenListModel::Expires);
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        const QModelIndex index = m_window->model()->index(row, TokenListModel::Expires);
        const QString text = index.data().toString();
        const int icon = table->iconSize().isValid() ? table->iconSize().width() : 16;
        QVERIFY2(table->fontMetrics().horizontalAdvance(text) + icon + 12 <= width,
                 qPrintable(text));
    }
}

void TestLayoutFit::creatorType_isShownInWords()
{
    openAtDefaultSize();
    for (int row = 0; row < 2; ++row) {
        selectRow(row);
        const ApiToken &t = m_window->model()->tokenAt(row);
        const QString creator
                = m_window->findChild<QLabel *>(QStringLiteral("detailCreator"))->text();
        QCOMPARE(creator,
                 QStringLiteral("Linus Ops (%1)")
                         .arg(t.creatorType == QLatin1String("flow") ? QStringLiteral("workflow")
                                                                     : QStringLiteral("user")));
    }
}

void TestLayoutFit::layout_isSavedWhileItChanges_notOnlyOnClose()
{
    openAtDefaultSize();
    QSettings().clear();
    // A column made wider, as a drag of its edge does: saved without closing the window.
    QHeaderView *header = m_window.table()->horizontalHeader();
    header->resizeSection(TokenListModel::Name, 301);
    QTRY_VERIFY(QSettings().contains(SettingsKeys::kTableHeader));
    QHeaderView restored(Qt::Horizontal);
    restored.setModel(m_window->model());
    QVERIFY(restored.restoreState(QSettings().value(SettingsKeys::kTableHeader).toByteArray()));
    QCOMPARE(restored.sectionSize(TokenListModel::Name), 301);
    // The splitter dragged by its handle.
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    const QList<int> before = splitter->sizes();
    QWidget *handle = splitter->handle(1);
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle - QPoint(80, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(80, 0));
    QVERIFY(splitter->sizes() != before);
    QTRY_VERIFY(QSettings().value(SettingsKeys::kWindowSplitter).toByteArray()
                == splitter->saveState());
    // And the window's size.
    m_window->resize(1000, 650);
    QTRY_VERIFY(QSettings().value(SettingsKeys::kWindowGeometry).toByteArray()
                == m_window->saveGeometry());
}

void TestLayoutFit::historyTab_isReachedByShiftTab_fromThePanesFirstButton()
{
    openAtDefaultSize();
    selectRow(0);
    TokenDetailsPane *pane = m_window.detailsPane();
    auto *first = pane->findChild<QAbstractButton *>(QStringLiteral("editTokenActionButton"));
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Backtab, Qt::ShiftModifier);
    auto *tabs = pane->findChild<QTabBar *>();
    QTRY_COMPARE(QApplication::focusWidget(), tabs);
    // On the tab bar, the arrow key opens History.
    QTest::keyClick(tabs, Qt::Key_Right);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("History"));
}

void TestLayoutFit::newTokenForm_inGerman_needsNoSidewaysScrolling()
{
    // The app's own German catalogue, as built for the executable.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(LOSANT_QM_DIR "/losant-tokens_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto uninstall = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    CreateTokenDialog dialog(m_api->tokens());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Neues API-Token"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *scroll = dialog.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("form %1, room %2")
                                .arg(scroll->widget()->width())
                                .arg(scroll->viewport()->width())));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
