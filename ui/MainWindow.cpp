#include "ui/MainWindow.h"

#include "core/ApiError.h"
#include "core/LosantApi.h"
#include "ui/ActivityDialog.h"
#include "ui/AppIcons.h"
#include "ui/CreateTokenDialog.h"
#include "ui/ExpiryViews.h"
#include "ui/ExportDialog.h"
#include "ui/FilterBar.h"
#include "ui/FindingsController.h"
#include "ui/FindingsIndex.h"
#include "ui/FindingsStatus.h"
#include "ui/MessageBar.h"
#include "ui/PlainText.h"
#include "ui/QuickRowFilter.h"
#include "ui/RotationActions.h"
#include "ui/SettingsKeys.h"
#include "ui/Theme.h"
#include "ui/TokenActions.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsPane.h"
#include "ui/TokenListModel.h"
#include "ui/TokenSelection.h"
#include "ui/WindowLayout.h"
#include "workflows/ListRateLimit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(const TokenCollection &collection, const QString &collectionLabel,
                       QWidget *parent)
    : QMainWindow(parent), m_model(new TokenListModel(this)), m_collection(collection)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(PlainText::windowTitle(tr("Losant Tokens — %1").arg(collectionLabel)));
    resize(1200, 700);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab leaves the table (Tab through cells loaded page after page and never got out).
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(TokenListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    WindowLayout::applyDefaultColumns(m_table);
    // Columns the server cannot sort by never show a sort indicator.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (!TokenListModel::sortFieldForColumn(section).isEmpty())
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::chooseColumns);

    m_emptyLabel = new QLabel(m_table->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText); // it quotes the filter as typed
    m_emptyLabel->hide();

    m_filterBar = new FilterBar(this);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    m_errorBar = new MessageBar(QStringLiteral("loadErrorBar"), this);
    m_errorBar->actionButton()->setObjectName(QStringLiteral("retryButton"));
    m_rateLimit = new ListRateLimit(this);
    connect(m_errorBar, &MessageBar::actionTriggered, this, [this] {
        if (m_errorBarEditsConnection)
            Q_EMIT connectionsRequested();
        else
            m_rateLimit->retryNow();
    });
    connect(m_rateLimit, &ListRateLimit::retryRequested, m_model, &TokenListModel::retry);
    connect(m_rateLimit, &ListRateLimit::waiting, this, [this](int secondsLeft) {
        m_errorBarEditsConnection = false;
        m_errorBar->showCountdown(tr("The server asks to slow down (429)."), secondsLeft,
                                  tr("&Retry Now"));
    });
    connect(m_rateLimit, &ListRateLimit::failed, this, [this](const ApiError &error) {
        // A refused access token stays refused: a Retry cannot help, another token can.
        if (error.kind == ApiError::Kind::Server && error.httpStatus == 401) {
            showLostAccess(error.displayText());
            return;
        }
        m_errorBarEditsConnection = false;
        m_errorBar->showMessage(error.displayText(), MessageBar::Type::Error, tr("&Retry"));
    });
    m_details = new TokenDetailsPane(this);
    m_details->setCollection(m_collection);
    m_selection = new TokenSelection(m_model, m_table->selectionModel(), this);
    m_findings = new FindingsController(m_collection, m_model, this);
    m_model->setFindings(m_findings->index());
    // Where the person looks first: right after the status (a saved layout may move it).
    header->moveSection(header->visualIndex(TokenListModel::Findings), TokenListModel::Status + 1);
    connect(m_details, &TokenDetailsPane::findingActionRequested, this,
            &MainWindow::onFindingAction);

    auto *left = new QWidget(this);
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_infoBar = new MessageBar(QStringLiteral("infoBar"), this);
    connect(m_infoBar, &MessageBar::actionTriggered, this, &MainWindow::connectionsRequested);
    layout->addWidget(m_infoBar);
    // Its own bar: the info bar's button opens the connections.
    m_expiryBar = new MessageBar(QStringLiteral("expiryNoticeBar"), this);
    m_expiryBar->actionButton()->setObjectName(QStringLiteral("showExpiringButton"));
    layout->addWidget(m_expiryBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_table, 1);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({850, 350});
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));
    m_refreshLabel->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_findings->status());
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_refreshLabel);

    createActions();
    setUpTabOrder();

    // Before the counts below are connected, so they see which rows it hides.
    m_quickFilter = new QuickRowFilter(m_model, m_table, this);
    m_quickFilter->setFindings(m_findings->index());
    connect(m_findings->index(), &FindingsIndex::rowFindingsChanged, this, [this] {
        showSelectedFindings();
        updateStatus(); // a findings filter may show other rows now
    });
    connect(m_findings, &FindingsController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_filterBar, &FilterBar::quickFilterChanged, this,
            [this](FilterBar::QuickFilter quick) {
                m_quickFilter->setFilter(quick, m_filterBar->expiryRange(),
                                         m_filterBar->expiryRangeActiveOnly());
                updateStatus();
            });

    connect(m_model, &TokenListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &TokenListModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &TokenListModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &TokenListModel::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_model, &TokenListModel::modelReset, this, [this] {
        // A new query starts afresh: no stale error, no countdown for the old one.
        m_errorBar->dismiss();
        m_rateLimit->reset();
    });
    connect(m_model, &TokenListModel::pageLoaded, this, [this] {
        m_errorBar->dismiss();
        m_rateLimit->reset();
        if (!m_firstPageSignalled) {
            m_firstPageSignalled = true;
            // Queued behind the paint the inserted rows cause.
            QTimer::singleShot(0, this, &MainWindow::firstPageShown);
        }
    });
    connect(m_model, &TokenListModel::pageLoaded, this, &MainWindow::selectPendingToken);
    // The selection, not the focused row: an edit or status change of it shows here too.
    connect(m_selection, &TokenSelection::changed, this, &MainWindow::onSelectionChanged);
    onSelectionChanged();
    connect(m_model, &TokenListModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &TokenListModel::totalCountChanged, this, &MainWindow::updateStatus);

    restoreLayout();
    auto *autosave = new LayoutAutosave(this, [this] { saveLayout(); });
    autosave->watch(m_splitter);
    autosave->watch(m_table->horizontalHeader());
    updateStatus();
    m_model->setCollection(m_collection);
}

MainWindow::~MainWindow() = default;

namespace {
// An action under the name the tests find it by, with its shortcut.
QAction *namedAction(QObject *owner, const QString &text, const char *name,
                     const QKeySequence &shortcut)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    auto *refresh = namedAction(this, tr("&Refresh"), "refreshAction", QKeySequence::Refresh);
    refresh->setIcon(AppIcons::icon(QStringLiteral("refresh")));
    refresh->setToolTip(tr("Load the list again from the server (F5)"));
    connect(refresh, &QAction::triggered, m_model, &TokenListModel::refresh);

    auto *find = namedAction(this, tr("&Filter…"), "filterAction", QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusFilter);

    auto *copyId = m_copyId
            = namedAction(this, tr("Copy token &ID"), "copyIdAction", QKeySequence::Copy);
    copyId->setIcon(AppIcons::icon(QStringLiteral("copy")));
    copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyId, &QAction::triggered, this, &MainWindow::copySelectedId);
    m_table->addAction(copyId);
    m_table->installEventFilter(this); // for the Ctrl+C it does not handle

    auto *pageSize = new QAction(tr("&Page size…"), this);
    pageSize->setObjectName(QStringLiteral("pageSizeAction"));
    connect(pageSize, &QAction::triggered, this, &MainWindow::choosePageSize);

    auto *columns = new QAction(tr("&Columns…"), this);
    connect(columns, &QAction::triggered, this,
            [this] { chooseColumns(m_table->horizontalHeader()->rect().center()); });

    auto *newToken = namedAction(this, tr("&New token…"), "newTokenAction", QKeySequence::New);
    newToken->setIcon(AppIcons::icon(QStringLiteral("new")));
    newToken->setToolTip(tr("Create an API token (Ctrl+N)"));
    connect(newToken, &QAction::triggered, this, &MainWindow::openCreateTokenDialog);

    m_actions = new TokenActions(m_collection, m_model, m_selection, m_table, this);
    // A finding's Rotate button starts the same guided rotation as Edit ▸ Rotate….
    connect(this, &MainWindow::rotateRequested, m_actions->rotateAction(), &QAction::trigger);
    connect(m_actions, &TokenActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_actions, &TokenActions::ownTokenLost, this, [this] {
        showLostAccess(tr("Losant Tokens has lost access to these tokens: the token it is "
                          "connected with is deleted or inactive. Enter another access token."));
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);

    auto *similar = namedAction(this, tr("Create &similar…"), "createSimilarAction",
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    similar->setToolTip(
            tr("Create a token like the selected one, e.g. to rotate it (Ctrl+Shift+N)"));
    connect(similar, &QAction::triggered, this, &MainWindow::openCreateSimilarDialog);
    m_similar = similar;

    auto *exportTokens
            = namedAction(this, tr("&Export…"), "exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    // Wherever the focus is: the filter field would take Ctrl+E as "end of line" on Linux.
    exportTokens->setShortcutContext(Qt::WindowShortcut);
    m_filterBar->setPassThroughKeys({exportTokens->shortcut()});
    exportTokens->setIcon(AppIcons::icon(QStringLiteral("export")));
    exportTokens->setToolTip(tr("Save token metadata as CSV or JSON (Ctrl+E)"));
    connect(exportTokens, &QAction::triggered, this, &MainWindow::openExportDialog);

    auto *connections = namedAction(this, tr("&Connections…"), "connectionsAction",
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connections->setIcon(AppIcons::icon(QStringLiteral("connections")));
    connections->setToolTip(tr("Add, edit or switch connections (Ctrl+Shift+O)"));
    connect(connections, &QAction::triggered, this, &MainWindow::connectionsRequested);

    auto *activity = namedAction(this, tr("&Activity…"), "activityAction",
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    activity->setIcon(AppIcons::icon(QStringLiteral("activity")));
    activity->setToolTip(tr("Who created, changed or deleted which token, from the instance's "
                            "audit log (Ctrl+Shift+L)"));
    // Only an instance has an audit log.
    activity->setEnabled(m_collection.location().kind() == TokenLocation::Kind::Instance);
    connect(activity, &QAction::triggered, this, &MainWindow::openActivityDialog);

    m_expiry = new ExpiryViews(m_collection, m_filterBar, m_expiryBar, this);
    connect(m_expiry, &ExpiryViews::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newToken);
    file->addAction(similar);
    file->addAction(exportTokens);
    file->addAction(m_expiry->calendarAction());
    file->addSeparator();
    file->addAction(connections);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(copyId);
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(m_actions->editAction());
    edit->addAction(m_actions->toggleStatusAction());
    edit->addAction(m_actions->deleteAction());
    edit->addSeparator();
    edit->addAction(m_actions->rotateAction());
    edit->addMenu(m_actions->rotation()->resumeMenu());
    auto *nextPane
            = namedAction(this, tr("&Next pane"), "nextPaneAction", QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { focusNextPane(1); });
    auto *previousPane = namedAction(this, tr("Pre&vious pane"), "previousPaneAction",
                                     QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { focusNextPane(-1); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(activity);
    view->addSeparator();
    view->addAction(m_filterBar->expiredAction());
    view->addAction(m_filterBar->expiringAction());
    view->addAction(m_expiry->radarAction());
    view->addSeparator();
    view->addAction(m_findings->scanAction());
    view->addAction(m_findings->autoScanAction());
    view->addSeparator();
    view->addAction(nextPane);
    view->addAction(previousPane);
    view->addSeparator();
    view->addAction(columns);
    view->addAction(pageSize);
    view->addMenu(Theme::createMenu(view));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_findings->policyAction());

    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newToken);
    toolbar->addAction(refresh);
    toolbar->addAction(activity);
    m_details->setActions({m_actions->editAction(), m_actions->toggleStatusAction(), similar,
                           m_actions->deleteAction()});

    toolbar->addSeparator();
    toolbar->addAction(m_actions->toggleStatusAction());
    toolbar->addAction(m_actions->deleteAction());

    // Which collection is open, and the way to another: always in sight, right of the actions.
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *switcherLabel = new QLabel(tr("&Tokens of:"), toolbar);
    m_switcher = new QComboBox(toolbar);
    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumContentsLength(16);
    m_switcher->setToolTip(
            tr("The instance, application or your own tokens shown; choose another to switch"));
    switcherLabel->setBuddy(m_switcher);
    toolbar->addWidget(switcherLabel);
    toolbar->addWidget(m_switcher);
    toolbar->addAction(connections);
    // A toolbar's buttons take no focus by default: keyboard users could not reach them.
    for (QAction *action : toolbar->actions())
        if (QWidget *button = toolbar->widgetForAction(action))
            if (button->focusPolicy() == Qt::NoFocus && qobject_cast<QToolButton *>(button)) {
                button->setFocusPolicy(Qt::TabFocus);
                button->setObjectName(action->objectName() + QLatin1String("ToolButton"));
            }
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const QVariant data = m_switcher->itemData(index);
        if (!data.isValid()) {
            // The last entry opens the connection dialog; the shown collection stays chosen.
            showCurrentChoice();
            Q_EMIT connectionsRequested();
            return;
        }
        const CollectionChoice &choice = m_choices.at(data.toInt());
        if (!choice.sameAs(m_currentChoice))
            Q_EMIT choiceRequested(choice);
    });
    setChoices({}, CollectionChoice());
}

void MainWindow::setChoices(const QList<CollectionChoice> &choices, const CollectionChoice &current)
{
    m_choices = choices;
    m_currentChoice = current;
    const auto isCurrent = [&current](const CollectionChoice &c) { return c.sameAs(current); };
    const bool nothingOpen = current.demoIndex < 0 && current.profile.isEmpty();
    if (!nothingOpen && std::none_of(m_choices.cbegin(), m_choices.cend(), isCurrent))
        m_choices.append(current); // a connection from the command line
    const QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    // Item data: the entry's index in m_choices; none at all: "Manage connections…".
    for (int i = 0; i < m_choices.size(); ++i) {
        if (i > 0 && m_choices.at(i - 1).demoIndex >= 0 && m_choices.at(i).demoIndex < 0)
            m_switcher->insertSeparator(m_switcher->count()); // the demo's, then the profiles
        m_switcher->addItem(m_choices.at(i).text, i);
        m_switcher->setItemData(m_switcher->count() - 1, m_choices.at(i).toolTip, Qt::ToolTipRole);
    }
    m_switcher->insertSeparator(m_switcher->count());
    m_switcher->addItem(tr("Manage connections…"), QVariant());
    showCurrentChoice();
}

void MainWindow::showCurrentChoice()
{
    for (int i = 0; i < m_switcher->count(); ++i) {
        const QVariant data = m_switcher->itemData(i);
        if (data.isValid() && m_choices.value(data.toInt()).sameAs(m_currentChoice)) {
            m_switcher->setCurrentIndex(i);
            return;
        }
    }
}

MessageBar *MainWindow::infoBar() const
{
    return m_infoBar;
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyId);
    menu.addSeparator();
    menu.addAction(m_actions->editAction());
    menu.addAction(m_similar);
    menu.addAction(m_actions->toggleStatusAction());
    menu.addAction(m_actions->deleteAction());
    menu.addAction(m_actions->rotateAction());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(SettingsKeys::kWindowGeometry).toByteArray());
    WindowLayout::fitToScreen(this); // the saved size or the first one, within this screen
    restoreState(settings.value(SettingsKeys::kWindowState).toByteArray());
    m_splitter->restoreState(settings.value(SettingsKeys::kWindowSplitter).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    header->restoreState(settings.value(SettingsKeys::kTableHeader).toByteArray());
    TokenQuery query = m_model->query();
    query.perPage = qBound(
            1, settings.value(SettingsKeys::kTablePerPage, LosantApi::kDefaultPerPage).toInt(),
            LosantApi::kMaxPerPage);
    const QString field = TokenListModel::sortFieldForColumn(header->sortIndicatorSection());
    if (!field.isEmpty()) {
        query.sortField = field;
        query.sortDirection = header->sortIndicatorOrder() == Qt::AscendingOrder
                ? QStringLiteral("asc")
                : QStringLiteral("desc");
    } else {
        header->setSortIndicator(TokenListModel::Name, Qt::AscendingOrder);
    }
    // Set before the instance, so the first request already has the restored sort.
    const QSignalBlocker blocker(m_model);
    m_model->setQueryWithoutLoading(query);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::kWindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::kWindowState, saveState());
    settings.setValue(SettingsKeys::kWindowSplitter, m_splitter->saveState());
    settings.setValue(SettingsKeys::kTableHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(SettingsKeys::kTablePerPage, m_model->query().perPage);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // With Copy ID disabled the table would copy its focused cell, selected or not.
    if (watched == m_table && event->type() == QEvent::KeyPress && !m_copyId->isEnabled()
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

QString MainWindow::emptyText() const
{
    const TokenQuery &q = m_model->query();
    if (!q.hasFilter()) {
        switch (m_collection.location().kind()) {
        case TokenLocation::Kind::Instance:
            return tr("This instance has no API tokens.");
        case TokenLocation::Kind::Application:
            return tr("This application has no API tokens.");
        case TokenLocation::Kind::User:
            break;
        }
        return tr("You have no API tokens of your own.");
    }
    if (q.filterField == QLatin1String("status"))
        return tr("No tokens have the status '%1'.").arg(q.filter);
    if (q.filter != m_filterBar->typedText()) // a plain word, sent as *word*
        return tr("No token names contain '%1'.").arg(m_filterBar->typedText());
    return tr("No tokens match name '%1'.").arg(q.filter);
}

QString MainWindow::emptyHint() const
{
    const TokenQuery &q = m_model->query();
    if (!q.hasFilter())
        return QString();
    // A glob matches whole names: "grafana*" misses "My Grafana"; say what would find it.
    if (q.filterField == QLatin1String("name") && q.filter == m_filterBar->typedText()
        && !(q.filter.startsWith(QLatin1Char('*')) && q.filter.endsWith(QLatin1Char('*')))) {
        QString anywhere = q.filter;
        if (!anywhere.startsWith(QLatin1Char('*')))
            anywhere.prepend(QLatin1Char('*'));
        if (!anywhere.endsWith(QLatin1Char('*')))
            anywhere.append(QLatin1Char('*'));
        return tr("A pattern must match the whole name: try '%1' to match anywhere.").arg(anywhere);
    }
    return tr("Press Esc in the filter to see every token.");
}

void MainWindow::focusNextPane(int step)
{
    QWidget *const panes[] = {m_filterBar, m_table, m_details};
    const int count = int(std::size(panes));
    const QWidget *focus = QApplication::focusWidget();
    int current = step > 0 ? -1 : 0; // outside the panes: F6 starts at the filter
    for (int i = 0; i < count; ++i)
        if (focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    for (int tried = 1; tried <= count; ++tried) {
        const int next = ((current + step * tried) % count + count) % count;
        if (next == 0) {
            m_filterBar->focusFilter();
            return;
        }
        if (next == 1) {
            m_table->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        if (m_details->focusFirst())
            return; // else nothing is shown there: on to the next pane
    }
}

void MainWindow::setUpTabOrder()
{
    // The message bars' buttons, the filter, the table, the details pane, then the toolbar.
    QList<QWidget *> chain;
    for (QAbstractButton *button : m_infoBar->findChildren<QAbstractButton *>())
        chain.append(button);
    for (QAbstractButton *button : m_expiryBar->findChildren<QAbstractButton *>())
        chain.append(button);
    chain << m_filterBar->tabStops();
    for (QAbstractButton *button : m_errorBar->findChildren<QAbstractButton *>())
        chain.append(button);
    chain << m_table << m_details->tabStops();
    for (QAction *action : m_toolbar->actions()) {
        QWidget *widget = m_toolbar->widgetForAction(action);
        if (widget && widget->focusPolicy() != Qt::NoFocus)
            chain.append(widget);
    }
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::updateStatus()
{
    const int shown = m_model->rowCount();
    const bool loading = m_model->isLoading();
    const bool failed = m_model->lastError().isError();
    bool empty = shown == 0 && !loading && !failed && m_model->hasLoaded();
    if (loading && shown == 0)
        m_countLabel->setText(tr("Loading tokens…"));
    else if (empty)
        m_countLabel->setText(emptyText());
    else
        m_countLabel->setText(
                tr("Showing %1 of %2 tokens")
                        .arg(QLocale().toString(shown), QLocale().toString(m_model->totalCount())));
    const QString hint = emptyHint();
    m_emptyLabel->setText(hint.isEmpty() ? emptyText() : emptyText() + QLatin1Char('\n') + hint);
    // The quick filter may hide every loaded row: say so where the rows would be.
    if (m_quickFilter->isActive() && shown > 0 && !failed) {
        const FilterBar::QuickFilter quick = m_quickFilter->filter();
        QString counted = tr("%1 expiring within 30 days of %2 loaded tokens (of %3)");
        QString none = tr("None of the loaded tokens expires within 30 days.");
        if (quick == FilterBar::QuickFilter::Expired) {
            counted = tr("%1 expired of %2 loaded tokens (of %3)");
            none = tr("None of the loaded tokens has expired.");
        } else if (quick == FilterBar::QuickFilter::ExpiryRange) {
            counted = tr("%1 expiring in the chosen range of %2 loaded tokens (of %3)");
            none = tr("None of the loaded tokens expires in the chosen range.");
        } else if (FilterBar::isFindingsFilter(quick)) {
            counted = tr("%1 with findings of %2 loaded tokens (of %3)");
            none = tr("None of the loaded tokens has findings of that severity.");
        }
        const int visible = m_quickFilter->shownCount();
        const QLocale locale;
        m_countLabel->setText(counted.arg(locale.toString(visible), locale.toString(shown),
                                          locale.toString(m_model->totalCount())));
        if (visible == 0 && !loading) {
            empty = true;
            m_emptyLabel->setText(none);
        }
    }
    m_emptyLabel->setVisible(empty);
    if (empty)
        m_emptyLabel->setGeometry(m_table->viewport()->rect());
    m_busy->setVisible(loading);
    if (m_model->lastRefresh().isValid())
        m_refreshLabel->setText(
                tr("Updated %1")
                        .arg(QLocale().toString(m_model->lastRefresh().toLocalTime().time(),
                                                QLocale::ShortFormat)));
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    // The bar shows what the rate limit makes of it: a countdown or the error with Retry.
    m_rateLimit->loadFailed(error);
    updateStatus();
}

void MainWindow::onFilterChanged(const QString &field, const QString &filter)
{
    TokenQuery query = m_model->query();
    query.filterField = field;
    query.filter = filter;
    m_model->setQuery(query);
}

void MainWindow::onSelectionChanged()
{
    const int n = m_selection->count();
    m_similar->setEnabled(n == 1);
    m_copyId->setEnabled(n == 1);
    if (n == 1) {
        const ApiToken token = m_selection->single();
        m_details->showToken(token, m_selection->isOwn(token));
        showSelectedFindings();
    } else if (n > 1) {
        m_details->showSelectionCount(n);
    } else {
        m_details->clear();
    }
}

void MainWindow::showSelectedFindings()
{
    if (m_selection->count() == 1)
        m_details->showFindings(m_findings->index()->findingsFor(m_selection->single()));
}

void MainWindow::onFindingAction(FindingAction action)
{
    // The same actions as the toolbar's, on the selected token the pane shows.
    switch (action) {
    case FindingAction::Edit:
        m_actions->editAction()->trigger();
        break;
    case FindingAction::Deactivate:
        if (m_selection->single().isActive())
            m_actions->toggleStatusAction()->trigger();
        break;
    case FindingAction::Delete:
        m_actions->deleteAction()->trigger();
        break;
    case FindingAction::Rotate:
        Q_EMIT rotateRequested();
        break;
    case FindingAction::None:
        break;
    }
}

void MainWindow::showLostAccess(const QString &text)
{
    m_lostAccess = true;
    m_errorBarEditsConnection = true;
    m_errorBar->showMessage(text, MessageBar::Type::Error, tr("Edit &connection…"));
}

void MainWindow::copySelectedId()
{
    const QString id = m_selection->single().id;
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    statusBar()->showMessage(tr("Copied the token ID %1").arg(id), 4000);
}

void MainWindow::chooseColumns(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < TokenListModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The name stays: a row without it cannot be recognised.
        action->setEnabled(c != TokenListModel::Name);
        connect(action, &QAction::toggled, header,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::choosePageSize()
{
    bool ok = false;
    const int value = QInputDialog::getInt(
            this, tr("Page size"),
            tr("Tokens to load per request (1–%1):").arg(LosantApi::kMaxPerPage),
            m_model->query().perPage, 1, LosantApi::kMaxPerPage, 50, &ok);
    if (ok)
        m_model->setPerPage(value);
}

CreateTokenDialog *MainWindow::newCreateDialog()
{
    auto *dialog = new CreateTokenDialog(m_collection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateTokenDialog::tokenCreated, this, &MainWindow::onTokenCreated);
    connect(dialog, &CreateTokenDialog::createOutcomeUnknown, this, &MainWindow::onCreateLost);
    return dialog;
}

void MainWindow::openCreateTokenDialog()
{
    newCreateDialog()->open();
}

void MainWindow::openCreateSimilarDialog()
{
    const ApiToken source = m_selection->single();
    if (source.id.isEmpty())
        return;
    CreateTokenDialog *dialog = newCreateDialog();
    const QStringList dropped = dialog->prefillFrom(source);
    if (!dropped.isEmpty())
        statusBar()->showMessage(tr("Scopes this app does not know were left out: %1")
                                         .arg(dropped.join(QStringLiteral(", "))),
                                 10000);
    dialog->open();
}

void MainWindow::openExportDialog()
{
    QList<ApiToken> loaded;
    loaded.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        loaded.append(m_model->tokenAt(row));
    auto *dialog = new ExportDialog(m_collection, m_model->query(), m_model->totalCount(), loaded,
                                    m_selection->tokens(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path, int count) {
        statusBar()->showMessage(tr("Exported %n token(s) to %1", nullptr, count).arg(path), 8000);
    });
    dialog->open();
}

void MainWindow::openActivityDialog()
{
    if (!m_activity) { // one per window: the action brings it back to the front
        m_activity = new ActivityDialog(m_collection, m_model->query().perPage, this);
        m_activity->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_activity->show();
    m_activity->raise();
    m_activity->activateWindow();
}

void MainWindow::onCreateLost(const QString &name)
{
    // What the server holds is unknown now: show it afresh, and the token if it is there.
    m_model->refresh();
    statusBar()->showMessage(
            tr("A create's answer was lost; the list was refreshed to show whether “%1” exists.")
                    .arg(name),
            10000);
}

void MainWindow::onTokenCreated(const ApiToken &token)
{
    // The secret goes to the one dialog that shows it; the window keeps only the ID.
    auto *shown = new TokenCreatedDialog(token.name, token.token, this);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    shown->open();
    m_pendingSelectId = token.id;
    m_model->refresh();
}

void MainWindow::selectPendingToken()
{
    if (m_pendingSelectId.isEmpty())
        return;
    const int row = m_model->rowOfToken(m_pendingSelectId);
    if (row < 0)
        return; // not on the pages loaded so far; tried again when the next one arrives
    m_pendingSelectId.clear();
    const QModelIndex index = m_model->index(row, TokenListModel::Name);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}
