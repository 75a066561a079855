#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A quiet strip above the table for news that needs no answer: the demo instance, a missing
// keychain. An optional button offers the next step; the cross hides it.
class InfoBar : public QFrame
{
    Q_OBJECT
public:
    explicit InfoBar(QWidget *parent = nullptr);
    // An empty action text shows no button.
    void showMessage(const QString &text, const QString &actionText = QString());
    QString message() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
};
