#pragma once

#include "core/ApiToken.h"
#include "core/ApiTokenSchema.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class OrgDirectory;
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
    // Where organizations, applications and dashboards are offered by name; without one (or
    // where a list cannot be read) the person types IDs. The first list is asked for with the
    // first row.
    void setDirectory(OrgDirectory *directory);
    // Brings every picker up to date with the directory's lists and the rows' org IDs.
    void refreshPickers();

Q_SIGNALS:
    void changed();

private:
    void removeRow(OrgRoleRow *row);
    void renumber();

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QLabel *m_error;
    QLabel *m_directoryNote; // why organizations are not offered by name
    QPointer<OrgDirectory> m_directory;
    QList<OrgRoleRow *> m_rows;
};
