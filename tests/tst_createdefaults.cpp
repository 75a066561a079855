// The New token dialog's safe defaults, driven like a person would on the real widgets against
// the local instance over HTTP: nothing chosen at first, Enter moves on until the form is
// complete, the scope picker in words, messages that wait to be earned and never shift the
// form, and copy buttons that say they copied.
#include "core/ApiToken.h"
#include "core/ScopeCatalog.h"
#include "support/CreateDialogFixture.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/CopyFeedback.h"
#include "ui/CreateTokenDialog.h"
#include "ui/ScopePicker.h"
#include "ui/TokenCreatedDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

namespace {
const QStringList kErrorLabels = {QStringLiteral("nameError"), QStringLiteral("descriptionError"),
                                  QStringLiteral("expirationError"), QStringLiteral("scopeError"),
                                  QStringLiteral("defaultRoleError")};
} // namespace

class TestCreateDefaults : public CreateDialogTest
{
    Q_OBJECT

public:
    TestCreateDefaults() : CreateDialogTest(CreateDialogFixture::Until::Active) { }

private Q_SLOTS:
    void scopeLabels_areMadeFromTheirNames_data();
    void scopeLabels_areMadeFromTheirNames();
    void opensWithNoScope_createDisabled_and90Days();
    void enterInName_sendsNothing_andMovesOn();
    void returnInDescription_addsNoNewline();
    void choosingNever_showsAWarning();
    void keyboardOnly_createsOneTokenWithThePreset();
    void noErrorBeforeAFieldIsTouched();
    void errorAppearing_movesNothing();
    void customAllCustom_keepsTheTicks_andAllSendsOnlyAllInstance();
    void scopeSearch_findsByLabel();
    void copyButtons_sayCopied_andTheClipboardCountsDown();

private:
    QTreeWidget *tree() const { return child<QTreeWidget>(QStringLiteral("scopeTree")); }
    QTreeWidgetItem *leaf(const QString &scope) const;
    QJsonObject preview() const;
    QSet<QString> chosenScopes() const
    {
        const QStringList scope = m_dialog->draft().scope;
        return QSet<QString>(scope.cbegin(), scope.cend());
    }
    // Waits for the create the last key sent: one POST, with `value` in `field`.
    void expectOneCreate(const char *field, const QString &value);
    void search(const QString &text);
    void tick(const QString &scope);
};

QTreeWidgetItem *TestCreateDefaults::leaf(const QString &scope) const
{
    const QList<QTreeWidgetItem *> found = tree()->findItems(
            scope, Qt::MatchExactly | Qt::MatchRecursive, ScopePicker::ApiNameColumn);
    return found.size() == 1 ? found.first() : nullptr;
}

QJsonObject TestCreateDefaults::preview() const
{
    return QJsonDocument::fromJson(
                   child<QPlainTextEdit>(QStringLiteral("jsonPreview"))->toPlainText().toUtf8())
            .object();
}

void TestCreateDefaults::expectOneCreate(const char *field, const QString &value)
{
    QSignalSpy created(m_dialog, &CreateTokenDialog::tokenCreated);
    QVERIFY(created.wait());
    QCOMPARE(postBodies().size(), 1);
    QCOMPARE(postBodies().first().value(QLatin1String(field)).toString(), value);
}

void TestCreateDefaults::search(const QString &text)
{
    auto *field = child<QLineEdit>(QStringLiteral("scopeSearch"));
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

void TestCreateDefaults::tick(const QString &scope)
{
    search(scope);
    QTreeWidgetItem *item = leaf(scope);
    QVERIFY(item);
    const QRect rect = tree()->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tree()->currentItem(), item);
    QTest::keyClick(tree(), Qt::Key_Space);
    QCOMPARE(item->checkState(ScopePicker::LabelColumn), Qt::Checked);
}

void TestCreateDefaults::scopeLabels_areMadeFromTheirNames_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("label");
    QTest::newRow("get, plural") << "instanceApiTokens.get"
                                 << "Instance API tokens · list";
    QTest::newRow("get, singular") << "instanceApiToken.get"
                                   << "Instance API token · view";
    QTest::newRow("post") << "instanceApiTokens.post"
                          << "Instance API tokens · create";
    QTest::newRow("patch") << "instanceApiToken.patch"
                           << "Instance API token · update";
    QTest::newRow("delete") << "instanceApiToken.delete"
                            << "Instance API token · delete";
    QTest::newRow("star") << "instanceSandboxes.*"
                          << "Instance sandboxes · everything";
    QTest::newRow("other action") << "instanceOrgInvite.resendInvite"
                                  << "Instance organization invite · resend invite";
    QTest::newRow("umbrella") << "all.Instance"
                              << "All of Instance";
    QTest::newRow("umbrella, read") << "all.Instance.read"
                                    << "All of Instance, read only";
    QTest::newRow("unknown") << "nothing.here"
                             << "nothing.here";
}

void TestCreateDefaults::scopeLabels_areMadeFromTheirNames()
{
    QFETCH(QString, scope);
    QFETCH(QString, label);
    QCOMPARE(ScopeCatalog::label(scope), label);
    QCOMPARE(ScopeCatalog::groupLabel(QStringLiteral("instanceApiTokens")),
             QStringLiteral("Instance API tokens"));
    QVERIFY(ScopeCatalog::groupDescription(QStringLiteral("instanceApiTokens"))
                    .contains(QLatin1String("list, create")));
}

void TestCreateDefaults::opensWithNoScope_createDisabled_and90Days()
{
    for (const QString &mode :
         {QStringLiteral("permissionsAll"), QStringLiteral("permissionsReadOnly"),
          QStringLiteral("permissionsCustom")})
        QVERIFY2(!child<QRadioButton>(mode)->isChecked(), qPrintable(mode));
    QVERIFY(!tree()->isVisible()); // no stale list before Custom
    QVERIFY(child<QLabel>(QStringLiteral("permissionsHint"))->isVisible());
    QVERIFY(!createButton()->isEnabled());
    QVERIFY(!preview().contains(QLatin1String("scope")));
    QVERIFY(child<QRadioButton>(QStringLiteral("expires90Days"))->isChecked());
    const QDateTime in90 = QDateTime::currentDateTimeUtc().addDays(90);
    QVERIFY(qAbs(m_dialog->draft().expiration.secsTo(in90)) <= 60);
    QCOMPARE(LosantDates::fromIso(preview().value(QLatin1String("expirationDate")).toString()),
             m_dialog->draft().expiration.toUTC());
    // A calm word on what to do, not an error.
    QCOMPARE(child<QLabel>(QStringLiteral("reasonLabel"))->text(),
             QStringLiteral("Give the token a name and choose what it may do."));
    QVERIFY(child<QLabel>(QStringLiteral("defaultRoleHint"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("sandboxHint"))
                    ->text()
                    .contains(QLatin1String("sandbox")));
}

void TestCreateDefaults::enterInName_sendsNothing_andMovesOn()
{
    type(QStringLiteral("nameEdit"), QStringLiteral("one enter"));
    QTest::keyClick(child(QStringLiteral("nameEdit")), Qt::Key_Return);
    QVERIFY(!m_dialog->isSending());
    QVERIFY(postBodies().isEmpty());
    QCOMPARE(QApplication::focusWidget(), child(QStringLiteral("descriptionEdit")));
    QVERIFY(m_dialog->isVisible());

    // Once the form is complete Enter is Create: one POST, so the first Enter sent none.
    click(QStringLiteral("permissionsReadOnly"));
    QVERIFY(createButton()->isEnabled());
    type(QStringLiteral("nameEdit"), QStringLiteral(" now"));
    QTest::keyClick(child(QStringLiteral("nameEdit")), Qt::Key_Return);
    expectOneCreate("name", QStringLiteral("one enter now"));
}

void TestCreateDefaults::returnInDescription_addsNoNewline()
{
    type(QStringLiteral("nameEdit"), QStringLiteral("described"));
    click(QStringLiteral("permissionsAll"));
    type(QStringLiteral("descriptionEdit"), QStringLiteral("first line"));
    QTest::keyClick(child(QStringLiteral("descriptionEdit")), Qt::Key_Return);
    auto *description = child<QPlainTextEdit>(QStringLiteral("descriptionEdit"));
    QCOMPARE(description->toPlainText(), QStringLiteral("first line"));
    QVERIFY(QApplication::focusWidget() != description); // it moved on instead
    QVERIFY(!m_dialog->isSending()); // and Return there never sends

    // Ctrl+Return sends what is there, without a line break.
    description->setFocus();
    QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    expectOneCreate("description", QStringLiteral("first line"));
}

void TestCreateDefaults::choosingNever_showsAWarning()
{
    auto *warning = child<QLabel>(QStringLiteral("neverExpiresWarning"));
    QVERIFY(!warning->isVisible());
    click(QStringLiteral("neverExpires"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("never expires")), qPrintable(warning->text()));
    QVERIFY(!preview().contains(QLatin1String("expirationDate")));
    click(QStringLiteral("expires1Year"));
    QVERIFY(!warning->isVisible());
    const QDateTime inAYear = QDateTime::currentDateTimeUtc().addYears(1);
    QVERIFY(qAbs(m_dialog->draft().expiration.secsTo(inAYear)) <= 60);
}

void TestCreateDefaults::keyboardOnly_createsOneTokenWithThePreset()
{
    QCOMPARE(QApplication::focusWidget(), child(QStringLiteral("nameEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("keyboard only"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("no mouse"));
    // Tab on to "All", then Space chooses it.
    for (int i = 0;
         i < 20 && QApplication::focusWidget() != child(QStringLiteral("permissionsAll")); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child(QStringLiteral("permissionsAll")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(child<QRadioButton>(QStringLiteral("permissionsAll"))->isChecked());
    QVERIFY(createButton()->isEnabled());
    QSignalSpy created(m_dialog, &CreateTokenDialog::tokenCreated);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(created.wait());

    const QList<QJsonObject> posts = postBodies();
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = posts.first();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("keyboard only"));
    QCOMPARE(body.value(QLatin1String("description")).toString(), QStringLiteral("no mouse"));
    QCOMPARE(body.value(QLatin1String("scope")).toArray(),
             QJsonArray({QStringLiteral("all.Instance")}));
    const QDateTime expires
            = LosantDates::fromIso(body.value(QLatin1String("expirationDate")).toString());
    QVERIFY(expires.isValid());
    QVERIFY2(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(90))) <= 60,
             qPrintable(expires.toString(Qt::ISODate)));
}

void TestCreateDefaults::noErrorBeforeAFieldIsTouched()
{
    for (const QString &name : kErrorLabels)
        QVERIFY2(!child(name)->isVisible(), qPrintable(name));
    // The empty name is a problem from the start, yet only said once the name was touched.
    QVERIFY(!createButton()->isEnabled());
    type(QStringLiteral("nameEdit"), QStringLiteral("x"));
    QVERIFY(!child(QStringLiteral("nameError"))->isVisible());
    QTest::keyClick(child(QStringLiteral("nameEdit")), Qt::Key_Backspace);
    auto *error = child<QLabel>(QStringLiteral("nameError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Name must not be empty."));
}

void TestCreateDefaults::errorAppearing_movesNothing()
{
    const auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };
    settle();
    const auto where = [this](const QString &name) {
        QWidget *w = child(name);
        return QRect(w->mapTo(m_dialog, QPoint(0, 0)), w->size());
    };
    const QRect create = where(QStringLiteral("createButton"));
    const QRect description = where(QStringLiteral("descriptionEdit"));
    const QRect permissions = where(QStringLiteral("permissionsAll"));
    const QRect orgRoles = where(QStringLiteral("orgRolesEditor"));
    type(QStringLiteral("nameEdit"), QStringLiteral("x"));
    QTest::keyClick(child(QStringLiteral("nameEdit")), Qt::Key_Backspace);
    click(QStringLiteral("neverExpires")); // the warning line too
    settle();
    QVERIFY(child(QStringLiteral("nameError"))->isVisible());
    QVERIFY(child(QStringLiteral("neverExpiresWarning"))->isVisible());
    QCOMPARE(where(QStringLiteral("createButton")), create);
    QCOMPARE(where(QStringLiteral("descriptionEdit")), description);
    QCOMPARE(where(QStringLiteral("permissionsAll")), permissions);
    QCOMPARE(where(QStringLiteral("orgRolesEditor")), orgRoles);
    // Choosing Custom opens the scope list in the space the hint held.
    click(QStringLiteral("permissionsCustom"));
    settle();
    QVERIFY(tree()->isVisible());
    QCOMPARE(where(QStringLiteral("orgRolesEditor")), orgRoles);
    QCOMPARE(where(QStringLiteral("createButton")), create);
}

void TestCreateDefaults::customAllCustom_keepsTheTicks_andAllSendsOnlyAllInstance()
{
    type(QStringLiteral("nameEdit"), QStringLiteral("detour"));
    click(QStringLiteral("permissionsCustom"));
    QVERIFY(tree()->isVisible());
    tick(QStringLiteral("instanceApiTokens.get"));
    tick(QStringLiteral("instanceApiToken.delete"));
    search(QString());
    const QStringList mine
            = {QStringLiteral("instanceApiTokens.get"), QStringLiteral("instanceApiToken.delete")};
    QCOMPARE(chosenScopes(), QSet<QString>(mine.cbegin(), mine.cend()));
    QCOMPARE(child<QLabel>(QStringLiteral("scopeCount"))->text(),
             QStringLiteral("2 scope(s) selected"));

    click(QStringLiteral("permissionsAll"));
    QVERIFY(!tree()->isVisible()); // no stale ticks beside "All"
    QVERIFY(child<QLabel>(QStringLiteral("permissionsAllText"))->isVisible());
    QCOMPARE(preview().value(QLatin1String("scope")).toArray(),
             QJsonArray({QStringLiteral("all.Instance")}));

    click(QStringLiteral("permissionsCustom"));
    QVERIFY(tree()->isVisible());
    for (const QString &scope : mine)
        QCOMPARE(leaf(scope)->checkState(ScopePicker::LabelColumn), Qt::Checked);
    // Open where something is ticked, folded elsewhere.
    QVERIFY(leaf(QStringLiteral("instanceApiTokens.get"))->parent()->isExpanded());
    QVERIFY(!leaf(QStringLiteral("instanceOrgs.get"))->parent()->isExpanded());
    QCOMPARE(chosenScopes(), QSet<QString>(mine.cbegin(), mine.cend()));

    click(QStringLiteral("permissionsAll"));
    QSignalSpy created(m_dialog, &CreateTokenDialog::tokenCreated);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QVERIFY(created.wait());
    QCOMPARE(postBodies().size(), 1);
    QCOMPARE(postBodies().first().value(QLatin1String("scope")).toArray(),
             QJsonArray({QStringLiteral("all.Instance")}));
}

void TestCreateDefaults::scopeSearch_findsByLabel()
{
    click(QStringLiteral("permissionsCustom"));
    search(QStringLiteral("API tokens"));
    QTreeWidgetItem *list = leaf(QStringLiteral("instanceApiTokens.get"));
    QVERIFY(list);
    QCOMPARE(list->text(ScopePicker::LabelColumn), QStringLiteral("Instance API tokens · list"));
    QVERIFY(!list->isHidden());
    QVERIFY(list->parent()->isExpanded());
    QVERIFY(tree()->visualItemRect(list).isValid());
    QVERIFY(leaf(QStringLiteral("instanceOrgs.get"))->isHidden());
    // Each group says in a line what it allows.
    QVERIFY(list->parent()->text(ScopePicker::ApiNameColumn).contains(QLatin1String("list")));

    tick(QStringLiteral("instanceApiTokens.get"));
    tick(QStringLiteral("instanceSandboxes.get"));
    QCOMPARE(child<QLabel>(QStringLiteral("scopeSummary"))->text(),
             QStringLiteral("Instance API tokens · list, Instance sandboxes · list"));

    // With the form complete, Enter in the search goes to the matches, not to Create.
    type(QStringLiteral("nameEdit"), QStringLiteral("searching"));
    QVERIFY(createButton()->isEnabled());
    search(QStringLiteral("sandboxes"));
    QTest::keyClick(child(QStringLiteral("scopeSearch")), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), tree());
    QCOMPARE(tree()->currentItem(), leaf(QStringLiteral("instanceSandboxes.*")));
    QVERIFY(!m_dialog->isSending());
    QVERIFY(m_dialog->isVisible());
}

void TestCreateDefaults::copyButtons_sayCopied_andTheClipboardCountsDown()
{
    type(QStringLiteral("nameEdit"), QStringLiteral("curl me"));
    auto *curl = child<QPushButton>(QStringLiteral("copyCurlButton"));
    curl->findChild<CopyFeedback *>()->setDuration(0);
    const int width = curl->width();
    click(QStringLiteral("copyCurlButton"));
    QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("curl")));
    QCOMPARE(curl->text(), QStringLiteral("Copied"));
    QTRY_COMPARE(curl->text(), QStringLiteral("Copy as curl"));
    QVERIFY(curl->width() >= width);

    const QString secret = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.countdown");
    TokenCreatedDialog shown(QStringLiteral("t"), secret);
    shown.setCountdownTickInterval(5); // a second of countdown per 5 ms: no clock waits
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    auto *copy = shown.findChild<QPushButton *>(QStringLiteral("copySecretButton"));
    auto *countdown = shown.findChild<QLabel *>(QStringLiteral("clipboardCountdown"));
    QVERIFY(!countdown->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->text(), QStringLiteral("Clipboard clears in 60 s"));
    QStringList seen; // what the line said at each step
    connect(&shown, &TokenCreatedDialog::countdownStepped, this,
            [&seen, countdown] { seen.append(countdown->text()); });
    QSignalSpy steps(&shown, &TokenCreatedDialog::countdownStepped);
    QTRY_COMPARE(steps.size(), 60);
    QCOMPARE(seen.first(), QStringLiteral("Clipboard clears in 59 s"));
    QCOMPARE(seen.at(58), QStringLiteral("Clipboard clears in 1 s"));
    QCOMPARE(seen.last(), QStringLiteral("Clipboard cleared"));
    QCOMPARE(steps.last().first().toInt(), 0);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TestCreateDefaults)
#include "tst_createdefaults.moc"
