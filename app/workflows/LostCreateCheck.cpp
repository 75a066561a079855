#include "workflows/LostCreateCheck.h"

#include "core/ApiTokenPage.h"
#include "core/TokenQuery.h"

LostCreateCheck::LostCreateCheck(const TokenCollection &collection, QObject *parent)
    : QObject(parent), m_collection(collection)
{ }

void LostCreateCheck::start(const QString &name)
{
    m_name = name;
    TokenQuery query;
    query.filterField = QStringLiteral("name");
    query.filter = name;
    query.sortField = QStringLiteral("creationDate");
    query.sortDirection = QStringLiteral("desc");
    ApiCall *call = m_slot.start(m_collection.list(query));
    connect(call, &ApiCall::pageReceived, this, [this](const ApiTokenPage &page) {
        // The filter is a glob, so names with '*' or '?' can match others: compare exactly.
        for (const ApiToken &t : page.items) {
            if (t.name == m_name) {
                Q_EMIT found(t);
                return;
            }
        }
        Q_EMIT notFound(m_name);
    });
    connect(call, &ApiCall::failed, this, &LostCreateCheck::failed);
}

void LostCreateCheck::cancel()
{
    m_slot.abandon();
}
