// Issue 18: German is complete including Qt's own strings. The qtbase catalogue the app loads
// (main.cpp: "qtbase" for the locale from QLibraryInfo::TranslationsPath, installed by the
// qt6-translations-l10n package) turns the standard buttons of the app's dialogs German.
#include "ui/TokenCreatedDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

class TestQtTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void standardButtons_ofTheAppsDialogs_speakGerman();

private:
    QTranslator m_qt;
};

void TestQtTranslations::initTestCase()
{
    // As main.cpp loads it for a German locale.
    QVERIFY2(m_qt.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("qtbase"),
                       QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QVERIFY(QCoreApplication::installTranslator(&m_qt));
}

void TestQtTranslations::standardButtons_ofTheAppsDialogs_speakGerman()
{
    // The dialog that shows a new token's secret closes with Qt's own Close button.
    TokenCreatedDialog created(QStringLiteral("ci"), QStringLiteral("secret"));
    auto *close = created.findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QCOMPARE(close->text().remove(QLatin1Char('&')), QStringLiteral("Schließen"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
             QStringLiteral("Abbrechen"));
}

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
