#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A strip above the table for news that needs no modal box: the demo instance, a missing
// keychain, a list that failed to load. Its type sets the icon and tint; an optional button
// offers the next step (Retry, "Add a Connection…"); the cross hides it.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };

    // `name` names the bar and its parts: nameMessage, nameAction, nameClose.
    explicit MessageBar(const QString &name, QWidget *parent = nullptr);

    // Plain text, word-wrapped; an empty action text shows no button.
    void showMessage(const QString &text, Type type, const QString &actionText = QString());
    // `text` and the seconds left before a retry that comes by itself (0: it is under way).
    void showCountdown(const QString &text, int secondsLeft, const QString &actionText);
    bool isCountingDown() const { return m_countingDown; }
    void dismiss();

    QString message() const;
    Type type() const { return m_type; }
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyType();

    Type m_type = Type::Information;
    bool m_countingDown = false;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
};
