#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the table that says what went wrong and offers Retry, instead of a modal box.
class LoadErrorBar : public QFrame
{
    Q_OBJECT
public:
    explicit LoadErrorBar(QWidget *parent = nullptr);
    void showError(const QString &message);
    QString message() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retry;
};
