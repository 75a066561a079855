// Issue 18: the dark theme. With View ▸ Theme ▸ Dark (Qt's Fusion style with a dark palette) and
// with Light, every message bar's text reads on its tint and every state colour on the table and
// the window, at WCAG AA contrast (4.5:1); the choice applies at once and is kept.
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/ConnectionDialog.h"
#include "ui/MessageBar.h"
#include "ui/SettingsKeys.h"
#include "ui/StatePalette.h"
#include "ui/Theme.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTest>

Q_DECLARE_METATYPE(Theme::Choice)

using State = StatePalette::State;

namespace {
const State kStates[] = {State::Expired,     State::Expiring, State::Inactive, State::Error,
                         State::Information, State::Positive, State::Warning};
const MessageBar::Type kBars[] = {MessageBar::Type::Information, MessageBar::Type::Positive,
                                  MessageBar::Type::Warning, MessageBar::Type::Error};

QString ratio(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3")
            .arg(a.name(), b.name())
            .arg(StatePalette::contrast(a, b), 0, 'f', 2);
}
} // namespace

class TestDarkTheme : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void cleanup();

    void theme_data();
    void messageBars_readOnTheirTint(); // with theme
    void messageBars_readOnTheirTint_data() { theme_data(); }
    void stateColours_readOnTheTableAndTheWindow();
    void stateColours_readOnTheTableAndTheWindow_data() { theme_data(); }
    void connectionDialogNotes_read();
    void connectionDialogNotes_read_data() { theme_data(); }
    void viewMenu_switchesTheTheme_atOnce_andKeepsIt();
    void stateLabels_followASwitchWhileShown();

private:
    WindowFixture m_window;
};

void TestDarkTheme::cleanup()
{
    m_window.close();
    dropApi();
    Theme::apply(Theme::Choice::System);
    QSettings().clear();
}

void TestDarkTheme::theme_data()
{
    QTest::addColumn<Theme::Choice>("theme");
    QTest::newRow("dark") << Theme::Choice::Dark;
    QTest::newRow("light") << Theme::Choice::Light;
}

void TestDarkTheme::messageBars_readOnTheirTint()
{
    QFETCH(Theme::Choice, theme);
    Theme::apply(theme);
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128,
             theme == Theme::Choice::Dark);
    QWidget window;
    window.resize(500, 60);
    auto *bar = new MessageBar(QStringLiteral("bar"), &window);
    for (const MessageBar::Type type : kBars) {
        bar->showMessage(QStringLiteral("The list could not be loaded."), type,
                         QStringLiteral("Retry"));
        bar->setGeometry(0, 0, 500, 60);
        // The tint as painted, under the text the label paints in its palette's colour.
        const QColor tint = bar->grab().toImage().pixelColor(3, 3);
        auto *label = bar->findChild<QLabel *>(QStringLiteral("barMessage"));
        const QColor text = label->palette().color(label->foregroundRole());
        QVERIFY2(StatePalette::contrast(text, tint) >= 4.5, qPrintable(ratio(text, tint)));
        // Not the light tint of old on a dark theme.
        QCOMPARE(tint.lightness() < 128, theme == Theme::Choice::Dark);
    }
}

void TestDarkTheme::stateColours_readOnTheTableAndTheWindow()
{
    QFETCH(Theme::Choice, theme);
    Theme::apply(theme);
    const QPalette palette = QApplication::palette();
    const StatePalette &colours = StatePalette::current();
    QCOMPARE(colours.isDark(), theme == Theme::Choice::Dark);
    for (const State state : kStates) {
        const QColor c = colours.foreground(state);
        for (const QPalette::ColorRole role :
             {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
            const QColor behind = palette.color(role);
            QVERIFY2(StatePalette::contrast(c, behind) >= 4.5, qPrintable(ratio(c, behind)));
        }
    }
}

void TestDarkTheme::connectionDialogNotes_read()
{
    QFETCH(Theme::Choice, theme);
    Theme::apply(theme);
    QSettings settings;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    QNetworkAccessManager network;
    ConnectionDialog dialog(&profiles, &secrets, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QColor window = dialog.palette().color(QPalette::Window);
    for (const char *name : {"noOwnerIdNote", "tokenStorageNote"}) {
        auto *note = dialog.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(note, name);
        const QColor text = note->palette().color(note->foregroundRole());
        QVERIFY2(StatePalette::contrast(text, window) >= 4.5,
                 qPrintable(QLatin1String(name) + QLatin1Char(' ') + ratio(text, window)));
    }
}

void TestDarkTheme::viewMenu_switchesTheTheme_atOnce_andKeepsIt()
{
    QVERIFY(startApi());
    addToken(QStringLiteral("expired long ago"));
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active));
    auto *dark = m_window->findChild<QAction *>(QStringLiteral("theme_dark"));
    QVERIFY(dark);
    QVERIFY(dark->isCheckable());
    dark->trigger();
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(m_window.table()->palette().color(QPalette::Base),
             Theme::darkPalette().color(QPalette::Base));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QSettings().value(SettingsKeys::kTheme).toString(), QStringLiteral("dark"));
    QCOMPARE(Theme::saved(), Theme::Choice::Dark);
    // The bar above the table follows without a restart.
    MessageBar *bar = m_window.errorBar();
    bar->showMessage(QStringLiteral("Could not load."), MessageBar::Type::Error);
    QTRY_VERIFY(bar->grab().toImage().pixelColor(3, 3).lightness() < 128);
    // Back to the system's look.
    m_window->findChild<QAction *>(QStringLiteral("theme_system"))->trigger();
    QCOMPARE(Theme::saved(), Theme::Choice::System);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() >= 128);
}

void TestDarkTheme::stateLabels_followASwitchWhileShown()
{
    Theme::apply(Theme::Choice::Light);
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Name is required."), &window);
    StatePalette::setTextColor(label, State::Error);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Switched while shown: the red is the dark theme's now, readable on its window.
    Theme::apply(Theme::Choice::Dark);
    const QColor darkWindow = Theme::darkPalette().color(QPalette::Window);
    QTRY_VERIFY2(StatePalette::contrast(label->palette().color(QPalette::WindowText), darkWindow)
                         >= 4.5,
                 qPrintable(ratio(label->palette().color(QPalette::WindowText), darkWindow)));
    QCOMPARE(label->palette().color(QPalette::Window), darkWindow);
    // Another state on the dark theme takes, too.
    StatePalette::setTextColor(label, State::Positive);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             StatePalette(Theme::darkPalette()).foreground(State::Positive));
    // And back.
    Theme::apply(Theme::Choice::Light);
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    QTRY_VERIFY2(StatePalette::contrast(label->palette().color(QPalette::WindowText), lightWindow)
                         >= 4.5,
                 qPrintable(ratio(label->palette().color(QPalette::WindowText), lightWindow)));
}

QTEST_MAIN(TestDarkTheme)
#include "tst_darktheme.moc"
