// Issue 18: every control says what it is to a screen reader. The walk visits every widget of
// the main window (its details pane on both tabs), the New token dialog and the connection
// dialog, and fails on an interactive one without an accessible name (its own, its text, or its
// buddy label's); the table's status and expiry cells say their state in words.
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "core/InstanceAuditLog.h"
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/ConnectionDialog.h"
#include "ui/MessageBar.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

namespace {
// Controls a person works with (Qt's own parts inside them aside: a combo box's list, a spin
// box's field, a scroll area's bars speak for themselves through their owner).
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    const QWidget *parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QTabBar *>(parent)))
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_"))) // the toolbar's ">>" and the like
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w)
            || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w);
}

bool hasBuddy(const QWidget *w, const QWidget *top)
{
    for (const QLabel *label : top->findChildren<QLabel *>())
        if (label->buddy() == w && !label->text().isEmpty())
            return true;
    return false;
}

// "kind objectName" of every shown control under `top` that has no name.
QStringList nameless(QWidget *top)
{
    QStringList found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || !isInteractive(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty() && !hasBuddy(w, top))
            found.append(
                    QStringLiteral("%1 \"%2\"")
                            .arg(QLatin1String(w->metaObject()->className()), w->objectName()));
    }
    return found;
}

// How many interactive controls the walk looked at: it must have seen the window's parts.
int interactiveCount(QWidget *top)
{
    int count = 0;
    for (QWidget *w : top->findChildren<QWidget *>())
        count += w->isVisibleTo(top) && isInteractive(w) ? 1 : 0;
    return count;
}
} // namespace

class TestAccessibility : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestPaths(); }
    void init();
    void cleanup();

    void mainWindow_withDetails_everyControlIsNamed();
    void detailsPane_historyTab_everyControlIsNamed();
    void newTokenDialog_everyControlIsNamed();
    void connectionDialog_everyControlIsNamed();
    void statusAndExpiryCells_sayTheirStateInWords();

private:
    void selectRow(int row);

    WindowFixture m_window;
    ApiToken m_expiring, m_expired, m_inactive;
};

void TestAccessibility::init()
{
    freshApi();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiToken t;
    t.name = QStringLiteral("a expiring");
    t.expirationDate = now.addDays(10);
    t.scope = {QStringLiteral("all.Instance.read")};
    m_expiring = addToken(t);
    t.name = QStringLiteral("b expired");
    t.expirationDate = now.addDays(-10);
    m_expired = addToken(t);
    t.name = QStringLiteral("c inactive");
    t.expirationDate = QDateTime();
    t.status = QStringLiteral("inactive");
    m_inactive = addToken(t);
    // A change to the first token and one made with it: the History tab shows both lists.
    const AuditParty self{m_expiring.id, QStringLiteral("ApiToken"), m_expiring.name};
    const AuditParty alice{QStringLiteral("5a0000000000000000000001"), QStringLiteral("User"),
                           QStringLiteral("alice")};
    for (const auto &[actor, target] : {std::pair{alice, self}, std::pair{self, alice}}) {
        InstanceAuditLog entry;
        entry.creationDate = now.addDays(-1);
        entry.actor = actor;
        entry.primaryTarget = target;
        entry.requestResource = QStringLiteral("instanceApiToken");
        entry.requestAction = QStringLiteral("patch");
        entry.requestBody = {{QStringLiteral("description"), QStringLiteral("dashboards")}};
        entry.responseStatus = 200;
        m_server->instance().addAuditLog(m_instanceId, entry);
    }
    QVERIFY(m_api->start());
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active));
    QTRY_VERIFY(m_window->model()->rowCount() >= 3);
}

void TestAccessibility::cleanup()
{
    m_window.close();
    dropApi();
}

void TestAccessibility::selectRow(int row)
{
    QTableView *view = m_window.table();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(m_window->model()->index(row, 0)).center());
    QTRY_COMPARE(m_window.detailsPane()->shownTokenId(), m_window->model()->tokenAt(row).id);
}

void TestAccessibility::mainWindow_withDetails_everyControlIsNamed()
{
    m_window.errorBar()->showMessage(QStringLiteral("Could not load."), MessageBar::Type::Error,
                                     QStringLiteral("Retry"));
    selectRow(0);
    QVERIFY(interactiveCount(m_window) > 20);
    const QStringList missing = nameless(m_window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::detailsPane_historyTab_everyControlIsNamed()
{
    selectRow(0);
    TokenDetailsPane *pane = m_window.detailsPane();
    auto *tabs = pane->findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
    // Both lists: the token's own changes, and those made with it.
    QTRY_COMPARE(interactiveCount(tabs->currentWidget()), 2);
    const QStringList missing = nameless(pane);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::newTokenDialog_everyControlIsNamed()
{
    QDialog *dialog = m_window.openDialog("newTokenAction", QStringLiteral("createTokenDialog"));
    QVERIFY(dialog);
    // Custom shows the scope list and its filter too.
    auto *custom = dialog->findChild<QAbstractButton *>(QStringLiteral("permissionsCustom"));
    QVERIFY(custom);
    QTest::mouseClick(custom, Qt::LeftButton);
    QVERIFY(interactiveCount(dialog) > 10);
    const QStringList missing = nameless(dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::connectionDialog_everyControlIsNamed()
{
    QSettings settings;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    QNetworkAccessManager network;
    ConnectionDialog dialog(&profiles, &secrets, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *advanced = dialog.findChild<QAbstractButton *>(QStringLiteral("advancedToggle"));
    QVERIFY(advanced);
    QTest::mouseClick(advanced, Qt::LeftButton); // its fields count too
    QVERIFY(interactiveCount(&dialog) > 8);
    const QStringList missing = nameless(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::statusAndExpiryCells_sayTheirStateInWords()
{
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_window.table());
    QVERIFY(table && table->tableInterface());
    const auto cellText = [&](const ApiToken &token, int column) {
        const int row = m_window->model()->rowOfToken(token.id);
        QAccessibleInterface *cell = table->tableInterface()->cellAt(row, column);
        return cell ? cell->text(QAccessible::Name) : QString();
    };
    // The icon and colour of an expiring cell, in words.
    QVERIFY2(cellText(m_expiring, TokenListModel::Expires).contains(QLatin1String("expiring soon")),
             qPrintable(cellText(m_expiring, TokenListModel::Expires)));
    QVERIFY2(cellText(m_expired, TokenListModel::Expires).contains(QLatin1String("expired")),
             qPrintable(cellText(m_expired, TokenListModel::Expires)));
    QCOMPARE(cellText(m_inactive, TokenListModel::Status), QStringLiteral("Inactive"));
    QCOMPARE(cellText(m_expiring, TokenListModel::Status), QStringLiteral("Active"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
