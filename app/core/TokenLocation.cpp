#include "core/TokenLocation.h"

#include "core/LosantIds.h"

#include <QCoreApplication>

TokenLocation TokenLocation::instance(const QString &instanceId)
{
    return of(Kind::Instance, instanceId);
}

TokenLocation TokenLocation::application(const QString &applicationId)
{
    return of(Kind::Application, applicationId);
}

TokenLocation TokenLocation::user()
{
    return of(Kind::User, QString());
}

TokenLocation TokenLocation::of(Kind kind, const QString &ownerId)
{
    TokenLocation location;
    location.m_kind = kind;
    location.m_ownerId = kind == Kind::User ? QString() : ownerId;
    return location;
}

QString TokenLocation::collectionPath() const
{
    switch (m_kind) {
    case Kind::Instance:
        return QStringLiteral("/instances/") + m_ownerId + QStringLiteral("/tokens");
    case Kind::Application:
        return QStringLiteral("/applications/") + m_ownerId + QStringLiteral("/tokens");
    case Kind::User:
        break;
    }
    return QStringLiteral("/me/tokens");
}

QString TokenLocation::tokenPath(const QString &apiTokenId) const
{
    return collectionPath() + QLatin1Char('/') + apiTokenId;
}

QString TokenLocation::problem() const
{
    if (m_kind == Kind::User || LosantIds::isValidId(m_ownerId))
        return QString();
    const QString text = m_kind == Kind::Instance
            ? QCoreApplication::translate("LosantClient",
                                          "The instance ID \"%1\" is not valid: it must be 24 "
                                          "hexadecimal characters.")
            : QCoreApplication::translate("LosantClient",
                                          "The application ID \"%1\" is not valid: it must be 24 "
                                          "hexadecimal characters.");
    return text.arg(m_ownerId.left(64));
}

QString TokenLocation::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Instance:
        return QStringLiteral("instance");
    case Kind::Application:
        return QStringLiteral("application");
    case Kind::User:
        break;
    }
    return QStringLiteral("user");
}

bool TokenLocation::kindFromKey(const QString &key, Kind *kind)
{
    for (Kind k : {Kind::Instance, Kind::Application, Kind::User}) {
        if (key == kindKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString TokenLocation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Instance:
        return QCoreApplication::translate("TokenLocation", "Instance");
    case Kind::Application:
        return QCoreApplication::translate("TokenLocation", "Application");
    case Kind::User:
        break;
    }
    return QCoreApplication::translate("TokenLocation", "My tokens");
}

QString TokenLocation::displayName() const
{
    if (m_kind == Kind::User)
        return kindName(m_kind);
    return QCoreApplication::translate("TokenLocation", "%1 %2").arg(kindName(m_kind), m_ownerId);
}
