// The edit dialog's own checks on the real widgets against the local instance over HTTP: a
// PATCH body the schema checker refuses is shown to the person, never sent.
#include "api/ApiCall.h"
#include "support/LocalApiFixture.h"
#include "ui/EditTokenDialog.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestEditTokenDialog : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup()
    {
        m_dialog.reset();
        dropApi();
    }

    void badOrgId_isShown_andNothingIsSent_untilFixed();
    void ownToken_setInactive_asksFirst_cancelSendsNothing();

private:
    // The requests about tokens: the org-role editor also reads the organizations' names.
    QList<RecordedRequest> tokenCalls() const
    {
        QList<RecordedRequest> calls = m_server->requests();
        calls.removeIf([](const RecordedRequest &r) { return !r.path.contains(u"/tokens"); });
        return calls;
    }

    ApiToken m_token;
    std::unique_ptr<EditTokenDialog> m_dialog;
};

void TestEditTokenDialog::init()
{
    QVERIFY(startApi());
    m_token = addToken(QStringLiteral("partner feed"));
    m_dialog = std::make_unique<EditTokenDialog>(m_api->tokens(), m_token);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestEditTokenDialog::badOrgId_isShown_andNothingIsSent_untilFixed()
{
    QSignalSpy saved(m_dialog.get(), &EditTokenDialog::tokenSaved);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("addOrgRole")),
                      Qt::LeftButton);
    QWidget *row = m_dialog->findChild<QWidget *>(QStringLiteral("orgRoleRow_0"));
    QVERIFY(row);
    auto *orgId = row->findChild<QLineEdit *>(QStringLiteral("orgId"));
    QTest::keyClicks(orgId, QStringLiteral("not-an-org"));
    auto *save = m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);

    // The problem is said in the dialog and at the row; the dialog stays open, nothing sent.
    auto *error = m_dialog->findChild<QLabel *>(QStringLiteral("editError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Organization ID must be")),
             qPrintable(error->text()));
    auto *rowError = row->findChild<QLabel *>(QStringLiteral("orgRoleError"));
    QVERIFY(rowError->isVisible());
    QVERIFY2(rowError->text().contains(QLatin1String("Organization ID must be")),
             qPrintable(rowError->text()));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(tokenCalls().isEmpty());
    QCOMPARE(saved.size(), 0);

    // Fixed, it goes: the fetch, then the PATCH with the org role only.
    orgId->clear();
    QTest::keyClicks(orgId, QStringLiteral("sandbox"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait());
    QVERIFY(!error->isVisible());
    QVERIFY(!rowError->isVisible());
    const QList<RecordedRequest> sent = tokenCalls();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).method, QByteArray("PATCH"));
    const QJsonObject body = QJsonDocument::fromJson(sent.at(1).body).object();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("orgRoles")});
    QCOMPARE(body.value(QStringLiteral("orgRoles"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("orgId")),
             QJsonValue(QStringLiteral("sandbox")));
    QCOMPARE(m_server->instance().token(m_instanceId, m_token.id)->orgRoles.size(), 1);
}

void TestEditTokenDialog::ownToken_setInactive_asksFirst_cancelSendsNothing()
{
    // The dialog on the token the app is connected with (the admin's).
    const QString ownId = m_client->ownTokenId();
    QVERIFY(!ownId.isEmpty());
    m_dialog = std::make_unique<EditTokenDialog>(m_api->tokens(),
                                                 *m_server->instance().token(m_instanceId, ownId));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    auto *status = m_dialog->findChild<QComboBox *>(QStringLiteral("editStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("inactive")));
    auto *save = m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));

    MessageBox::setNextAnswer(MessageBox::Cancel); // the extra question, answered No
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(save->isEnabled()); // not saving
    // One round trip of our own: had the dialog sent anything, it would be recorded first.
    QSignalSpy listed(m_api->tokens().list(TokenQuery()), &ApiCall::pageReceived);
    QVERIFY(listed.wait());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->instance().token(m_instanceId, ownId)->status, QStringLiteral("active"));

    // Answered Deactivate, it goes.
    QSignalSpy saved(m_dialog.get(), &EditTokenDialog::tokenSaved);
    MessageBox::setNextAnswer(MessageBox::Deactivate);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait());
    QCOMPARE(m_server->instance().token(m_instanceId, ownId)->status, QStringLiteral("inactive"));
}

QTEST_MAIN(TestEditTokenDialog)
#include "tst_edittokendialog.moc"
