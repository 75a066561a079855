// The app's own icons (resources/icons): every one documented in resources/README.md is compiled
// in and draws; the line icons follow a light or dark palette; the window's actions and bars use
// them, not the style's stand-ins.
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/AppIcons.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {
// The names in the icon table of resources/README.md: rows that start with | `name` |.
QStringList documentedNames()
{
    QFile readme(QStringLiteral(LOSANT_RESOURCES_README));
    if (!readme.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList names;
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z-]+)` \\|"),
                                        QRegularExpression::MultilineOption);
    auto it = row.globalMatch(QString::fromUtf8(readme.readAll()));
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QPalette withText(const QColor &window, const QColor &text, const QColor &disabledText)
{
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    return p;
}

// The colours of the fully opaque pixels (the strokes' insides), and how many there are.
QSet<QRgb> opaqueColors(const QImage &image, int *count)
{
    QSet<QRgb> colors;
    *count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 255) {
                colors.insert(c.rgb());
                ++*count;
            }
        }
    return colors;
}
} // namespace

class TestAppIcons : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void cleanup() { QApplication::setPalette(m_original); }

    void everyDocumentedIcon_isCompiledIn_andDraws();
    void lineIcons_takeThePaletteTextColour_disabledGreysOut();
    void messageIcons_keepTheirColours_onDarkAndLight();
    void window_menuAndToolbarActions_useOurIcons();
    void toggleIcon_saysActivate_forAnInactiveToken();
    void messageBar_usesOurIcons();

private:
    QPalette m_original = QApplication::palette();
};

void TestAppIcons::everyDocumentedIcon_isCompiledIn_andDraws()
{
    const QStringList documented = documentedNames();
    QVERIFY2(documented.contains(QStringLiteral("rotate")), "the README lists no rotate icon");
    QStringList compiled = AppIcons::names();
    QStringList listed = documented;
    compiled.sort();
    listed.sort();
    QCOMPARE(compiled, listed); // none undocumented, none missing
    for (const QString &name : documented) {
        const QIcon icon = AppIcons::icon(name);
        QCOMPARE(icon.name(), name);
        int opaque = 0;
        opaqueColors(icon.pixmap(48, 48).toImage(), &opaque);
        // A stroke or a shape covers a good part of the square, not a stray pixel.
        QVERIFY2(opaque > 48 * 48 / 20, qPrintable(name));
    }
    QVERIFY(AppIcons::icon(QStringLiteral("no-such-icon")).isNull());
}

void TestAppIcons::lineIcons_takeThePaletteTextColour_disabledGreysOut()
{
    const struct
    {
        QColor window, text, disabled;
    } themes[] = {{QColor(0x35, 0x35, 0x35), QColor(0xee, 0xee, 0xee), QColor(0x80, 0x80, 0x80)},
                  {QColor(0xf0, 0xf0, 0xf0), QColor(0x10, 0x10, 0x10), QColor(0xa0, 0xa0, 0xa0)}};
    for (const auto &theme : themes) {
        QApplication::setPalette(withText(theme.window, theme.text, theme.disabled));
        for (const QString &name : {QStringLiteral("refresh"), QStringLiteral("delete")}) {
            int opaque = 0;
            const QIcon icon = AppIcons::icon(name);
            QCOMPARE(opaqueColors(icon.pixmap(32, 32).toImage(), &opaque),
                     QSet<QRgb>{theme.text.rgb()});
            QVERIFY(opaque > 0);
            QCOMPARE(opaqueColors(icon.pixmap(32, 32, QIcon::Disabled).toImage(), &opaque),
                     QSet<QRgb>{theme.disabled.rgb()});
        }
    }
}

void TestAppIcons::messageIcons_keepTheirColours_onDarkAndLight()
{
    QApplication::setPalette(withText(Qt::black, Qt::white, Qt::gray));
    const QImage onDark = AppIcons::icon(QStringLiteral("error")).pixmap(24, 24).toImage();
    QApplication::setPalette(withText(Qt::white, Qt::black, Qt::gray));
    const QImage onLight = AppIcons::icon(QStringLiteral("error")).pixmap(24, 24).toImage();
    QCOMPARE(onDark, onLight);
    const QColor middle = onLight.pixelColor(12, 4); // inside the circle, off the cross
    QVERIFY2(middle.red() > 150 && middle.green() < 90, qPrintable(middle.name()));
}

void TestAppIcons::window_menuAndToolbarActions_useOurIcons()
{
    freshApi();
    addToken(QStringLiteral("active one"));
    QVERIFY(m_api->start());
    WindowFixture window;
    QVERIFY(window.open(m_api->tokens()));
    const struct
    {
        const char *action;
        QString icon;
    } expected[] = {{"refreshAction", QStringLiteral("refresh")},
                    {"newTokenAction", QStringLiteral("new")},
                    {"deleteTokenAction", QStringLiteral("delete")},
                    {"editTokenAction", QStringLiteral("edit")},
                    {"toggleStatusAction", QStringLiteral("deactivate")},
                    {"exportAction", QStringLiteral("export")},
                    {"connectionsAction", QStringLiteral("connections")},
                    {"activityAction", QStringLiteral("activity")},
                    {"copyIdAction", QStringLiteral("copy")}};
    for (const auto &e : expected) {
        QAction *action = window.action(e.action);
        QVERIFY2(action, e.action);
        QCOMPARE(action->icon().name(), e.icon);
    }
    // Whatever else the menus and toolbars show with an icon shows one of ours.
    const QStringList ours = AppIcons::names();
    QList<QAction *> shown;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu())
            shown += menu->menu()->actions();
    for (QToolBar *bar : window->findChildren<QToolBar *>())
        shown += bar->actions();
    QVERIFY(shown.size() > 5);
    for (QAction *action : std::as_const(shown))
        QVERIFY2(action->icon().isNull() || ours.contains(action->icon().name()),
                 qPrintable(action->text()));
}

void TestAppIcons::toggleIcon_saysActivate_forAnInactiveToken()
{
    freshApi();
    addToken(QStringLiteral("sleeping"), QStringLiteral("inactive"));
    QVERIFY(m_api->start());
    WindowFixture window;
    QVERIFY(window.open(m_api->tokens()));
    const TokenListModel *model = window->model(); // the first page is shown
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->tokenAt(r).name == QLatin1String("sleeping"))
            row = r;
    QVERIFY(row >= 0);
    window.clickRow(row);
    QTRY_COMPARE(window.action("toggleStatusAction")->icon().name(), QStringLiteral("activate"));
}

void TestAppIcons::messageBar_usesOurIcons()
{
    QWidget window; // a bar takes its tint from its surroundings
    auto *bar = new MessageBar(QStringLiteral("testBar"), &window);
    bar->showMessage(QStringLiteral("It failed."), MessageBar::Type::Error);
    auto *close = bar->findChild<QToolButton *>(QStringLiteral("testBarClose"));
    QVERIFY(close);
    QCOMPARE(close->icon().name(), QStringLiteral("close"));
    QImage shown;
    for (const QLabel *label : bar->findChildren<QLabel *>())
        if (!label->pixmap().isNull())
            shown = label->pixmap().toImage();
    QVERIFY(!shown.isNull());
    const QImage error = AppIcons::icon(QStringLiteral("error")).pixmap(shown.size()).toImage();
    QCOMPARE(shown.convertToFormat(error.format()), error);
}

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
