#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/TokenFindings.h"

#include <QPointer>
#include <QWidget>

class FindingsPanel;
class OrgDirectory;
class QAction;
class FlowLayout;
class QFormLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QTabWidget;
class TokenHistoryView;

// Every field of the selected token, with copy buttons for its IDs, and its History tab; with
// several selected, how many; with none, a hint to select one.
class TokenDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TokenDetailsPane(QWidget *parent = nullptr);

    // Where the shown tokens live: the History tab reads that instance's audit log.
    void setCollection(const TokenCollection &collection);

    // `own`: it is the token the app is connected with, which the pane says.
    void showToken(const ApiToken &token, bool own = false);
    void showSelectionCount(int count);
    void clear();
    // The shown token's findings, each with its suggested action as a button.
    void showFindings(const QList<TokenFinding> &findings);
    // Buttons above the fields for what can be done to the shown token (edit, deactivate …).
    void setActions(const QList<QAction *> &actions);
    QString shownTokenId() const { return m_token.id; }
    // Where Tab stops in the pane, in order: the tabs, the action buttons, the copy buttons, the
    // scopes, then the History tab's lists.
    QList<QWidget *> tabStops() const;
    // Focuses the pane's first stop that takes focus; false when nothing is shown.
    bool focusFirst();

Q_SIGNALS:
    // A finding's button: Edit, Deactivate, Delete or Rotate the shown token (the window's
    // actions).
    void findingActionRequested(FindingAction action);

private:
    QLabel *addRow(const QString &label, const QString &objectName, bool copyable = false);
    void showOrgRoles(); // the shown token's, named where the organizations are known
    void copy(QLabel *source);

    ApiToken m_token;
    QFormLayout *m_form;
    FlowLayout *m_buttons;
    QLabel *m_placeholder;
    QLabel *m_ownToken;
    QWidget *m_content;
    QScrollArea *m_scroll;
    QTabWidget *m_tabs;
    TokenHistoryView *m_history;
    QPointer<OrgDirectory> m_directory; // the collection's organizations, for their names
    FindingsPanel *m_findings;
    QLabel *m_name, *m_status, *m_description, *m_expires, *m_created, *m_updated, *m_creator,
            *m_creatorId, *m_owner, *m_defaultRole, *m_orgRoles, *m_id, *m_apiTokenId;
    QListWidget *m_scopes;
    QList<QWidget *> m_actionButtons;
    QList<QWidget *> m_copyButtons;
};
