#include "ui/TokenCreatedDialog.h"

#include "ui/CopyFeedback.h"
#include "ui/MessageBox.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

TokenCreatedDialog::TokenCreatedDialog(const QString &tokenName, const QString &secret,
                                       QWidget *parent)
    : QDialog(parent), m_secret(secret),
      m_clearMs(1000
                * QSettings().value(kClipboardClearKey, kDefaultClipboardClearSeconds).toInt()),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenCreatedDialog"));
    setWindowTitle(tr("Token created"));

    auto *intro = new QLabel(tr("The token “%1” was created. Copy its secret now: it will not be "
                                "shown again.")
                                     .arg(tokenName),
                             this);
    intro->setObjectName(QStringLiteral("secretNotice"));
    intro->setTextFormat(Qt::PlainText); // the name is the server's text, never markup
    intro->setWordWrap(true);
    m_field = new QLineEdit(m_secret, this);
    m_field->setObjectName(QStringLiteral("secretField"));
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The whole secret in sight where the screen allows; a long one scrolls in the field rather
    // than push the dialog past the screen (a JWT is some 1300 pixels wide).
    const int whole = m_field->fontMetrics().horizontalAdvance(m_secret) + 24;
    const int room = screen() ? screen()->availableGeometry().width() / 2 : 800;
    m_field->setMinimumWidth(qMin(whole, room));
    m_field->setCursorPosition(0); // its start in sight when it is longer than the field
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copySecretButton"));
    auto *save = new QPushButton(tr("&Save to file…"), this);
    save->setObjectName(QStringLiteral("saveSecretButton"));
    m_copied = new CopyFeedback(copy);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("clipboardCountdown"));
    // Its line is kept while hidden: the buttons do not move when the countdown starts.
    QSizePolicy keep = m_countdown->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_countdown->setSizePolicy(keep);
    m_countdown->hide();
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TokenCreatedDialog::countDown);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_field, 1);
    row->addWidget(copy);
    row->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, &TokenCreatedDialog::copySecret);
    connect(save, &QPushButton::clicked, this, &TokenCreatedDialog::saveSecret);
    connect(buttons, &QDialogButtonBox::rejected, this, &TokenCreatedDialog::reject);
}

TokenCreatedDialog::~TokenCreatedDialog()
{
    dropSecret();
}

void TokenCreatedDialog::copySecret()
{
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->setText(m_secret);
    m_secured = true;
    // The timer outlives the dialog and keeps only a digest, never the secret itself.
    const QByteArray hash = digest(m_secret);
    QTimer::singleShot(m_clearMs, clipboard, [clipboard, hash] {
        if (digest(clipboard->text()) == hash)
            clipboard->clear();
    });
    m_copied->flash();
    m_secondsLeft = (m_clearMs + 999) / 1000;
    m_countdown->setText(tr("Clipboard clears in %n s", nullptr, m_secondsLeft));
    m_countdown->show();
    m_tick->start();
}

void TokenCreatedDialog::setCountdownTickInterval(int ms)
{
    m_tick->setInterval(ms);
}

void TokenCreatedDialog::countDown()
{
    if (--m_secondsLeft > 0) {
        m_countdown->setText(tr("Clipboard clears in %n s", nullptr, m_secondsLeft));
        Q_EMIT countdownStepped(m_secondsLeft);
        return;
    }
    m_tick->stop();
    // The line says what happened: cleared now, or already replaced by something else.
    QClipboard *clipboard = QApplication::clipboard();
    if (digest(clipboard->text()) == digest(m_secret) && !m_secret.isEmpty()) {
        clipboard->clear();
        m_countdown->setText(tr("Clipboard cleared"));
    } else {
        m_countdown->setText(tr("The clipboard no longer holds the secret"));
    }
    Q_EMIT countdownStepped(0);
}

void TokenCreatedDialog::saveSecret()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the token secret"), QDir::home().filePath(QStringLiteral("token.txt")));
    if (!path.isEmpty())
        saveSecretTo(path);
}

bool TokenCreatedDialog::saveSecretTo(const QString &path)
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    // Narrow an existing file first, so the secret never lands in a readable file.
    if (file.exists() && !file.setPermissions(ownerOnly)) {
        MessageBox::warning(this,
                            {QStringLiteral("saveFailedBox"), tr("Save failed"),
                             tr("Could not restrict %1: %2").arg(path, file.errorString())});
        return false;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)
        || file.write(m_secret.toUtf8() + '\n') < 0 || !file.flush()) {
        MessageBox::warning(this,
                            {QStringLiteral("saveFailedBox"), tr("Save failed"),
                             tr("Could not write %1: %2").arg(path, file.errorString())});
        return false;
    }
    file.close();
    m_secured = true;
    return true;
}

void TokenCreatedDialog::done(int result)
{
    if (!m_secured && !m_secret.isEmpty()) {
        const MessageBox::Message ask{
                QStringLiteral("confirmCloseBox"), tr("Close without copying?"),
                tr("The secret has not been copied or saved. It cannot be shown again. "
                   "Close anyway?")};
        if (MessageBox::warning(this, ask, MessageBox::Close | MessageBox::Cancel,
                                MessageBox::Cancel)
            != MessageBox::Close)
            return;
    }
    dropSecret();
    QDialog::done(result);
}

void TokenCreatedDialog::dropSecret()
{
    // The field lets go of its shared copy first, so the fill overwrites the one buffer.
    // Overwrite the characters before letting go, so the secret does not linger in freed memory.
    m_tick->stop();
    m_field->clear();
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
}
