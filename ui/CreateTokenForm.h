#pragma once

#include "core/ApiToken.h"
#include "core/ApiTokenDraft.h"
#include "core/ApiTokenSchema.h"
#include "core/TokenLocation.h"

#include <QSet>
#include <QWidget>

class ExpirationPicker;
class OrgDirectory;
class OrgRolesEditor;
class PermissionPicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The fields of a new token and their messages. A message is shown only for a field the
// person has changed, in a line reserved for it, so nothing jumps when one appears. The kind of
// token decides the scopes and presets offered, and whether roles are asked for (application
// tokens have none: docs/api.md "Scopes per kind").
class CreateTokenForm : public QWidget
{
    Q_OBJECT
public:
    explicit CreateTokenForm(TokenLocation::Kind kind, QWidget *parent = nullptr);

    ApiTokenDraft draft() const;
    // All but the name from `token`, the same lifetime from now; returns unknown scopes.
    QStringList prefillFrom(const ApiToken &token);
    // The schema's problems and the form's own (a future expiration, permissions chosen).
    QList<SchemaProblem> problems(const ApiTokenDraft &draft, const QJsonObject &body) const;
    // Shows the problems of the touched fields by those fields; returns the ones shown.
    QList<SchemaProblem> showProblems(const QList<SchemaProblem> &problems);
    bool hasName() const;
    bool hasPermissionChoice() const;
    // "All, Read only or Custom", with the kind's presets.
    QString permissionChoices() const;
    void focusName();
    // Where the org-role editor offers organizations, applications and dashboards by name.
    void setOrgDirectory(OrgDirectory *directory);

Q_SIGNALS:
    void changed();
    // Ctrl+Return in the description: send, if the form allows it.
    void submitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *errorLabel(const QString &objectName);
    QLabel *hintLabel(const QString &text, const QString &objectName);
    void touch(const QString &field);
    bool hasRoles() const { return m_kind != TokenLocation::Kind::Application; }

    TokenLocation::Kind m_kind;
    QSet<QString> m_touched;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionError;
    ExpirationPicker *m_expiration;
    QLabel *m_expirationError;
    QComboBox *m_status;
    PermissionPicker *m_permissions;
    QLabel *m_scopeError;
    QComboBox *m_defaultRole;
    QLabel *m_defaultRoleError;
    OrgRolesEditor *m_orgRoles;
};
