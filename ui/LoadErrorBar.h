#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

// A strip above the table that says what went wrong and offers Retry, instead of a modal box.
class LoadErrorBar : public QFrame
{
    Q_OBJECT
public:
    explicit LoadErrorBar(QWidget *parent = nullptr);
    void showError(const QString &message);
    // Counts `seconds` down in the message, then asks for the retry by itself (a 429).
    void showCountdown(const QString &message, int seconds);
    bool isCountingDown() const;
    // Hides the bar and stops any countdown.
    void dismiss();
    QString message() const;

Q_SIGNALS:
    void retryRequested();

private:
    void tick();

    QLabel *m_label;
    QTimer *m_countdown;
    QString m_message;
    int m_secondsLeft = 0;
    QPushButton *m_retry;
};
