#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

class TokenCollection;

// Where a guided rotation stands, in the order the steps run.
enum class RotationStep {
    CreateSuccessor, // nothing sent yet
    UpdateConsumer, // the successor exists; the person puts it where the old one was used
    DeactivateOld, // the consumer uses the successor; the old token is still active
    DeleteOld, // the old token is inactive; deleted once the grace period is over
    Done,
};

// What a rotation keeps to be resumed later: IDs, names, the step and the grace deadline.
// Never the successor's secret: it is shown once, when created, and kept nowhere.
struct RotationState
{
    QString collectionKey; // the server and collection it belongs to (see keyOf)
    QString oldId;
    QString oldName;
    QString successorId;
    QString successorName;
    RotationStep step = RotationStep::CreateSuccessor;
    QDateTime graceUntil; // UTC: when the old token is to be deleted; invalid until chosen

    // Worth resuming: the successor exists and the old token is not deleted yet.
    bool isPending() const
    {
        return step != RotationStep::CreateSuccessor && step != RotationStep::Done;
    }
    QVariantMap toMap() const;
    static RotationState fromMap(const QVariantMap &map); // an unreadable map: step CreateSuccessor

    // The API's URL, the collection's kind and owner: rotations of one collection only.
    static QString keyOf(const TokenCollection &collection);
};
