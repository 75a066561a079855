#include "workflows/ListRateLimit.h"

#include "core/ApiError.h"

#include <QTimer>

ListRateLimit::ListRateLimit(QObject *parent) : QObject(parent), m_countdown(new QTimer(this))
{
    m_countdown->setInterval(std::chrono::seconds(1));
    connect(m_countdown, &QTimer::timeout, this, &ListRateLimit::tick);
}

void ListRateLimit::setTickInterval(std::chrono::milliseconds interval)
{
    m_countdown->setInterval(interval);
}

void ListRateLimit::loadFailed(const ApiError &error)
{
    m_countdown->stop();
    const bool tooMany = error.isTooManyRequests();
    const int wait = error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : kDefaultWaitSeconds;
    if (!tooMany || m_retried || wait > kMaxWaitSeconds) {
        Q_EMIT failed(error);
        return;
    }
    m_retried = true;
    m_secondsLeft = wait;
    Q_EMIT waiting(m_secondsLeft);
    if (m_secondsLeft > 0) {
        m_countdown->start();
        return;
    }
    // Queued: the caller finishes handling the failure before the retry starts.
    QTimer::singleShot(0, this, [this] {
        if (m_retried && !m_countdown->isActive())
            Q_EMIT retryRequested();
    });
}

void ListRateLimit::reset()
{
    m_countdown->stop();
    m_retried = false;
}

void ListRateLimit::retryNow()
{
    m_countdown->stop();
    Q_EMIT retryRequested();
}

bool ListRateLimit::isCountingDown() const
{
    return m_countdown->isActive();
}

void ListRateLimit::tick()
{
    if (--m_secondsLeft > 0) {
        Q_EMIT waiting(m_secondsLeft);
        return;
    }
    m_countdown->stop();
    Q_EMIT waiting(0);
    Q_EMIT retryRequested();
}
