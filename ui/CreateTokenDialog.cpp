#include "ui/CreateTokenDialog.h"

#include "api/ApiCall.h"
#include "api/OrgDirectory.h"
#include "core/TokenFormat.h"
#include "ui/CopyFeedback.h"
#include "ui/CreateTokenForm.h"
#include "ui/FormMessages.h"
#include "ui/PlainText.h"
#include "ui/PolicyCheck.h"
#include "ui/PolicySettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

CreateTokenDialog::CreateTokenDialog(const TokenCollection &collection, QWidget *parent)
    : QDialog(parent), m_collection(collection), m_check(new LostCreateCheck(collection, this))
{
    setObjectName(QStringLiteral("createTokenDialog"));
    setWindowTitle(tr("New API token"));
    resize(1000, 700);

    m_form = new CreateTokenForm(collection.location().kind(), this);
    m_form->setOrgDirectory(OrgDirectory::forCollection(collection, this));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    // It scrolls down, never sideways: as wide as the form's widest row (longer in German).
    scroll->setMinimumWidth(m_form->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The messages about the whole form live in one place below it, their line reserved.
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText); // quotes field values and scopes as typed
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing());
    m_serverError = FormMessages::errorLabel(QStringLiteral("serverErrorLabel"), this);
    m_policy = new PolicyCheck(PolicySettings::load(), this);
    connect(m_policy, &PolicyCheck::overrideChanged, this, &CreateTokenDialog::revalidate);
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
    layout->addWidget(m_policy);
    layout->addWidget(m_serverError);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    // Enter means Create only: when the clicked Create button is disabled the focus moves on,
    // and an auto-default Cancel would otherwise take over Enter and abort the request.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(button == m_create);
    connect(m_form, &CreateTokenForm::changed, this, &CreateTokenDialog::revalidate);
    connect(m_form, &CreateTokenForm::submitRequested, this, &CreateTokenDialog::send);
    connect(m_check, &LostCreateCheck::found, this, &CreateTokenDialog::onLostCreateFound);
    connect(m_check, &LostCreateCheck::notFound, this, [this](const QString &name) {
        m_serverError->setText(tr("No token named “%1” exists: the create did not go through. "
                                  "You can create it again.")
                                       .arg(name));
        revalidate();
    });
    connect(m_check, &LostCreateCheck::failed, this, &CreateTokenDialog::onLostCreateCheckFailed);
    revalidate();
    m_form->focusName();
}

CreateTokenDialog::~CreateTokenDialog() = default; // the slot cancels a create still out

QWidget *CreateTokenDialog::buildPreview()
{
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("jsonPreview"));
    m_preview->setAccessibleName(tr("Request body"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyCurl = new QPushButton(tr("Copy as curl"), this);
    copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    copyCurl->setToolTip(tr("The access token is written as $LOSANT_ACCESS_TOKEN"));
    m_curlCopied = new CopyFeedback(copyCurl);
    connect(copyCurl, &QPushButton::clicked, this, &CreateTokenDialog::copyCurl);
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->addWidget(new QLabel(tr("Request body"), pane));
    layout->addWidget(m_preview, 1);
    layout->addWidget(copyCurl, 0, Qt::AlignRight);
    return pane;
}

void CreateTokenDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool plain = !event->modifiers()
            || (event->modifiers() == Qt::KeypadModifier && event->key() == Qt::Key_Enter);
    // Our choice: Enter sends only a complete form, as a default button does; until then it
    // moves to the next field, so one Enter after the name never makes a token.
    if (enter && plain && !m_create->isEnabled()) {
        focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

ApiTokenDraft CreateTokenDialog::draft() const
{
    return m_form->draft();
}

QStringList CreateTokenDialog::prefillFrom(const ApiToken &token)
{
    const QStringList dropped = m_form->prefillFrom(token);
    setWindowTitle(PlainText::windowTitle(tr("Create a token like “%1”").arg(token.name)));
    revalidate();
    return dropped;
}

QList<SchemaProblem> CreateTokenDialog::problems() const
{
    const ApiTokenDraft d = draft();
    return m_form->problems(d, d.toPostBody());
}

void CreateTokenDialog::revalidate()
{
    // Runs on every keystroke: the form (hundreds of scope boxes) is read once.
    const ApiTokenDraft d = draft();
    const QJsonObject body = d.toPostBody();
    const QList<SchemaProblem> list = m_form->problems(d, body);
    const QList<SchemaProblem> shown = m_form->showProblems(list);
    m_policy->check(d);
    m_preview->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));

    if (isSending()) {
        m_create->setEnabled(false);
        m_reason->setText(tr("Creating the token…"));
    } else if (isChecking()) {
        m_create->setEnabled(false);
        m_reason->setText(tr("Checking whether the token exists…"));
    } else {
        m_create->setEnabled(list.isEmpty() && m_policy->allowsCreate());
        m_reason->setText(list.isEmpty() && !m_policy->allowsCreate()
                                  ? tr("Create is unavailable: the token breaks the policy; "
                                       "tick “Create anyway” to create it all the same.")
                                  : reasonFor(list, shown));
    }
}

QString CreateTokenDialog::reasonFor(const QList<SchemaProblem> &all,
                                     const QList<SchemaProblem> &shown) const
{
    if (all.isEmpty())
        return {};
    // Before the person has touched what is missing, a calm word on what to do next.
    if (shown.isEmpty()) {
        if (!m_form->hasName() && !m_form->hasPermissionChoice())
            return tr("Give the token a name and choose what it may do.");
        if (!m_form->hasName())
            return tr("Give the token a name.");
        if (!m_form->hasPermissionChoice())
            return tr("Choose what the token may do: %1.").arg(m_form->permissionChoices());
    }
    const QList<SchemaProblem> &first = shown.isEmpty() ? all : shown;
    return tr("Create is unavailable: %1").arg(first.constFirst().message)
            + (all.size() > 1 ? tr(" (and %n more problem(s))", nullptr, int(all.size() - 1))
                              : QString());
}

void CreateTokenDialog::send()
{
    // One click, one POST: a second click or Enter while a request is out does nothing.
    if (isSending() || isChecking())
        return;
    const ApiTokenDraft d = draft();
    const QJsonObject body = d.toPostBody();
    if (!m_form->problems(d, body).isEmpty() || !m_policy->allowsCreate())
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
    m_curlCopied->flash();
}
