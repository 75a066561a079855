// The export dialog proposes the folder of the last export that worked, and when that folder
// is gone says so with a way to choose another, never creating it: the real dialog on the real
// window, over HTTP to the local instance.
#include "support/LocalApiFixture.h"
#include "support/WidgetLookup.h"
#include "support/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/SettingsKeys.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestExportFolder : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nextExport_proposesTheLastFolderThatWorked();
    void removedFolder_isNamed_notCreated_andChooseOffersAnother();
    void typedMissingFolder_isNotCreated();

private:
    QDialog *openExport();
    QLineEdit *pathField(QDialog *dialog) const;
    void clickExport(QDialog *dialog);
    // Exports the loaded rows to `path` and waits for the dialog to close.
    void exportTo(const QString &path);

    WindowFixture m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportFolder::initTestCase()
{
    WindowFixture::useTestPaths();
}

void TestExportFolder::init()
{
    freshApi();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (int i = 0; i < 5; ++i) {
        ApiToken t;
        t.name = QStringLiteral("export %1").arg(i);
        addToken(t);
    }
    QVERIFY(m_api->start());
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Exposed));
    QTRY_VERIFY(m_window->model()->rowCount() == 6 && !m_window->model()->isLoading());
}

void TestExportFolder::cleanup()
{
    m_window.close();
    dropApi();
    m_dir.reset();
}

QDialog *TestExportFolder::openExport()
{
    return m_window.openDialog("exportAction", QStringLiteral("exportDialog"));
}

QLineEdit *TestExportFolder::pathField(QDialog *dialog) const
{
    return child<QLineEdit>(dialog, QStringLiteral("exportPath"));
}

void TestExportFolder::clickExport(QDialog *dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("exportButton")), Qt::LeftButton);
}

void TestExportFolder::exportTo(const QString &path)
{
    QDialog *dialog = openExport();
    QVERIFY(dialog);
    pathField(dialog)->setText(path);
    clickExport(dialog);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
    QVERIFY(QFile::exists(path));
}

void TestExportFolder::nextExport_proposesTheLastFolderThatWorked()
{
    const QString folder = m_dir->filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    exportTo(QDir(folder).filePath(QStringLiteral("first.csv")));

    QDialog *dialog = openExport();
    QVERIFY(dialog);
    const QFileInfo proposed(pathField(dialog)->text());
    QCOMPARE(QDir(proposed.absolutePath()), QDir(folder));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("exportFolderMissing"))->isVisible());
    clickExport(dialog); // the proposal as it stands
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
    QVERIFY(QFile::exists(proposed.absoluteFilePath()));
}

void TestExportFolder::removedFolder_isNamed_notCreated_andChooseOffersAnother()
{
    const QString gone = m_dir->filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(gone));
    exportTo(QDir(gone).filePath(QStringLiteral("tokens.csv")));
    QVERIFY(QDir(gone).removeRecursively());

    QDialog *dialog = openExport();
    QVERIFY(dialog);
    auto *missing = dialog->findChild<QLabel *>(QStringLiteral("exportFolderMissing"));
    auto *choose = dialog->findChild<QPushButton *>(QStringLiteral("chooseFolderButton"));
    QVERIFY(missing->isVisible() && choose->isVisible());
    QVERIFY2(missing->text().startsWith(QStringLiteral("The folder “%1” no longer exists.")
                                                .arg(QDir::toNativeSeparators(gone))),
             qPrintable(missing->text()));

    // Export anyway: nothing is written and no folder appears; the dialog stays with the message.
    clickExport(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(missing->isVisible());
    QVERIFY(!QFileInfo::exists(gone));

    // Choose… offers a folder dialog; the chosen folder replaces the missing one.
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QTest::mouseClick(choose, Qt::LeftButton);
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = dialog->findChild<QFileDialog *>(QStringLiteral("chooseFolderDialog")))
                && chooser->isVisible());
    chooser->setDirectory(other);
    static_cast<QDialog *>(chooser)->accept(); // as its Choose button does
    QTRY_COMPARE(QDir(QFileInfo(pathField(dialog)->text()).absolutePath()), QDir(other));
    QVERIFY(!missing->isVisible() && !choose->isVisible());
    clickExport(dialog);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
    QVERIFY(QFile::exists(QDir(other).filePath(QStringLiteral("losant-tokens.csv"))));
    QVERIFY(!QFileInfo::exists(gone));
    // The folder that worked is the one proposed next.
    QCOMPARE(QDir(QSettings().value(SettingsKeys::kExportFolder).toString()), QDir(other));
}

void TestExportFolder::typedMissingFolder_isNotCreated()
{
    QDialog *dialog = openExport();
    QVERIFY(dialog);
    const QString never = m_dir->filePath(QStringLiteral("never/made"));
    pathField(dialog)->setText(QDir(never).filePath(QStringLiteral("tokens.csv")));
    clickExport(dialog);
    auto *missing = dialog->findChild<QLabel *>(QStringLiteral("exportFolderMissing"));
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(QDir::toNativeSeparators(never)),
             qPrintable(missing->text()));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("chooseFolderButton"))->isVisible());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("never"))));
    QVERIFY(dialog->isVisible());
}

QTEST_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
