#include "workflows/TokenRotation.h"

#include "core/LosantApi.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenRotation)
};
} // namespace

TokenRotation::TokenRotation(const TokenCollection &collection, const ApiToken &old,
                             int maxLifetimeDays, QObject *parent)
    : QObject(parent), m_collection(collection)
{
    m_state.collectionKey = RotationState::keyOf(collection);
    m_state.oldId = old.id;
    m_state.oldName = old.name;
    m_draft.name = successorName(old.name);
    m_draft.description = old.description;
    m_draft.scope = old.scope;
    m_draft.defaultRole = old.defaultRole;
    m_draft.orgRoles = old.orgRoles;
    const int days = maxLifetimeDays > 0 ? maxLifetimeDays : kDefaultLifetimeDays;
    // Whole minutes: the expiration reads as the person would type it.
    QDateTime expiration = QDateTime::currentDateTimeUtc().addDays(days);
    expiration.setTime(QTime(expiration.time().hour(), expiration.time().minute()));
    m_draft.expiration = expiration;
    m_state.successorName = m_draft.name;
}

TokenRotation::TokenRotation(const TokenCollection &collection, const RotationState &state,
                             QObject *parent)
    : QObject(parent), m_collection(collection), m_state(state)
{ }

QString TokenRotation::successorName(const QString &oldName)
{
    QString base = oldName;
    if (base.endsWith(kNameSuffix))
        base.chop(kNameSuffix.size());
    base.truncate(LosantApi::kMaxNameLength - int(kNameSuffix.size()));
    return base + kNameSuffix;
}

void TokenRotation::createSuccessor()
{
    if (m_state.step != RotationStep::CreateSuccessor || isBusy())
        return;
    ApiCall *call = m_slot.start(m_collection.create(m_draft.toPostBody()));
    connect(call, &ApiCall::tokenReceived, this, [this](const ApiToken &successor) {
        m_state.successorId = successor.id;
        m_state.successorName = successor.name;
        Q_EMIT successorCreated(successor);
        advance(RotationStep::UpdateConsumer);
    });
    connect(call, &ApiCall::failed, this, &TokenRotation::fail);
}

void TokenRotation::confirmConsumerUpdated()
{
    if (m_state.step == RotationStep::UpdateConsumer && !isBusy())
        advance(RotationStep::DeactivateOld);
}

void TokenRotation::deactivateOld()
{
    if (m_state.step != RotationStep::DeactivateOld || isBusy() || m_state.successorId.isEmpty())
        return;
    // The successor must be there (a resumed rotation may find it deleted meanwhile).
    ApiCall *call = m_slot.start(m_collection.get(m_state.successorId));
    connect(call, &ApiCall::tokenReceived, this, &TokenRotation::patchOld);
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        ApiError missing = error;
        missing.explanation = Text::tr("The successor “%1” could not be read back, so the old "
                                       "token was left active.")
                                      .arg(m_state.successorName);
        fail(missing);
    });
}

void TokenRotation::patchOld()
{
    ApiCall *call = m_slot.start(m_collection.patch(
            m_state.oldId, QJsonObject{{QStringLiteral("status"), QStringLiteral("inactive")}}));
    connect(call, &ApiCall::tokenReceived, this, [this](const ApiToken &old) {
        Q_EMIT oldTokenDeactivated(old);
        advance(RotationStep::DeleteOld);
    });
    connect(call, &ApiCall::failed, this, &TokenRotation::fail);
}

void TokenRotation::deleteOld()
{
    if (m_state.step != RotationStep::DeleteOld || isBusy())
        return;
    ApiCall *call = m_slot.start(m_collection.remove(m_state.oldId));
    connect(call, &ApiCall::deleted, this, [this] {
        Q_EMIT oldTokenDeleted(m_state.oldId);
        advance(RotationStep::Done);
    });
    connect(call, &ApiCall::failed, this, &TokenRotation::fail);
}

void TokenRotation::postponeDeletion(const QDateTime &graceUntil)
{
    if (m_state.step != RotationStep::DeleteOld || isBusy())
        return;
    m_state.graceUntil = graceUntil.toUTC();
    Q_EMIT stateChanged(m_state);
}

void TokenRotation::advance(RotationStep next)
{
    m_state.step = next;
    Q_EMIT stateChanged(m_state);
}

void TokenRotation::fail(const ApiError &error)
{
    Q_EMIT failed(m_state.step, error);
}
