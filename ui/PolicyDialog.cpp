#include "ui/PolicyDialog.h"

#include "ui/FormMessages.h"
#include "ui/PolicySettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PolicyDialog::PolicyDialog(QWidget *parent)
    : QDialog(parent), m_maxLifetime(new QSpinBox(this)), m_scopes(new QPlainTextEdit(this)),
      m_description(new QCheckBox(tr("New tokens need a &description"), this)),
      m_namePattern(new QLineEdit(this))
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Token policy"));
    m_maxLifetime->setObjectName(QStringLiteral("policyMaxLifetime"));
    m_maxLifetime->setRange(0, 3650);
    m_maxLifetime->setSpecialValueText(tr("No maximum"));
    m_maxLifetime->setSuffix(tr(" days"));
    m_scopes->setObjectName(QStringLiteral("policyScopes"));
    m_scopes->setPlaceholderText(tr("One scope per line, e.g. all.Instance"));
    m_scopes->setTabChangesFocus(true);
    m_description->setObjectName(QStringLiteral("policyDescriptionRequired"));
    m_namePattern->setObjectName(QStringLiteral("policyNamePattern"));
    m_namePattern->setPlaceholderText(tr("e.g. team-* (* any text, ? one character)"));
    m_error = FormMessages::errorLabel(QStringLiteral("policyError"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Maximum lifetime:"), m_maxLifetime);
    form->addRow(tr("&Scopes that need a confirmation:"), m_scopes);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Name pattern:"), m_namePattern);
    auto *note = new QLabel(tr("The New token dialog checks each draft against this policy and "
                               "asks for an override; nothing of it is sent to the server."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("policyOkButton"));
    QPushButton *import = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("policyImportButton"));
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("policyExportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicyDialog::reject);
    connect(import, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(exportButton, &QPushButton::clicked, this, [this] { chooseFile(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setPolicy(PolicySettings::load());
}

TokenPolicy PolicyDialog::policy() const
{
    TokenPolicy p;
    p.maxLifetimeDays = m_maxLifetime->value();
    for (const QString &line : m_scopes->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !p.scopesNeedingConfirmation.contains(line.trimmed()))
            p.scopesNeedingConfirmation << line.trimmed();
    p.descriptionRequired = m_description->isChecked();
    p.namePattern = m_namePattern->text().trimmed();
    return p;
}

void PolicyDialog::setPolicy(const TokenPolicy &policy)
{
    m_maxLifetime->setValue(policy.maxLifetimeDays);
    m_scopes->setPlainText(policy.scopesNeedingConfirmation.join(QLatin1Char('\n')));
    m_description->setChecked(policy.descriptionRequired);
    m_namePattern->setText(policy.namePattern);
}

void PolicyDialog::importFrom(const QString &path)
{
    QString error;
    const std::optional<TokenPolicy> read = PolicySettings::readFile(path, &error);
    if (!read) {
        showError(tr("The policy was not imported. %1").arg(error));
        return;
    }
    m_error->hide();
    setPolicy(*read);
}

void PolicyDialog::exportTo(const QString &path) const
{
    QString error;
    if (PolicySettings::writeFile(policy(), path, &error))
        m_error->hide();
    else
        showError(tr("The policy was not exported. %1").arg(error));
}

void PolicyDialog::accept()
{
    PolicySettings::save(policy());
    QDialog::accept();
}

void PolicyDialog::chooseFile(bool save)
{
    auto *dialog = new QFileDialog(
            this, save ? tr("Export the token policy") : tr("Import a token policy"));
    dialog->setObjectName(QStringLiteral("policyFileDialog"));
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Token policy (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString &path) {
        if (save)
            exportTo(path);
        else
            importFrom(path);
    });
    dialog->open();
}

void PolicyDialog::showError(const QString &text) const
{
    m_error->setText(text);
    m_error->show();
}
