#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "ui/BulkActionRunner.h"

#include <QObject>
#include <QPointer>

class QAction;
class QTableView;
class RotationActions;
class QWidget;
class TokenListModel;
class TokenSelection;
struct ApiError;

// What can be done to the selected tokens (activate or deactivate, edit, delete): one token or
// several, never a row that is only focused. Each sends the request the official client sends
// and puts the server's answer in the table.
class TokenActions : public QObject
{
    Q_OBJECT
public:
    TokenActions(const TokenCollection &collection, TokenListModel *model,
                 TokenSelection *selection, QTableView *table, QWidget *window);

    QAction *toggleStatusAction() const { return m_toggle; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *rotateAction() const; // "Rotate…" on exactly one token
    RotationActions *rotation() const { return m_rotation; } // and "Resume rotation"

    void toggleStatus();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    // A one-line outcome for the status bar.
    void message(const QString &text);
    // The token the app is connected with was deleted or deactivated: its requests fail now.
    void ownTokenLost();

private:
    // The one selected token, unless a bulk run is going; several go to `bulk` instead.
    bool singleTarget(void (TokenActions::*bulk)(const QList<ApiToken> &), ApiToken *token);
    void bulkToggle(const QList<ApiToken> &tokens);
    void bulkDelete(const QList<ApiToken> &tokens);
    void startBulk(BulkActionRunner::Operation operation, const QList<ApiToken> &tokens);
    void updateEnabled();
    void showFailure(const QString &what, const ApiError &error);
    // The app's own token last, so the others are done while the app still has access.
    QList<ApiToken> ownTokenLast(QList<ApiToken> tokens) const;
    bool containsOwnToken(const QList<ApiToken> &tokens) const;

    TokenCollection m_collection;
    TokenListModel *m_model;
    TokenSelection *m_selection;
    QWidget *m_window;
    QAction *m_toggle;
    QAction *m_edit;
    QAction *m_delete;
    QPointer<BulkActionRunner> m_bulk; // one bulk run at a time
    RotationActions *m_rotation;
};
