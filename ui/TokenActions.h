#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "ui/BulkActionRunner.h"

#include <QObject>
#include <QPointer>

class QAction;
class QTableView;
class QWidget;
class TokenListModel;
struct ApiError;

// What can be done to the current token (activate or deactivate, edit, delete) or to several
// selected ones. Each sends the request the official client sends and puts the server's answer
// in the table.
class TokenActions : public QObject
{
    Q_OBJECT
public:
    TokenActions(const TokenCollection &collection, TokenListModel *model, QTableView *table,
                 QWidget *window);

    QAction *toggleStatusAction() const { return m_toggle; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

    QList<ApiToken> selectedTokens() const; // in row order

    void toggleStatus();
    void editCurrent();
    void deleteCurrent();

Q_SIGNALS:
    // A one-line outcome for the status bar.
    void message(const QString &text);

private:
    int currentRow() const;
    bool confirmBulk(const QString &question, const QList<ApiToken> &tokens,
                     const QString &warning);
    void bulkToggle(const QList<ApiToken> &tokens);
    void bulkDelete(const QList<ApiToken> &tokens);
    void startBulk(BulkActionRunner::Operation operation, const QList<ApiToken> &tokens);
    void updateEnabled();
    void showFailure(const QString &what, const ApiError &error);

    TokenCollection m_collection;
    TokenListModel *m_model;
    QTableView *m_table;
    QWidget *m_window;
    QAction *m_toggle;
    QAction *m_edit;
    QAction *m_delete;
    QPointer<BulkActionRunner> m_bulk; // one bulk run at a time
};
