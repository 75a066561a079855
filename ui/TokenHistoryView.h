#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/InstanceAuditLog.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
struct ApiError;

// A token's History tab: its lifecycle (created, changed, deleted, by whom) and the latest
// changes recorded as made with it, from the instance audit log. Loads only while it is shown,
// and only for the token selected last (docs/api.md "Token activity").
class TokenHistoryView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kLifecycleEntries = 100; // the latest changes of one token
    static constexpr int kRecentRequests = 20; // the latest requests made with it

    explicit TokenHistoryView(QWidget *parent = nullptr);

    // Where the shown tokens live; only an instance has an audit log.
    void setCollection(const TokenCollection &collection);
    // The token whose history to show (loaded once the tab is visible); an empty one: none.
    void showToken(const ApiToken &token);
    // Forgets the loaded history and asks the server again (when shown).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void showMessage(const QString &text, bool offerRetry = false);
    void onLifecycle(const InstanceAuditLogPage &page);
    void onRequests(const InstanceAuditLogPage &page);
    void onFailed(const ApiError &error);

    TokenCollection m_collection;
    ApiToken m_token;
    QString m_loadedFor; // the token whose history is shown or loading
    bool m_forbidden = false; // the access token may not read the audit log: asked once
    bool m_hasLifecycle = false;
    CallSlot m_call{this}; // the page being loaded; a new token abandons it
    QLabel *m_message;
    QPushButton *m_retry;
    QLabel *m_summary;
    QLabel *m_lifecycleTitle;
    QListWidget *m_lifecycle;
    QLabel *m_requestsTitle;
    QListWidget *m_requests;
};
