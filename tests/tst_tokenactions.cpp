// Actions on one token on the real window against the local instance over HTTP: activate or
// deactivate, delete and edit, each checked on the wire and in the table afterwards.
#include "api/LosantClient.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/ModalAnswerer.h"
#include "support/RequestLog.h"
#include "support/WindowFixture.h"
#include "ui/CreateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <functional>

namespace {
const int kTokens = 30;
const int kBulk = 50; // "bulk 00" … "bulk 49": active, listed first
const int kAll = kTokens + kBulk + 1; // and the admin's own token
} // namespace

class TestTokenActions : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deactivate_sendsStatusPatch_rowShowsServerState();
    void activate_byToolbarAction_sendsStatusPatch();
    void refusedDeactivate_revertsRow_andShowsMessage();
    void delete_confirmationNamesActiveToken_rowDisappears_countDrops();
    void delete_canceled_sendsNothing();
    void delete_inactiveToken_doesNotWarnAboutFailingRequests();
    void edit_sendsOnlyChangedFields_andTableShowsServer();
    void edit_withoutChanges_sendsNothing();
    void edit_orgRole_sendsOrgRolesOnly();
    void edit_concurrentChange_isOffered_notOverwritten();
    void edit_concurrentChange_saveMine_sendsOnlyMyFields();
    void createSimilar_prefillsAllButName_andCreates();
    void bulkDeactivate_of50_serverRefuses3_reportsExactlyThose3();
    void bulkDelete_oneConfirmationListsNames_rowsGo_countDrops();
    void bulkProgress_canBeCanceledBetweenRequests();

private:
    int selectToken(const QString &name);
    void selectRows(int first, int last);
    QList<RecordedRequest> requests(const QByteArray &method) const
    {
        return RequestLog::byMethod(*m_server, method);
    }
    // Answers the next modal message box with the button of this object name, after `check`.
    void answerBox(const QString &boxName, const QString &buttonName,
                   std::function<void(QMessageBox *)> check = {})
    {
        m_modal.answerBox(boxName, buttonName, std::move(check));
    }
    QString idOf(const QString &name) const;
    // Selects the token and confirms the delete box it opens next, after `check`; its ID.
    QString selectToConfirmDelete(const QString &name, std::function<void(QMessageBox *)> check);
    QDialog *openEditor(const QString &name);
    // Someone else renames the token on the server; true once that went through.
    bool renamedByOthers(const QString &id, const QString &name);
    TokenListModel *model() const { return m_window->model(); }
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    }

    WindowFixture m_window;
    ModalAnswerer m_modal;
    QDateTime m_now;
};

void TestTokenActions::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestTokenActions::init()
{
    m_modal.reset();
    m_now = QDateTime::currentDateTimeUtc();
    LocalInstance &instance = freshApi();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = QStringLiteral("token %1").arg(i, 2, 10, QLatin1Char('0'));
        t.description = QStringLiteral("about %1").arg(i);
        t.status = i % 2 ? QStringLiteral("inactive") : QStringLiteral("active");
        t.creationDate = m_now.addDays(-10);
        t.lastUpdated = m_now.addDays(-1);
        t.defaultRole = QStringLiteral("view");
        t.scope = {QStringLiteral("all.Instance.read")};
        if (i == 20) { // a token worth rotating: a lifetime, custom scopes, org roles
            t.expirationDate = t.creationDate.addDays(30);
            t.scope = {QStringLiteral("all.Device.read"), QStringLiteral("all.Application.read")};
            t.defaultRole = QStringLiteral("collaborate");
            t.orgRoles = {OrgRole{QStringLiteral("sandbox"),
                                  QStringLiteral("edit"),
                                  {ResourceRole{QStringLiteral("0123456789abcdef01234567"),
                                                QStringLiteral("view")}},
                                  {}}};
        }
        instance.addToken(m_instanceId, t);
    }
    for (int i = 0; i < kBulk; ++i) {
        ApiToken t;
        t.name = QStringLiteral("bulk %1").arg(i, 2, 10, QLatin1Char('0'));
        t.scope = {QStringLiteral("all.Instance.read")};
        instance.addToken(m_instanceId, t);
    }
    QVERIFY(m_api->start());
    QVERIFY(m_window.open(m_api->tokens()));
    QTRY_COMPARE(model()->rowCount(), kAll);
    QTRY_VERIFY(!model()->isLoading());
    m_server->clearRequests();
}

void TestTokenActions::cleanup()
{
    m_window.close();
    dropApi();
}

QString TestTokenActions::idOf(const QString &name) const
{
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->tokenAt(row).name == name)
            return model()->tokenAt(row).id;
    return QString();
}

int TestTokenActions::selectToken(const QString &name)
{
    const int row = model()->rowOfToken(idOf(name));
    table()->setFocus();
    table()->selectionModel()->setCurrentIndex(model()->index(row, TokenListModel::Name),
                                               QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    return row;
}

void TestTokenActions::selectRows(int first, int last)
{
    table()->setFocus();
    table()->selectionModel()->setCurrentIndex(model()->index(first, 0),
                                               QItemSelectionModel::NoUpdate);
    table()->selectionModel()->select(
            QItemSelection(model()->index(first, 0),
                           model()->index(last, TokenListModel::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestTokenActions::deactivate_sendsStatusPatch_rowShowsServerState()
{
    const QString id = idOf(QStringLiteral("token 00"));
    const int row = selectToken(QStringLiteral("token 00"));
    QVERIFY(model()->tokenAt(row).isActive());
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    // Shown at once, before the server answers.
    QCOMPARE(model()->tokenAt(row).status, QStringLiteral("inactive"));
    QTRY_COMPARE(requests("PATCH").size(), 1);
    const RecordedRequest patch = requests("PATCH").first();
    QCOMPARE(patch.path, QStringLiteral("/instances/%1/tokens/%2").arg(m_instanceId, id));
    QCOMPARE(QJsonDocument::fromJson(patch.body).object(),
             QJsonObject({{QStringLiteral("status"), QStringLiteral("inactive")}}));
    QTRY_COMPARE(m_server->instance().token(m_instanceId, id)->status, QStringLiteral("inactive"));
    // The row carries the server's answer: its new lastUpdated too.
    QTRY_COMPARE(model()->tokenAt(row).lastUpdated,
                 m_server->instance().token(m_instanceId, id)->lastUpdated);
    QCOMPARE(model()->data(model()->index(row, TokenListModel::Status)).toString(),
             QStringLiteral("Inactive"));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("toggleStatusAction"));
    QVERIFY(toggle->text().contains(QStringLiteral("Activate")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("detailStatus"))->text(),
             QStringLiteral("Inactive"));
}

void TestTokenActions::activate_byToolbarAction_sendsStatusPatch()
{
    const QString id = idOf(QStringLiteral("token 01"));
    const int row = selectToken(QStringLiteral("token 01"));
    QVERIFY(!model()->tokenAt(row).isActive());
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("toggleStatusAction"));
    QVERIFY(toggle->text().contains(QStringLiteral("Activate")));
    toggle->trigger();
    QTRY_COMPARE(m_server->instance().token(m_instanceId, id)->status, QStringLiteral("active"));
    QCOMPARE(requests("PATCH").size(), 1);
    QCOMPARE(QJsonDocument::fromJson(requests("PATCH").first().body).object(),
             QJsonObject({{QStringLiteral("status"), QStringLiteral("active")}}));
    QTRY_VERIFY(model()->tokenAt(row).isActive());
    QVERIFY(toggle->text().contains(QStringLiteral("Deactivate")));
}

void TestTokenActions::refusedDeactivate_revertsRow_andShowsMessage()
{
    LocalInstanceServer::Fault fault;
    fault.status = 403;
    fault.body = R"({"type":"Forbidden","message":"Not allowed to touch this token"})";
    m_server->setFault(LocalInstanceServer::Route::Patch, fault);
    const QString id = idOf(QStringLiteral("token 02"));
    const int row = selectToken(QStringLiteral("token 02"));
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model()->tokenAt(row).status, QStringLiteral("inactive"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("actionFailedBox"))));
    QVERIFY(box->text().contains(QStringLiteral("token 02")));
    QVERIFY(box->informativeText().contains(QStringLiteral("Not allowed to touch this token")));
    QCOMPARE(model()->tokenAt(row).status, QStringLiteral("active"));
    QCOMPARE(m_server->instance().token(m_instanceId, id)->status, QStringLiteral("active"));
    box->close();
}

void TestTokenActions::delete_confirmationNamesActiveToken_rowDisappears_countDrops()
{
    const QString id = selectToConfirmDelete(QStringLiteral("token 04"), [](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("token 04")));
        QVERIFY(box->informativeText().contains(QStringLiteral("start failing")));
    });
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(m_modal.answered(), 1);
    QTRY_COMPARE(model()->rowCount(), kAll - 1);
    QCOMPARE(model()->rowOfToken(id), -1);
    QCOMPARE(model()->totalCount(), kAll - 1);
    QVERIFY(!m_server->instance().token(m_instanceId, id).has_value());
    const QList<RecordedRequest> deletes = requests("DELETE");
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().path, QStringLiteral("/instances/%1/tokens/%2").arg(m_instanceId, id));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("Showing %1 of %1 tokens").arg(kAll - 1));
}

void TestTokenActions::delete_canceled_sendsNothing()
{
    selectToken(QStringLiteral("token 06"));
    answerBox(QStringLiteral("confirmDeleteBox"), QString());
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(m_modal.answered(), 1);
    // A GET list round trip after: had a DELETE gone out, it would be recorded before it.
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY(!model()->isLoading() && model()->rowCount() == kAll);
    QVERIFY(requests("DELETE").isEmpty());
}

void TestTokenActions::delete_inactiveToken_doesNotWarnAboutFailingRequests()
{
    const QString id = selectToConfirmDelete(QStringLiteral("token 07"), [](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("token 07")));
        QVERIFY(!box->informativeText().contains(QStringLiteral("start failing")));
    });
    m_window->findChild<QAction *>(QStringLiteral("deleteTokenAction"))->trigger();
    QCOMPARE(m_modal.answered(), 1);
    QTRY_COMPARE(model()->rowOfToken(id), -1);
}

QString TestTokenActions::selectToConfirmDelete(const QString &name,
                                                std::function<void(QMessageBox *)> check)
{
    selectToken(name);
    answerBox(QStringLiteral("confirmDeleteBox"), QStringLiteral("confirmDeleteButton"),
              std::move(check));
    return idOf(name);
}

QDialog *TestTokenActions::openEditor(const QString &name)
{
    selectToken(name);
    QTest::keyClick(table(), Qt::Key_F2);
    return m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog"));
}

bool TestTokenActions::renamedByOthers(const QString &id, const QString &name)
{
    QSignalSpy other(m_client->patchToken(TokenLocation::instance(m_instanceId), id,
                                          QJsonObject{{QStringLiteral("name"), name}}),
                     &ApiCall::tokenReceived);
    const bool renamed = other.wait();
    m_server->clearRequests(); // the requests a test looks at are the window's own
    return renamed;
}

void TestTokenActions::edit_sendsOnlyChangedFields_andTableShowsServer()
{
    const QString id = idOf(QStringLiteral("token 08"));
    QDialog *dialog = openEditor(QStringLiteral("token 08"));
    QVERIFY(dialog && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("editName"));
    QCOMPARE(name->text(), QStringLiteral("token 08"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed 08"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("editDefaultRole"));
    role->setCurrentIndex(role->findData(QStringLiteral("edit")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("PATCH").size(), 1);
    // Fetched again before saving, then a PATCH with the two changed fields only.
    QCOMPARE(requests("GET").last().path,
             QStringLiteral("/instances/%1/tokens/%2").arg(m_instanceId, id));
    const RecordedRequest patch = requests("PATCH").first();
    QCOMPARE(patch.path, QStringLiteral("/instances/%1/tokens/%2").arg(m_instanceId, id));
    QCOMPARE(QJsonDocument::fromJson(patch.body).object(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("renamed 08")},
                          {QStringLiteral("defaultRole"), QStringLiteral("edit")}}));
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog")));
    const int row = model()->rowOfToken(id);
    QCOMPARE(model()->tokenAt(row).name, QStringLiteral("renamed 08"));
    QCOMPARE(model()->tokenAt(row).defaultRole, QStringLiteral("edit"));
    QCOMPARE(model()->tokenAt(row).description, QStringLiteral("about 8"));
    QCOMPARE(m_server->instance().token(m_instanceId, id)->name, QStringLiteral("renamed 08"));
}

void TestTokenActions::edit_withoutChanges_sendsNothing()
{
    // From the details pane's button this time.
    selectToken(QStringLiteral("token 10"));
    auto *button = m_window->findChild<QWidget *>(QStringLiteral("detailsPane"))
                           ->findChild<QToolButton *>(QStringLiteral("editTokenActionButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("editName"))->text(),
             QStringLiteral("token 10"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog")));
    QVERIFY(requests("PATCH").isEmpty());
}

void TestTokenActions::edit_orgRole_sendsOrgRolesOnly()
{
    const QString id = idOf(QStringLiteral("token 20"));
    QDialog *dialog = openEditor(QStringLiteral("token 20"));
    QVERIFY(dialog);
    QWidget *row = dialog->findChild<QWidget *>(QStringLiteral("orgRoleRow_0"));
    QVERIFY(row);
    QCOMPARE(row->findChild<QLineEdit *>(QStringLiteral("orgId"))->text(),
             QStringLiteral("sandbox"));
    row->findChild<QComboBox *>(QStringLiteral("orgRole"))->setCurrentText(QStringLiteral("view"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("PATCH").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(requests("PATCH").first().body).object();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("orgRoles")});
    const QJsonObject role = body.value(QStringLiteral("orgRoles")).toArray().first().toObject();
    QCOMPARE(role.value(QStringLiteral("role")).toString(), QStringLiteral("view"));
    QCOMPARE(role.value(QStringLiteral("applicationRoles")).toArray().size(), 1);
    QTRY_COMPARE(m_server->instance().token(m_instanceId, id)->orgRoles.first().role,
                 QStringLiteral("view"));
    QTRY_COMPARE(model()->tokenAt(model()->rowOfToken(id)).orgRoles.first().role,
                 QStringLiteral("view"));
}

void TestTokenActions::edit_concurrentChange_isOffered_notOverwritten()
{
    const QString id = idOf(QStringLiteral("token 12"));
    QDialog *dialog = openEditor(QStringLiteral("token 12"));
    QVERIFY(dialog);
    // Someone else renames it meanwhile.
    QVERIFY(renamedByOthers(id, QStringLiteral("theirs 12")));
    auto *description = dialog->findChild<QPlainTextEdit *>(QStringLiteral("editDescription"));
    description->setPlainText(QStringLiteral("mine"));
    answerBox(QStringLiteral("conflictBox"), QStringLiteral("loadTheirsButton"),
              [](QMessageBox *box) {
                  QVERIFY(box->informativeText().contains(QStringLiteral("token 12")));
                  QVERIFY(box->informativeText().contains(QStringLiteral("theirs 12")));
              });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_modal.answered(), 1);
    QVERIFY(requests("PATCH").isEmpty());
    QCOMPARE(m_server->instance().token(m_instanceId, id)->name, QStringLiteral("theirs 12"));
    QCOMPARE(m_server->instance().token(m_instanceId, id)->description, QStringLiteral("about 12"));
    // The form and the table now show the server's state; the dialog stays for a decision.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("editName"))->text(),
             QStringLiteral("theirs 12"));
    QCOMPARE(model()->tokenAt(model()->rowOfToken(id)).name, QStringLiteral("theirs 12"));
    dialog->reject();
}

void TestTokenActions::edit_concurrentChange_saveMine_sendsOnlyMyFields()
{
    const QString id = idOf(QStringLiteral("token 14"));
    QDialog *dialog = openEditor(QStringLiteral("token 14"));
    QVERIFY(dialog);
    QVERIFY(renamedByOthers(id, QStringLiteral("theirs 14")));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("editDescription"))
            ->setPlainText(QStringLiteral("mine"));
    answerBox(QStringLiteral("conflictBox"), QStringLiteral("saveMineButton"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("PATCH").size(), 1);
    QCOMPARE(m_modal.answered(), 1);
    QCOMPARE(QJsonDocument::fromJson(requests("PATCH").first().body).object(),
             QJsonObject({{QStringLiteral("description"), QStringLiteral("mine")}}));
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("editTokenDialog")));
    // Their name and my description, both.
    const ApiToken shown = model()->tokenAt(model()->rowOfToken(id));
    QCOMPARE(shown.name, QStringLiteral("theirs 14"));
    QCOMPARE(shown.description, QStringLiteral("mine"));
}

void TestTokenActions::createSimilar_prefillsAllButName_andCreates()
{
    selectToken(QStringLiteral("token 20"));
    const ApiToken source = model()->tokenAt(table()->currentIndex().row());
    m_window->findChild<QAction *>(QStringLiteral("createSimilarAction"))->trigger();
    auto *dialog = m_window->findChild<CreateTokenDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    const ApiTokenDraft draft = dialog->draft();
    QVERIFY(draft.name.isEmpty()); // the person names the new one
    QCOMPARE(draft.description, source.description);
    QCOMPARE(draft.status, source.status);
    QStringList scope = draft.scope, sourceScope = source.scope; // the picker's order may differ
    scope.sort();
    sourceScope.sort();
    QCOMPARE(scope, sourceScope);
    QCOMPARE(draft.defaultRole, QStringLiteral("collaborate"));
    QCOMPARE(draft.orgRoles, source.orgRoles);
    // The same 30-day lifetime, from now (to the minute the editor shows).
    const QDateTime expected = QDateTime::currentDateTimeUtc().addDays(30);
    QVERIFY(qAbs(draft.expiration.toUTC().secsTo(expected)) <= 120);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("token 20 rotated"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(requests("POST").first().body).object();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("token 20 rotated"));
    QCOMPARE(body.value(QStringLiteral("description")).toString(), source.description);
    QCOMPARE(body.value(QStringLiteral("defaultRole")).toString(), QStringLiteral("collaborate"));
    QCOMPARE(body.value(QStringLiteral("scope")).toArray().size(), 2);
    QCOMPARE(body.value(QStringLiteral("orgRoles")).toArray().size(), 1);
    QVERIFY(body.contains(QStringLiteral("expirationDate")));
    // Created like any other: its secret is shown once.
    QDialog *created = nullptr;
    QTRY_VERIFY((created = m_window->findChild<QDialog *>(QStringLiteral("tokenCreatedDialog"))));
}

void TestTokenActions::bulkDeactivate_of50_serverRefuses3_reportsExactlyThose3()
{
    LocalInstanceServer::Fault fault;
    fault.status = 403;
    fault.body = R"({"type":"Forbidden","message":"Locked by policy"})";
    fault.skip = 10;
    fault.times = 3;
    m_server->setFault(LocalInstanceServer::Route::Patch, fault);
    QCOMPARE(model()->tokenAt(0).name, QStringLiteral("bulk 00"));
    QCOMPARE(model()->tokenAt(kBulk - 1).name, QStringLiteral("bulk 49"));
    selectRows(0, kBulk - 1);
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("toggleStatusAction"));
    QVERIFY(toggle->text().contains(QStringLiteral("Deactivate 50 token")));
    answerBox(QStringLiteral("confirmBulkBox"), QStringLiteral("confirmBulkButton"),
              [](QMessageBox *box) {
                  QVERIFY(box->text().contains(QStringLiteral("50")));
                  QVERIFY(box->informativeText().contains(QStringLiteral("bulk 00")));
                  QVERIFY(box->detailedText().contains(QStringLiteral("bulk 49")));
              });
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_modal.answered(), 1);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("bulkProgress")));
    QMessageBox *report = nullptr;
    QTRY_VERIFY((report = m_window->findChild<QMessageBox *>(QStringLiteral("bulkReportBox"))));
    QCOMPARE(requests("PATCH").size(), kBulk);
    QVERIFY(report->text().contains(QStringLiteral("Deactivated 47 of 50")));
    const QStringList lines = report->informativeText().split(QLatin1Char('\n'));
    QStringList failed = lines.filter(QStringLiteral("Locked by policy"));
    QCOMPARE(failed.size(), 3);
    // Each named with its short ID and date, which tell equal names apart.
    for (int i = 0; i < 3; ++i) {
        const QString id = model()->tokenAt(10 + i).id;
        QVERIFY(failed.at(i).startsWith(QStringLiteral("bulk 1%1 — ").arg(i)));
        QVERIFY(failed.at(i).contains(id.left(4) + QChar(0x2026) + id.right(4)));
    }
    int inactive = 0;
    for (int row = 0; row < kBulk; ++row) {
        const ApiToken shown = model()->tokenAt(row);
        const ApiToken stored = *m_server->instance().token(m_instanceId, shown.id);
        QCOMPARE(shown.status, stored.status); // the table shows the server
        inactive += stored.isActive() ? 0 : 1;
        QCOMPARE(stored.isActive(), row >= 10 && row <= 12);
    }
    QCOMPARE(inactive, 47);
    report->close();
}

void TestTokenActions::bulkDelete_oneConfirmationListsNames_rowsGo_countDrops()
{
    QStringList ids;
    for (int row = 2; row <= 4; ++row)
        ids.append(model()->tokenAt(row).id);
    selectRows(2, 4);
    answerBox(QStringLiteral("confirmBulkBox"), QStringLiteral("confirmBulkButton"),
              [](QMessageBox *box) {
                  for (const char *name : {"bulk 02", "bulk 03", "bulk 04"})
                      QVERIFY(box->informativeText().contains(QLatin1String(name)));
                  QVERIFY(box->informativeText().contains(QStringLiteral("start failing")));
              });
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(m_modal.answered(), 1);
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("bulkReportBox")));
    // Three tokens: no progress dialog for so few.
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("bulkProgress")));
    QCOMPARE(requests("DELETE").size(), 3);
    QCOMPARE(model()->rowCount(), kAll - 3);
    QCOMPARE(model()->totalCount(), kAll - 3);
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(model()->rowOfToken(id), -1);
        QVERIFY(!m_server->instance().token(m_instanceId, id).has_value());
    }
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("Showing %1 of %1 tokens").arg(kAll - 3));
}

void TestTokenActions::bulkProgress_canBeCanceledBetweenRequests()
{
    selectRows(0, kBulk - 1);
    // The first answer waits until the stop button has been pressed.
    LocalInstanceServer::Fault slow;
    slow.delayMs = 500;
    m_server->setFault(LocalInstanceServer::Route::Patch, slow);
    answerBox(QStringLiteral("confirmBulkBox"), QStringLiteral("confirmBulkButton"));
    m_window->findChild<QAction *>(QStringLiteral("toggleStatusAction"))->trigger();
    QCOMPARE(m_modal.answered(), 1);
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("bulkProgress"));
    QVERIFY(progress && progress->isVisible());
    QTRY_COMPARE(requests("PATCH").size(), 1);
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    QMessageBox *report = nullptr;
    QTRY_VERIFY((report = m_window->findChild<QMessageBox *>(QStringLiteral("bulkReportBox"))));
    QCOMPARE(requests("PATCH").size(), 1);
    QVERIFY(report->text().contains(QStringLiteral("Deactivated 1 of 50")));
    QVERIFY(report->informativeText().contains(QStringLiteral("49 token(s) not touched")));
    int inactive = 0;
    for (int row = 0; row < kBulk; ++row)
        inactive += m_server->instance().token(m_instanceId, model()->tokenAt(row).id)->isActive()
                ? 0
                : 1;
    QCOMPARE(inactive, 1);
}

QTEST_MAIN(TestTokenActions)
#include "tst_tokenactions.moc"
