#include "api/CallSlot.h"

ApiCall *CallSlot::start(ApiCall *call)
{
    abandon();
    m_call = call;
    // Connected before the owner's handlers, so these run first and the slot reads empty there.
    const auto release = [this, call] {
        if (m_call == call)
            m_call = nullptr;
    };
    QObject::connect(call, &ApiCall::pageReceived, m_owner, release);
    QObject::connect(call, &ApiCall::tokenReceived, m_owner, release);
    QObject::connect(call, &ApiCall::deleted, m_owner, release);
    QObject::connect(call, &ApiCall::auditPageReceived, m_owner, release);
    QObject::connect(call, &ApiCall::auditEntryReceived, m_owner, release);
    QObject::connect(call, &ApiCall::failed, m_owner, release);
    return call;
}

void CallSlot::abandon()
{
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        // Disconnect first: the canceled call's late answer must never reach the owner.
        call->disconnect(m_owner);
        call->cancel();
    }
}
