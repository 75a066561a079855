#include "ui/BulkActionRunner.h"

#include "api/ApiCall.h"
#include "core/ApiError.h"
#include "ui/MessageBox.h"
#include "ui/TokenListModel.h"
#include "ui/TokenSelection.h"

#include <QJsonObject>
#include <QProgressDialog>

BulkActionRunner::BulkActionRunner(const TokenCollection &collection, TokenListModel *model,
                                   Operation operation, const QList<ApiToken> &tokens,
                                   QWidget *window)
    : QObject(window), m_collection(collection), m_model(model), m_operation(operation),
      m_tokens(tokens), m_labels(TokenSelection::labels(tokens)), m_window(window)
{ }

BulkActionRunner::~BulkActionRunner()
{
    delete m_progress; // m_call cancels the request still out
}

QString BulkActionRunner::verb() const
{
    switch (m_operation) {
    case Operation::Activate:
        return tr("Activating");
    case Operation::Deactivate:
        return tr("Deactivating");
    case Operation::Delete:
        return tr("Deleting");
    }
    return QString();
}

void BulkActionRunner::start()
{
    if (m_tokens.size() > kProgressThreshold) {
        m_progress = new QProgressDialog(verb() + tr(" tokens…"), tr("Stop"), 0,
                                         int(m_tokens.size()), m_window);
        m_progress->setObjectName(QStringLiteral("bulkProgress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoReset(false);
        m_progress->setAutoClose(false);
        connect(m_progress, &QProgressDialog::canceled, this, &BulkActionRunner::cancel);
        m_progress->show();
    }
    next();
}

void BulkActionRunner::cancel()
{
    m_canceled = true;
}

void BulkActionRunner::next()
{
    if (m_progress && m_progress->wasCanceled())
        m_canceled = true;
    if (m_progress && !m_canceled)
        m_progress->setValue(m_next);
    if (m_canceled || m_next >= m_tokens.size()) {
        report();
        return;
    }
    const ApiToken &token = m_tokens.at(m_next);
    if (m_progress)
        m_progress->setLabelText(tr("%1 %2 (%3 of %4)…")
                                         .arg(verb(), m_labels.at(m_next))
                                         .arg(m_next + 1)
                                         .arg(m_tokens.size()));
    ApiCall *call = nullptr;
    if (m_operation == Operation::Delete) {
        call = m_call.start(m_collection.remove(token.id));
        connect(call, &ApiCall::deleted, this, [this, token] { onDone(token); });
    } else {
        const QString status = m_operation == Operation::Activate ? QStringLiteral("active")
                                                                  : QStringLiteral("inactive");
        call = m_call.start(
                m_collection.patch(token.id, QJsonObject{{QStringLiteral("status"), status}}));
        connect(call, &ApiCall::tokenReceived, this, &BulkActionRunner::onDone);
    }
    connect(call, &ApiCall::failed, this, &BulkActionRunner::onFailed);
}

void BulkActionRunner::onDone(const ApiToken &token)
{
    ++m_succeeded;
    if (m_model) {
        if (m_operation == Operation::Delete)
            m_model->removeToken(token.id);
        else
            m_model->replaceToken(token);
    }
    Q_EMIT tokenDone(token);
    ++m_next;
    next();
}

void BulkActionRunner::onFailed(const ApiError &error)
{
    // A partial failure leaves the others done: note it and go on.
    // The app's explanation is said once for the run, not once per token.
    ApiError serverOnly = error;
    serverOnly.explanation.clear();
    m_failures.append({m_labels.at(m_next), serverOnly.displayText(), error.explanation});
    ++m_next;
    next();
}

void BulkActionRunner::report()
{
    if (m_progress)
        m_progress->hide();
    QString summary;
    switch (m_operation) {
    case Operation::Activate:
        summary = tr("Activated %1 of %2 tokens.");
        break;
    case Operation::Deactivate:
        summary = tr("Deactivated %1 of %2 tokens.");
        break;
    case Operation::Delete:
        summary = tr("Deleted %1 of %2 tokens.");
        break;
    }
    summary = summary.arg(m_succeeded).arg(m_tokens.size());
    QStringList details;
    QStringList explanations;
    for (const Failure &f : std::as_const(m_failures)) {
        details.append(tr("%1: %2").arg(f.name, f.message));
        if (!f.explanation.isEmpty() && !explanations.contains(f.explanation))
            explanations.append(f.explanation);
    }
    QString informative;
    if (!m_failures.isEmpty())
        informative = tr("%n failed:\n", nullptr, int(m_failures.size()))
                + details.join(QLatin1Char('\n'));
    if (!explanations.isEmpty())
        informative = explanations.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + informative;
    const int untouched = int(m_tokens.size()) - m_next;
    if (untouched > 0)
        informative += (informative.isEmpty() ? QString() : QStringLiteral("\n\n"))
                + tr("Stopped: %n token(s) not touched.", nullptr, untouched);
    MessageBox::notify(
            m_window, m_failures.isEmpty() ? MessageBox::Information : MessageBox::Warning,
            {QStringLiteral("bulkReportBox"), tr("Losant Tokens"), summary, informative});
    Q_EMIT finished();
}
