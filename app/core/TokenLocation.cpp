#include "core/TokenLocation.h"

#include "core/LosantIds.h"

#include <QCoreApplication>

TokenLocation TokenLocation::instance(const QString &instanceId)
{
    TokenLocation location;
    location.m_kind = Kind::Instance;
    location.m_ownerId = instanceId;
    return location;
}

QString TokenLocation::collectionPath() const
{
    return QStringLiteral("/instances/") + m_ownerId + QStringLiteral("/tokens");
}

QString TokenLocation::tokenPath(const QString &apiTokenId) const
{
    return collectionPath() + QLatin1Char('/') + apiTokenId;
}

QString TokenLocation::problem() const
{
    if (!LosantIds::isValidId(m_ownerId))
        return QCoreApplication::translate("LosantClient",
                                           "The instance ID \"%1\" is not valid: it must be 24 "
                                           "hexadecimal characters.")
                .arg(m_ownerId.left(64));
    return QString();
}
