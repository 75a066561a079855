// Guided rotation in the real window against the local instance over HTTP: Rotate… on exactly
// one token, one click per step, one POST, one PATCH to inactive and one DELETE in that order;
// a refused step says what happened and leaves the old token as it was; the dialog can be
// closed and the rotation resumed at its step; the settings never hold the secret.
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/PolicySettings.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestRotationDialog : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rotate_onlyWithExactlyOneTokenSelected();
    void rotation_stepByStep_postPatchDelete_andNoSecretInSettings();
    void refusedStep_saysWhatHappened_oldTokenUntouched_data();
    void refusedStep_saysWhatHappened_oldTokenUntouched();
    void closedDialog_resumesAtItsStep_graceThenDelete();
    void closing_waitsWhileTheCreateIsOut_soTheSecretIsShown();
    void successor_livesAsLongAsThePolicyAllows();

private:
    void openWindow();
    QDialog *startRotation(); // selects the old token's row and triggers Rotate…
    QDialog *dialog() const;
    QString progress() const;
    void clickAction();
    // Copies the secret from the dialog that shows it and closes that dialog; the secret.
    QString takeSecret();
    void tickChecklist();
    QStringList changes() const;
    QString settingsText() const; // every key and value, and the file as written

    WindowFixture m_window;
    ApiToken m_old;
};

void TestRotationDialog::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestRotationDialog::init()
{
    freshApi(); // the settings start empty
    ApiToken t;
    t.name = QStringLiteral("ci deploy");
    t.description = QStringLiteral("the pipeline");
    t.scope = {QStringLiteral("all.Instance.read")};
    t.status = QStringLiteral("active");
    m_old = addToken(t);
    addToken(QStringLiteral("grafana"));
    QVERIFY(m_api->start());
}

void TestRotationDialog::cleanup()
{
    m_window.close();
    dropApi();
}

void TestRotationDialog::openWindow()
{
    QVERIFY(m_window.open(m_api->tokens()));
    QTRY_VERIFY(!m_window->model()->isLoading());
    m_server->clearRequests();
}

QDialog *TestRotationDialog::startRotation()
{
    m_window.clickRow(m_window->model()->rowOfToken(m_old.id));
    return m_window.openDialog("rotateAction", QStringLiteral("rotationDialog"));
}

QDialog *TestRotationDialog::dialog() const
{
    auto *d = m_window->findChild<QDialog *>(QStringLiteral("rotationDialog"));
    return d && d->isVisible() ? d : nullptr;
}

QString TestRotationDialog::progress() const
{
    return dialog()->findChild<QLabel *>(QStringLiteral("rotationProgress"))->text();
}

void TestRotationDialog::clickAction()
{
    auto *button = dialog()->findChild<QPushButton *>(QStringLiteral("rotationActionButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TestRotationDialog::takeSecret()
{
    QDialog *shown = nullptr;
    [&] {
        QTRY_VERIFY((shown = m_window->findChild<QDialog *>(QStringLiteral("tokenCreatedDialog")))
                    && shown->isVisible());
    }();
    if (!shown)
        return QString();
    const QString secret = shown->findChild<QLineEdit *>(QStringLiteral("secretField"))->text();
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    [&] { QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("tokenCreatedDialog"))); }();
    return secret;
}

void TestRotationDialog::tickChecklist()
{
    auto *action = dialog()->findChild<QPushButton *>(QStringLiteral("rotationActionButton"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!action->isEnabled()); // not until every item is ticked
        auto *check = dialog()->findChild<QCheckBox *>(QStringLiteral("consumerCheck%1").arg(i));
        QVERIFY(check->isVisible());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
    }
    QVERIFY(action->isEnabled());
}

QStringList TestRotationDialog::changes() const
{
    QStringList out;
    for (const RecordedRequest &r : m_server->requests())
        if (r.method != "GET")
            out << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    return out;
}

QString TestRotationDialog::settingsText() const
{
    QSettings settings;
    settings.sync();
    QString text;
    for (const QString &key : settings.allKeys())
        text += key + QLatin1Char('=') + settings.value(key).toString() + QLatin1Char('\n');
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        text += QString::fromUtf8(file.readAll());
    return text;
}

void TestRotationDialog::rotate_onlyWithExactlyOneTokenSelected()
{
    openWindow();
    QAction *rotate = m_window.action("rotateAction");
    QVERIFY(!rotate->isEnabled()); // nothing selected
    m_window.clickRow(0);
    QVERIFY(rotate->isEnabled());
    m_window.clickRow(1, Qt::ControlModifier);
    QCOMPARE(m_window.table()->selectionModel()->selectedRows().size(), 2);
    QVERIFY(!rotate->isEnabled());
    QVERIFY(!m_window.action("resumeRotationAction")->isEnabled()); // nothing pending
}

void TestRotationDialog::rotation_stepByStep_postPatchDelete_andNoSecretInSettings()
{
    openWindow();
    QVERIFY(startRotation());
    QVERIFY(progress().startsWith(QStringLiteral("Step 1 of 4")));
    const QString sends = dialog()->findChild<QLabel *>(QStringLiteral("rotationSends"))->text();
    QVERIFY2(sends.contains(QStringLiteral("POST /instances/%1/tokens").arg(m_instanceId)),
             qPrintable(sends));
    QVERIFY(sends.contains(QStringLiteral("ci deploy (rotated)")));

    clickAction();
    const QString secret = takeSecret();
    QVERIFY(!secret.isEmpty());
    QTRY_VERIFY(progress().startsWith(QStringLiteral("Step 2 of 4")));
    QCOMPARE(RequestLog::count(*m_server, "POST"), 1);
    QVERIFY(!settingsText().contains(secret));
    QVERIFY(settingsText().contains(m_old.id)); // the rotation is stored, to be resumed

    tickChecklist();
    clickAction();
    QTRY_VERIFY(progress().startsWith(QStringLiteral("Step 3 of 4")));
    QVERIFY(changes().size() == 1); // ticking sends nothing
    clickAction();
    QTRY_VERIFY(progress().startsWith(QStringLiteral("Step 4 of 4")));
    const int oldRow = m_window->model()->rowOfToken(m_old.id);
    QCOMPARE(m_window->model()->tokenAt(oldRow).status, QStringLiteral("inactive"));

    auto *grace = dialog()->findChild<QComboBox *>(QStringLiteral("graceCombo"));
    QCOMPARE(grace->currentData().toInt(), 0); // now
    clickAction();
    QTRY_COMPARE(progress(), QStringLiteral("Rotation complete"));
    QTRY_COMPARE(m_window->model()->rowOfToken(m_old.id), -1);

    const QString tokens = QStringLiteral("/instances/%1/tokens").arg(m_instanceId);
    QCOMPARE(changes(),
             (QStringList{QStringLiteral("POST ") + tokens,
                          QStringLiteral("PATCH %1/%2").arg(tokens, m_old.id),
                          QStringLiteral("DELETE %1/%2").arg(tokens, m_old.id)}));
    QVERIFY(!m_server->instance().token(m_instanceId, m_old.id));
    QVERIFY(!settingsText().contains(secret));
    QVERIFY(!settingsText().contains(m_old.id)); // finished: nothing left to resume
    QVERIFY(!m_window.action("resumeRotationAction")->isEnabled());
}

void TestRotationDialog::refusedStep_saysWhatHappened_oldTokenUntouched_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("step"); // 1..4, as the dialog counts
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("oldStatus");
    Fault refuse = Fault::withStatus(403);
    refuse.body = R"({"type":"Unauthorized","message":"Not allowed for this token"})";
    QTest::newRow("create refused")
            << Route::Create << refuse << 1
            << QStringLiteral("The successor could not be created. “ci deploy” was not changed.")
            << QStringLiteral("active");
    QTest::newRow("create's answer lost")
            << Route::Create << Fault::dropped() << 1
            << QStringLiteral("The answer to the create was lost: “ci deploy (rotated)” may "
                              "exist.")
            << QStringLiteral("active");
    QTest::newRow("deactivation refused")
            << Route::Patch << refuse << 3
            << QStringLiteral("“ci deploy” could not be deactivated; it is still active and "
                              "unchanged.")
            << QStringLiteral("active");
    QTest::newRow("deletion refused")
            << Route::Delete << refuse << 4
            << QStringLiteral("“ci deploy” could not be deleted; it stays, inactive.")
            << QStringLiteral("inactive");
}

void TestRotationDialog::refusedStep_saysWhatHappened_oldTokenUntouched()
{
    QFETCH(Route, route);
    QFETCH(Fault, fault);
    QFETCH(int, step);
    QFETCH(QString, said);
    QFETCH(QString, oldStatus);
    openWindow();
    QVERIFY(startRotation());
    m_server->setFault(route, fault);
    for (int at = 1; at < step; ++at) {
        if (at == 2)
            tickChecklist();
        clickAction();
        if (at == 1)
            takeSecret();
        QTRY_VERIFY(progress().startsWith(QStringLiteral("Step %1 of 4").arg(at + 1)));
    }
    const ApiToken before = *m_server->instance().token(m_instanceId, m_old.id);
    clickAction();
    auto *status = dialog()->findChild<QLabel *>(QStringLiteral("rotationStatus"));
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(said), qPrintable(status->text()));
    if (fault.status == 403)
        QVERIFY2(status->text().contains(QStringLiteral("Not allowed for this token")),
                 qPrintable(status->text()));
    // Still at that step, to be tried again; the old token as it was before the click.
    QVERIFY(progress().startsWith(QStringLiteral("Step %1 of 4").arg(step)));
    const std::optional<ApiToken> old = m_server->instance().token(m_instanceId, m_old.id);
    QVERIFY(old);
    QCOMPARE(old->status, oldStatus);
    QCOMPARE(old->lastUpdated, before.lastUpdated);
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), step == 4 ? 1 : 0);
    QVERIFY(dialog()->findChild<QPushButton *>(QStringLiteral("rotationActionButton"))
                    ->isEnabled());
}

void TestRotationDialog::closedDialog_resumesAtItsStep_graceThenDelete()
{
    openWindow();
    QVERIFY(startRotation());
    clickAction();
    const QString secret = takeSecret();
    QTRY_VERIFY(progress().startsWith(QStringLiteral("Step 2 of 4")));
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton); // Finish later
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("rotationDialog")));

    // Resumed from the Edit menu, at the step it was left.
    QAction *resumeMenu = m_window.action("resumeRotationAction");
    QVERIFY(resumeMenu->isEnabled());
    const QString entry = QStringLiteral("resumeRotation_") + m_old.id;
    QVERIFY(m_window.openDialog(entry.toLatin1().constData(), QStringLiteral("rotationDialog")));
    QVERIFY(progress().startsWith(QStringLiteral("Step 2 of 4")));
    tickChecklist();
    clickAction();
    QTRY_VERIFY(progress().startsWith(QStringLiteral("Step 3 of 4")));
    clickAction();
    QTRY_VERIFY(progress().startsWith(QStringLiteral("Step 4 of 4")));

    // Deleted later: the grace period is kept and the dialog leaves.
    auto *grace = dialog()->findChild<QComboBox *>(QStringLiteral("graceCombo"));
    grace->setCurrentIndex(grace->findData(7));
    auto *action = dialog()->findChild<QPushButton *>(QStringLiteral("rotationActionButton"));
    QVERIFY(action->text().contains(QStringLiteral("finish later")));
    clickAction();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("rotationDialog")));
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), 0);
    QVERIFY(m_server->instance().token(m_instanceId, m_old.id));
    QAction *pending = m_window->findChild<QAction *>(entry);
    QVERIFY(pending);
    QVERIFY2(pending->text().contains(QStringLiteral("step 4 of 4")), qPrintable(pending->text()));

    // Rotate… on the same token goes on with the pending rotation, not a second successor.
    QVERIFY(startRotation());
    QVERIFY(progress().startsWith(QStringLiteral("Step 4 of 4")));
    QVERIFY(dialog()->findChild<QLabel *>(QStringLiteral("rotationSends"))
                    ->text()
                    .contains(QStringLiteral("Planned deletion")));
    grace = dialog()->findChild<QComboBox *>(QStringLiteral("graceCombo"));
    grace->setCurrentIndex(grace->findData(0));
    clickAction();
    QTRY_COMPARE(progress(), QStringLiteral("Rotation complete"));
    QCOMPARE(RequestLog::count(*m_server, "POST"), 1);
    QCOMPARE(RequestLog::count(*m_server, "PATCH"), 1);
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), 1);
    QVERIFY(!m_server->instance().token(m_instanceId, m_old.id));
    QVERIFY(!settingsText().contains(secret));
    QVERIFY(!m_window.action("resumeRotationAction")->isEnabled());
}

void TestRotationDialog::closing_waitsWhileTheCreateIsOut_soTheSecretIsShown()
{
    openWindow();
    QVERIFY(startRotation());
    m_server->setFault(Route::Create, Fault::delayed(1000));
    QSignalSpy answered(m_server, &LocalInstanceServer::delayedAnswerDone);
    clickAction();
    auto *close = dialog()->findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(!close->isEnabled());
    QTest::keyClick(dialog(), Qt::Key_Escape); // would drop the answer, and the secret with it
    QVERIFY(dialog());
    QVERIFY(answered.wait(10000));
    QVERIFY(!takeSecret().isEmpty());
    QTRY_VERIFY(progress().startsWith(QStringLiteral("Step 2 of 4")));
    QVERIFY(close->isEnabled());
    QCOMPARE(RequestLog::count(*m_server, "POST"), 1);
}

void TestRotationDialog::successor_livesAsLongAsThePolicyAllows()
{
    TokenPolicy policy;
    policy.maxLifetimeDays = 30;
    PolicySettings::save(policy);
    openWindow();
    QVERIFY(startRotation());
    clickAction();
    QVERIFY(!takeSecret().isEmpty());
    ApiToken successor;
    for (const ApiToken &t : m_server->instance().tokens(m_instanceId))
        if (t.name == QLatin1String("ci deploy (rotated)"))
            successor = t;
    QVERIFY(successor.expirationDate.isValid());
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(successor.expirationDate);
    QVERIFY2(days >= 29 && days <= 30, qPrintable(QString::number(days))); // not the default 90
}

QTEST_MAIN(TestRotationDialog)
#include "tst_rotationdialog.moc"
