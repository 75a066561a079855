#include "MainWindow.h"

#include "ApiError.h"
#include "LoadErrorBar.h"
#include "LosantClient.h"
#include "TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(LosantClient *client, const QString &instanceId,
                       const QString &instanceLabel, QWidget *parent)
    : QMainWindow(parent), m_model(new TokenListModel(client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Losant Tokens — %1").arg(instanceLabel));
    resize(1100, 650);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(TokenListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int widths[] = {240, 80, 120, 140, 140, 140, 180, 220, 200};
    for (int c = 0; c < TokenListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);

    m_errorBar = new LoadErrorBar(this);
    connect(m_errorBar, &LoadErrorBar::retryRequested, m_model, &TokenListModel::retry);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_refreshLabel = new QLabel(this);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_refreshLabel);

    createActions();

    connect(m_model, &TokenListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &TokenListModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &TokenListModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &TokenListModel::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_model, &TokenListModel::pageLoaded, this, [this] {
        m_errorBar->hide();
        if (!m_firstPageSignalled) {
            m_firstPageSignalled = true;
            // Queued behind the paint the inserted rows cause.
            QTimer::singleShot(0, this, &MainWindow::firstPageShown);
        }
    });
    updateStatus();
    m_model->setInstanceId(instanceId);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setToolTip(tr("Load the list again from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, m_model, &TokenListModel::refresh);

    auto *copyId = new QAction(tr("Copy token &ID"), this);
    copyId->setObjectName(QStringLiteral("copyIdAction"));
    copyId->setShortcut(QKeySequence::Copy);
    connect(copyId, &QAction::triggered, this, &MainWindow::copySelectedId);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(copyId);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    m_table->addAction(copyId);
}

void MainWindow::updateStatus()
{
    const int shown = m_model->rowCount();
    if (m_model->isLoading() && shown == 0)
        m_countLabel->setText(tr("Loading tokens…"));
    else if (shown == 0 && !m_model->lastError().isError())
        m_countLabel->setText(tr("No tokens."));
    else
        m_countLabel->setText(
                tr("Showing %1 of %2 tokens")
                        .arg(QLocale().toString(shown), QLocale().toString(m_model->totalCount())));
    m_busy->setVisible(m_model->isLoading());
    if (m_model->lastRefresh().isValid())
        m_refreshLabel->setText(
                tr("Updated %1")
                        .arg(QLocale().toString(m_model->lastRefresh().toLocalTime().time(),
                                                QLocale::ShortFormat)));
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    m_errorBar->showError(error.displayText());
    updateStatus();
}

void MainWindow::copySelectedId()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->data(current, TokenListModel::TokenIdRole).toString();
    QApplication::clipboard()->setText(id);
    statusBar()->showMessage(tr("Copied the token ID %1").arg(id), 4000);
}
