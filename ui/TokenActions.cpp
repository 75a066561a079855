#include "ui/TokenActions.h"

#include "api/ApiCall.h"
#include "core/ApiError.h"
#include "ui/AppIcons.h"
#include "ui/BulkActionRunner.h"
#include "ui/EditTokenDialog.h"
#include "ui/MessageBox.h"
#include "ui/RotationActions.h"
#include "ui/TokenConfirmation.h"
#include "ui/TokenListModel.h"
#include "ui/TokenSelection.h"
#include "workflows/StatusToggle.h"

#include <QAction>
#include <QTableView>

#include <algorithm>

TokenActions::TokenActions(const TokenCollection &collection, TokenListModel *model,
                           TokenSelection *selection, QTableView *table, QWidget *window)
    : QObject(window), m_collection(collection), m_model(model), m_selection(selection),
      m_window(window)
{
    m_toggle = new QAction(tr("&Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleStatusAction"));
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_toggle, &QAction::triggered, this, &TokenActions::toggleStatus);

    m_edit = new QAction(tr("&Edit token…"), this);
    m_edit->setObjectName(QStringLiteral("editTokenAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit->setIcon(AppIcons::icon(QStringLiteral("edit")));
    m_edit->setToolTip(tr("Rename the token or change its description, status or role (F2)"));
    connect(m_edit, &QAction::triggered, this, &TokenActions::editSelected);

    m_delete = new QAction(tr("De&lete token…"), this);
    m_delete->setObjectName(QStringLiteral("deleteTokenAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setIcon(AppIcons::icon(QStringLiteral("delete")));
    m_delete->setToolTip(tr("Delete the selected token (Delete)"));
    connect(m_delete, &QAction::triggered, this, &TokenActions::deleteSelected);

    m_rotation = new RotationActions(collection, model, selection, window);
    connect(m_rotation, &RotationActions::message, this, &TokenActions::message);
    connect(m_rotation, &RotationActions::ownTokenLost, this, &TokenActions::ownTokenLost);

    // On the table, so the keys work while it has the focus; they act on the selection.
    table->addAction(m_toggle);
    table->addAction(m_edit);
    table->addAction(m_delete);
    connect(selection, &TokenSelection::changed, this, &TokenActions::updateEnabled);
    updateEnabled();
}

QAction *TokenActions::rotateAction() const
{
    return m_rotation->rotateAction();
}

void TokenActions::updateEnabled()
{
    const int n = m_selection->count();
    m_toggle->setEnabled(n > 0 && !m_bulk);
    m_edit->setEnabled(n == 1);
    m_delete->setEnabled(n > 0 && !m_bulk);
    // Deactivate when any of it is active, else activate.
    const bool active = n == 0 || m_selection->anyActive();
    if (n > 1) {
        m_toggle->setText(active ? tr("&Deactivate %n token(s)", nullptr, n)
                                 : tr("&Activate %n token(s)", nullptr, n));
        m_delete->setText(tr("De&lete %n token(s)…", nullptr, n));
    } else {
        m_toggle->setText(active ? tr("&Deactivate") : tr("&Activate"));
        m_delete->setText(tr("De&lete token…"));
    }
    m_toggle->setToolTip(active ? tr("Deactivate the selected tokens (Ctrl+Shift+A)")
                                : tr("Activate the selected tokens (Ctrl+Shift+A)"));
    // Only when it flips: setIcon always emits changed(), which lays the toolbar out again.
    const QString icon = active ? QStringLiteral("deactivate") : QStringLiteral("activate");
    if (m_toggle->icon().name() != icon)
        m_toggle->setIcon(AppIcons::icon(icon));
}

bool TokenActions::containsOwnToken(const QList<ApiToken> &tokens) const
{
    return std::any_of(tokens.cbegin(), tokens.cend(),
                       [this](const ApiToken &t) { return m_selection->isOwn(t); });
}

QList<ApiToken> TokenActions::ownTokenLast(QList<ApiToken> tokens) const
{
    std::stable_partition(tokens.begin(), tokens.end(),
                          [this](const ApiToken &t) { return !m_selection->isOwn(t); });
    return tokens;
}

void TokenActions::bulkToggle(const QList<ApiToken> &tokens)
{
    const bool deactivate = std::any_of(tokens.cbegin(), tokens.cend(),
                                        [](const ApiToken &t) { return t.isActive(); });
    QList<ApiToken> todo; // those already in the wanted state need no request
    for (const ApiToken &t : tokens)
        if (t.isActive() == deactivate)
            todo.append(t);
    const int n = int(todo.size());
    const auto action = deactivate ? TokenConfirmation::Action::Deactivate
                                   : TokenConfirmation::Action::Activate;
    if (!TokenConfirmation::confirmBulk(m_window, action, todo,
                                        deactivate ? tr("Deactivate %n token(s)?", nullptr, n)
                                                   : tr("Activate %n token(s)?", nullptr, n),
                                        deactivate ? tr("Requests using them will start failing.")
                                                   : QString()))
        return;
    todo = ownTokenLast(todo);
    if (deactivate && containsOwnToken(todo)
        && !TokenConfirmation::confirmOwnToken(m_window, action, todo.last()))
        return;
    startBulk(deactivate ? BulkActionRunner::Operation::Deactivate
                         : BulkActionRunner::Operation::Activate,
              todo);
}

void TokenActions::bulkDelete(const QList<ApiToken> &tokens)
{
    const int n = int(tokens.size());
    const int active = int(std::count_if(tokens.cbegin(), tokens.cend(),
                                         [](const ApiToken &t) { return t.isActive(); }));
    if (!TokenConfirmation::confirmBulk(
                m_window, TokenConfirmation::Action::Delete, tokens,
                tr("Delete %n token(s)? This cannot be undone.", nullptr, n),
                active ? tr("Active among them: %n. Requests using those will start failing.",
                            nullptr, active)
                       : QString()))
        return;
    const QList<ApiToken> todo = ownTokenLast(tokens);
    if (containsOwnToken(todo)
        && !TokenConfirmation::confirmOwnToken(m_window, TokenConfirmation::Action::Delete,
                                               todo.last()))
        return;
    startBulk(BulkActionRunner::Operation::Delete, todo);
}

void TokenActions::startBulk(BulkActionRunner::Operation operation, const QList<ApiToken> &tokens)
{
    m_bulk = new BulkActionRunner(m_collection, m_model, operation, tokens, m_window);
    connect(m_bulk, &BulkActionRunner::tokenDone, this, [this, operation](const ApiToken &token) {
        if (m_selection->isOwn(token)
            && (operation == BulkActionRunner::Operation::Delete || !token.isActive()))
            Q_EMIT ownTokenLost();
    });
    connect(m_bulk, &BulkActionRunner::finished, m_bulk, &QObject::deleteLater);
    connect(m_bulk, &QObject::destroyed, this, &TokenActions::updateEnabled);
    updateEnabled();
    m_bulk->start();
}

void TokenActions::showFailure(const QString &what, const ApiError &error)
{
    // Not modal: the table keeps working while the person reads it.
    MessageBox::Message failed;
    failed.objectName = QStringLiteral("actionFailedBox");
    failed.title = tr("Losant Tokens");
    failed.text = what;
    failed.informativeText = error.displayText();
    MessageBox::notify(m_window, MessageBox::Warning, failed);
    Q_EMIT message(what);
}

bool TokenActions::singleTarget(void (TokenActions::*bulk)(const QList<ApiToken> &),
                                ApiToken *token)
{
    if (m_bulk)
        return false;
    const QList<ApiToken> selected = m_selection->tokens();
    if (selected.size() > 1)
        (this->*bulk)(selected);
    if (selected.size() != 1)
        return false;
    *token = selected.first();
    return true;
}

void TokenActions::toggleStatus()
{
    ApiToken token;
    if (!singleTarget(&TokenActions::bulkToggle, &token))
        return;
    if (token.isActive() && m_selection->isOwn(token)
        && !TokenConfirmation::confirmOwnToken(m_window, TokenConfirmation::Action::Deactivate,
                                               token))
        return;
    // One workflow per toggle: toggles of different rows run side by side.
    auto *toggle = new StatusToggle(m_collection, token, this);
    connect(toggle, &StatusToggle::shown, m_model, &TokenListModel::replaceToken);
    connect(toggle, &StatusToggle::confirmed, this, [this](const ApiToken &token) {
        m_model->replaceToken(token);
        Q_EMIT message(token.isActive() ? tr("Activated “%1”").arg(token.name)
                                        : tr("Deactivated “%1”").arg(token.name));
        if (m_selection->isOwn(token) && !token.isActive())
            Q_EMIT ownTokenLost();
    });
    connect(toggle, &StatusToggle::reverted, this,
            [this](const ApiToken &before, const ApiError &error) {
                m_model->replaceToken(before);
                showFailure(before.isActive()
                                    ? tr("“%1” could not be deactivated.").arg(before.name)
                                    : tr("“%1” could not be activated.").arg(before.name),
                            error);
            });
    connect(toggle, &StatusToggle::finished, toggle, &QObject::deleteLater);
    toggle->start();
}

void TokenActions::deleteSelected()
{
    ApiToken token;
    if (!singleTarget(&TokenActions::bulkDelete, &token))
        return;
    const bool own = m_selection->isOwn(token);
    if (!TokenConfirmation::confirmDelete(m_window, token)
        || (own
            && !TokenConfirmation::confirmOwnToken(m_window, TokenConfirmation::Action::Delete,
                                                   token)))
        return;
    ApiCall *call = m_collection.remove(token.id);
    connect(call, &ApiCall::deleted, this, [this, token, own] {
        m_model->removeToken(token.id);
        Q_EMIT message(tr("Deleted “%1”").arg(token.name));
        if (own)
            Q_EMIT ownTokenLost();
    });
    connect(call, &ApiCall::failed, this, [this, token](const ApiError &error) {
        showFailure(tr("“%1” could not be deleted.").arg(token.name), error);
    });
}

void TokenActions::editSelected()
{
    const ApiToken token = m_selection->single();
    if (token.id.isEmpty())
        return;
    auto *dialog = new EditTokenDialog(m_collection, token, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditTokenDialog::tokenSaved, this, [this](const ApiToken &token) {
        m_model->replaceToken(token);
        Q_EMIT message(tr("Saved “%1”").arg(token.name));
        if (m_selection->isOwn(token) && !token.isActive())
            Q_EMIT ownTokenLost();
    });
    connect(dialog, &EditTokenDialog::tokenFetched, m_model, &TokenListModel::replaceToken);
    dialog->open();
}
