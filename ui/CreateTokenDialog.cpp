#include "ui/CreateTokenDialog.h"

#include "api/ApiCall.h"
#include "core/LosantApi.h"
#include "core/TokenFormat.h"
#include "ui/OrgRolesEditor.h"
#include "ui/ScopePicker.h"
#include "ui/StatePalette.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
QStringList messagesFor(const QList<SchemaProblem> &problems, const QString &field)
{
    QStringList out;
    for (const SchemaProblem &p : problems)
        if (p.field == field || p.field.startsWith(field + QLatin1Char('[')))
            out.append(p.message);
    return out;
}
} // namespace

CreateTokenDialog::CreateTokenDialog(const TokenCollection &collection, QWidget *parent)
    : QDialog(parent), m_collection(collection), m_check(new LostCreateCheck(collection, this))
{
    setObjectName(QStringLiteral("createTokenDialog"));
    setWindowTitle(tr("New API token"));
    resize(1000, 700);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("jsonPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyCurl = new QPushButton(tr("Copy as curl"), this);
    copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    copyCurl->setToolTip(tr("The access token is written as $LOSANT_ACCESS_TOKEN"));
    connect(copyCurl, &QPushButton::clicked, this, &CreateTokenDialog::copyCurl);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->addWidget(new QLabel(tr("Request body"), previewPane));
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(copyCurl, 0, Qt::AlignRight);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildForm());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_serverError = new QLabel(this);
    m_serverError->setObjectName(QStringLiteral("serverErrorLabel"));
    m_serverError->setWordWrap(true);
    StatePalette::setTextColor(m_serverError, StatePalette::State::Error);
    m_serverError->hide();
    m_buttons = new QDialogButtonBox(this);
    m_create = m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Create sends; only the 201 closes the dialog.
    connect(m_create, &QPushButton::clicked, this, &CreateTokenDialog::send);
    connect(cancel, &QPushButton::clicked, this, &CreateTokenDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_serverError);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    // Enter means Create only: when the clicked Create button is disabled the focus moves on,
    // and an auto-default Cancel would otherwise take over Enter and abort the request.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(button == m_create);
    connect(m_check, &LostCreateCheck::found, this, &CreateTokenDialog::onLostCreateFound);
    connect(m_check, &LostCreateCheck::notFound, this, [this](const QString &name) {
        m_serverError->setText(tr("No token named “%1” exists: the create did not go through. "
                                  "You can create it again.")
                                       .arg(name));
        revalidate();
    });
    connect(m_check, &LostCreateCheck::failed, this, &CreateTokenDialog::onLostCreateCheckFailed);
    revalidate();
    m_name->setFocus();
}

CreateTokenDialog::~CreateTokenDialog() = default; // the slot cancels a create still out

QLabel *CreateTokenDialog::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    StatePalette::setTextColor(label, StatePalette::State::Error);
    label->hide();
    return label;
}

QWidget *CreateTokenDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    const auto withError = [form](QWidget *field, QLabel *error) {
        auto *box = new QWidget(form);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(field);
        v->addWidget(error);
        // Only as tall as field and message: spare height belongs to the scope list.
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        return box;
    };

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameError = errorLabel(QStringLiteral("nameError"));
    layout->addRow(tr("&Name:"), withError(m_name, m_nameError));

    m_description = new QPlainTextEdit(form);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4);
    m_descriptionError = errorLabel(QStringLiteral("descriptionError"));
    layout->addRow(tr("&Description:"), withError(m_description, m_descriptionError));

    m_never = new QRadioButton(tr("Never expires"), form);
    m_never->setObjectName(QStringLiteral("neverExpires"));
    m_never->setChecked(true);
    m_expiresAt = new QRadioButton(tr("Expires at"), form);
    m_expiresAt->setObjectName(QStringLiteral("expiresAt"));
    m_expiration = new QDateTimeEdit(form);
    m_expiration->setObjectName(QStringLiteral("expirationEdit"));
    m_expiration->setTimeSpec(Qt::LocalTime);
    m_expiration->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiration->setCalendarPopup(true);
    const QDateTime inAYear = QDateTime::currentDateTime().addYears(1);
    // Whole minutes: the editor shows no seconds, so none are sent.
    m_expiration->setDateTime(
            QDateTime(inAYear.date(), QTime(inAYear.time().hour(), inAYear.time().minute())));
    m_expiration->setEnabled(false);
    m_expirationError = errorLabel(QStringLiteral("expirationError"));
    auto *expiry = new QWidget(form);
    auto *expiryRow = new QHBoxLayout(expiry);
    expiryRow->setContentsMargins(0, 0, 0, 0);
    expiryRow->addWidget(m_never);
    expiryRow->addWidget(m_expiresAt);
    expiryRow->addWidget(m_expiration, 1);
    layout->addRow(tr("Expiration:"), withError(expiry, m_expirationError));

    m_status = new QComboBox(form);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Inactive"), QStringLiteral("inactive"));
    layout->addRow(tr("&Status:"), m_status);

    m_permAll = new QRadioButton(tr("All"), form);
    m_permAll->setObjectName(QStringLiteral("permissionsAll"));
    m_permAll->setToolTip(QStringLiteral("all.Instance"));
    m_permAll->setChecked(true);
    m_permRead = new QRadioButton(tr("Read only"), form);
    m_permRead->setObjectName(QStringLiteral("permissionsReadOnly"));
    m_permRead->setToolTip(QStringLiteral("all.Instance.read"));
    m_permCustom = new QRadioButton(tr("Custom"), form);
    m_permCustom->setObjectName(QStringLiteral("permissionsCustom"));
    auto *perms = new QWidget(form);
    auto *permRow = new QHBoxLayout(perms);
    permRow->setContentsMargins(0, 0, 0, 0);
    permRow->addWidget(m_permAll);
    permRow->addWidget(m_permRead);
    permRow->addWidget(m_permCustom);
    permRow->addStretch(1);
    m_scopes = new ScopePicker(form);
    m_scopes->setMinimumHeight(220);
    m_scopes->setEnabled(false);
    m_scopeError = errorLabel(QStringLiteral("scopeError"));
    auto *permBox = new QWidget(form);
    auto *permLayout = new QVBoxLayout(permBox);
    permLayout->setContentsMargins(0, 0, 0, 0);
    permLayout->addWidget(perms);
    permLayout->addWidget(m_scopes);
    permLayout->addWidget(m_scopeError);
    layout->addRow(tr("Permissions:"), permBox);

    m_defaultRole = new QComboBox(form);
    m_defaultRole->setObjectName(QStringLiteral("defaultRoleCombo"));
    m_defaultRole->addItem(tr("(not set)"), QString());
    for (const QString &role : LosantApi::orgRoleValues())
        m_defaultRole->addItem(role, role);
    m_defaultRoleError = errorLabel(QStringLiteral("defaultRoleError"));
    layout->addRow(tr("Default &role:"), withError(m_defaultRole, m_defaultRoleError));

    m_orgRoles = new OrgRolesEditor(form);
    m_orgRoles->setObjectName(QStringLiteral("orgRolesEditor"));
    layout->addRow(tr("Organization roles:"), m_orgRoles);

    const auto changed = [this] { revalidate(); };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, changed);
    connect(m_expiresAt, &QRadioButton::toggled, m_expiration, &QWidget::setEnabled);
    connect(m_expiresAt, &QRadioButton::toggled, this, changed);
    connect(m_expiration, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_permCustom, &QRadioButton::toggled, m_scopes, &QWidget::setEnabled);
    for (QRadioButton *b : {m_permAll, m_permRead, m_permCustom})
        connect(b, &QRadioButton::toggled, this, changed);
    connect(m_scopes, &ScopePicker::selectionChanged, this, changed);
    connect(m_defaultRole, &QComboBox::currentIndexChanged, this, changed);
    connect(m_orgRoles, &OrgRolesEditor::changed, this, changed);
    return form;
}

ApiTokenDraft CreateTokenDialog::draft() const
{
    ApiTokenDraft d;
    d.name = m_name->text();
    d.description = m_description->toPlainText();
    if (m_expiresAt->isChecked())
        d.expiration = m_expiration->dateTime();
    d.status = m_status->currentData().toString();
    if (m_permAll->isChecked())
        d.scope = {QStringLiteral("all.Instance")};
    else if (m_permRead->isChecked())
        d.scope = {QStringLiteral("all.Instance.read")};
    else
        d.scope = m_scopes->selectedScopes();
    d.defaultRole = m_defaultRole->currentData().toString();
    d.orgRoles = m_orgRoles->orgRoles();
    return d;
}

QStringList CreateTokenDialog::prefillFrom(const ApiToken &token)
{
    m_name->clear();
    m_description->setPlainText(token.description);
    m_status->setCurrentIndex(qMax(0, m_status->findData(token.status)));
    const bool expires = token.expirationDate.isValid() && token.creationDate.isValid()
            && token.expirationDate > token.creationDate;
    if (expires) {
        const QDateTime at = QDateTime::currentDateTime().addMSecs(
                token.creationDate.msecsTo(token.expirationDate));
        // Whole minutes, as the editor shows them.
        m_expiration->setDateTime(
                QDateTime(at.date(), QTime(at.time().hour(), at.time().minute())));
        m_expiresAt->setChecked(true);
    } else {
        m_never->setChecked(true);
    }
    QStringList dropped;
    if (token.scope == QStringList{QStringLiteral("all.Instance")}) {
        m_permAll->setChecked(true);
    } else if (token.scope == QStringList{QStringLiteral("all.Instance.read")}) {
        m_permRead->setChecked(true);
    } else {
        m_permCustom->setChecked(true);
        m_scopes->setSelectedScopes(token.scope);
        const QStringList kept = m_scopes->selectedScopes();
        for (const QString &s : token.scope)
            if (!kept.contains(s))
                dropped.append(s);
    }
    m_defaultRole->setCurrentIndex(qMax(0, m_defaultRole->findData(token.defaultRole)));
    m_orgRoles->setOrgRoles(token.orgRoles);
    setWindowTitle(tr("Create a token like “%1”").arg(token.name));
    m_name->setFocus();
    revalidate();
    return dropped;
}

QList<SchemaProblem> CreateTokenDialog::problems() const
{
    const ApiTokenDraft d = draft();
    return problems(d, d.toPostBody());
}

QList<SchemaProblem> CreateTokenDialog::problems(const ApiTokenDraft &d,
                                                 const QJsonObject &body) const
{
    QList<SchemaProblem> list = ApiTokenSchema::checkPost(body);
    if (d.expiration.isValid() && d.expiration <= QDateTime::currentDateTime())
        list.append(
                {QStringLiteral("expirationDate"), tr("The expiration must be in the future.")});
    // An empty scope list would leave the token's rights to the server's default.
    if (m_permCustom->isChecked() && d.scope.isEmpty())
        list.append({QStringLiteral("scope"), tr("Choose at least one scope.")});
    return list;
}

void CreateTokenDialog::revalidate()
{
    // Runs on every keystroke: the form (hundreds of scope boxes) is read once.
    const ApiTokenDraft d = draft();
    const QJsonObject body = d.toPostBody();
    const QList<SchemaProblem> list = problems(d, body);
    const QList<QPair<QLabel *, QString>> labels
            = {{m_nameError, QStringLiteral("name")},
               {m_descriptionError, QStringLiteral("description")},
               {m_expirationError, QStringLiteral("expirationDate")},
               {m_scopeError, QStringLiteral("scope")},
               {m_defaultRoleError, QStringLiteral("defaultRole")}};
    for (const auto &[label, field] : labels) {
        const QStringList messages = messagesFor(list, field);
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    }
    m_orgRoles->showProblems(list);
    m_preview->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));

    if (isSending()) {
        m_create->setEnabled(false);
        m_reason->setText(tr("Creating the token…"));
    } else if (isChecking()) {
        m_create->setEnabled(false);
        m_reason->setText(tr("Checking whether the token exists…"));
    } else if (!list.isEmpty()) {
        m_create->setEnabled(false);
        m_reason->setText(
                tr("Create is unavailable: %1", nullptr, int(list.size()))
                        .arg(list.constFirst().message)
                + (list.size() > 1 ? tr(" (and %n more problem(s))", nullptr, int(list.size() - 1))
                                   : QString()));
    } else {
        m_create->setEnabled(true);
        m_reason->clear();
    }
}

void CreateTokenDialog::send()
{
    // One click, one POST: a second click or Enter while a request is out does nothing.
    if (isSending() || isChecking())
        return;
    const ApiTokenDraft d = draft();
    const QJsonObject body = d.toPostBody();
    if (!problems(d, body).isEmpty())
        return;
    m_serverError->hide();
    ApiCall *call = m_sending.start(m_collection.create(body));
    connect(call, &ApiCall::tokenReceived, this, [this](const ApiToken &token) {
        accept();
        Q_EMIT tokenCreated(token);
    });
    connect(call, &ApiCall::failed, this, &CreateTokenDialog::onFailed);
    revalidate();
}

void CreateTokenDialog::onFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled)
        return;
    if (error.answerLost) {
        // The POST went out and its answer did not come back: never invite a blind second create.
        const QString name = draft().name;
        m_serverError->setText(tr("The answer was lost (%1), so the token “%2” may have been "
                                  "created. Checking the list…")
                                       .arg(error.displayText(), name));
        m_serverError->show();
        Q_EMIT createOutcomeUnknown(name);
        m_check->start(name);
        revalidate();
        return;
    }
    m_serverError->setText(tr("The token was not created. %1").arg(error.displayText()));
    m_serverError->show();
    revalidate();
}

void CreateTokenDialog::onLostCreateFound(const ApiToken &token)
{
    m_serverError->setText(tr("The token “%1” was created (%2), but its secret was lost with the "
                              "answer and cannot be shown again. Delete or deactivate it in the "
                              "list, and create a new one if you need the secret.")
                                   .arg(token.name, TokenFormat::dateTime(token.creationDate)));
    m_create->setText(tr("Create Another"));
    revalidate();
}

void CreateTokenDialog::onLostCreateCheckFailed(const ApiError &error)
{
    m_serverError->setText(tr("The token may have been created, and checking failed too (%1). "
                              "Look in the refreshed list before creating it again.")
                                   .arg(error.displayText()));
    revalidate();
}

void CreateTokenDialog::reject()
{
    m_check->cancel();
    m_sending.abandon();
    QDialog::reject();
}

void CreateTokenDialog::copyCurl()
{
    QApplication::clipboard()->setText(m_collection.curlCreateCommand(draft()));
}
