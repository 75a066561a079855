#include "workflows/StatusToggle.h"

#include <QJsonObject>

StatusToggle::StatusToggle(const TokenCollection &collection, const ApiToken &before,
                           QObject *parent)
    : QObject(parent), m_collection(collection), m_before(before), m_after(before)
{
    m_after.status = before.isActive() ? QStringLiteral("inactive") : QStringLiteral("active");
}

void StatusToggle::start()
{
    // Shown at once; the server's answer (or the old state) replaces it when it comes.
    Q_EMIT shown(m_after);
    ApiCall *call = m_slot.start(m_collection.patch(
            m_before.id, QJsonObject{{QStringLiteral("status"), m_after.status}}));
    connect(call, &ApiCall::tokenReceived, this, [this](const ApiToken &token) {
        Q_EMIT confirmed(token);
        Q_EMIT finished();
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        Q_EMIT reverted(m_before, error);
        Q_EMIT finished();
    });
}
