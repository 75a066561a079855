// Issue 13: the team's token policy. The New token dialog, on the real widgets against the local
// instance over HTTP, shows a draft's violations, sends nothing until the person overrides, then
// exactly one POST without a word of the policy; Settings ▸ Token policy… keeps the policy and
// imports and exports its JSON file.
#include "core/TokenPolicy.h"
#include "support/CreateDialogFixture.h"
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/CreateTokenDialog.h"
#include "ui/PolicySettings.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestTokenPolicy : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void cleanup();

    void policyBlocks_andTheOverrideSendsExactlyOnePost();
    void draftWithinThePolicy_createsWithoutAsking();
    void anotherViolation_takesBackTheOverride();
    void noPolicy_showsNothing();
    void policyDialog_savesTheSettings_andExportsAndImportsTheFile();
    void policyDialog_refusesABrokenFile();

private:
    // A New token dialog on a fresh instance, with this policy saved in the settings.
    bool openDialog(const TokenPolicy &policy);
    template<typename T = QWidget> T *child(const QString &name) const
    {
        return ::child<T>(m_dialog.dialog(), name);
    }
    void type(const QString &name, const QString &text)
    {
        QWidget *w = child(name);
        w->setFocus();
        QTest::keyClicks(w, text);
    }
    static void tick(QCheckBox *box)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    QPushButton *createButton() const { return child<QPushButton>(QStringLiteral("createButton")); }
    QDialog *openPolicyDialog();
    // Chooses `path` in the policy dialog's file chooser, as its Open or Save button does.
    void chooseFile(QDialog *dialog, const QString &buttonName, const QString &path);

    CreateDialogFixture m_dialog;
    WindowFixture m_window;
};

void TestTokenPolicy::cleanup()
{
    m_dialog.close();
    m_window.close();
    dropApi();
}

bool TestTokenPolicy::openDialog(const TokenPolicy &policy)
{
    freshApi();
    PolicySettings::save(policy);
    return m_api->start() && m_dialog.open(m_api->tokens(), CreateDialogFixture::Until::Active);
}

void TestTokenPolicy::policyBlocks_andTheOverrideSendsExactlyOnePost()
{
    TokenPolicy policy;
    policy.maxLifetimeDays = 30;
    policy.descriptionRequired = true;
    policy.namePattern = QStringLiteral("team-*");
    policy.scopesNeedingConfirmation = {QStringLiteral("all.Instance")};
    QVERIFY(openDialog(policy));
    type(QStringLiteral("nameEdit"), QStringLiteral("rogue"));
    QTest::mouseClick(child(QStringLiteral("permissionsAll")), Qt::LeftButton);
    QVERIFY(child<QRadioButton>(QStringLiteral("permissionsAll"))->isChecked());

    // The draft is complete for the server, but breaks four rules (90 days > 30).
    auto *violations = child<QLabel>(QStringLiteral("policyViolations"));
    QVERIFY(violations->isVisible());
    for (const char *word : {"30 day", "all.Instance", "description", "team-*"})
        QVERIFY2(violations->text().contains(QLatin1String(word)), word);
    QVERIFY(!createButton()->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("reasonLabel"))->text().contains(QLatin1String("policy")));
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTest::keyClick(child(QStringLiteral("nameEdit")), Qt::Key_Return);
    QSignalSpy created(m_dialog.dialog(), &CreateTokenDialog::tokenCreated);
    QVERIFY(!m_dialog->isSending()); // the final count of one POST proves none went out here

    auto *override = child<QCheckBox>(QStringLiteral("policyOverride"));
    tick(override);
    QVERIFY(override->isChecked());
    QVERIFY(createButton()->isEnabled());
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QTest::mouseClick(createButton(), Qt::LeftButton); // a second click while it is out
    QVERIFY(created.wait());
    const QList<QJsonObject> posts = RequestLog::bodies(*m_server, "POST");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().value(QLatin1String("name")).toString(), QStringLiteral("rogue"));
    // Nothing of the policy goes to the server.
    const QByteArray raw = RequestLog::byMethod(*m_server, "POST").first().body;
    for (const char *field : {"maxLifetimeDays", "namePattern", "scopesNeedingConfirmation",
                              "descriptionRequired", "team-*", "policy"})
        QVERIFY2(!raw.contains(field), field);
}

void TestTokenPolicy::draftWithinThePolicy_createsWithoutAsking()
{
    TokenPolicy policy;
    policy.maxLifetimeDays = 90; // the dialog's default lifetime
    policy.descriptionRequired = true;
    policy.namePattern = QStringLiteral("team-*");
    QVERIFY(openDialog(policy));
    type(QStringLiteral("nameEdit"), QStringLiteral("team-grafana"));
    type(QStringLiteral("descriptionEdit"), QStringLiteral("Dashboards"));
    QTest::mouseClick(child(QStringLiteral("permissionsAll")), Qt::LeftButton);
    QVERIFY(!child(QStringLiteral("policyCheck"))->isVisible());
    QVERIFY(createButton()->isEnabled());
    QSignalSpy created(m_dialog.dialog(), &CreateTokenDialog::tokenCreated);
    QTest::mouseClick(createButton(), Qt::LeftButton);
    QVERIFY(created.wait());
    QCOMPARE(RequestLog::count(*m_server, "POST"), 1);
}

void TestTokenPolicy::anotherViolation_takesBackTheOverride()
{
    TokenPolicy policy;
    policy.namePattern = QStringLiteral("team-*");
    policy.descriptionRequired = true;
    QVERIFY(openDialog(policy));
    type(QStringLiteral("nameEdit"), QStringLiteral("team-a"));
    QTest::mouseClick(child(QStringLiteral("permissionsAll")), Qt::LeftButton);
    auto *override = child<QCheckBox>(QStringLiteral("policyOverride"));
    tick(override); // for the missing description
    QVERIFY(createButton()->isEnabled());
    // Now the name breaks the pattern too: the override was not given for that.
    auto *name = child<QLineEdit>(QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Home);
    QTest::keyClicks(name, QStringLiteral("x"));
    QVERIFY(!override->isChecked());
    QVERIFY(!createButton()->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("policyViolations"))
                    ->text()
                    .contains(QLatin1String("team-*")));
}

void TestTokenPolicy::noPolicy_showsNothing()
{
    QVERIFY(openDialog(TokenPolicy()));
    type(QStringLiteral("nameEdit"), QStringLiteral("anything"));
    QTest::mouseClick(child(QStringLiteral("neverExpires")), Qt::LeftButton);
    QTest::mouseClick(child(QStringLiteral("permissionsAll")), Qt::LeftButton);
    QVERIFY(!child(QStringLiteral("policyCheck"))->isVisible());
    QVERIFY(createButton()->isEnabled());
}

QDialog *TestTokenPolicy::openPolicyDialog()
{
    freshApi();
    if (!m_api->start() || !m_window.open(m_api->tokens()))
        return nullptr;
    return m_window.openDialog("tokenPolicyAction", QStringLiteral("policyDialog"));
}

void TestTokenPolicy::chooseFile(QDialog *dialog, const QString &buttonName, const QString &path)
{
    QTest::mouseClick(::child<QPushButton>(dialog, buttonName), Qt::LeftButton);
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = dialog->findChild<QFileDialog *>(QStringLiteral("policyFileDialog")))
                && chooser->isVisible());
    chooser->selectFile(path);
    static_cast<QDialog *>(chooser)->accept(); // as its Open or Save button does
    QTRY_VERIFY(!dialog->findChild<QFileDialog *>(QStringLiteral("policyFileDialog")));
}

void TestTokenPolicy::policyDialog_savesTheSettings_andExportsAndImportsTheFile()
{
    QDialog *dialog = openPolicyDialog();
    QVERIFY(dialog);
    auto *days = ::child<QSpinBox>(dialog, QStringLiteral("policyMaxLifetime"));
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, QStringLiteral("45"));
    auto *scopes = ::child<QPlainTextEdit>(dialog, QStringLiteral("policyScopes"));
    scopes->setFocus();
    QTest::keyClicks(scopes, QStringLiteral("all.Instance"));
    QTest::keyClick(scopes, Qt::Key_Return);
    QTest::keyClicks(scopes, QStringLiteral("all.User"));
    tick(::child<QCheckBox>(dialog, QStringLiteral("policyDescriptionRequired")));
    auto *pattern = ::child<QLineEdit>(dialog, QStringLiteral("policyNamePattern"));
    pattern->setFocus();
    QTest::keyClicks(pattern, QStringLiteral("svc-*"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("team-policy.json"));
    chooseFile(dialog, QStringLiteral("policyExportButton"), file);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QString error;
    const auto exported
            = TokenPolicy::fromJson(QJsonDocument::fromJson(written.readAll()).object(), &error);
    QVERIFY2(exported, qPrintable(error));
    QCOMPARE(exported->maxLifetimeDays, 45);
    QCOMPARE(exported->scopesNeedingConfirmation,
             (QStringList{QStringLiteral("all.Instance"), QStringLiteral("all.User")}));
    QVERIFY(exported->descriptionRequired);
    QCOMPARE(exported->namePattern, QStringLiteral("svc-*"));
    QVERIFY(PolicySettings::load().isEmpty()); // exporting saves nothing; OK does

    QTest::mouseClick(::child<QPushButton>(dialog, QStringLiteral("policyOkButton")),
                      Qt::LeftButton);
    QCOMPARE(PolicySettings::load(), *exported);

    // A team member imports the file into an empty policy.
    PolicySettings::save(TokenPolicy());
    dialog = m_window.openDialog("tokenPolicyAction", QStringLiteral("policyDialog"));
    QVERIFY(dialog);
    QCOMPARE(::child<QSpinBox>(dialog, QStringLiteral("policyMaxLifetime"))->value(), 0);
    chooseFile(dialog, QStringLiteral("policyImportButton"), file);
    QCOMPARE(::child<QSpinBox>(dialog, QStringLiteral("policyMaxLifetime"))->value(), 45);
    QCOMPARE(::child<QLineEdit>(dialog, QStringLiteral("policyNamePattern"))->text(),
             QStringLiteral("svc-*"));
    QTest::mouseClick(::child<QPushButton>(dialog, QStringLiteral("policyOkButton")),
                      Qt::LeftButton);
    QCOMPARE(PolicySettings::load(), *exported);
}

void TestTokenPolicy::policyDialog_refusesABrokenFile()
{
    QDialog *dialog = openPolicyDialog();
    QVERIFY(dialog);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("typo.json"));
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"maxLifeTimeDays": 30})");
    broken.close();
    chooseFile(dialog, QStringLiteral("policyImportButton"), file);
    auto *error = ::child<QLabel>(dialog, QStringLiteral("policyError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("maxLifeTimeDays")), qPrintable(error->text()));
    QCOMPARE(::child<QSpinBox>(dialog, QStringLiteral("policyMaxLifetime"))->value(), 0);
}

QTEST_MAIN(TestTokenPolicy)
#include "tst_tokenpolicy.moc"
