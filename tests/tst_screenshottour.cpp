// Issue 18: the README's screenshots come from the real app. --screenshot-of names the view,
// and the tour opens it as a person would and saves exactly that window as a PNG.
#include "cli/AppOptions.h"
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/ScreenshotTour.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshotTour : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void init();
    void cleanup();

    void screenshotOf_takesAKnownView_andOnlyWithScreenshot();
    void main_savesTheWindow_withATokensDetails();
    void create_savesTheFilledInNewTokenDialog();
    void roles_savesAnOrganizationAndApplicationChosenByName();
    void created_createsTheToken_andSavesTheDialogWithItsSecret();

private:
    // Runs the tour on the window; the saved picture, or a null image.
    QImage take(const QString &view);

    WindowFixture m_window;
    QTemporaryDir m_dir;
};

void TestScreenshotTour::init()
{
    freshApi();
    addToken(QStringLiteral("grafana"));
    QVERIFY(m_api->start());
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active));
    QTRY_VERIFY(m_window->model()->rowCount() == 2 && !m_window->model()->isLoading());
}

void TestScreenshotTour::cleanup()
{
    m_window.close();
    dropApi();
}

QImage TestScreenshotTour::take(const QString &view)
{
    const QString path = m_dir.filePath(view + QStringLiteral(".png"));
    auto *tour = new ScreenshotTour(m_window, view, path);
    QSignalSpy finished(tour, &ScreenshotTour::finished);
    tour->start();
    if (finished.isEmpty() && !finished.wait())
        return QImage();
    return finished.first().first().toBool() ? QImage(path) : QImage();
}

void TestScreenshotTour::screenshotOf_takesAKnownView_andOnlyWithScreenshot()
{
    const QProcessEnvironment none;
    for (const char *view : {"main", "create", "roles", "created", "connections"}) {
        AppOptions options;
        QCOMPARE(options.parse({QStringLiteral("x"), QStringLiteral("--screenshot"),
                                QStringLiteral("a.png"), QStringLiteral("--screenshot-of"),
                                QLatin1String(view)},
                               none),
                 -1);
        QCOMPARE(options.screenshotOf, QLatin1String(view));
    }
    AppOptions unknown;
    QCOMPARE(unknown.parse({QStringLiteral("x"), QStringLiteral("--screenshot"),
                            QStringLiteral("a.png"), QStringLiteral("--screenshot-of"),
                            QStringLiteral("export")},
                           none),
             2);
    QVERIFY2(unknown.error.contains(QLatin1String("export")), qPrintable(unknown.error));
    AppOptions alone;
    QCOMPARE(alone.parse({QStringLiteral("x"), QStringLiteral("--screenshot-of"),
                          QStringLiteral("create")},
                         none),
             2);
    QVERIFY2(alone.error.contains(QLatin1String("--screenshot")), qPrintable(alone.error));
}

void TestScreenshotTour::main_savesTheWindow_withATokensDetails()
{
    const QImage shot = take(QStringLiteral("main"));
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size() / shot.devicePixelRatio(), m_window->size());
    QVERIFY(!m_window.detailsPane()->shownTokenId().isEmpty());
}

void TestScreenshotTour::create_savesTheFilledInNewTokenDialog()
{
    const QImage shot = take(QStringLiteral("create"));
    QVERIFY(!shot.isNull());
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("createTokenDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(shot.size() / shot.devicePixelRatio(), dialog->size());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text().isEmpty());
}

void TestScreenshotTour::roles_savesAnOrganizationAndApplicationChosenByName()
{
    LocalInstance &instance = m_server->instance();
    const QString org = instance.addOrg(m_instanceId, QStringLiteral("Acme Farms"));
    const QString app = instance.addOrgApplication(org, QStringLiteral("Irrigation"));
    instance.addOrgMember(m_userId, org);
    m_api->connectAs(m_userAdmin); // a user's token may list both
    const QImage shot = take(QStringLiteral("roles"));
    QVERIFY(!shot.isNull());
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("createTokenDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *row = dialog->findChild<QWidget *>(QStringLiteral("orgRoleRow_0"));
    QVERIFY(row);
    QCOMPARE(row->findChild<QComboBox *>(QStringLiteral("orgPicker"))->currentText(),
             QStringLiteral("Acme Farms"));
    QCOMPARE(row->findChild<QLineEdit *>(QStringLiteral("orgId"))->text(), org);
    QCOMPARE(row->findChild<QLineEdit *>(QStringLiteral("resourceId"))->text(), app);
}

void TestScreenshotTour::created_createsTheToken_andSavesTheDialogWithItsSecret()
{
    const QImage shot = take(QStringLiteral("created"));
    QVERIFY(!shot.isNull());
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("tokenCreatedDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(shot.size() / shot.devicePixelRatio(), dialog->size());
    QCOMPARE(m_server->instance().tokens(m_instanceId).size(), 3); // created on the server
}

QTEST_MAIN(TestScreenshotTour)
#include "tst_screenshottour.moc"
