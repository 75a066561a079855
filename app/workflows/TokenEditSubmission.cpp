#include "workflows/TokenEditSubmission.h"

TokenEditSubmission::TokenEditSubmission(const TokenCollection &collection, QObject *parent)
    : QObject(parent), m_collection(collection)
{ }

QJsonObject TokenEditSubmission::patchBetween(const ApiToken &loaded, const ApiToken &edited)
{
    QJsonObject body;
    if (edited.name != loaded.name)
        body.insert(QStringLiteral("name"), edited.name);
    if (edited.description != loaded.description)
        body.insert(QStringLiteral("description"), edited.description);
    if (edited.status != loaded.status)
        body.insert(QStringLiteral("status"), edited.status);
    if (!edited.defaultRole.isEmpty() && edited.defaultRole != loaded.defaultRole)
        body.insert(QStringLiteral("defaultRole"), edited.defaultRole);
    if (edited.orgRoles != loaded.orgRoles) // the API replaces the whole list
        body.insert(QStringLiteral("orgRoles"), OrgRole::listToJson(edited.orgRoles));
    return body;
}

QList<SchemaProblem> TokenEditSubmission::submit(const ApiToken &loaded, const QJsonObject &patch)
{
    // Checked where it is sent, not only where it is typed.
    const QList<SchemaProblem> problems = ApiTokenSchema::checkPatch(patch);
    if (!problems.isEmpty())
        return problems;
    m_loaded = loaded;
    m_patch = patch;
    m_awaitingChoice = false;
    ApiCall *call = m_slot.start(m_collection.get(loaded.id));
    connect(call, &ApiCall::tokenReceived, this, [this](const ApiToken &fresh) {
        Q_EMIT fetched(fresh);
        if (fresh.lastUpdated == m_loaded.lastUpdated)
            send();
        else {
            m_awaitingChoice = true;
            Q_EMIT conflict(m_loaded, fresh);
        }
    });
    connect(call, &ApiCall::failed, this, &TokenEditSubmission::failed);
    return {};
}

void TokenEditSubmission::sendAnyway()
{
    if (m_awaitingChoice)
        send();
}

void TokenEditSubmission::send()
{
    m_awaitingChoice = false;
    ApiCall *call = m_slot.start(m_collection.patch(m_loaded.id, m_patch));
    connect(call, &ApiCall::tokenReceived, this, &TokenEditSubmission::saved);
    connect(call, &ApiCall::failed, this, &TokenEditSubmission::failed);
}

void TokenEditSubmission::cancel()
{
    m_awaitingChoice = false;
    m_slot.abandon();
}
