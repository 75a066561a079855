#pragma once

#include "api/TokenCollection.h"

#include <QDialog>

class ActivityFilters;
class AuditLogModel;
class MessageBar;
class QLabel;
class QTableView;
struct ApiError;

// Every recorded change to the instance's API tokens, newest first, from its audit log: who did
// what to which token and how it ended, paged and filtered on the server.
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    // `collection` must be an instance's tokens; `perPage` as the token table pages.
    ActivityDialog(const TokenCollection &collection, int perPage, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }

private:
    void applyFilters();
    void updateStatus();
    void onLoadFailed(const ApiError &error);

    AuditLogModel *m_model;
    ActivityFilters *m_filters;
    MessageBar *m_errorBar;
    QTableView *m_table;
    QLabel *m_count;
    int m_perPage;
};
