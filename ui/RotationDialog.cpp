#include "ui/RotationDialog.h"

#include "core/ApiError.h"
#include "core/ApiTokenDraft.h"
#include "ui/PendingRotations.h"
#include "ui/TokenCreatedDialog.h"
#include "workflows/TokenRotation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kStepCount = 4;
// The grace periods offered before the old token is deleted, in days (0: now).
constexpr int kGraceDays[] = {0, 1, 7, 30};

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // names are the server's text, never markup
    label->setWordWrap(true);
    return label;
}
} // namespace

RotationDialog::RotationDialog(const TokenCollection &collection, const ApiToken &old,
                               int maxLifetimeDays, QWidget *parent)
    : QDialog(parent), m_rotation(new TokenRotation(collection, old, maxLifetimeDays, this))
{
    build();
}

RotationDialog::RotationDialog(const TokenCollection &collection, const RotationState &state,
                               QWidget *parent)
    : QDialog(parent), m_rotation(new TokenRotation(collection, state, this))
{
    build();
}

void RotationDialog::build()
{
    setObjectName(QStringLiteral("rotationDialog"));
    setWindowTitle(tr("Rotate “%1”").arg(m_rotation->state().oldName));

    m_progress = plainLabel(QStringLiteral("rotationProgress"), this);
    QFont bold = m_progress->font();
    bold.setBold(true);
    m_progress->setFont(bold);
    m_sends = plainLabel(QStringLiteral("rotationSends"), this);
    m_sends->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_checklist = new QWidget(this);
    m_checklist->setObjectName(QStringLiteral("consumerChecklist"));
    auto *checks = new QVBoxLayout(m_checklist);
    checks->setContentsMargins(0, 0, 0, 0);
    const QStringList items = {
            tr("The new secret is stored where the consumer reads it (its configuration, vault or "
               "CI "
               "variable)"),
            tr("The consumer was restarted or reloaded"),
            tr("The consumer's requests succeed with the new token"),
    };
    for (int i = 0; i < items.size(); ++i) {
        auto *check = new QCheckBox(items.at(i), m_checklist);
        check->setObjectName(QStringLiteral("consumerCheck%1").arg(i));
        connect(check, &QCheckBox::toggled, this, &RotationDialog::showStep);
        checks->addWidget(check);
        m_checks.append(check);
    }

    m_grace = new QWidget(this);
    auto *graceForm = new QFormLayout(m_grace);
    graceForm->setContentsMargins(0, 0, 0, 0);
    m_graceCombo = new QComboBox(m_grace);
    m_graceCombo->setObjectName(QStringLiteral("graceCombo"));
    for (int days : kGraceDays)
        m_graceCombo->addItem(days == 0 ? tr("Now") : tr("In %n day(s)", nullptr, days), days);
    graceForm->addRow(tr("&Delete the old token:"), m_graceCombo);
    connect(m_graceCombo, &QComboBox::currentIndexChanged, this, &RotationDialog::showStep);

    m_status = plainLabel(QStringLiteral("rotationStatus"), this);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_action = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("rotationActionButton"));
    m_action->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    // accepted() is left unconnected: each click takes one step instead of closing.
    connect(m_action, &QPushButton::clicked, this, &RotationDialog::act);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_sends);
    layout->addWidget(m_checklist);
    layout->addWidget(m_grace);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 320);

    connect(m_rotation, &TokenRotation::successorCreated, this,
            &RotationDialog::onSuccessorCreated);
    connect(m_rotation, &TokenRotation::oldTokenDeactivated, this,
            &RotationDialog::oldTokenDeactivated);
    connect(m_rotation, &TokenRotation::oldTokenDeleted, this, &RotationDialog::oldTokenDeleted);
    connect(m_rotation, &TokenRotation::failed, this, &RotationDialog::onFailed);
    connect(m_rotation, &TokenRotation::stateChanged, this, [this](const RotationState &state) {
        PendingRotations::save(state); // a finished rotation is removed
        Q_EMIT pendingChanged();
        m_status->hide();
        showStep();
    });
    showStep();
}

bool RotationDialog::deletesNow() const
{
    return m_graceCombo->currentData().toInt() == 0;
}

QString RotationDialog::whatItSends() const
{
    const RotationState &s = m_rotation->state();
    const TokenLocation &location = m_rotation->collection().location();
    switch (s.step) {
    case RotationStep::CreateSuccessor: {
        const ApiTokenDraft &draft = m_rotation->successorDraft();
        return tr("Sends POST %1 to create “%2” with the same description, scopes and roles as "
                  "“%3”, expiring %4. The old token is not touched.\n\n%5")
                .arg(location.collectionPath(), draft.name, s.oldName,
                     QLocale().toString(draft.expiration.toLocalTime(), QLocale::ShortFormat),
                     QString::fromUtf8(
                             QJsonDocument(draft.toPostBody()).toJson(QJsonDocument::Indented)));
    }
    case RotationStep::UpdateConsumer:
        return tr("Sends nothing. Put the new secret of “%1” where “%2” is used, then tick "
                  "each item.")
                .arg(s.successorName, s.oldName);
    case RotationStep::DeactivateOld: {
        QString text = tr("Sends GET %1 to check that “%2” is still there, then PATCH %3 with "
                          "{\"status\":\"inactive\"}. Requests with “%4” fail from then on; "
                          "it can still be activated again.")
                               .arg(location.tokenPath(s.successorId), s.successorName,
                                    location.tokenPath(s.oldId), s.oldName);
        // The app itself is a consumer of its own token.
        if (s.oldId == m_rotation->collection().ownTokenId())
            text += QLatin1Char('\n')
                    + tr("Losant Tokens is connected with “%1”: put the successor's secret in "
                         "the connection first, or the app loses access.")
                              .arg(s.oldName);
        return text;
    }
    case RotationStep::DeleteOld: {
        QString text = deletesNow()
                ? tr("Sends DELETE %1: “%2” is gone for good.")
                          .arg(location.tokenPath(s.oldId), s.oldName)
                : tr("Sends nothing now: the inactive “%1” is kept for a grace period. Resume "
                     "the rotation from the Edit menu to delete it.")
                          .arg(s.oldName);
        if (s.graceUntil.isValid())
            text += QLatin1Char('\n')
                    + tr("Planned deletion: %1.")
                              .arg(QLocale().toString(s.graceUntil.toLocalTime(),
                                                      QLocale::ShortFormat));
        return text;
    }
    case RotationStep::Done:
        break;
    }
    return tr("Done: “%1” replaces “%2”, which is deleted.").arg(s.successorName, s.oldName);
}

void RotationDialog::showStep()
{
    const RotationStep step = m_rotation->step();
    const int number = int(step) + 1;
    const bool busy = m_rotation->isBusy();
    static const char *const titles[] = {
            QT_TR_NOOP("Create the successor"),
            QT_TR_NOOP("Update the consumer"),
            QT_TR_NOOP("Deactivate the old token"),
            QT_TR_NOOP("Delete the old token"),
    };
    m_progress->setText(step == RotationStep::Done ? tr("Rotation complete")
                                                   : tr("Step %1 of %2: %3")
                                                             .arg(number)
                                                             .arg(kStepCount)
                                                             .arg(tr(titles[number - 1])));
    m_sends->setText(whatItSends());
    m_checklist->setVisible(step == RotationStep::UpdateConsumer);
    m_grace->setVisible(step == RotationStep::DeleteOld);
    bool ready = !busy;
    switch (step) {
    case RotationStep::CreateSuccessor:
        m_action->setText(tr("&Create successor"));
        break;
    case RotationStep::UpdateConsumer:
        m_action->setText(tr("The consumer &uses the successor"));
        for (const QCheckBox *check : std::as_const(m_checks))
            ready = ready && check->isChecked();
        break;
    case RotationStep::DeactivateOld:
        m_action->setText(tr("&Deactivate “%1”").arg(m_rotation->state().oldName));
        break;
    case RotationStep::DeleteOld:
        m_action->setText(deletesNow() ? tr("De&lete “%1”").arg(m_rotation->state().oldName)
                                       : tr("&Keep it and finish later"));
        break;
    case RotationStep::Done:
        break;
    }
    m_action->setVisible(step != RotationStep::Done);
    m_action->setEnabled(ready);
    m_close->setEnabled(!busy);
    m_close->setText(step == RotationStep::Done || step == RotationStep::CreateSuccessor
                             ? tr("Close")
                             : tr("&Finish later"));
}

void RotationDialog::act()
{
    m_status->hide();
    switch (m_rotation->step()) {
    case RotationStep::CreateSuccessor:
        m_rotation->createSuccessor();
        break;
    case RotationStep::UpdateConsumer:
        m_rotation->confirmConsumerUpdated();
        break;
    case RotationStep::DeactivateOld:
        m_rotation->deactivateOld();
        break;
    case RotationStep::DeleteOld:
        if (deletesNow()) {
            m_rotation->deleteOld();
        } else {
            m_rotation->postponeDeletion(
                    QDateTime::currentDateTimeUtc().addDays(m_graceCombo->currentData().toInt()));
            accept(); // left, to be resumed from the Edit menu
            return;
        }
        break;
    case RotationStep::Done:
        return;
    }
    showStep(); // the button waits while the request is out
}

void RotationDialog::reject()
{
    if (!m_rotation->isBusy())
        QDialog::reject();
}

void RotationDialog::onSuccessorCreated(const ApiToken &successor)
{
    // Shown once, by the dialog that shows every new secret; kept nowhere else.
    auto *shown = new TokenCreatedDialog(successor.name, successor.token, this);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    shown->open();
    ApiToken withoutSecret = successor;
    withoutSecret.token.clear();
    Q_EMIT successorCreated(withoutSecret);
}

void RotationDialog::onFailed(RotationStep step, const ApiError &error)
{
    const RotationState &s = m_rotation->state();
    QString what;
    switch (step) {
    case RotationStep::CreateSuccessor:
        what = error.answerLost
                ? tr("The answer to the create was lost: “%1” may exist. Refresh the list and "
                     "look for it before trying again. “%2” was not changed.")
                          .arg(m_rotation->successorDraft().name, s.oldName)
                : tr("The successor could not be created. “%1” was not changed.").arg(s.oldName);
        break;
    case RotationStep::DeactivateOld:
        what = tr("“%1” could not be deactivated; it is still active and unchanged.")
                       .arg(s.oldName);
        break;
    case RotationStep::DeleteOld:
        what = tr("“%1” could not be deleted; it stays, inactive.").arg(s.oldName);
        break;
    case RotationStep::UpdateConsumer:
    case RotationStep::Done:
        break;
    }
    m_status->setText(what + QLatin1Char('\n') + error.displayText());
    m_status->show();
    showStep();
}
