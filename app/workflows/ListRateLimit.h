#pragma once

#include <QObject>

#include <chrono>

class QTimer;
struct ApiError;

// The token list's answer to "429 Too Many Requests": the first one is waited out (its
// Retry-After, counted down) and the page asked for again by itself; a second one in a row,
// or a wait too long to sit through, is left to the person. Calls report ApiError through
// failed(const ApiError &), as every workflow does.
class ListRateLimit : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultWaitSeconds = 5; // a 429 without Retry-After
    static constexpr int kMaxWaitSeconds = 300; // longer waits are the person's call

    explicit ListRateLimit(QObject *parent = nullptr);
    // How long one second of the countdown lasts (tests shorten it).
    void setTickInterval(std::chrono::milliseconds interval);

    // A load failed: a first 429 starts the countdown, everything else goes to failed().
    void loadFailed(const ApiError &error);
    // A page arrived or a new query started: the next 429 is waited out again.
    void reset();
    // The person's Retry: no more waiting.
    void retryNow();
    bool isCountingDown() const;

Q_SIGNALS:
    // The countdown started or ticked; 0: the retry is being asked for.
    void waiting(int secondsLeft);
    void retryRequested();
    // For the person to decide: shown with a Retry.
    void failed(const ApiError &error);

private:
    void tick();

    QTimer *m_countdown;
    int m_secondsLeft = 0;
    bool m_retried = false;
};
