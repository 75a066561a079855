#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiToken.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class QProgressDialog;
class QWidget;
class TokenListModel;
struct ApiError;

// Activates, deactivates or deletes several tokens, one request at a time so it can stop
// between requests, shows progress for more than a handful, and reports each token's outcome.
class BulkActionRunner : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Activate, Deactivate, Delete };
    Q_ENUM(Operation)

    struct Failure
    {
        QString name; // with the short ID and date that tell equal names apart
        QString message; // the server's words, without the explanation below
        QString explanation; // the app's words on the refusal (ApiError::explanation)
    };

    static constexpr int kProgressThreshold = 5; // more than this shows a progress dialog

    BulkActionRunner(const TokenCollection &collection, TokenListModel *model, Operation operation,
                     const QList<ApiToken> &tokens, QWidget *window);
    ~BulkActionRunner() override;

    void start();
    void cancel(); // after the request in flight
    int succeeded() const { return m_succeeded; }
    const QList<Failure> &failures() const { return m_failures; }

Q_SIGNALS:
    // One token done, as the server answered (for a delete: as it was).
    void tokenDone(const ApiToken &token);
    void finished();

private:
    void next();
    void onDone(const ApiToken &token);
    void onFailed(const ApiError &error);
    void report();
    QString verb() const;

    TokenCollection m_collection;
    QPointer<TokenListModel> m_model;
    Operation m_operation;
    QList<ApiToken> m_tokens;
    QStringList m_labels; // m_tokens named so that equal names are told apart
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    CallSlot m_call{this}; // the token being done; destruction cancels it
    int m_next = 0;
    int m_succeeded = 0;
    bool m_canceled = false;
    QList<Failure> m_failures;
};
