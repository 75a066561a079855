// Names, descriptions and messages from the server are text, never markup: a token named with
// HTML goes through every place that shows it on the real window, over real HTTP.
#include "api/ApiCall.h"
#include "core/ApiTokenDraft.h"
#include "support/LocalApiFixture.h"
#include "support/ModalAnswerer.h"
#include "support/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QWindow>

namespace {
const QString kName = QStringLiteral("R&D <i>lab</i> <b>x</b>");
const QString kDescription = QStringLiteral(
        "Uses <b>bold</b> & <a href=\"https://example.com\">a link</a> &amp; <br>");
const QString kCreator = QStringLiteral("Ops <u>team</u> & co");
const QString kServerMessage = QStringLiteral("The name R&D <i>lab</i> <b>x</b> is taken");

// What a person sees of a label or tooltip text: Qt renders what looks like HTML as HTML.
QString shown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString shown(const QLabel *label)
{
    return shown(label->text(), label->textFormat());
}

QByteArray errorBody(const QString &message)
{
    return QStringLiteral(R"({"type":"Validation","message":"%1"})")
            .arg(QString(message).replace(QLatin1Char('"'), QLatin1String("\\\"")))
            .toUtf8();
}
} // namespace

class TestPlainText : public QObject, protected LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void table_cellsAndToolTips_showTheTextAsTyped();
    void detailsPane_showsNameDescriptionAndCreatorAsTyped();
    void deleteConfirmation_namesTheTokenAsTyped();
    void tokenCreatedDialog_namesTheTokenAsTyped();
    void editDialog_titleFieldsAndServerError_showTheTextAsTyped();
    void createSimilar_titleAndServerError_showTheTextAsTyped();
    void messageBar_showsTheServerMessageAsTyped();
    void statusBar_namesTheTokenAsTyped();
    void windowTitle_showsTheInstanceNameAsTyped();

private:
    void selectCreatedRow();
    // The label comes up with the server's message as typed, as plain text.
    void showsServerMessage(QLabel *label);

    ApiToken m_created; // with its secret, as the create answered
    WindowFixture m_window;
};

void TestPlainText::init()
{
    QVERIFY(startApi());
    // The creator's name is server text too: the token that creates carries markup.
    m_api->client.setAccessToken(m_api->server.instance().issueToken(
            m_api->instanceId, kCreator, {QStringLiteral("all.Instance")}));
    ApiTokenDraft draft;
    draft.name = kName;
    draft.description = kDescription;
    draft.scope = {QStringLiteral("all.Instance.read")};
    ApiCall *call = m_api->tokens().create(draft.toPostBody());
    QSignalSpy received(call, &ApiCall::tokenReceived);
    QVERIFY(received.wait(5000));
    m_created = received.first().first().value<ApiToken>();
    QCOMPARE(m_created.name, kName);
    QVERIFY(!m_created.token.isEmpty());

    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Exposed));
    QTRY_VERIFY(m_window->model()->rowOfToken(m_created.id) >= 0
                && !m_window->model()->isLoading());
}

void TestPlainText::cleanup()
{
    m_window.close();
    dropApi();
}

void TestPlainText::selectCreatedRow()
{
    const QModelIndex index
            = m_window->model()->index(m_window->model()->rowOfToken(m_created.id), 0);
    m_window.table()->setFocus();
    m_window.table()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestPlainText::showsServerMessage(QLabel *label)
{
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(shown(label).contains(kServerMessage), qPrintable(shown(label)));
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestPlainText::table_cellsAndToolTips_showTheTextAsTyped()
{
    const int row = m_window->model()->rowOfToken(m_created.id);
    const QModelIndex name = m_window->model()->index(row, TokenListModel::Name);
    const QModelIndex description = m_window->model()->index(row, TokenListModel::Description);
    QCOMPARE(name.data().toString(), kName);
    QCOMPARE(description.data().toString(), kDescription);
    QCOMPARE(shown(name.data(Qt::ToolTipRole).toString()), kName);
    QCOMPARE(shown(description.data(Qt::ToolTipRole).toString()), kDescription);

    // The tooltip as the table shows it on hover.
    QTableView *view = m_window.table();
    const QPoint at = view->visualRect(description).center();
    QHelpEvent hover(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &hover);
    const auto shownTip = []() -> QLabel * {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("qtooltip_label") && w->isVisible())
                return qobject_cast<QLabel *>(w);
        return nullptr;
    };
    QTRY_VERIFY(shownTip());
    QLabel *tip = shownTip();
    QCOMPARE(shown(tip), kDescription);
}

void TestPlainText::detailsPane_showsNameDescriptionAndCreatorAsTyped()
{
    selectCreatedRow();
    auto *pane = m_window.detailsPane();
    QTRY_COMPARE(pane->shownTokenId(), m_created.id);
    const struct
    {
        const char *objectName;
        QString text;
    } fields[] = {{"detailName", kName},
                  {"detailDescription", kDescription},
                  {"detailCreator", kCreator}};
    for (const auto &field : fields) {
        auto *label = pane->findChild<QLabel *>(QLatin1String(field.objectName));
        QVERIFY2(label, field.objectName);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(shown(label).contains(field.text), qPrintable(shown(label)));
    }
}

void TestPlainText::deleteConfirmation_namesTheTokenAsTyped()
{
    selectCreatedRow();
    QString question;
    Qt::TextFormat format = Qt::AutoText;
    ModalAnswerer answerer;
    answerer.answerBox(QStringLiteral("confirmDeleteBox"), QString(), [&](QMessageBox *box) {
        auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
        question = shown(label);
        format = label->textFormat();
    });
    m_window.action("deleteTokenAction")->trigger();
    QVERIFY2(question.contains(kName), qPrintable(question));
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(m_api->server.instance().tokenCount(m_api->instanceId), 3); // nothing deleted
}

void TestPlainText::tokenCreatedDialog_namesTheTokenAsTyped()
{
    // As the window opens it for the create's answer: the name is the server's.
    TokenCreatedDialog dialog(m_created.name, m_created.token, m_window.window());
    dialog.show();
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("secretNotice"));
    QVERIFY(notice);
    QVERIFY2(shown(notice).contains(QStringLiteral("“%1”").arg(kName)), qPrintable(shown(notice)));
    QCOMPARE(notice->textFormat(), Qt::PlainText);
}

void TestPlainText::editDialog_titleFieldsAndServerError_showTheTextAsTyped()
{
    selectCreatedRow();
    QDialog *dialog = m_window.openDialog("editTokenAction", QStringLiteral("editTokenDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->windowHandle());
    QTRY_COMPARE(dialog->windowHandle()->title(), QStringLiteral("Edit token “%1”").arg(kName));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("editName"));
    QCOMPARE(name->text(), kName);
    auto *description = dialog->findChild<QPlainTextEdit *>(QStringLiteral("editDescription"));
    QCOMPARE(description->toPlainText(), kDescription);

    // The server refuses with a message that quotes the name.
    LocalInstanceServer::Fault refuse = LocalInstanceServer::Fault::withStatus(400);
    refuse.body = errorBody(kServerMessage);
    m_api->server.setFault(LocalInstanceServer::Route::Patch, refuse);
    description->setPlainText(kDescription + QStringLiteral(" changed"));
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    QPushButton *save = nullptr;
    for (QPushButton *button : buttons)
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Save"))
            save = button;
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    showsServerMessage(dialog->findChild<QLabel *>(QStringLiteral("editError")));
}

void TestPlainText::createSimilar_titleAndServerError_showTheTextAsTyped()
{
    selectCreatedRow();
    QDialog *dialog
            = m_window.openDialog("createSimilarAction", QStringLiteral("createTokenDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->windowHandle());
    QTRY_COMPARE(dialog->windowHandle()->title(),
                 QStringLiteral("Create a token like “%1”").arg(kName));

    // The server refuses the create with a message that quotes the name.
    LocalInstanceServer::Fault refuse = LocalInstanceServer::Fault::withStatus(400);
    refuse.body = errorBody(kServerMessage);
    m_api->server.setFault(LocalInstanceServer::Route::Create, refuse);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, kName);
    // A scope the person picks (create similar keeps the original's, here none).
    QTest::mouseClick(dialog->findChild<QWidget *>(QStringLiteral("permissionsReadOnly")),
                      Qt::LeftButton);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QTRY_VERIFY2(create->isEnabled(),
                 qPrintable(shown(dialog->findChild<QLabel *>(QStringLiteral("reasonLabel")))));
    QTest::mouseClick(create, Qt::LeftButton);
    showsServerMessage(dialog->findChild<QLabel *>(QStringLiteral("serverErrorLabel")));
}

void TestPlainText::messageBar_showsTheServerMessageAsTyped()
{
    LocalInstanceServer::Fault fault = LocalInstanceServer::Fault::withStatus(500);
    fault.body = errorBody(kServerMessage);
    m_api->server.setFault(LocalInstanceServer::Route::List, fault);
    QTest::keyClick(m_window.window(), Qt::Key_F5);
    auto *bar = m_window.errorBar();
    QTRY_VERIFY(bar->isVisible());
    auto *label = bar->findChild<QLabel *>(QStringLiteral("loadErrorBarMessage"));
    QVERIFY(label);
    QVERIFY2(shown(label).contains(kServerMessage), qPrintable(shown(label)));
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestPlainText::statusBar_namesTheTokenAsTyped()
{
    selectCreatedRow();
    m_window.action("toggleStatusAction")->trigger();
    // The status bar draws its message as plain text; the message must carry the name as is.
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Deactivated “%1”").arg(kName));
}

void TestPlainText::windowTitle_showsTheInstanceNameAsTyped()
{
    // A profile name is the person's text: "[*]" in it is not the modified marker.
    const QString profile = QStringLiteral("Ops <b>[*]</b> & co");
    MainWindow window(m_api->tokens(), profile);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowHandle()->title(), QStringLiteral("Losant Tokens — %1").arg(profile));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
