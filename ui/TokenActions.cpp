#include "ui/TokenActions.h"

#include "api/ApiCall.h"
#include "core/ApiError.h"
#include "ui/BulkActionRunner.h"
#include "ui/EditTokenDialog.h"
#include "ui/MessageBox.h"
#include "ui/TokenListModel.h"
#include "workflows/StatusToggle.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>

#include <algorithm>

TokenActions::TokenActions(const TokenCollection &collection, TokenListModel *model,
                           QTableView *table, QWidget *window)
    : QObject(window), m_collection(collection), m_model(model), m_table(table), m_window(window)
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
    m_edit->setToolTip(tr("Rename the token or change its description, status or role (F2)"));
    connect(m_edit, &QAction::triggered, this, &TokenActions::editCurrent);

    m_delete = new QAction(tr("De&lete token…"), this);
    m_delete->setObjectName(QStringLiteral("deleteTokenAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setIcon(window->style()->standardIcon(QStyle::SP_TrashIcon));
    m_delete->setToolTip(tr("Delete the selected token (Delete)"));
    connect(m_delete, &QAction::triggered, this, &TokenActions::deleteCurrent);

    // On the table, so the keys act on the row that has the focus.
    table->addAction(m_toggle);
    table->addAction(m_edit);
    table->addAction(m_delete);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TokenActions::updateEnabled);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokenActions::updateEnabled);
    connect(model, &TokenListModel::dataChanged, this, &TokenActions::updateEnabled);
    connect(model, &TokenListModel::modelReset, this, &TokenActions::updateEnabled);
    connect(model, &TokenListModel::rowsRemoved, this, &TokenActions::updateEnabled);
    updateEnabled();
}

int TokenActions::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QList<ApiToken> TokenActions::selectedTokens() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<ApiToken> tokens;
    tokens.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        tokens.append(m_model->tokenAt(index.row()));
    return tokens;
}

void TokenActions::updateEnabled()
{
    const int row = currentRow();
    // Runs on every selection and row change (each row of a bulk run): no copies, no sorting.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const bool many = selected.size() > 1;
    const bool has = row >= 0 || many;
    m_toggle->setEnabled(has && !m_bulk);
    m_edit->setEnabled(row >= 0 && !many);
    m_delete->setEnabled(has && !m_bulk);
    // On a selection: deactivate when any of it is active, else activate.
    bool active = !has;
    if (many)
        active = std::any_of(selected.cbegin(), selected.cend(), [this](const QModelIndex &i) {
            return m_model->tokenAt(i.row()).isActive();
        });
    else if (row >= 0)
        active = m_model->tokenAt(row).isActive();
    if (many) {
        const int n = int(selected.size());
        m_toggle->setText(active ? tr("&Deactivate %n token(s)", nullptr, n)
                                 : tr("&Activate %n token(s)", nullptr, n));
        m_delete->setText(tr("De&lete %n token(s)…", nullptr, n));
    } else {
        m_toggle->setText(active ? tr("&Deactivate") : tr("&Activate"));
        m_delete->setText(tr("De&lete token…"));
    }
    m_toggle->setToolTip(active ? tr("Deactivate the selected tokens (Ctrl+Shift+A)")
                                : tr("Activate the selected tokens (Ctrl+Shift+A)"));
    m_toggle->setIcon(
            m_window->style()->standardIcon(active ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

bool TokenActions::confirmBulk(const QString &question, const QList<ApiToken> &tokens,
                               const QString &warning)
{
    QStringList names;
    for (const ApiToken &t : tokens)
        names.append(t.name);
    const int listed = 15;
    QString list = names.mid(0, listed).join(QLatin1Char('\n'));
    if (names.size() > listed)
        list += QLatin1Char('\n')
                + tr("… and %n more (see details)", nullptr, int(names.size()) - listed);
    MessageBox::Message ask;
    ask.objectName = QStringLiteral("confirmBulkBox");
    ask.title = tr("Losant Tokens");
    ask.text = question;
    ask.informativeText = warning.isEmpty() ? list : list + QStringLiteral("\n\n") + warning;
    ask.detailedText = names.join(QLatin1Char('\n'));
    ask.buttonNames = {{MessageBox::Continue, QStringLiteral("confirmBulkButton")}};
    return MessageBox::warning(m_window, ask, MessageBox::Continue | MessageBox::Cancel,
                               MessageBox::Cancel)
            == MessageBox::Continue;
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
    if (!confirmBulk(deactivate ? tr("Deactivate %n token(s)?", nullptr, n)
                                : tr("Activate %n token(s)?", nullptr, n),
                     todo, deactivate ? tr("Requests using them will start failing.") : QString()))
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
    if (!confirmBulk(tr("Delete %n token(s)? This cannot be undone.", nullptr, n), tokens,
                     active ? tr("%n of them are active: requests using them will start failing.",
                                 nullptr, active)
                            : QString()))
        return;
    startBulk(BulkActionRunner::Operation::Delete, tokens);
}

void TokenActions::startBulk(BulkActionRunner::Operation operation, const QList<ApiToken> &tokens)
{
    m_bulk = new BulkActionRunner(m_collection, m_model, operation, tokens, m_window);
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

void TokenActions::toggleStatus()
{
    if (m_bulk)
        return;
    const QList<ApiToken> selected = selectedTokens();
    if (selected.size() > 1) {
        bulkToggle(selected);
        return;
    }
    const int row = currentRow();
    if (row < 0)
        return;
    // One workflow per toggle: toggles of different rows run side by side.
    auto *toggle = new StatusToggle(m_collection, m_model->tokenAt(row), this);
    connect(toggle, &StatusToggle::shown, m_model, &TokenListModel::replaceToken);
    connect(toggle, &StatusToggle::confirmed, this, [this](const ApiToken &token) {
        m_model->replaceToken(token);
        Q_EMIT message(token.isActive() ? tr("Activated “%1”").arg(token.name)
                                        : tr("Deactivated “%1”").arg(token.name));
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

void TokenActions::deleteCurrent()
{
    if (m_bulk)
        return;
    const QList<ApiToken> selected = selectedTokens();
    if (selected.size() > 1) {
        bulkDelete(selected);
        return;
    }
    const int row = currentRow();
    if (row < 0)
        return;
    const ApiToken token = m_model->tokenAt(row);
    MessageBox::Message ask;
    ask.objectName = QStringLiteral("confirmDeleteBox");
    ask.title = tr("Delete token");
    ask.text = tr("Delete the token “%1”?").arg(token.name);
    ask.informativeText = token.isActive() ? tr("It is active: requests using it will start "
                                                "failing. This cannot be undone.")
                                           : tr("This cannot be undone.");
    ask.buttonNames = {{MessageBox::Delete, QStringLiteral("confirmDeleteButton")}};
    if (MessageBox::warning(m_window, ask, MessageBox::Delete | MessageBox::Cancel,
                            MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    ApiCall *call = m_collection.remove(token.id);
    connect(call, &ApiCall::deleted, this, [this, token] {
        m_model->removeToken(token.id);
        Q_EMIT message(tr("Deleted “%1”").arg(token.name));
    });
    connect(call, &ApiCall::failed, this, [this, token](const ApiError &error) {
        showFailure(tr("“%1” could not be deleted.").arg(token.name), error);
    });
}

void TokenActions::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new EditTokenDialog(m_collection, m_model->tokenAt(row), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditTokenDialog::tokenSaved, this, [this](const ApiToken &token) {
        m_model->replaceToken(token);
        Q_EMIT message(tr("Saved “%1”").arg(token.name));
    });
    connect(dialog, &EditTokenDialog::tokenFetched, m_model, &TokenListModel::replaceToken);
    dialog->open();
}
