#include "ui/ExpiryCalendarDialog.h"

#include "core/ExpiryCalendar.h"
#include "core/TokenExport.h"
#include "ui/ExportDialog.h"
#include "ui/FetchProgress.h"
#include "ui/SettingsKeys.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

ExpiryCalendarDialog::ExpiryCalendarDialog(const TokenCollection &collection, QWidget *parent)
    : QDialog(parent), m_collection(collection),
      m_fetch(new FetchProgress(collection, QStringLiteral("calendarFetch"), this)),
      m_path(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("expiryCalendarDialog"));
    setWindowTitle(tr("Export expiry calendar"));
    auto *intro = new QLabel(tr("An iCalendar file with one event per token that is still to "
                                "expire, at its expiration, with a reminder 7 days before. It "
                                "holds names, IDs and dates: no secret and no access token."),
                             this);
    intro->setWordWrap(true);

    m_path->setObjectName(QStringLiteral("calendarPath"));
    m_path->setText(ExportDialog::defaultPath(QStringLiteral("losant-token-expirations.ics")));
    auto *browseButton = new QToolButton(this);
    browseButton->setText(tr("Browse…"));
    connect(browseButton, &QToolButton::clicked, this, &ExpiryCalendarDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);

    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("calendarSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpiryCalendarDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_fetch);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_path, &QLineEdit::textChanged, this, &ExpiryCalendarDialog::updateSave);
    connect(m_fetch, &FetchProgress::finished, this, &ExpiryCalendarDialog::updateSave);
    connect(m_fetch, &FetchProgress::stopped, this, &ExpiryCalendarDialog::updateSave);
    m_fetch->start();
    updateSave();
}

void ExpiryCalendarDialog::updateSave()
{
    // Only a whole collection: a calendar missing tokens would look complete.
    const bool whole = m_fetch->isComplete();
    m_save->setEnabled(whole && !m_path->text().trimmed().isEmpty());
}

void ExpiryCalendarDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export expiry calendar"),
                                                      m_path->text(), tr("iCalendar (*.ics)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExpiryCalendarDialog::save()
{
    ExpiryCalendar::Source source;
    source.collectionName = m_collection.location().displayName();
    source.host = m_collection.client() ? m_collection.client()->baseUrl().host() : QString();
    source.now = QDateTime::currentDateTimeUtc();
    const QList<ApiToken> &tokens = m_fetch->tokens();
    const QString path = m_path->text().trimmed();
    const QString why = TokenExport::writeFile(path, ExpiryCalendar::write(tokens, source));
    if (!why.isEmpty()) {
        m_error->setText(tr("Could not write %1: %2").arg(path, why));
        m_error->show();
        return;
    }
    QSettings().setValue(SettingsKeys::kExportFolder, QFileInfo(path).absolutePath());
    Q_EMIT exported(path, int(ExpiryCalendar::expiring(tokens, source.now).size()));
    accept();
}
