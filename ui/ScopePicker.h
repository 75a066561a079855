#pragma once

#include "core/TokenLocation.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// A searchable checklist of the schema's scopes grouped by resource, with tri-state group
// boxes: readable labels with the API name beside them, a line on what each group allows,
// groups open where something is ticked, and a summary of the choice. It offers the scopes a
// token of its kind may be given (TokenPermissions::grantableScopes): the kind's own family
// first, the other families behind "Show all scopes" (application tokens have no others).
class ScopePicker : public QWidget
{
    Q_OBJECT
public:
    // Column 0: the label and the tick; column 1: the API name (a group's description).
    enum Column { LabelColumn, ApiNameColumn };

    explicit ScopePicker(TokenLocation::Kind kind, QWidget *parent = nullptr);

    // Checked scopes in catalog order (also those hidden by the search or the switch).
    QStringList selectedScopes() const;
    void setSelectedScopes(const QStringList &scopes);

Q_SIGNALS:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Returns whether any scope outside the kind's own family is offered.
    bool populate(TokenLocation::Kind kind);
    void sizeLabelColumn();
    void applyFilter();
    void openTickedGroups();
    void updateSummary();

    QLineEdit *m_search;
    QCheckBox *m_showAll;
    QTreeWidget *m_tree;
    QLabel *m_count;
    QLabel *m_summary;
};
