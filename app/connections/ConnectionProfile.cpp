#include "connections/ConnectionProfile.h"

QUrl ConnectionProfile::defaultApiUrl()
{
    return QUrl(QStringLiteral("https://api.losant.com"));
}
