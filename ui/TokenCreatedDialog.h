#pragma once

#include "ui/SettingsKeys.h"

#include <QDialog>

class CopyFeedback;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Shows a new token's secret once: copy it or save it to an owner-only file. Closing before
// either asks first; the clipboard copy is wiped later if it still holds the secret, and a
// line counts down to that moment.
class TokenCreatedDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultClipboardClearSeconds = 60;
    static constexpr QLatin1String kClipboardClearKey = SettingsKeys::kClipboardClearSeconds;

    TokenCreatedDialog(const QString &tokenName, const QString &secret, QWidget *parent = nullptr);
    ~TokenCreatedDialog() override;

    // How long the copied secret may stay on the clipboard (from the setting by default).
    void setClipboardClearInterval(int ms) { m_clearMs = ms; }
    int clipboardClearInterval() const { return m_clearMs; }
    // How long one second of the visible countdown lasts (tests shorten it, no clock waits).
    void setCountdownTickInterval(int ms);
    bool hasBeenSecured() const { return m_secured; }
    // Writes the secret to `path` readable by the owner only; false with a message on failure.
    bool saveSecretTo(const QString &path);

Q_SIGNALS:
    // After each step of the visible countdown, its line updated; 0 when it is over.
    void countdownStepped(int secondsLeft);

public Q_SLOTS:
    void done(int result) override;

private:
    void copySecret();
    void saveSecret();
    void dropSecret();
    void countDown();

    QString m_secret;
    QLineEdit *m_field;
    int m_clearMs;
    QLabel *m_countdown;
    QTimer *m_tick;
    int m_secondsLeft = 0;
    CopyFeedback *m_copied;
    bool m_secured = false;
};
