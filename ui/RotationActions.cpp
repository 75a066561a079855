#include "ui/RotationActions.h"

#include "ui/PendingRotations.h"
#include "ui/RotationDialog.h"
#include "ui/TokenListModel.h"
#include "ui/TokenSelection.h"

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QWidget>

namespace {
const QString kRotateIcon = QStringLiteral(":/icons/rotate.svg");
} // namespace

RotationActions::RotationActions(const TokenCollection &collection, TokenListModel *model,
                                 TokenSelection *selection, QWidget *window)
    : QObject(window), m_collection(collection), m_model(model), m_selection(selection),
      m_window(window)
{
    m_rotate = new QAction(tr("R&otate…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateAction"));
    // The app's own icon once it has one; the style's until then.
    m_rotate->setIcon(QFile::exists(kRotateIcon)
                              ? QIcon(kRotateIcon)
                              : window->style()->standardIcon(QStyle::SP_BrowserReload));
    m_rotate->setToolTip(tr("Replace the selected token with a new one of the same scopes and "
                            "roles, then retire it step by step"));
    connect(m_rotate, &QAction::triggered, this, &RotationActions::rotateSelected);

    m_resumeMenu = new QMenu(tr("Resume &rotation"), window);
    m_resumeMenu->setObjectName(QStringLiteral("resumeRotationMenu"));
    m_resumeMenu->menuAction()->setObjectName(QStringLiteral("resumeRotationAction"));

    connect(selection, &TokenSelection::changed, this, &RotationActions::updateEnabled);
    updateEnabled();
    fillResumeMenu();
}

void RotationActions::updateEnabled()
{
    m_rotate->setEnabled(m_selection->count() == 1);
}

void RotationActions::fillResumeMenu()
{
    m_resumeMenu->clear();
    const QList<RotationState> pending = PendingRotations::of(RotationState::keyOf(m_collection));
    for (const RotationState &state : pending) {
        const QString due = state.graceUntil.isValid()
                ? tr(" — delete on %1")
                          .arg(QLocale().toString(state.graceUntil.toLocalTime().date(),
                                                  QLocale::ShortFormat))
                : QString();
        // No mnemonic from a token's name: & stays a character.
        QString name = state.oldName;
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *entry = m_resumeMenu->addAction(
                tr("“%1” (step %2 of 4)%3").arg(name).arg(int(state.step) + 1).arg(due));
        entry->setObjectName(QStringLiteral("resumeRotation_") + state.oldId);
        connect(entry, &QAction::triggered, this, [this, state] { resume(state); });
    }
    // In the menu only while a rotation waits.
    m_resumeMenu->menuAction()->setEnabled(!pending.isEmpty());
    m_resumeMenu->menuAction()->setVisible(!pending.isEmpty());
}

void RotationActions::rotateSelected()
{
    if (m_selection->count() != 1)
        return;
    const ApiToken old = m_selection->single();
    // A rotation of this token is under way: go on with it rather than make a second successor.
    for (const RotationState &state : PendingRotations::of(RotationState::keyOf(m_collection)))
        if (state.oldId == old.id) {
            resume(state);
            return;
        }
    auto *dialog = new RotationDialog(m_collection, old, m_maxLifetimeDays, m_window);
    connectDialog(dialog);
    dialog->open();
}

void RotationActions::resume(const RotationState &state)
{
    auto *dialog = new RotationDialog(m_collection, state, m_window);
    connectDialog(dialog);
    dialog->open();
}

void RotationActions::connectDialog(RotationDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotationDialog::pendingChanged, this, &RotationActions::fillResumeMenu);
    connect(dialog, &RotationDialog::successorCreated, this, [this](const ApiToken &successor) {
        m_model->refresh(); // its row sorts where the list's order puts it
        Q_EMIT message(tr("Created “%1”").arg(successor.name));
    });
    connect(dialog, &RotationDialog::oldTokenDeactivated, this, [this](const ApiToken &old) {
        m_model->replaceToken(old);
        Q_EMIT message(tr("Deactivated “%1”").arg(old.name));
        if (old.id == m_collection.ownTokenId())
            Q_EMIT ownTokenLost();
    });
    connect(dialog, &RotationDialog::oldTokenDeleted, this, [this](const QString &oldId) {
        m_model->removeToken(oldId);
        Q_EMIT message(tr("Deleted the rotated token"));
        if (oldId == m_collection.ownTokenId())
            Q_EMIT ownTokenLost();
    });
}
