#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiError.h"
#include "core/ApiToken.h"
#include "core/ApiTokenDraft.h"
#include "workflows/RotationState.h"

#include <QObject>

// A guided rotation of one token, one request per step: create the successor (same
// description, scopes and roles, a new expiration), let the person update the consumer,
// deactivate the old token, delete it after a grace period. The old token is never touched
// before the successor exists: deactivating first reads the successor back from the server.
// A failed step changes nothing and can be tried again; stateChanged() carries what to store
// to resume later (RotationState: never the secret).
class TokenRotation : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultLifetimeDays = 90;
    static constexpr QLatin1String kNameSuffix{" (rotated)"};

    // A new rotation of `old`; the successor expires `maxLifetimeDays` after `now` (0: 90).
    TokenRotation(const TokenCollection &collection, const ApiToken &old, int maxLifetimeDays,
                  QObject *parent = nullptr);
    // A stored rotation, resumed at its step.
    TokenRotation(const TokenCollection &collection, const RotationState &state,
                  QObject *parent = nullptr);

    // "ci deploy" -> "ci deploy (rotated)"; a name that has the suffix keeps just one.
    static QString successorName(const QString &oldName);

    const RotationState &state() const { return m_state; }
    RotationStep step() const { return m_state.step; }
    bool isBusy() const { return m_slot.isBusy(); }
    const ApiTokenDraft &successorDraft() const { return m_draft; }
    const TokenCollection &collection() const { return m_collection; }

    // Each does its step's one request (or none, for the consumer) and moves on when it succeeds.
    void createSuccessor(); // POST the successor
    void confirmConsumerUpdated(); // no request: the person says the consumer uses the successor
    void deactivateOld(); // GET the successor, then PATCH the old token {"status":"inactive"}
    void deleteOld(); // DELETE the old token
    // The person chose to delete it later: remembered, nothing sent.
    void postponeDeletion(const QDateTime &graceUntil);

Q_SIGNALS:
    // Once, with the secret: to be shown to the person and then forgotten.
    void successorCreated(const ApiToken &successor);
    void oldTokenDeactivated(const ApiToken &old);
    void oldTokenDeleted(const QString &oldId);
    void stateChanged(const RotationState &state);
    // The step did not happen; `step` is where the rotation still stands.
    void failed(RotationStep step, const ApiError &error);

private:
    void advance(RotationStep next);
    void fail(const ApiError &error);
    void patchOld();

    TokenCollection m_collection;
    RotationState m_state;
    ApiTokenDraft m_draft;
    CallSlot m_slot{this};
};
