// The one confirmation helper: plain text, named parts, and an answer a test may preset.
#include "ui/MessageBox.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetAnswer_isUsedOnce_thenTheBoxIsShown();
    void textIsPlain_andPartsAreNamed();
    void ask_reportsTheButtonClicked();

private:
    static MessageBox::Message deleteQuestion();
    // Clicks the named button (empty: Cancel) in the next modal box, noting what it showed.
    void clickInNextBox(const QString &buttonName);

    int m_shown = 0;
    QString m_boxName;
    Qt::TextFormat m_textFormat = Qt::AutoText;
    Qt::TextFormat m_informativeFormat = Qt::AutoText;
};

MessageBox::Message TestMessageBox::deleteQuestion()
{
    MessageBox::Message m(QStringLiteral("confirmDeleteBox"), QStringLiteral("Delete token"),
                          QStringLiteral("Delete the token “<b>x</b>”?"),
                          QStringLiteral("Server said: <i>busy</i>"));
    m.buttonNames = {{MessageBox::Delete, QStringLiteral("confirmDeleteButton")}};
    return m;
}

void TestMessageBox::clickInNextBox(const QString &buttonName)
{
    QTimer::singleShot(0, this, [this, buttonName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        ++m_shown;
        m_boxName = box->objectName();
        m_textFormat = box->textFormat();
        auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
        m_informativeFormat = informative ? informative->textFormat() : Qt::AutoText;
        QAbstractButton *button = buttonName.isEmpty() ? box->button(QMessageBox::Cancel)
                                                       : box->findChild<QPushButton *>(buttonName);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

void TestMessageBox::presetAnswer_isUsedOnce_thenTheBoxIsShown()
{
    QWidget window;
    MessageBox::setNextAnswer(MessageBox::Delete);
    QCOMPARE(MessageBox::warning(&window, deleteQuestion(), MessageBox::Delete | MessageBox::Cancel,
                                 MessageBox::Cancel),
             MessageBox::Delete);
    QCOMPARE(m_shown, 0);

    clickInNextBox(QStringLiteral("confirmDeleteButton"));
    QCOMPARE(MessageBox::warning(&window, deleteQuestion(), MessageBox::Delete | MessageBox::Cancel,
                                 MessageBox::Cancel),
             MessageBox::Delete);
    QCOMPARE(m_shown, 1);
}

void TestMessageBox::textIsPlain_andPartsAreNamed()
{
    QWidget window;
    m_shown = 0;
    clickInNextBox(QString()); // the standard Cancel
    QCOMPARE(MessageBox::question(&window, deleteQuestion(),
                                  MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel),
             MessageBox::Cancel);
    QCOMPARE(m_boxName, QStringLiteral("confirmDeleteBox"));
    QCOMPARE(m_textFormat, Qt::PlainText);
    QCOMPARE(m_informativeFormat, Qt::PlainText);
}

void TestMessageBox::ask_reportsTheButtonClicked()
{
    QWidget window;
    window.show();
    MessageBox::Button answer = MessageBox::NoButton;
    MessageBox::ask(&window, MessageBox::Question, deleteQuestion(),
                    MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel,
                    [&answer](MessageBox::Button b) { answer = b; });
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
    QVERIFY(box);
    QCOMPARE(answer, MessageBox::NoButton); // nothing before the click
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QCOMPARE(answer, MessageBox::Delete);

    MessageBox::setNextAnswer(MessageBox::Cancel);
    MessageBox::ask(&window, MessageBox::Question, deleteQuestion(),
                    MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel,
                    [&answer](MessageBox::Button b) { answer = b; });
    QCOMPARE(answer, MessageBox::Cancel);
}

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
