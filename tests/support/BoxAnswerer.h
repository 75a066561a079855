#pragma once

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>

// Answers each message box as it opens: the button named for its objectName, else Cancel;
// remembers what every box said. A box nobody expected is canceled, so a wrong one never hangs.
// Unlike ModalAnswerer (the next modal of one name, polled until it is active), it answers a
// whole sequence of boxes set up front (confirm, then the own-token question) and records the
// text and buttons of each, so a test can assert which boxes came and what they said.
class BoxAnswerer : public QObject
{
public:
    struct Seen
    {
        QString name, text, informative, detailed;
        QStringList buttons; // their texts
    };

    BoxAnswerer() { qApp->installEventFilter(this); }
    ~BoxAnswerer() override { qApp->removeEventFilter(this); }

    // The button (by objectName) to press on the box of this objectName.
    void answer(const QString &boxName, const QString &buttonName)
    {
        m_answers.insert(boxName, buttonName);
    }
    const QList<Seen> &seen() const { return m_seen; }
    QStringList names() const
    {
        QStringList out;
        for (const Seen &s : m_seen)
            out.append(s.name);
        return out;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *box = qobject_cast<QMessageBox *>(watched);
        if (box && event->type() == QEvent::Show && box->isModal())
            QMetaObject::invokeMethod(
                    this, [this, box = QPointer<QMessageBox>(box)] { press(box); },
                    Qt::QueuedConnection);
        return false;
    }

private:
    void press(QMessageBox *box)
    {
        if (!box)
            return;
        Seen seen{box->objectName(), box->text(), box->informativeText(), box->detailedText(), {}};
        for (QAbstractButton *b : box->buttons())
            seen.buttons.append(b->text());
        m_seen.append(seen);
        QAbstractButton *button = nullptr;
        if (m_answers.contains(box->objectName()))
            button = box->findChild<QPushButton *>(m_answers.value(box->objectName()));
        if (!button)
            button = box->button(QMessageBox::Cancel);
        if (button)
            QTest::mouseClick(button, Qt::LeftButton);
        else
            box->reject();
    }

    QHash<QString, QString> m_answers;
    QList<Seen> m_seen;
};
