#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/ApiTokenDraft.h"
#include "core/ApiTokenSchema.h"
#include "workflows/LostCreateCheck.h"

#include <QDialog>

class OrgRolesEditor;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class ScopePicker;
struct ApiError;

// The create-token form: every field of apiTokenPost, checked as the person types, a preview
// of the exact body, and one POST per click.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    CreateTokenDialog(const TokenCollection &collection, QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    ApiTokenDraft draft() const;
    // Fills the form from an existing token, all but the name, for rotating it: the same
    // lifetime from now. Returns the scopes the picker does not know (left out).
    QStringList prefillFrom(const ApiToken &token);
    // The schema's problems and the dialog's own (expiration in the future, a custom scope).
    QList<SchemaProblem> problems() const;
    bool isSending() const { return m_sending.isBusy(); }
    // After a lost answer: looking up whether the token was created after all.
    bool isChecking() const { return m_check->isRunning(); }

Q_SIGNALS:
    // After the 201; `token.token` holds the secret for the one dialog that shows it.
    void tokenCreated(const ApiToken &token);
    // The create's answer was lost, so the token may exist: the list should be refreshed.
    void createOutcomeUnknown(const QString &name);

public Q_SLOTS:
    void reject() override;

private:
    QWidget *buildForm();
    QLabel *errorLabel(const QString &objectName);
    QList<SchemaProblem> problems(const ApiTokenDraft &draft, const QJsonObject &body) const;
    void revalidate();
    void send();
    void onFailed(const ApiError &error);
    void onLostCreateFound(const ApiToken &token);
    void onLostCreateCheckFailed(const ApiError &error);
    void copyCurl();

    TokenCollection m_collection;
    CallSlot m_sending{this}; // the one create out; a second click waits for it
    LostCreateCheck *m_check;

    QLineEdit *m_name;
    QLabel *m_nameError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionError;
    QRadioButton *m_never;
    QRadioButton *m_expiresAt;
    QDateTimeEdit *m_expiration;
    QLabel *m_expirationError;
    QComboBox *m_status;
    QRadioButton *m_permAll;
    QRadioButton *m_permRead;
    QRadioButton *m_permCustom;
    ScopePicker *m_scopes;
    QLabel *m_scopeError;
    QComboBox *m_defaultRole;
    QLabel *m_defaultRoleError;
    OrgRolesEditor *m_orgRoles;
    QPlainTextEdit *m_preview;
    QLabel *m_reason;
    QLabel *m_serverError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};
