#include "ui/ActivityDialog.h"

#include "core/ApiError.h"
#include "ui/ActivityFilters.h"
#include "ui/AuditLogModel.h"
#include "ui/MessageBar.h"
#include "ui/PlainText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ActivityDialog::ActivityDialog(const TokenCollection &collection, int perPage, QWidget *parent)
    : QDialog(parent), m_model(new AuditLogModel(this)), m_perPage(perPage)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(PlainText::windowTitle(
            tr("Token activity — %1").arg(collection.location().displayName())));
    resize(900, 600);

    m_filters = new ActivityFilters(this);
    connect(m_filters, &ActivityFilters::changed, this, &ActivityDialog::applyFilters);
    m_errorBar = new MessageBar(QStringLiteral("activityErrorBar"), this);
    connect(m_errorBar, &MessageBar::actionTriggered, m_model, &AuditLogModel::retry);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSortIndicator(AuditLogModel::Date, Qt::DescendingOrder); // newest first
    m_table->setSortingEnabled(true);
    const int widths[] = {150, 200, 90, 240, 90};
    for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    // Columns the server cannot sort by never show a sort indicator.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (!AuditLogModel::sortFieldForColumn(section).isEmpty())
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCount"));
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    connect(m_model, &AuditLogModel::loadingChanged, this, &ActivityDialog::updateStatus);
    connect(m_model, &AuditLogModel::modelReset, this, [this] {
        m_errorBar->dismiss();
        updateStatus();
    });
    connect(m_model, &AuditLogModel::pageLoaded, this,
            [this](const QList<InstanceAuditLog> &entries) {
                QList<AuditParty> actors;
                for (const InstanceAuditLog &entry : entries)
                    actors.append(entry.actor);
                m_filters->addActors(actors);
                m_errorBar->dismiss();
                updateStatus();
            });
    connect(m_model, &AuditLogModel::loadFailed, this, &ActivityDialog::onLoadFailed);

    AuditLogQuery query;
    query.perPage = m_perPage;
    query.filter = m_filters->filter();
    m_model->setQuery(query); // no source yet: nothing is sent
    m_model->setSource(collection.client(), collection.location().ownerId());
}

void ActivityDialog::applyFilters()
{
    AuditLogQuery query = m_model->query();
    query.page = 0;
    query.perPage = m_perPage;
    query.filter = m_filters->filter();
    query.start = m_filters->start();
    query.end = m_filters->end();
    m_model->setQuery(query);
}

void ActivityDialog::onLoadFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Server
        && error.httpStatus == 403) // the scope is missing: a Retry cannot help
        m_errorBar->showMessage(tr("This access token may not read the instance audit log (it "
                                   "needs instanceAuditLogs.get or all.Instance.read)."),
                                MessageBar::Type::Warning);
    else
        m_errorBar->showMessage(tr("The activity could not be loaded: %1").arg(error.displayText()),
                                MessageBar::Type::Error, tr("&Retry"));
    updateStatus();
}

void ActivityDialog::updateStatus()
{
    const int shown = m_model->rowCount();
    if (m_model->isLoading() && shown == 0)
        m_count->setText(tr("Loading the activity…"));
    else if (m_model->lastError().isError() && shown == 0)
        m_count->clear();
    else if (shown == 0 && m_model->hasLoaded())
        m_count->setText(tr("No recorded token activity matches. Losant's audit log records "
                            "changes, not reads, keeps a year, and may be turned off for an "
                            "instance."));
    else
        m_count->setText(
                tr("Showing %1 of %2 entries")
                        .arg(QLocale().toString(shown), QLocale().toString(m_model->totalCount())));
}
