#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

// Answers the next modal message box or dialog of a name by clicking one of its buttons, as the
// person would, once it is the active modal widget (some open only after a server round trip).
class ModalAnswerer : public QObject
{
    Q_OBJECT

public:
    using Check = std::function<void(QWidget *)>;

    explicit ModalAnswerer(QObject *parent = nullptr);

    // Clicks the button of this objectName (an empty name: its Cancel button) after `check`.
    void answer(const QString &modalName, const QString &buttonName, Check check = {});
    // The same for a message box whose buttons are standard ones without names.
    void answer(const QString &modalName, QMessageBox::StandardButton button, Check check = {});
    // The same with a check that takes the box itself.
    void answerBox(const QString &modalName, const QString &buttonName,
                   std::function<void(QMessageBox *)> check = {});

    // How many modals were answered since construction or the last reset().
    int answered() const { return m_answered; }
    // Forgets a pending answer and the count, for the next test.
    void reset();

private:
    void watch(const QString &modalName, std::function<void(QWidget *)> click);

    QTimer *m_poll = nullptr;
    int m_answered = 0;
};
