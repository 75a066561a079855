#pragma once

#include "ui/SettingsKeys.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// Shows a new token's secret once: copy it or save it to an owner-only file. Closing before
// either asks first; the clipboard copy is wiped later if it still holds the secret.
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
    bool hasBeenSecured() const { return m_secured; }
    // Writes the secret to `path` readable by the owner only; false with a message on failure.
    bool saveSecretTo(const QString &path);

public Q_SLOTS:
    void done(int result) override;

private:
    void copySecret();
    void saveSecret();
    void dropSecret();

    QString m_secret;
    QLineEdit *m_field;
    int m_clearMs;
    bool m_secured = false;
};
