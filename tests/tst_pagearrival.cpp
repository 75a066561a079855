// Issue 16: pages are parsed off the GUI thread and handed to the table in slices. On the real
// window against the local instance over HTTP: every row arrives intact, in the server's order,
// once; and a query changed while a page is still being parsed or handed over never shows a
// row of the old query.
#include "api/PageWorker.h"
#include "localinstance/LocalInstance.h"
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

namespace {
const int kTokens = 1500; // a page of 1,000 and one of 501 (with the admin token)

QString nameFor(int i)
{
    static const char *const stems[] = {"edge gateway", "backup", "ci-deploy"};
    return QStringLiteral("%1 %2").arg(QLatin1String(stems[i % 3])).arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

class TestPageArrival : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void init();
    void cleanup();

    void pagesOfAThousand_arriveIntactInServerOrderOnce();
    void queryChangedWhileAPageIsParsed_neverShowsItsRows();
    void queryChangedWhileRowsAreHandedOver_neverShowsTheRest();

private:
    TokenListModel *model() const { return m_window->model(); }
    QStringList idsShown() const;
    QStringList serverOrder(const QString &filter = {});
    void typeFilter(const QString &text);
    // Records the names of the rows as they are inserted, from now on, while `context` lives.
    void recordInsertedNames(QStringList *names, const QObject *context);

    WindowFixture m_window;
    QHash<QString, ApiToken> m_added; // by name, as added to the server
};

void TestPageArrival::init()
{
    LocalInstance &instance = freshApi();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = nameFor(i);
        t.description = QStringLiteral("Token number %1.").arg(i);
        t.status = i % 4 == 0 ? QStringLiteral("inactive") : QStringLiteral("active");
        if (i % 3 == 1)
            t.expirationDate = now.addDays(i % 50).addSecs(i);
        t.scope = i % 2 ? QStringList{QStringLiteral("all.Instance.read")}
                        : QStringList{QStringLiteral("instanceApiTokens.get"),
                                      QStringLiteral("instanceApiToken.get")};
        m_added.insert(t.name, instance.addToken(m_instanceId, t));
    }
    QVERIFY(m_api->start());
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::FirstPage,
                          [](MainWindow *w) { w->filterBar()->setDebounceInterval(50); }));
}

void TestPageArrival::cleanup()
{
    m_window.close();
    m_added.clear();
    dropApi();
}

QStringList TestPageArrival::idsShown() const
{
    QStringList ids;
    for (int row = 0; row < model()->rowCount(); ++row)
        ids.append(model()->tokenAt(row).id);
    return ids;
}

QStringList TestPageArrival::serverOrder(const QString &filter)
{
    QStringList ids;
    for (int page = 0;; ++page) {
        TokenQuery q;
        q.page = page;
        q.perPage = 1000;
        if (!filter.isEmpty()) {
            q.filterField = QStringLiteral("name");
            q.filter = filter;
        }
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

void TestPageArrival::typeFilter(const QString &text)
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestPageArrival::recordInsertedNames(QStringList *names, const QObject *context)
{
    connect(model(), &TokenListModel::rowsInserted, context,
            [this, names](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    names->append(model()->tokenAt(row).name);
            });
}

void TestPageArrival::pagesOfAThousand_arriveIntactInServerOrderOnce()
{
    QObject watching;
    QStringList inserted;
    connect(model(), &TokenListModel::modelReset, &watching, [&inserted] { inserted.clear(); });
    recordInsertedNames(&inserted, &watching);
    model()->setPerPage(1000);
    // The model tester asks for the next page as soon as the first is in: both arrive.
    QTRY_COMPARE(model()->rowCount(), kTokens + 1);
    QTRY_VERIFY(!model()->isLoading());

    const QStringList expected = serverOrder();
    QCOMPARE(expected.size(), kTokens + 1);
    QCOMPARE(idsShown(), expected);
    // Rows were only ever added at the end, in order, each once.
    QStringList names;
    for (int row = 0; row < model()->rowCount(); ++row)
        names.append(model()->tokenAt(row).name);
    QCOMPARE(inserted, names);
    // Every field as the server keeps it.
    for (int row = 0; row < model()->rowCount(); ++row) {
        const ApiToken &shown = model()->tokenAt(row);
        if (!m_added.contains(shown.name))
            continue; // the admin token
        const ApiToken &added = m_added.value(shown.name);
        QCOMPARE(shown.id, added.id);
        QCOMPARE(shown.description, added.description);
        QCOMPARE(shown.status, added.status);
        QCOMPARE(shown.expirationDate, added.expirationDate);
        QCOMPARE(shown.scope, added.scope);
        QVERIFY(shown.token.isEmpty());
    }
}

void TestPageArrival::queryChangedWhileAPageIsParsed_neverShowsItsRows()
{
    // The worker that parses pages is held, so the query changes while the page waits for it.
    QSemaphore held;
    bool released = false;
    PageWorker::pool()->start([&held] { held.acquire(); });
    auto release = qScopeGuard([&] {
        if (!released)
            held.release();
        PageWorker::pool()->waitForDone();
    });
    QObject watching;
    bool pageAnswered = false;
    connect(&m_api->network, &QNetworkAccessManager::finished, &watching,
            [&pageAnswered](QNetworkReply *reply) {
                pageAnswered = pageAnswered
                        || reply->url().query().contains(QLatin1String("perPage=1000"));
            });

    model()->setPerPage(1000);
    QTRY_VERIFY(pageAnswered); // the page of 1,000 is here, not parsed yet
    QVERIFY(model()->isLoading());
    QCOMPARE(model()->rowCount(), 0);

    QStringList inserted;
    recordInsertedNames(&inserted, &watching);
    typeFilter(QStringLiteral("backup*"));
    released = true;
    held.release(); // the old page is parsed now, then the new one
    QTRY_VERIFY(!model()->isLoading() && model()->rowCount() > 0);

    QCOMPARE(idsShown(), serverOrder(QStringLiteral("backup*")));
    QCOMPARE(model()->rowCount(), kTokens / 3);
    QCOMPARE(inserted.size(), kTokens / 3);
    for (const QString &name : std::as_const(inserted))
        QVERIFY2(name.startsWith(QLatin1String("backup")), qPrintable(name));
}

void TestPageArrival::queryChangedWhileRowsAreHandedOver_neverShowsTheRest()
{
    QSignalSpy firstRows(model(), &TokenListModel::rowsInserted);
    model()->setPerPage(1000);
    QVERIFY(firstRows.wait());
    // Part of the page is in the table, the rest still to come.
    QVERIFY(model()->isLoading());
    QVERIFY(model()->rowCount() > 0);
    QVERIFY(model()->rowCount() < 1000);

    QObject watching;
    QStringList inserted;
    recordInsertedNames(&inserted, &watching);
    typeFilter(QStringLiteral("edge*"));
    QTRY_VERIFY(!model()->isLoading() && model()->rowCount() > 0);

    QCOMPARE(idsShown(), serverOrder(QStringLiteral("edge*")));
    QCOMPARE(model()->rowCount(), kTokens / 3);
    QCOMPARE(inserted.size(), kTokens / 3);
    for (const QString &name : std::as_const(inserted))
        QVERIFY2(name.startsWith(QLatin1String("edge")), qPrintable(name));
}

QTEST_MAIN(TestPageArrival)
#include "tst_pagearrival.moc"
