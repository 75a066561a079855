// Issue 12: browse, edit, delete, bulk actions and export work the same on an instance's, an
// application's and the user's own tokens, in the real window over HTTP; each request goes to
// the open collection's path and nowhere else.
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/ModalAnswerer.h"
#include "support/RequestLog.h"
#include "support/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const int kTokens = 6; // "kind 0" … "kind 5", all active
} // namespace

class TestKindActions : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void browse_showsOnlyTheCollectionsTokens_data() { addKindRows(); }
    void browse_showsOnlyTheCollectionsTokens();
    void edit_rename_patchesTheCollectionsPath_data() { addKindRows(); }
    void edit_rename_patchesTheCollectionsPath();
    void delete_removesTheHighlightedToken_data() { addKindRows(); }
    void delete_removesTheHighlightedToken();
    void bulkDeactivate_patchesEachHighlightedToken_data() { addKindRows(); }
    void bulkDeactivate_patchesEachHighlightedToken();
    void exportCsv_writesTheCollectionsTokens_data() { addKindRows(); }
    void exportCsv_writesTheCollectionsTokens();

private:
    // A window on the kind's collection holding kTokens tokens, through the all.User token.
    bool openOn(Kind kind);
    std::optional<ApiToken> stored(const QString &id) const
    {
        return m_server->instance().token(m_kind, ownerOf(m_kind), id);
    }
    int rowOf(const QString &name) const;
    void selectRows(int first, int last);
    QTableView *table() const { return m_window.table(); }
    TokenListModel *model() const { return m_window->model(); }
    QList<RecordedRequest> requests(const QByteArray &method) const
    {
        return RequestLog::byMethod(*m_server, method);
    }

    WindowFixture m_window;
    ModalAnswerer m_modal;
    Kind m_kind = Kind::Instance;
    QString m_path; // the collection's path
};

void TestKindActions::initTestCase()
{
    WindowFixture::useTestPaths();
}

bool TestKindActions::openOn(Kind kind)
{
    m_modal.reset();
    m_kind = kind;
    LocalInstance &instance = freshApi();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = QStringLiteral("kind %1").arg(i);
        t.scope = {kind == Kind::Application ? QStringLiteral("all.Application.read")
                                             : QStringLiteral("all.User.read")};
        instance.addToken(kind, ownerOf(kind), t);
    }
    if (!m_api->start())
        return false;
    m_api->connectAs(m_userAdmin); // a user token reaches all three kinds
    const TokenCollection tokens = m_api->tokens(kind);
    m_path = tokens.location().collectionPath();
    if (!m_window.open(tokens))
        return false;
    // The instance also holds the fixture's admin token, the user's own the access token.
    const int expected = kTokens + (kind == Kind::Application ? 0 : 1);
    bool ok = false;
    [&] {
        QTRY_VERIFY(model()->rowCount() == expected && !model()->isLoading());
        ok = true;
    }();
    m_server->clearRequests();
    return ok;
}

void TestKindActions::cleanup()
{
    m_window.close();
    dropApi();
}

int TestKindActions::rowOf(const QString &name) const
{
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->tokenAt(row).name == name)
            return row;
    return -1;
}

void TestKindActions::selectRows(int first, int last)
{
    table()->setFocus();
    table()->selectionModel()->setCurrentIndex(model()->index(first, 0),
                                               QItemSelectionModel::NoUpdate);
    table()->selectionModel()->select(
            QItemSelection(model()->index(first, 0),
                           model()->index(last, TokenListModel::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestKindActions::browse_showsOnlyTheCollectionsTokens()
{
    QFETCH(Kind, kind);
    QVERIFY(openOn(kind));
    const QString ownerType = kind == Kind::Application ? QStringLiteral("application")
            : kind == Kind::User                        ? QStringLiteral("user")
                                                        : QString();
    for (int row = 0; row < model()->rowCount(); ++row) {
        QCOMPARE(model()->tokenAt(row).ownerType, ownerType);
        QCOMPARE(model()->tokenAt(row).ownerId, ownerOf(kind));
    }
    QVERIFY(rowOf(QStringLiteral("kind 0")) >= 0);
}

void TestKindActions::edit_rename_patchesTheCollectionsPath()
{
    QFETCH(Kind, kind);
    QVERIFY(openOn(kind));
    const int row = rowOf(QStringLiteral("kind 3"));
    const QString id = model()->tokenAt(row).id;
    selectRows(row, row);
    QTest::keyClick(table(), Qt::Key_F2);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog"))));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("editName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed 3"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("PATCH").size(), 1);
    QCOMPARE(requests("PATCH").first().path, m_path + QLatin1Char('/') + id);
    QTRY_COMPARE(model()->tokenAt(model()->rowOfToken(id)).name, QStringLiteral("renamed 3"));
    QCOMPARE(stored(id)->name, QStringLiteral("renamed 3"));
}

void TestKindActions::delete_removesTheHighlightedToken()
{
    QFETCH(Kind, kind);
    QVERIFY(openOn(kind));
    const int row = rowOf(QStringLiteral("kind 2"));
    const QString id = model()->tokenAt(row).id;
    selectRows(row, row);
    m_modal.answerBox(
            QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"),
            [](QMessageBox *box) { QVERIFY(box->text().contains(QLatin1String("kind 2"))); });
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(model()->rowOfToken(id), -1);
    QCOMPARE(requests("DELETE").size(), 1);
    QCOMPARE(requests("DELETE").first().path, m_path + QLatin1Char('/') + id);
    QVERIFY(!stored(id).has_value());
    QVERIFY(rowOf(QStringLiteral("kind 1")) >= 0); // the others stay
}

void TestKindActions::bulkDeactivate_patchesEachHighlightedToken()
{
    QFETCH(Kind, kind);
    QVERIFY(openOn(kind));
    const int first = rowOf(QStringLiteral("kind 0"));
    QCOMPARE(rowOf(QStringLiteral("kind 2")), first + 2); // sorted by name
    QStringList ids;
    for (int row = first; row <= first + 2; ++row)
        ids.append(model()->tokenAt(row).id);
    selectRows(first, first + 2);
    m_modal.answerBox(QStringLiteral("confirmBulkBox"), QStringLiteral("confirmBulkButton"));
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("bulkReportBox")));
    QCOMPARE(requests("PATCH").size(), 3);
    for (const RecordedRequest &r : requests("PATCH"))
        QVERIFY2(r.path.startsWith(m_path + QLatin1Char('/')), qPrintable(r.path));
    for (const QString &id : std::as_const(ids))
        QCOMPARE(stored(id)->status, QStringLiteral("inactive"));
    QCOMPARE(stored(model()->tokenAt(rowOf(QStringLiteral("kind 3"))).id)->status,
             QStringLiteral("active"));
}

void TestKindActions::exportCsv_writesTheCollectionsTokens()
{
    QFETCH(Kind, kind);
    QVERIFY(openOn(kind));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    QDialog *dialog = m_window.openDialog("exportAction", QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    for (int i = 0; i < kTokens; ++i)
        QVERIFY2(csv.contains(QStringLiteral("kind %1").arg(i)), qPrintable(csv));
    QVERIFY(csv.contains(ownerOf(kind)));
}

QTEST_MAIN(TestKindActions)
#include "tst_kindactions.moc"
