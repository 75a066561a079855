#include "core/AccessTokenClaims.h"

#include "core/LosantIds.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Far above any real token; anything longer is not decoded at all.
constexpr qsizetype kMaxTokenLength = 16 * 1024;

// One JWT segment: base64url without padding, as RFC 7515 writes it.
QJsonObject decodeSegment(const QByteArray &segment)
{
    if (segment.isEmpty() || segment.contains('='))
        return {};
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(*decoded);
    return json.isObject() ? json.object() : QJsonObject();
}
} // namespace

namespace AccessTokenClaims {
QString apiTokenId(const QString &accessToken)
{
    if (accessToken.size() > kMaxTokenLength)
        return QString();
    const QByteArray token = accessToken.toLatin1();
    const QList<QByteArray> segments = token.split('.');
    // header.payload.signature; the header must be a JSON object too, or it is no JWT.
    if (segments.size() != 3 || decodeSegment(segments.at(0)).isEmpty())
        return QString();
    const QString sub = decodeSegment(segments.at(1)).value(QLatin1String("sub")).toString();
    return LosantIds::isValidId(sub) ? sub.toLower() : QString();
}
} // namespace AccessTokenClaims
