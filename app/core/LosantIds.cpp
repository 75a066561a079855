#include "core/LosantIds.h"

namespace LosantIds {
// Hand-written instead of QRegularExpression: it runs for every ID the server and UI see.
bool isValidId(const QString &id)
{
    if (id.size() != 24)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool hex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

bool isValidOrgId(const QString &id)
{
    return id == QLatin1String("sandbox") || isValidId(id);
}
} // namespace LosantIds
