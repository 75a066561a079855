#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiError.h"
#include "core/ApiToken.h"
#include "core/ApiTokenSchema.h"

#include <QJsonObject>
#include <QObject>

// Saving an edited token without overwriting someone else's change: fetch the token again,
// compare it with the state the edit started from, and PATCH only the changed fields, at once
// when nobody else saved since, else only after sendAnyway() (the person's choice).
class TokenEditSubmission : public QObject
{
    Q_OBJECT
public:
    explicit TokenEditSubmission(const TokenCollection &collection, QObject *parent = nullptr);

    // The apiTokenPatch body turning `loaded` into `edited`: the fields that differ. Only the
    // fields a token can change are compared; an unset default role cannot be sent.
    static QJsonObject patchBetween(const ApiToken &loaded, const ApiToken &edited);

    // Checks `patch` against apiTokenPatch.json and, when it passes, starts the save (abandoning
    // one still running). The problems are returned and nothing is sent when it does not pass.
    QList<SchemaProblem> submit(const ApiToken &loaded, const QJsonObject &patch);
    // After conflict(): sends the pending fields over the other change.
    void sendAnyway();
    // Abandons the save; nothing more is reported.
    void cancel();
    bool isRunning() const { return m_slot.isBusy(); }

Q_SIGNALS:
    // The server's state, fetched before saving.
    void fetched(const ApiToken &fresh);
    // Someone saved the token since `loaded`: nothing is sent until sendAnyway().
    void conflict(const ApiToken &loaded, const ApiToken &fresh);
    void saved(const ApiToken &token);
    void failed(const ApiError &error);

private:
    void send();

    TokenCollection m_collection;
    ApiToken m_loaded;
    QJsonObject m_patch;
    bool m_awaitingChoice = false; // after conflict(), until sendAnyway() or a new submit()
    CallSlot m_slot{this};
};
