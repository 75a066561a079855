#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// A searchable checklist of the schema's scopes grouped by resource, with tri-state group
// boxes; instance scopes first, the other families behind "Show all scopes".
class ScopePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);

    // Checked scopes in catalog order (also those hidden by the search or the switch).
    QStringList selectedScopes() const;
    void setSelectedScopes(const QStringList &scopes);

Q_SIGNALS:
    void selectionChanged();

private:
    void populate();
    void applyFilter();
    void updateCount();

    QLineEdit *m_search;
    QCheckBox *m_showAll;
    QTreeWidget *m_tree;
    QLabel *m_count;
};
