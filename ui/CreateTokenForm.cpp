#include "ui/CreateTokenForm.h"

#include "core/LosantApi.h"
#include "ui/AccessibleName.h"
#include "ui/ExpirationPicker.h"
#include "ui/FormMessages.h"
#include "ui/OrgRolesEditor.h"
#include "ui/PermissionPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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

// Only the person adds organization rows, so their problems always count as touched.
bool isOrgRoleProblem(const SchemaProblem &p)
{
    return p.field.startsWith(QLatin1String("orgRoles"));
}

QWidget *stacked(QWidget *parent, QWidget *field, QLabel *below, QLabel *belowThat = nullptr)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(below);
    if (belowThat)
        v->addWidget(belowThat);
    return box;
}
} // namespace

CreateTokenForm::CreateTokenForm(TokenLocation::Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind)
{
    auto *layout = new QFormLayout(this);
    const auto fixedHeight = [](QWidget *box) {
        // Only as tall as field and message: spare height belongs to the scope list.
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        return box;
    };
    // A row of a field with its message below, named `errorName`; returns the message label.
    const auto fieldRow = [&](const QString &label, QWidget *field, const QString &errorName) {
        QLabel *error = errorLabel(errorName);
        // The label's buddy is the box around field and message: the field says it itself.
        AccessibleName::setFromLabel(field, label);
        layout->addRow(label, fixedHeight(stacked(this, field, error)));
        return error;
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameError = fieldRow(tr("&Name:"), m_name, QStringLiteral("nameError"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4);
    m_description->installEventFilter(this);
    m_descriptionError
            = fieldRow(tr("&Description:"), m_description, QStringLiteral("descriptionError"));

    m_expiration = new ExpirationPicker(this);
    m_expiration->setObjectName(QStringLiteral("expirationPicker"));
    m_expirationError
            = fieldRow(tr("Expiration:"), m_expiration, QStringLiteral("expirationError"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Inactive"), QStringLiteral("inactive"));
    layout->addRow(tr("&Status:"), m_status);

    m_permissions = new PermissionPicker(kind, this);
    m_permissions->setObjectName(QStringLiteral("permissionPicker"));
    m_scopeError = errorLabel(QStringLiteral("scopeError"));
    layout->addRow(tr("Permissions:"), stacked(this, m_permissions, m_scopeError));

    m_defaultRole = new QComboBox(this);
    m_defaultRole->setObjectName(QStringLiteral("defaultRoleCombo"));
    m_defaultRole->addItem(tr("(not set)"), QString());
    for (const QString &role : LosantApi::orgRoleValues())
        m_defaultRole->addItem(role, role);
    m_defaultRoleError = errorLabel(QStringLiteral("defaultRoleError"));
    QLabel *roleHint = hintLabel(tr("The token's role in every organization not listed under "
                                    "Organization roles."),
                                 QStringLiteral("defaultRoleHint"));
    layout->addRow(tr("Default &role:"),
                   fixedHeight(stacked(this, m_defaultRole, roleHint, m_defaultRoleError)));

    m_orgRoles = new OrgRolesEditor(this);
    m_orgRoles->setObjectName(QStringLiteral("orgRolesEditor"));
    layout->addRow(tr("Organization roles:"), m_orgRoles);
    // The application schema has no roles, and they are never sent for application tokens.
    layout->setRowVisible(m_defaultRole->parentWidget(), hasRoles());
    layout->setRowVisible(m_orgRoles, hasRoles());

    const auto touching = [this](const QString &field) {
        return [this, field] {
            touch(field);
            Q_EMIT changed();
        };
    };
    // Typed by the person, not set by a prefill.
    connect(m_name, &QLineEdit::textEdited, this, touching(QStringLiteral("name")));
    connect(m_description, &QPlainTextEdit::textChanged, this,
            touching(QStringLiteral("description")));
    connect(m_expiration, &ExpirationPicker::changed, this,
            touching(QStringLiteral("expirationDate")));
    connect(m_status, &QComboBox::currentIndexChanged, this, &CreateTokenForm::changed);
    connect(m_permissions, &PermissionPicker::changed, this, [this] {
        // An empty custom list is an error only once something was ticked and unticked.
        if (!m_permissions->scopes().isEmpty())
            touch(QStringLiteral("scope"));
        Q_EMIT changed();
    });
    connect(m_defaultRole, &QComboBox::currentIndexChanged, this,
            touching(QStringLiteral("defaultRole")));
    connect(m_orgRoles, &OrgRolesEditor::changed, this, &CreateTokenForm::changed);
}

void CreateTokenForm::setOrgDirectory(OrgDirectory *directory)
{
    m_orgRoles->setDirectory(directory);
}

QLabel *CreateTokenForm::errorLabel(const QString &objectName)
{
    QLabel *label = FormMessages::errorLabel(objectName, this);
    // A line is kept for the message even while hidden, and it is not wrapped (a wrapped
    // label's height hint varies between layout passes): the fields below never jump.
    label->setWordWrap(false);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    QSizePolicy keep = label->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    label->setSizePolicy(keep);
    return label;
}

QLabel *CreateTokenForm::hintLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    // Not wrapped: a wrapped label's height hint changes between layout passes, and the
    // fields below it would shift when a message elsewhere appears.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void CreateTokenForm::touch(const QString &field)
{
    m_touched.insert(field);
}

bool CreateTokenForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Return moves on instead of adding a stray line break (Shift+Return still adds
        // one on purpose); Ctrl+Return sends like the Create button.
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            if (key->modifiers() & Qt::ControlModifier)
                Q_EMIT submitRequested();
            else
                focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ApiTokenDraft CreateTokenForm::draft() const
{
    ApiTokenDraft d;
    d.name = m_name->text();
    d.description = m_description->toPlainText();
    d.expiration = m_expiration->expiration();
    d.status = m_status->currentData().toString();
    d.scope = m_permissions->scopes();
    if (hasRoles()) {
        d.defaultRole = m_defaultRole->currentData().toString();
        d.orgRoles = m_orgRoles->orgRoles();
    }
    return d;
}

QStringList CreateTokenForm::prefillFrom(const ApiToken &token)
{
    m_name->clear();
    m_description->setPlainText(token.description);
    m_status->setCurrentIndex(qMax(0, m_status->findData(token.status)));
    const bool expires = token.expirationDate.isValid() && token.creationDate.isValid()
            && token.expirationDate > token.creationDate;
    m_expiration->setExpiration(expires ? QDateTime::currentDateTime().addMSecs(
                                        token.creationDate.msecsTo(token.expirationDate))
                                        : QDateTime());
    const QStringList dropped = m_permissions->setScopes(token.scope);
    if (hasRoles()) {
        m_defaultRole->setCurrentIndex(qMax(0, m_defaultRole->findData(token.defaultRole)));
        m_orgRoles->setOrgRoles(token.orgRoles);
    }
    m_name->setFocus();
    return dropped;
}

QList<SchemaProblem> CreateTokenForm::problems(const ApiTokenDraft &d,
                                               const QJsonObject &body) const
{
    QList<SchemaProblem> list = ApiTokenSchema::checkPostFor(m_kind, body);
    if (d.expiration.isValid() && d.expiration <= QDateTime::currentDateTime())
        list.append(
                {QStringLiteral("expirationDate"), tr("The expiration must be in the future.")});
    // Without a choice the server would give the token its default rights: never by accident.
    if (m_permissions->mode() == PermissionPicker::Unchosen)
        list.append({QStringLiteral("scope"),
                     tr("Choose what the token may do: %1.").arg(permissionChoices())});
    else if (m_permissions->mode() == PermissionPicker::Custom && d.scope.isEmpty())
        list.append({QStringLiteral("scope"), tr("Choose at least one scope.")});
    return list;
}

QList<SchemaProblem> CreateTokenForm::showProblems(const QList<SchemaProblem> &problems)
{
    QList<SchemaProblem> shown;
    for (const SchemaProblem &p : problems) {
        const QString field = p.field.section(QLatin1Char('['), 0, 0);
        if (isOrgRoleProblem(p) || m_touched.contains(field))
            shown.append(p);
    }
    const QList<QPair<QLabel *, QString>> labels
            = {{m_nameError, QStringLiteral("name")},
               {m_descriptionError, QStringLiteral("description")},
               {m_expirationError, QStringLiteral("expirationDate")},
               {m_scopeError, QStringLiteral("scope")},
               {m_defaultRoleError, QStringLiteral("defaultRole")}};
    for (const auto &[label, field] : labels) {
        const QStringList messages = messagesFor(shown, field);
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    }
    m_orgRoles->showProblems(problems);
    return shown;
}

bool CreateTokenForm::hasName() const
{
    return !m_name->text().trimmed().isEmpty();
}

bool CreateTokenForm::hasPermissionChoice() const
{
    return m_permissions->mode() != PermissionPicker::Unchosen;
}

QString CreateTokenForm::permissionChoices() const
{
    return m_permissions->choices();
}

void CreateTokenForm::focusName()
{
    m_name->setFocus();
}
