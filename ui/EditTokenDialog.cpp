#include "ui/EditTokenDialog.h"

#include "api/OrgDirectory.h"
#include "core/ApiError.h"
#include "core/LosantApi.h"
#include "core/TokenFormat.h"
#include "ui/FormMessages.h"
#include "ui/MessageBox.h"
#include "ui/OrgRolesEditor.h"
#include "ui/PlainText.h"
#include "ui/TokenConfirmation.h"
#include "workflows/TokenEditSubmission.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EditTokenDialog::EditTokenDialog(const TokenCollection &collection, const ApiToken &token,
                                 QWidget *parent)
    : QDialog(parent), m_loaded(token),
      m_hasRoles(collection.location().kind() != TokenLocation::Kind::Application),
      m_submission(new TokenEditSubmission(collection, this)),
      m_isOwnToken(!token.id.isEmpty() && token.id == collection.ownTokenId())
{
    setObjectName(QStringLiteral("editTokenDialog"));
    setWindowTitle(PlainText::windowTitle(tr("Edit token “%1”").arg(token.name)));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_name->setMaxLength(LosantApi::kMaxNameLength);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("editDescription"));
    m_description->setTabChangesFocus(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Inactive"), QStringLiteral("inactive"));
    m_defaultRole = new QComboBox(this);
    m_defaultRole->setObjectName(QStringLiteral("editDefaultRole"));
    // The API has no way to unset it, so "not set" is offered only while it is unset.
    if (token.defaultRole.isEmpty())
        m_defaultRole->addItem(tr("(not set)"), QString());
    for (const QString &role : LosantApi::orgRoleValues())
        m_defaultRole->addItem(role, role);

    m_orgRoles = new OrgRolesEditor(this);
    m_orgRoles->setObjectName(QStringLiteral("editOrgRoles"));
    m_orgRoles->setDirectory(OrgDirectory::forCollection(collection, this));

    auto *fixed = new QLabel(tr("Expiration and scopes cannot be changed once a token exists; "
                                "create a similar token instead."),
                             this);
    fixed->setObjectName(QStringLiteral("editFixedNote"));
    fixed->setWordWrap(true);
    m_error = FormMessages::errorLabel(QStringLiteral("editError"), this); // the server's message

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EditTokenDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Default &role"), m_defaultRole);
    form->addRow(tr("Organization roles"), m_orgRoles);
    form->setRowVisible(m_defaultRole, m_hasRoles);
    form->setRowVisible(m_orgRoles, m_hasRoles);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(fixed);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_submission, &TokenEditSubmission::fetched, this, &EditTokenDialog::tokenFetched);
    connect(m_submission, &TokenEditSubmission::conflict, this, &EditTokenDialog::onConflict);
    connect(m_submission, &TokenEditSubmission::saved, this, [this](const ApiToken &saved) {
        Q_EMIT tokenSaved(saved);
        accept();
    });
    connect(m_submission, &TokenEditSubmission::failed, this, &EditTokenDialog::onFailed);
    fill(token);
}

EditTokenDialog::~EditTokenDialog() = default; // the submission, a child, cancels its call

void EditTokenDialog::fill(const ApiToken &token)
{
    m_name->setText(token.name);
    m_description->setPlainText(token.description);
    m_status->setCurrentIndex(qMax(0, m_status->findData(token.status)));
    m_defaultRole->setCurrentIndex(qMax(0, m_defaultRole->findData(token.defaultRole)));
    m_orgRoles->setOrgRoles(token.orgRoles);
}

QJsonObject EditTokenDialog::patch() const
{
    ApiToken edited = m_loaded;
    edited.name = m_name->text();
    edited.description = m_description->toPlainText();
    edited.status = m_status->currentData().toString();
    if (m_hasRoles) {
        edited.defaultRole = m_defaultRole->currentData().toString();
        edited.orgRoles = m_orgRoles->orgRoles();
    }
    return TokenEditSubmission::patchBetween(m_loaded, edited);
}

void EditTokenDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_name->setReadOnly(busy);
    m_description->setReadOnly(busy);
    m_status->setEnabled(!busy);
    m_defaultRole->setEnabled(!busy);
    m_orgRoles->setEnabled(!busy);
}

void EditTokenDialog::save()
{
    if (m_submission->isRunning())
        return;
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("The name cannot be empty."));
        m_error->show();
        return;
    }
    if (m_description->toPlainText().size() > LosantApi::kMaxDescriptionLength) {
        m_error->setText(tr("The description is longer than %1 characters.")
                                 .arg(LosantApi::kMaxDescriptionLength));
        m_error->show();
        return;
    }
    const QJsonObject body = patch();
    if (body.isEmpty()) {
        accept(); // nothing changed: nothing to send
        return;
    }
    // Deactivating the token the app is connected with cuts the app off: asked as the toolbar's
    // Deactivate asks, before anything is sent.
    const bool deactivates
            = body.value(QStringLiteral("status")).toString() == QLatin1String("inactive");
    if (deactivates && m_isOwnToken
        && !TokenConfirmation::confirmOwnToken(this, TokenConfirmation::Action::Deactivate,
                                               m_loaded))
        return;
    // The same schema checker as the create dialog: a body it refuses is shown, never sent.
    const QList<SchemaProblem> problems = m_submission->submit(m_loaded, body);
    m_orgRoles->showProblems(problems);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const SchemaProblem &p : problems)
            lines.append(p.message);
        m_error->setText(tr("Not saved: %1").arg(lines.join(QLatin1Char('\n'))));
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
}

QStringList EditTokenDialog::differences(const ApiToken &from, const ApiToken &to)
{
    QStringList lines;
    auto compare = [&lines](const QString &field, const QString &a, const QString &b) {
        if (a != b)
            lines.append(tr("%1: “%2” → “%3”").arg(field, a, b));
    };
    compare(tr("Name"), from.name, to.name);
    compare(tr("Description"), from.description, to.description);
    compare(tr("Status"), TokenFormat::status(from), TokenFormat::status(to));
    compare(tr("Default role"), from.defaultRole, to.defaultRole);
    if (from.orgRoles != to.orgRoles)
        lines.append(tr("Org roles changed"));
    return lines;
}

void EditTokenDialog::onConflict(const ApiToken &loaded, const ApiToken &fresh)
{
    // Someone else saved since the form was loaded: their change is shown, never overwritten
    // silently.
    QStringList changed = differences(loaded, fresh);
    if (changed.isEmpty())
        changed.append(tr("(no visible field changed)"));
    MessageBox::Message ask;
    ask.objectName = QStringLiteral("conflictBox");
    ask.title = tr("Token changed elsewhere");
    ask.text = tr("“%1” was changed on the server after you opened it.").arg(loaded.name);
    ask.informativeText = tr("Changed on the server:\n%1\n\nSaving sends only the fields you "
                             "changed; the others keep the server's values.")
                                  .arg(changed.join(QLatin1Char('\n')));
    ask.buttonNames = {{MessageBox::SaveMine, QStringLiteral("saveMineButton")},
                       {MessageBox::LoadTheirs, QStringLiteral("loadTheirsButton")}};
    const MessageBox::Button answer = MessageBox::question(
            this, ask, MessageBox::SaveMine | MessageBox::LoadTheirs | MessageBox::Cancel,
            MessageBox::Cancel);
    if (answer == MessageBox::SaveMine) {
        m_submission->sendAnyway();
        return;
    }
    setBusy(false);
    if (answer == MessageBox::LoadTheirs) {
        m_loaded = fresh;
        fill(fresh);
    }
}

void EditTokenDialog::onFailed(const ApiError &error)
{
    setBusy(false);
    m_error->setText(error.displayText());
    m_error->show();
}
