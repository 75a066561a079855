#include "workflows/RotationState.h"

#include "api/TokenCollection.h"

namespace {
const QString kCollection = QStringLiteral("collection");
const QString kOldId = QStringLiteral("oldId");
const QString kOldName = QStringLiteral("oldName");
const QString kSuccessorId = QStringLiteral("successorId");
const QString kSuccessorName = QStringLiteral("successorName");
const QString kStep = QStringLiteral("step");
const QString kGraceUntil = QStringLiteral("graceUntil");
} // namespace

QVariantMap RotationState::toMap() const
{
    return {{kCollection, collectionKey},
            {kOldId, oldId},
            {kOldName, oldName},
            {kSuccessorId, successorId},
            {kSuccessorName, successorName},
            {kStep, int(step)},
            {kGraceUntil,
             graceUntil.isValid() ? graceUntil.toUTC().toString(Qt::ISODateWithMs) : QString()}};
}

RotationState RotationState::fromMap(const QVariantMap &map)
{
    RotationState s;
    s.collectionKey = map.value(kCollection).toString();
    s.oldId = map.value(kOldId).toString();
    s.oldName = map.value(kOldName).toString();
    s.successorId = map.value(kSuccessorId).toString();
    s.successorName = map.value(kSuccessorName).toString();
    const int step = map.value(kStep).toInt();
    // Without both IDs no step after the create can be taken safely.
    if (step > int(RotationStep::CreateSuccessor) && step <= int(RotationStep::Done)
        && !s.oldId.isEmpty() && !s.successorId.isEmpty())
        s.step = RotationStep(step);
    s.graceUntil = QDateTime::fromString(map.value(kGraceUntil).toString(), Qt::ISODateWithMs);
    return s;
}

QString RotationState::keyOf(const TokenCollection &collection)
{
    const QString url = collection.client()
            ? collection.client()->baseUrl().toString(QUrl::StripTrailingSlash)
            : QString();
    const TokenLocation &location = collection.location();
    return url + QLatin1Char('|') + TokenLocation::kindKey(location.kind()) + QLatin1Char('|')
            + location.ownerId();
}
