#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "workflows/RotationState.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class TokenRotation;
struct ApiError;

// Walks the person through rotating one token (TokenRotation), one click per step, each
// saying what it will send: create the successor (its secret shown once, in the
// TokenCreatedDialog), update the consumer (a checklist), deactivate the old token, delete
// it now or after a grace period. Each step's state goes to the settings (PendingRotations),
// so the dialog may be closed and the rotation resumed at the same step.
class RotationDialog : public QDialog
{
    Q_OBJECT
public:
    // A new rotation of `old`; the successor expires after maxLifetimeDays (0: 90 days).
    RotationDialog(const TokenCollection &collection, const ApiToken &old, int maxLifetimeDays,
                   QWidget *parent = nullptr);
    // A pending rotation, resumed at its step.
    RotationDialog(const TokenCollection &collection, const RotationState &state,
                   QWidget *parent = nullptr);

    TokenRotation *rotation() const { return m_rotation; }

public Q_SLOTS:
    // Not while a step's request is out: closing then would drop a new secret unseen.
    void reject() override;

Q_SIGNALS:
    // For the table: the successor (without its secret), the old token's new state, its end.
    void successorCreated(const ApiToken &successor);
    void oldTokenDeactivated(const ApiToken &old);
    void oldTokenDeleted(const QString &oldId);
    // The stored rotations changed (a step was taken or the rotation finished).
    void pendingChanged();

private:
    void build();
    void showStep();
    void act();
    void onFailed(RotationStep step, const ApiError &error);
    void onSuccessorCreated(const ApiToken &successor);
    bool deletesNow() const;
    QString whatItSends() const;

    TokenRotation *m_rotation;
    QLabel *m_progress = nullptr;
    QLabel *m_sends = nullptr;
    QWidget *m_checklist = nullptr;
    QList<QCheckBox *> m_checks;
    QWidget *m_grace = nullptr;
    QComboBox *m_graceCombo = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_close = nullptr;
};
