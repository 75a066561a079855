#pragma once

#include "core/ApiToken.h"
#include "core/ApiTokenSchema.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class OrgRoleRow;

// Rows of organization roles: an org ID (24 hex or "sandbox"), a role, and optional
// application and dashboard roles. Limits are the schema's; breaking them is reported, not
// prevented, so the person sees why.
class OrgRolesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit OrgRolesEditor(QWidget *parent = nullptr);

    QList<OrgRole> orgRoles() const;
    int rowCount() const { return int(m_rows.size()); }
    // Problems whose field is "orgRoles" or starts with "orgRoles[": shown by their row.
    void showProblems(const QList<SchemaProblem> &problems);

    // Replaces every row with these roles (prefilling from an existing token).
    void setOrgRoles(const QList<OrgRole> &roles);
    // Adds one empty organization row; returns it (tests fill it through its widgets).
    QWidget *addOrgRole();

Q_SIGNALS:
    void changed();

private:
    void removeRow(OrgRoleRow *row);
    void renumber();

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QLabel *m_error;
    QList<OrgRoleRow *> m_rows;
};
