#include "core/LazyJsonArray.h"

#include <QJsonDocument>
#include <QJsonObject>

LazyJsonArray LazyJsonArray::itemsOf(const QByteArray &body)
{
    LazyJsonArray items;
    items.m_pending = std::make_shared<Pending>();
    items.m_pending->body = body;
    return items;
}

const QJsonArray &LazyJsonArray::array() const
{
    if (!m_pending)
        return m_array;
    Pending *pending = m_pending.get();
    std::call_once(pending->parsed, [pending] {
        pending->items = QJsonDocument::fromJson(pending->body)
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray();
        pending->body = QByteArray(); // the text is not needed any more
    });
    return pending->items;
}

void LazyJsonArray::append(const QJsonValue &value)
{
    if (m_pending) {
        m_array = array();
        m_pending.reset();
    }
    m_array.append(value);
}
