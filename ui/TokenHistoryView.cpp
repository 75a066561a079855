#include "ui/TokenHistoryView.h"

#include "core/ApiError.h"
#include "core/AuditLogQuery.h"
#include "core/TokenFormat.h"
#include "ui/AuditEntryText.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString kApiToken = QStringLiteral("ApiToken");

QLabel *newLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names in it come from the server
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QListWidget *newList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true); // where one wrapped entry ends and the next begins
    list->setMinimumHeight(100);
    return list;
}
} // namespace

TokenHistoryView::TokenHistoryView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyTab"));
    m_message = newLabel(QStringLiteral("historyMessage"), this);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("historyRetry"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &TokenHistoryView::reload);
    m_summary = newLabel(QStringLiteral("historySummary"), this);
    m_lifecycleTitle = newLabel(QStringLiteral("historyLifecycleTitle"), this);
    m_lifecycle = newList(QStringLiteral("historyLifecycle"), this);
    m_requestsTitle = newLabel(QStringLiteral("historyRequestsTitle"), this);
    m_requests = newList(QStringLiteral("historyRequests"), this);
    // The titles name the lists for a screen reader too.
    m_lifecycleTitle->setBuddy(m_lifecycle);
    m_requestsTitle->setBuddy(m_requests);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_lifecycleTitle);
    layout->addWidget(m_lifecycle, 1);
    layout->addWidget(m_requestsTitle);
    layout->addWidget(m_requests, 1);
    showMessage(QString());
}

void TokenHistoryView::setCollection(const TokenCollection &collection)
{
    m_collection = collection;
    m_forbidden = false; // another access token may read the log
    reload();
}

void TokenHistoryView::showToken(const ApiToken &token)
{
    // The same token unchanged (a page arrived, the selection was redrawn): nothing new to ask.
    if (token.id == m_token.id && token.lastUpdated == m_token.lastUpdated
        && token.name == m_token.name && token.status == m_token.status
        && token.description == m_token.description)
        return;
    m_token = token;
    reload();
}

void TokenHistoryView::reload()
{
    m_call.abandon();
    m_loadedFor.clear();
    showMessage(QString());
    if (isVisible())
        load();
}

void TokenHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadedFor.isEmpty() || m_loadedFor != m_token.id)
        load(); // lazily: the audit log is asked only once the tab is looked at
}

void TokenHistoryView::showMessage(const QString &text, bool offerRetry)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_retry->setVisible(offerRetry);
    m_summary->clear();
    m_summary->hide();
    m_lifecycle->clear();
    m_requests->clear();
    for (QWidget *w :
         {static_cast<QWidget *>(m_lifecycleTitle), static_cast<QWidget *>(m_lifecycle),
          static_cast<QWidget *>(m_requestsTitle), static_cast<QWidget *>(m_requests)})
        w->hide();
}

void TokenHistoryView::load()
{
    m_call.abandon();
    m_loadedFor = m_token.id;
    if (m_token.id.isEmpty() || m_collection.isNull()) {
        showMessage(QString());
        return;
    }
    switch (m_collection.location().kind()) {
    case TokenLocation::Kind::Instance:
        break;
    case TokenLocation::Kind::Application:
        showMessage(tr("Application tokens have no instance audit log, so there is no recorded "
                       "history to show."));
        return;
    case TokenLocation::Kind::User:
        showMessage(tr("Your own tokens have no instance audit log, so there is no recorded "
                       "history to show."));
        return;
    }
    if (m_forbidden) { // asked once already: the answer will not change for this access token
        showMessage(tr("This access token may not read the instance audit log (it needs "
                       "instanceAuditLogs.get or all.Instance.read)."));
        return;
    }
    showMessage(tr("Loading the history…"));
    AuditLogQuery query;
    query.perPage = kLifecycleEntries;
    query.filter.primaryTargets = {AuditParty{m_token.id, kApiToken, QString()}};
    ApiCall *call = m_call.start(
            m_collection.client()->listAuditLogs(m_collection.location().ownerId(), query));
    connect(call, &ApiCall::auditPageReceived, this, &TokenHistoryView::onLifecycle);
    connect(call, &ApiCall::failed, this, &TokenHistoryView::onFailed);
}

void TokenHistoryView::onLifecycle(const InstanceAuditLogPage &page)
{
    // Oldest first, so each change can say what the name was before it.
    QList<InstanceAuditLog> entries = page.items;
    std::sort(entries.begin(), entries.end(),
              [](const InstanceAuditLog &a, const InstanceAuditLog &b) {
                  return a.creationDate < b.creationDate;
              });
    m_hasLifecycle = !entries.isEmpty();
    m_lifecycle->clear();
    QString name;
    for (const InstanceAuditLog &entry : std::as_const(entries))
        m_lifecycle->addItem(tr("%1 — %2").arg(TokenFormat::dateTime(entry.creationDate),
                                               AuditEntryText::lifecycleLine(entry, &name)));
    m_lifecycleTitle->setText(page.totalCount > entries.size()
                                      ? tr("Changes to this token (the latest %1 of %2)")
                                                .arg(entries.size())
                                                .arg(page.totalCount)
                                      : tr("Changes to this token"));

    AuditLogQuery query;
    query.perPage = kRecentRequests;
    query.filter.actors = {AuditParty{m_token.id, kApiToken, QString()}};
    ApiCall *call = m_call.start(
            m_collection.client()->listAuditLogs(m_collection.location().ownerId(), query));
    connect(call, &ApiCall::auditPageReceived, this, &TokenHistoryView::onRequests);
    connect(call, &ApiCall::failed, this, &TokenHistoryView::onFailed);
}

void TokenHistoryView::onRequests(const InstanceAuditLogPage &page)
{
    m_message->hide();
    m_requests->clear();
    for (const InstanceAuditLog &entry : page.items)
        m_requests->addItem(tr("%1 — %2").arg(TokenFormat::dateTime(entry.creationDate),
                                              AuditEntryText::requestLine(entry)));
    const QString caveat = tr("Losant's audit log records changes, not reads, keeps a year, and "
                              "may be turned off for an instance, so this may mean little.");
    if (!page.items.isEmpty()) {
        QDateTime latest = page.items.first().creationDate;
        for (const InstanceAuditLog &entry : page.items)
            latest = qMax(latest, entry.creationDate);
        m_summary->setText(
                tr("Last recorded change made with this token: %1 (Losant records "
                   "changes, not reads)")
                        .arg(AuditEntryText::ago(latest, QDateTime::currentDateTimeUtc())));
    } else if (m_hasLifecycle) {
        m_summary->setText(tr("No recorded change made with this token. %1").arg(caveat));
    } else {
        m_summary->setText(tr("No recorded activity. %1").arg(caveat));
    }
    m_summary->show();
    m_lifecycleTitle->setVisible(m_hasLifecycle);
    m_lifecycle->setVisible(m_hasLifecycle);
    m_requestsTitle->setText(page.totalCount > page.items.size()
                                     ? tr("Changes made with this token (the latest %1 of %2)")
                                               .arg(page.items.size())
                                               .arg(page.totalCount)
                                     : tr("Changes made with this token"));
    m_requestsTitle->setVisible(!page.items.isEmpty());
    m_requests->setVisible(!page.items.isEmpty());
}

void TokenHistoryView::onFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled)
        return;
    if (error.kind == ApiError::Kind::Server && error.httpStatus == 403) {
        m_forbidden = true;
        load(); // says why, without asking again
        return;
    }
    showMessage(tr("The history could not be loaded: %1").arg(error.displayText()), true);
}
