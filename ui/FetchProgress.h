#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class TokenQueryFetcher;
struct ApiError;

// Every token of a collection, fetched page after page in the background (TokenQueryFetcher)
// with a progress bar and Cancel: for the views that count the whole collection. The table
// goes on working meanwhile. Its parts are named `name`Progress, `name`Cancel, `name`Status.
class FetchProgress : public QWidget
{
    Q_OBJECT
public:
    FetchProgress(const TokenCollection &collection, const QString &name, QWidget *parent);

    void start();
    // What a wait for the server's rate limit says, the same for every view that fetches all.
    static QString slowDownText(int secondsLeft);
    bool isRunning() const { return m_running; }
    bool isComplete() const { return m_complete; } // every token is in tokens()
    const QList<ApiToken> &tokens() const { return m_tokens; } // once finished

Q_SIGNALS:
    void finished(const QList<ApiToken> &tokens);
    void stopped(); // canceled or failed: tokens() is not the whole collection

private:
    void cancel();
    void setRunning(bool running);

    TokenQueryFetcher *m_fetcher;
    QLabel *m_status;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QList<ApiToken> m_tokens;
    bool m_running = false;
    bool m_complete = false;
};
