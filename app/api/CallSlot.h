#pragma once

#include "api/ApiCall.h" // QPointer<ApiCall> is read inline

#include <QPointer>

// The one way to ignore a stale answer: an owner keeps the call it waits for in a CallSlot.
// Starting a new call (or abandon()) cancels the previous one and cuts it off from the owner,
// so only the latest call's signals ever reach the owner. The slot is empty again before the
// owner's own handlers run, so isBusy() already says false inside them.
class CallSlot
{
public:
    explicit CallSlot(QObject *owner) : m_owner(owner) { }
    ~CallSlot() { abandon(); }
    CallSlot(const CallSlot &) = delete;
    CallSlot &operator=(const CallSlot &) = delete;

    // Holds `call` as the latest, abandoning any earlier one. Connect the owner's handlers to
    // the returned call with the owner as their context.
    ApiCall *start(ApiCall *call);
    // Cancels the held call; none of its signals reach the owner any more.
    void abandon();
    bool isBusy() const { return !m_call.isNull(); }

private:
    QObject *m_owner;
    QPointer<ApiCall> m_call;
};
