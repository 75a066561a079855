#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiError.h"
#include "core/ApiToken.h"

#include <QObject>
#include <QString>

// After a create whose answer was lost (ApiError::answerLost): looks the token up by name
// with one list call and says whether the create went through. It never sends a create: a
// second POST is always the person's decision.
class LostCreateCheck : public QObject
{
    Q_OBJECT
public:
    explicit LostCreateCheck(const TokenCollection &collection, QObject *parent = nullptr);

    // Abandons a check still running (it reports nothing more) and looks `name` up.
    void start(const QString &name);
    void cancel();
    bool isRunning() const { return m_slot.isBusy(); }
    const QString &name() const { return m_name; }

Q_SIGNALS:
    // The token exists: it was created, and its secret went with the lost answer.
    void found(const ApiToken &token);
    // No token has the name: the create did not go through.
    void notFound(const QString &name);
    // The list call failed too, so whether it was created is still unknown.
    void failed(const ApiError &error);

private:
    TokenCollection m_collection;
    QString m_name;
    CallSlot m_slot{this};
};
