#pragma once

#include "api/TokenCollection.h"
#include "workflows/RotationState.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;
class RotationDialog;
class TokenListModel;
class TokenSelection;

// "Rotate…" on the one selected token, and "Resume rotation" for the rotations of this
// collection left before their last step (PendingRotations). Each opens a RotationDialog and
// puts what it changes in the table.
class RotationActions : public QObject
{
    Q_OBJECT
public:
    RotationActions(const TokenCollection &collection, TokenListModel *model,
                    TokenSelection *selection, QWidget *window);

    QAction *rotateAction() const { return m_rotate; }
    // One entry per pending rotation ("resumeRotation_<old token ID>"); disabled when none.
    QMenu *resumeMenu() const { return m_resumeMenu; }
    // The successor's lifetime: the policy's maximum; 0 uses TokenRotation's 90 days.
    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }

    void rotateSelected();
    void resume(const RotationState &state);

Q_SIGNALS:
    void message(const QString &text);
    void ownTokenLost(); // the app's own token was deactivated or deleted by a rotation

private:
    void updateEnabled();
    void fillResumeMenu();
    void connectDialog(RotationDialog *dialog);

    TokenCollection m_collection;
    TokenListModel *m_model;
    TokenSelection *m_selection;
    QWidget *m_window;
    QAction *m_rotate;
    QMenu *m_resumeMenu;
    int m_maxLifetimeDays = 0;
};
