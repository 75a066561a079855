#include "ui/ExportDialog.h"

#include "core/ApiError.h"
#include "core/TokenExport.h"
#include "ui/FetchProgress.h"
#include "ui/FormMessages.h"
#include "ui/SettingsKeys.h"
#include "ui/StatePalette.h"
#include "workflows/TokenQueryFetcher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const TokenCollection &collection, const TokenQuery &query,
                           int queryTotal, const QList<ApiToken> &loaded,
                           const QList<ApiToken> &selected, QWidget *parent)
    : QDialog(parent), m_collection(collection), m_query(query), m_loaded(loaded),
      m_selected(selected)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export tokens"));
    const QLocale locale;
    m_loadedChoice = new QRadioButton(
            tr("The loaded rows (%1)").arg(locale.toString(qsizetype(loaded.size()))), this);
    m_loadedChoice->setObjectName(QStringLiteral("exportLoaded"));
    m_selectedChoice = new QRadioButton(
            tr("The selected rows (%1)").arg(locale.toString(qsizetype(selected.size()))), this);
    m_selectedChoice->setObjectName(QStringLiteral("exportSelected"));
    m_selectedChoice->setEnabled(!selected.isEmpty());
    m_allChoice
            = new QRadioButton(tr("Every token of the current query (%1, fetched from the server)")
                                       .arg(locale.toString(queryTotal)),
                               this);
    m_allChoice->setObjectName(QStringLiteral("exportAll"));
    (selected.size() > 1 ? m_selectedChoice : m_loadedChoice)->setChecked(true);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets)"), int(TokenExport::Format::Csv));
    m_format->addItem(tr("JSON (scripts)"), int(TokenExport::Format::Json));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    // The folder of the last export that worked, else Documents; checked below, never created.
    m_rememberedFolder = QSettings().value(SettingsKeys::kExportFolder).toString();
    m_path->setText(defaultPath(QStringLiteral("losant-tokens.csv")));
    auto *browseButton = new QToolButton(this);
    browseButton->setText(tr("Browse…"));
    connect(browseButton, &QToolButton::clicked, this, &ExportDialog::browse);
    // The suffix follows the format while the person has not picked a file themselves.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool csv = m_format->currentData().toInt() == int(TokenExport::Format::Csv);
        QString path = m_path->text();
        const QString from = csv ? QStringLiteral(".json") : QStringLiteral(".csv");
        if (path.endsWith(from)) {
            path.chop(from.size());
            m_path->setText(path + (csv ? QStringLiteral(".csv") : QStringLiteral(".json")));
        }
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *note = new QLabel(tr("Only metadata is exported: a token's secret is never stored or "
                               "written."),
                            this);
    note->setWordWrap(true);
    // Paths and server messages.
    m_error = FormMessages::errorLabel(QStringLiteral("exportError"), this);
    m_folderMissing = new QLabel(this);
    m_folderMissing->setObjectName(QStringLiteral("exportFolderMissing"));
    m_folderMissing->setTextFormat(Qt::PlainText);
    m_folderMissing->setWordWrap(true);
    StatePalette::setTextColor(m_folderMissing, StatePalette::State::Warning);
    m_chooseFolder = new QPushButton(tr("&Choose…"), this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    m_chooseFolder->setAutoDefault(false);
    connect(m_chooseFolder, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderMissing, 1);
    folderRow->addWidget(m_chooseFolder, 0, Qt::AlignTop);
    m_folderMissing->hide();
    m_chooseFolder->hide();
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        if (m_folderMissing->isVisible())
            checkFolder(); // the message goes once a folder that exists is typed
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *which = new QVBoxLayout;
    which->addWidget(m_loadedChoice);
    which->addWidget(m_selectedChoice);
    which->addWidget(m_allChoice);
    form->addRow(tr("Tokens"), which);
    form->addRow(tr("&Format"), m_format);
    // A layout gets a plain label: give it the path field as buddy, or "&" shows as text.
    auto *fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(folderRow);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!m_rememberedFolder.isEmpty())
        checkFolder();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultPath(const QString &fileName)
{
    const QString folder = QSettings().value(SettingsKeys::kExportFolder).toString();
    return QDir(folder.isEmpty()
                        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                        : folder)
            .filePath(fileName);
}

void ExportDialog::browse()
{
    const bool csv = m_format->currentData().toInt() == int(TokenExport::Format::Csv);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export tokens"), m_path->text(),
                                                      csv ? tr("CSV files (*.csv)")
                                                          : tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
        checkFolder();
    }
}

bool ExportDialog::checkFolder()
{
    const QString folder = QFileInfo(m_path->text().trimmed()).absolutePath();
    const bool exists = QFileInfo(folder).isDir();
    if (!exists)
        m_folderMissing->setText(
                (!m_rememberedFolder.isEmpty() && QDir(folder) == QDir(m_rememberedFolder)
                         ? tr("The folder “%1” no longer exists.")
                         : tr("The folder “%1” does not exist."))
                        .arg(QDir::toNativeSeparators(folder))
                + QLatin1Char(' ') + tr("Choose another one; no folder is created."));
    m_folderMissing->setVisible(!exists);
    m_chooseFolder->setVisible(!exists);
    return exists;
}

void ExportDialog::chooseFolder()
{
    // Start from the nearest folder that still exists.
    QDir start(QFileInfo(m_path->text().trimmed()).absolutePath());
    while (!start.exists() && start.cdUp()) { }
    auto *dialog = new QFileDialog(this, tr("Choose a folder for the export"), start.path());
    dialog->setObjectName(QStringLiteral("chooseFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        const QString name = QFileInfo(m_path->text().trimmed()).fileName();
        m_path->setText(
                QDir(folder).filePath(name.isEmpty() ? QStringLiteral("losant-tokens.csv") : name));
        checkFolder();
    });
    dialog->open();
}

void ExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_export->setEnabled(true);
}

void ExportDialog::exportNow()
{
    if (m_path->text().trimmed().isEmpty()) {
        showError(tr("Choose a file to export to."));
        return;
    }
    if (!checkFolder())
        return;
    m_error->hide();
    if (m_loadedChoice->isChecked()) {
        writeFile(m_loaded);
        return;
    }
    if (m_selectedChoice->isChecked()) {
        writeFile(m_selected);
        return;
    }
    m_export->setEnabled(false);
    m_fetcher = new TokenQueryFetcher(m_collection, m_query, this);
    m_progress = new QProgressDialog(tr("Fetching tokens…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_fetcher)
            m_fetcher->deleteLater(); // cancels the page in flight
        if (m_progress)
            m_progress->deleteLater();
        m_export->setEnabled(true);
    });
    connect(m_fetcher, &TokenQueryFetcher::progress, this, [this](int loaded, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(loaded);
        m_progress->setLabelText(
                tr("Fetched %1 of %2 tokens…")
                        .arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(m_fetcher, &TokenQueryFetcher::waiting, this, [this](int secondsLeft) {
        m_progress->setLabelText(FetchProgress::slowDownText(secondsLeft));
    });
    connect(m_fetcher, &TokenQueryFetcher::finished, this, [this](const QList<ApiToken> &tokens) {
        m_progress->deleteLater();
        m_fetcher->deleteLater();
        writeFile(tokens);
    });
    connect(m_fetcher, &TokenQueryFetcher::failed, this, [this](const ApiError &error) {
        m_progress->deleteLater();
        m_fetcher->deleteLater();
        showError(tr("Fetching the tokens failed: %1").arg(error.displayText()));
    });
    m_progress->show();
    m_fetcher->start();
}

void ExportDialog::writeFile(const QList<ApiToken> &tokens)
{
    const auto format = TokenExport::Format(m_format->currentData().toInt());
    const QString why = TokenExport::write(m_path->text(), format, tokens);
    if (!why.isEmpty()) {
        showError(tr("Could not write %1: %2").arg(m_path->text(), why));
        return;
    }
    QSettings().setValue(SettingsKeys::kExportFolder, QFileInfo(m_path->text()).absolutePath());
    Q_EMIT exported(m_path->text(), int(tokens.size()));
    accept();
}
