#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiError.h"
#include "core/ApiToken.h"

#include <QObject>

// Activates an inactive token or deactivates an active one, optimistically: shown() carries
// the token in its new state at once, then either confirmed() with the server's token or
// reverted() with the token as it was and the server's refusal. One object per toggle, so
// toggles of different rows run side by side; finished() comes last.
class StatusToggle : public QObject
{
    Q_OBJECT
public:
    StatusToggle(const TokenCollection &collection, const ApiToken &before,
                 QObject *parent = nullptr);

    bool isRunning() const { return m_slot.isBusy(); }

    // Sends the PATCH of the status only; shown() is emitted before this returns.
    void start();

Q_SIGNALS:
    void shown(const ApiToken &after);
    void confirmed(const ApiToken &token);
    void reverted(const ApiToken &before, const ApiError &error);
    void finished();

private:
    TokenCollection m_collection;
    ApiToken m_before;
    ApiToken m_after;
    CallSlot m_slot{this};
};
