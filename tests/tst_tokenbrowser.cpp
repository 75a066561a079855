// The token browser on the real window against the local instance over HTTP: paging by
// scrolling, server-side sort by header clicks, server-side filtering, errors and layout.
#include "api/LosantClient.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WindowFixture.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

namespace {
const int kTokens = 1200;

QString nameFor(int i)
{
    static const char *const stems[] = {"ci-deploy", "Grafana read", "edge gateway",
                                        "backup",    "CI-nightly",   "sensor ingest"};
    return QStringLiteral("%1 %2").arg(QLatin1String(stems[i % 6])).arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

class TestTokenBrowser : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scrollingToTheEnd_loadsEveryTokenExactlyOnce();
    void clickingSortableHeader_showsServerOrder_bothDirections_data();
    void clickingSortableHeader_showsServerOrder_bothDirections();
    void clickingUnsortableHeader_sendsNoRequest();
    void typingGlob_showsExactlyTheMatchingTokens();
    void statusChoice_filtersByStatus();
    void burstOfTyping_sendsOneRequest();
    void olderSlowAnswer_isNeverShownAfterNewerQuery();
    void noMatch_saysSoAndNamesTheFilter();
    void serverError_keepsRows_showsMessage_retryRecovers();
    void expiryAndStatus_areMarkedByTextAndIcon();
    void selectingRow_showsDetails_andCopyButtonsCopyIds();
    void keyboard_ctrlFFocusesFilter_ctrlCCopiesId();
    void layoutAndSort_areRestoredOnNextStart();

private:
    void openWindow();
    void closeWindow();
    void loadAll();
    void scrollToEnd();
    QStringList idsShown() const;
    QStringList serverOrder(const QString &sortField, const QString &direction,
                            const QString &filterField = {}, const QString &filter = {});
    int listRequests() const { return RequestLog::listCount(*m_server); }
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    }

    WindowFixture m_window;
    QDateTime m_now;
};

void TestTokenBrowser::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestTokenBrowser::init()
{
    m_now = QDateTime::currentDateTimeUtc();
    LocalInstance &instance = freshApi();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = nameFor(i);
        t.status = i % 5 == 0 ? QStringLiteral("inactive") : QStringLiteral("active");
        t.creationDate = m_now.addSecs(-3600LL * (i % 97));
        t.lastUpdated = m_now.addSecs(-60LL * (i % 89));
        if (i % 4 == 1)
            t.expirationDate = m_now.addDays((i % 61) - 20);
        t.scope = {QStringLiteral("all.Instance.read")};
        instance.addToken(m_instanceId, t);
    }
    QVERIFY(m_api->start());
    openWindow();
}

void TestTokenBrowser::openWindow()
{
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::FirstPage,
                          [](MainWindow *w) { w->filterBar()->setDebounceInterval(50); }));
}

void TestTokenBrowser::closeWindow()
{
    m_window.close();
}

void TestTokenBrowser::cleanup()
{
    closeWindow();
    dropApi();
}

QStringList TestTokenBrowser::idsShown() const
{
    QStringList ids;
    const TokenListModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->tokenAt(row).id);
    return ids;
}

void TestTokenBrowser::scrollToEnd()
{
    // Like a person: the first key press of a view without a current row only picks row 0.
    if (!table()->currentIndex().isValid())
        QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
}

void TestTokenBrowser::loadAll()
{
    TokenListModel *model = m_window->model();
    for (;;) {
        // The view may ask for the next page by itself once rows arrive: wait that out too.
        QTRY_VERIFY(!model->isLoading());
        if (!model->canFetchMore(QModelIndex()))
            break;
        const int before = model->rowCount();
        scrollToEnd();
        QTRY_VERIFY(model->rowCount() > before);
    }
}

QStringList TestTokenBrowser::serverOrder(const QString &sortField, const QString &direction,
                                          const QString &filterField, const QString &filter)
{
    QStringList ids;
    for (int page = 0;; ++page) {
        TokenQuery q;
        q.sortField = sortField;
        q.sortDirection = direction;
        q.page = page;
        q.perPage = 1000;
        q.filterField = filterField;
        q.filter = filter;
        QSignalSpy received(m_client->listTokens(TokenLocation::instance(m_instanceId), q),
                            &ApiCall::pageReceived);
        if (!received.wait())
            return {};
        const ApiTokenPage p = received.first().first().value<ApiTokenPage>();
        for (const ApiToken &t : p.items)
            ids.append(t.id);
        if (p.items.isEmpty() || ids.size() >= p.totalCount)
            return ids;
    }
}

void TestTokenBrowser::scrollingToTheEnd_loadsEveryTokenExactlyOnce()
{
    const QStringList expected = serverOrder(QStringLiteral("name"), QStringLiteral("asc"));
    QCOMPARE(idsShown().mid(0, 100), expected.mid(0, 100)); // the first page, in order
    loadAll();
    const QStringList ids = idsShown();
    QCOMPARE(ids.size(), kTokens + 1);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kTokens + 1);
    QCOMPARE(ids, expected);
    QCOMPARE(listRequests(), 13 + 2); // each of the 13 pages asked for once (+2: serverOrder)
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    const QString n = QLocale().toString(kTokens + 1);
    QCOMPARE(count->text(), QStringLiteral("Showing %1 of %1 tokens").arg(n));
}

void TestTokenBrowser::clickingSortableHeader_showsServerOrder_bothDirections_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::newRow("name") << int(TokenListModel::Name) << "name";
    QTest::newRow("status") << int(TokenListModel::Status) << "status";
    QTest::newRow("expires") << int(TokenListModel::Expires) << "expirationDate";
    QTest::newRow("created") << int(TokenListModel::Created) << "creationDate";
    QTest::newRow("last updated") << int(TokenListModel::LastUpdated) << "lastUpdated";
    QTest::newRow("id") << int(TokenListModel::Id) << "id";
}

void TestTokenBrowser::clickingSortableHeader_showsServerOrder_bothDirections()
{
    QFETCH(int, column);
    QFETCH(QString, field);
    QHeaderView *header = table()->horizontalHeader();
    header->showSection(column); // from the column chooser: some start hidden
    QSet<QString> seen;
    for (int click = 0; click < 2; ++click) {
        QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        TokenListModel *model = m_window->model();
        QCOMPARE(model->query().sortField, field);
        const QString direction = model->query().sortDirection;
        seen.insert(direction);
        loadAll();
        QCOMPARE(idsShown(), serverOrder(field, direction));
    }
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("asc"), QStringLiteral("desc")}));
}

void TestTokenBrowser::clickingUnsortableHeader_sendsNoRequest()
{
    QHeaderView *header = table()->horizontalHeader();
    const int before = listRequests();
    const int column = TokenListModel::Creator;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    QCOMPARE(m_window->model()->query().sortField, QStringLiteral("name"));
    QCOMPARE(header->sortIndicatorSection(), int(TokenListModel::Name));
    QCOMPARE(listRequests(), before);
}

void TestTokenBrowser::typingGlob_showsExactlyTheMatchingTokens()
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("ci-*01?"));
    QTRY_COMPARE(m_window->model()->query().filter, QStringLiteral("ci-*01?"));
    loadAll();
    QStringList expected;
    const QRegularExpression glob(QStringLiteral("^ci-.*01.$"),
                                  QRegularExpression::CaseInsensitiveOption);
    for (const ApiToken &t : m_server->instance().tokens(m_instanceId))
        if (glob.match(t.name).hasMatch())
            expected.append(t.id);
    QVERIFY(expected.size() > 3);
    QStringList shown = idsShown();
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    // Both "ci-deploy" and "CI-nightly": the glob ignores case.
    bool upper = false;
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        upper |= m_window->model()->tokenAt(row).name.startsWith(QLatin1String("CI-"));
    QVERIFY(upper);
}

void TestTokenBrowser::statusChoice_filtersByStatus()
{
    auto *field = m_window->findChild<QComboBox *>(QStringLiteral("filterFieldCombo"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    QVERIFY(field && status);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Down); // Name -> Status
    QVERIFY(status->isVisible());
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // Any -> Active
    QTest::keyClick(status, Qt::Key_Down); // Active -> Inactive
    QTRY_COMPARE(m_window->model()->query().filter, QStringLiteral("inactive"));
    QCOMPARE(m_window->model()->query().filterField, QStringLiteral("status"));
    loadAll();
    QCOMPARE(m_window->model()->rowCount(), kTokens / 5);
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        QCOMPARE(m_window->model()->tokenAt(row).status, QStringLiteral("inactive"));
}

void TestTokenBrowser::burstOfTyping_sendsOneRequest()
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    m_window->filterBar()->setDebounceInterval(250);
    m_server->clearRequests();
    QTest::keyClicks(edit, QStringLiteral("backup 00*"));
    QTRY_COMPARE(m_window->model()->query().filter, QStringLiteral("backup 00*"));
    QTRY_VERIFY(!m_window->model()->isLoading());
    QCOMPARE(listRequests(), 1);
    QCOMPARE(m_window->model()->rowCount(), 17); // backup 0003, 0009, ... 0099
}

void TestTokenBrowser::olderSlowAnswer_isNeverShownAfterNewerQuery()
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    LocalInstanceServer::Fault slow;
    slow.delayMs = 600;
    slow.times = 1;
    m_server->setFault(LocalInstanceServer::Route::List, slow);
    QSignalSpy received(m_server, &LocalInstanceServer::requestReceived);

    QTest::keyClicks(edit, QStringLiteral("edge*"));
    QTest::keyClick(edit, Qt::Key_Return); // the slow request
    QTRY_COMPARE(received.count(), 1);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("backup*"));
    QTest::keyClick(edit, Qt::Key_Return); // the fast one
    QTRY_VERIFY(!m_window->model()->isLoading() && m_window->model()->rowCount() > 0);

    QSignalSpy answered(m_server, &LocalInstanceServer::delayedAnswerDone);
    QVERIFY(answered.count() > 0 || answered.wait(5000)); // the slow answer has now gone out
    QTRY_VERIFY(!m_window->model()->isLoading());
    loadAll();
    QCOMPARE(idsShown(),
             serverOrder(QStringLiteral("name"), QStringLiteral("asc"), QStringLiteral("name"),
                         QStringLiteral("backup*")));
    QCOMPARE(m_window->model()->rowCount(), kTokens / 6);
}

void TestTokenBrowser::noMatch_saysSoAndNamesTheFilter()
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(edit, QStringLiteral("nothing like this*"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    // Issue 17: the empty text adds what to try; the status line keeps the first sentence.
    QCOMPARE(empty->text(),
             QStringLiteral("No tokens match name 'nothing like this*'.\nA pattern must match the "
                            "whole name: try '*nothing like this*' to match anywhere."));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("No tokens match name 'nothing like this*'."));
    QCOMPARE(m_window->model()->rowCount(), 0);
}

void TestTokenBrowser::serverError_keepsRows_showsMessage_retryRecovers()
{
    LocalInstanceServer::Fault fault;
    fault.status = 500;
    fault.skip = 3; // pages 0, 1 and 2 arrive; page 3 fails
    fault.times = 1;
    m_server->setFault(LocalInstanceServer::Route::List, fault);
    QTest::keyClick(m_window, Qt::Key_F5);

    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("loadErrorBar"));
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->message().contains(QLatin1String("500")), qPrintable(bar->message()));
    QCOMPARE(m_window->model()->rowCount(), 300);
    QVERIFY(!m_window->model()->canFetchMore(QModelIndex())); // no hammering a failing server

    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_VERIFY(!bar->isVisible());
    loadAll();
    QCOMPARE(idsShown(), serverOrder(QStringLiteral("name"), QStringLiteral("asc")));
}

void TestTokenBrowser::expiryAndStatus_areMarkedByTextAndIcon()
{
    loadAll();
    TokenListModel *model = m_window->model();
    int expired = 0, soon = 0, inactive = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ApiToken &t = model->tokenAt(row);
        const QModelIndex expires = model->index(row, TokenListModel::Expires);
        const QModelIndex status = model->index(row, TokenListModel::Status);
        if (!t.expirationDate.isValid()) {
            QCOMPARE(expires.data().toString(), QStringLiteral("Never"));
        } else if (t.expirationDate <= QDateTime::currentDateTimeUtc()) {
            ++expired;
            QVERIFY2(expires.data().toString().startsWith(QLatin1String("expired ")),
                     qPrintable(expires.data().toString()));
            QVERIFY(!expires.data(Qt::DecorationRole).value<QIcon>().isNull());
        } else if (t.expirationDate <= QDateTime::currentDateTimeUtc().addDays(30)) {
            ++soon;
            QVERIFY(expires.data().toString().startsWith(QLatin1String("in ")));
            QVERIFY(!expires.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        if (t.status == QLatin1String("inactive")) {
            ++inactive;
            QCOMPARE(status.data().toString(), QStringLiteral("Inactive"));
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        } else {
            QVERIFY(status.data(Qt::DecorationRole).isNull());
        }
    }
    QVERIFY(expired > 0 && soon > 0 && inactive > 0);
}

void TestTokenBrowser::selectingRow_showsDetails_andCopyButtonsCopyIds()
{
    QTableView *view = table();
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(m_window->model()->index(2, 0)).center());
    const ApiToken t = m_window->model()->tokenAt(2);
    auto *pane = m_window->findChild<TokenDetailsPane *>(QStringLiteral("detailsPane"));
    QCOMPARE(pane->shownTokenId(), t.id);
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailName"))->text(), t.name);
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailId"))->text(), t.id);
    auto *copy = pane->findChild<QToolButton *>(QStringLiteral("detailIdCopy"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), t.id);
    // The click shows it worked, then the button says Copy again.
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    QTRY_COMPARE(copy->text(), QStringLiteral("Copy"));
}

void TestTokenBrowser::keyboard_ctrlFFocusesFilter_ctrlCCopiesId()
{
    table()->setFocus();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTRY_VERIFY(edit->hasFocus());

    table()->setFocus();
    table()->selectRow(5);
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), m_window->model()->tokenAt(5).id);
}

void TestTokenBrowser::layoutAndSort_areRestoredOnNextStart()
{
    QHeaderView *header = table()->horizontalHeader();
    const int column = TokenListModel::Expires;
    for (int click = 0; click < 2; ++click) // twice: descending
        QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    QCOMPARE(m_window->model()->query().sortField, QStringLiteral("expirationDate"));
    const QString direction = m_window->model()->query().sortDirection;
    QCOMPARE(direction, QStringLiteral("desc"));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    header->setSectionHidden(TokenListModel::Description, true);
    header->resizeSection(TokenListModel::Name, 333);
    loadAll(); // nothing of this window may still be on its way to the server
    closeWindow();

    m_server->clearRequests();
    openWindow();
    header = table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(TokenListModel::Description));
    QCOMPARE(header->sectionSize(TokenListModel::Name), 333);
    QCOMPARE(header->sortIndicatorSection(), column);
    QCOMPARE(m_window->model()->query().sortDirection, direction);
    // The very first request of the new window already asks for the restored order.
    const QUrlQuery first(QString::fromLatin1(m_server->requests().first().rawQuery));
    QCOMPARE(first.queryItemValue(QStringLiteral("sortField")), QStringLiteral("expirationDate"));
    QCOMPARE(first.queryItemValue(QStringLiteral("sortDirection")), direction);
}

QTEST_MAIN(TestTokenBrowser)
#include "tst_tokenbrowser.moc"
