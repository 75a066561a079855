// State colours and the message bar on light and dark themes.
#include "ui/MessageBar.h"
#include "ui/StatePalette.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using State = StatePalette::State;

namespace {
const State kStates[] = {State::Expired,     State::Expiring, State::Inactive, State::Error,
                         State::Information, State::Positive, State::Warning};

QPalette themed(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette p(text, window, window.lighter(), window.darker(), window.darker(150), text, base);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}

QPalette light()
{
    return themed(QColor(0xef, 0xef, 0xef), QColor(Qt::white), QColor(Qt::black));
}

QPalette dark()
{
    return themed(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), QColor(Qt::white));
}
} // namespace

class TestStatePalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(m_original); }
    void darkTheme_hasItsOwnColours_thatStandOutFromTheBase();
    void errorsStayRed_andExpiringStaysAmber_onBothThemes();
    void errorLabel_readsOnTheDarkWindow();
    void messageBar_isTintedFromTheTheme();

private:
    QPalette m_original = QApplication::palette();
};

void TestStatePalette::darkTheme_hasItsOwnColours_thatStandOutFromTheBase()
{
    const StatePalette onLight(light());
    const StatePalette onDark(dark());
    QVERIFY(!onLight.isDark());
    QVERIFY(onDark.isDark());
    for (const State state : kStates) {
        const QColor l = onLight.foreground(state);
        const QColor d = onDark.foreground(state);
        QVERIFY2(l != d, qPrintable(l.name()));
        // WCAG AA for text, on the base (tables, fields) and the window (labels).
        QVERIFY2(StatePalette::contrast(l, light().color(QPalette::Base)) >= 4.5,
                 qPrintable(l.name()));
        QVERIFY2(StatePalette::contrast(l, light().color(QPalette::Window)) >= 4.5,
                 qPrintable(l.name()));
        QVERIFY2(StatePalette::contrast(d, dark().color(QPalette::Base)) >= 4.5,
                 qPrintable(d.name()));
        QVERIFY2(StatePalette::contrast(d, dark().color(QPalette::Window)) >= 4.5,
                 qPrintable(d.name()));
        // Light text on the dark theme, dark text on the light one.
        QVERIFY(d.lightness() > l.lightness());
    }
}

void TestStatePalette::errorsStayRed_andExpiringStaysAmber_onBothThemes()
{
    for (const QPalette &palette : {light(), dark()}) {
        const StatePalette colors(palette);
        const int red = colors.foreground(State::Error).hslHue();
        QVERIFY2(red <= 15 || red >= 340, qPrintable(QString::number(red)));
        const int amber = colors.foreground(State::Expiring).hslHue();
        QVERIFY2(amber >= 20 && amber <= 50, qPrintable(QString::number(amber)));
        QCOMPARE(colors.foreground(State::Inactive).hslSaturation(), 0);
        QVERIFY(colors.foreground(State::Error) != colors.foreground(State::Inactive));
    }
}

void TestStatePalette::errorLabel_readsOnTheDarkWindow()
{
    QApplication::setPalette(dark());
    QLabel label(QStringLiteral("Name is required."));
    StatePalette::setTextColor(&label, State::Error);
    const QColor text = label.palette().color(QPalette::WindowText);
    QVERIFY(StatePalette::contrast(text, dark().color(QPalette::Window)) >= 4.5);
    StatePalette::clearText(&label);
    QCOMPARE(label.palette().color(QPalette::WindowText), QColor(Qt::white));
}

void TestStatePalette::messageBar_isTintedFromTheTheme()
{
    for (const QPalette &palette : {light(), dark()}) {
        QApplication::setPalette(palette);
        QWidget window;
        window.resize(400, 80);
        auto *bar = new MessageBar(QStringLiteral("bar"), &window);
        bar->showMessage(QStringLiteral("<b>not bold</b>"), MessageBar::Type::Error);
        bar->setGeometry(0, 0, 400, 60);
        const QColor shown = bar->grab().toImage().pixelColor(4, 4);
        const bool darkTheme = palette.color(QPalette::Window).lightness() < 128;
        // A dark bar on the dark theme, a light one on the light theme; never the plain window.
        QCOMPARE(shown.lightness() < 128, darkTheme);
        QCOMPARE(shown.rgb(), StatePalette(palette).background(State::Error).rgb());
        QVERIFY(shown != palette.color(QPalette::Window));
        QCOMPARE(bar->message(), QStringLiteral("<b>not bold</b>"));
        QCOMPARE(bar->findChild<QLabel *>(QStringLiteral("barMessage"))->textFormat(),
                 Qt::PlainText);
    }
}

QTEST_MAIN(TestStatePalette)
#include "tst_statepalette.moc"
