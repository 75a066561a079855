#include "support/ModalAnswerer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace {
// The button that says no: a message box's Cancel, or the Cancel of a dialog's button box.
QAbstractButton *cancelButtonOf(QWidget *modal)
{
    if (auto *box = qobject_cast<QMessageBox *>(modal))
        return box->button(QMessageBox::Cancel);
    if (auto *buttons = modal->findChild<QDialogButtonBox *>())
        return buttons->button(QDialogButtonBox::Cancel);
    return nullptr;
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

ModalAnswerer::ModalAnswerer(QObject *parent) : QObject(parent) { }

void ModalAnswerer::answer(const QString &modalName, const QString &buttonName, Check check)
{
    watch(modalName, [buttonName, check](QWidget *modal) {
        if (check)
            check(modal);
        click(buttonName.isEmpty() ? cancelButtonOf(modal)
                                   : modal->findChild<QAbstractButton *>(buttonName));
    });
}

void ModalAnswerer::answer(const QString &modalName, QMessageBox::StandardButton button,
                           Check check)
{
    watch(modalName, [button, check](QWidget *modal) {
        if (check)
            check(modal);
        auto *box = qobject_cast<QMessageBox *>(modal);
        click(box ? box->button(button) : nullptr);
    });
}

void ModalAnswerer::answerBox(const QString &modalName, const QString &buttonName,
                              std::function<void(QMessageBox *)> check)
{
    answer(modalName, buttonName, [check](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY2(box, "the modal is not a message box");
        if (check)
            check(box);
    });
}

void ModalAnswerer::reset()
{
    delete m_poll;
    m_poll = nullptr;
    m_answered = 0;
}

void ModalAnswerer::watch(const QString &modalName, std::function<void(QWidget *)> click)
{
    delete m_poll;
    // Polled rather than timed: the modal comes when it comes, and its event loop runs this.
    m_poll = new QTimer(this);
    m_poll->setInterval(5);
    connect(m_poll, &QTimer::timeout, this, [this, modalName, click] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != modalName)
            return;
        m_poll->stop();
        m_poll->deleteLater();
        m_poll = nullptr;
        ++m_answered;
        click(modal);
    });
    m_poll->start();
}
