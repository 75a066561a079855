#pragma once

#include <QObject>
#include <QString>

class QAbstractButton;
class QTimer;

// Says "Copied" on a copy button for a moment, so a click that changes nothing visible
// still shows it worked. The button keeps its width, so nothing beside it moves.
class CopyFeedback : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDurationMs = 1500;

    explicit CopyFeedback(QAbstractButton *button);

    // Shows "Copied" and restores the button's text after the duration.
    void flash();
    // How long "Copied" stays (tests set it instead of waiting).
    void setDuration(int ms);

private:
    QAbstractButton *m_button;
    QString m_text;
    QTimer *m_restore;
};
