#include "ui/FindingsStatus.h"

#include "core/ApiError.h"
#include "ui/FetchProgress.h"
#include "ui/FindingsIndex.h"
#include "workflows/TokenQueryFetcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

FindingsStatus::FindingsStatus(const TokenCollection &collection, FindingsIndex *findings,
                               QWidget *parent)
    : QWidget(parent), m_collection(collection), m_findings(findings), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("findingsStatus"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("findingsScanProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setAccessibleName(tr("Scanning for findings"));
    m_progress->setFormat(tr("Scanning %v of %m"));
    m_cancel->setObjectName(QStringLiteral("findingsScanCancel"));
    m_cancel->setText(tr("Cancel scan"));
    m_cancel->setToolTip(tr("Stop loading every token for the findings; the table keeps its rows"));
    m_cancel->setFocusPolicy(Qt::TabFocus);
    connect(m_cancel, &QToolButton::clicked, this, &FindingsStatus::cancelScan);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(findings, &FindingsIndex::changed, this, &FindingsStatus::updateSummary);
    updateSummary();
}

FindingsStatus::~FindingsStatus() = default;

bool FindingsStatus::isScanning() const
{
    return !m_fetcher.isNull();
}

QString FindingsStatus::summaryText() const
{
    return textOf(m_findings->summary());
}

QString FindingsStatus::textOf(const FindingsIndex::Summary &s)
{
    const QLocale locale;
    const auto n = [&](FindingSeverity severity) {
        return locale.toString(FindingsIndex::count(s.findings, severity));
    };
    const QString counts = tr("%1 high, %2 medium, %3 low")
                                   .arg(n(FindingSeverity::High), n(FindingSeverity::Medium),
                                        n(FindingSeverity::Low));
    // Says which tokens the counts are over: a scan's whole collection or the loaded rows.
    if (s.scanned)
        return tr("Findings: %1 (all %n token(s), scanned at %2)", nullptr, s.tokens)
                .arg(counts,
                     locale.toString(s.scannedAt.toLocalTime().time(), QLocale::ShortFormat));
    if (s.wholeCollection)
        return tr("Findings: %1 (all %n token(s))", nullptr, s.tokens).arg(counts);
    return tr("Findings: %1 (%n loaded token(s))", nullptr, s.tokens).arg(counts);
}

void FindingsStatus::updateSummary()
{
    const FindingsIndex::Summary s = m_findings->summary(); // once: it counts shared names
    m_summary->setText(textOf(s));
    m_summary->setToolTip(s.wholeCollection
                                  ? QString()
                                  : tr("Only the loaded rows are counted: View ▸ Scan all "
                                       "tokens for findings counts every token."));
}

void FindingsStatus::startScan()
{
    if (m_fetcher || m_collection.isNull())
        return;
    // Every token, whatever the table's filter: findings are about the whole collection.
    m_fetcher = new TokenQueryFetcher(m_collection, TokenQuery(), this);
    connect(m_fetcher, &TokenQueryFetcher::progress, this, &FindingsStatus::showProgress);
    connect(m_fetcher, &TokenQueryFetcher::waiting, this,
            [this](int secondsLeft) { Q_EMIT message(FetchProgress::slowDownText(secondsLeft)); });
    connect(m_fetcher, &TokenQueryFetcher::finished, this, [this](const QList<ApiToken> &tokens) {
        endScan();
        m_findings->setScan(tokens);
        Q_EMIT scanFinished(int(tokens.size()));
    });
    connect(m_fetcher, &TokenQueryFetcher::failed, this, [this](const ApiError &error) {
        endScan();
        Q_EMIT message(tr("The scan for findings stopped: %1").arg(error.displayText()));
    });
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_fetcher->start();
}

void FindingsStatus::cancelScan()
{
    if (!m_fetcher)
        return;
    m_fetcher->cancel();
    endScan();
    Q_EMIT message(tr("The scan for findings was canceled; the summary counts the loaded rows."));
}

void FindingsStatus::showProgress(int loaded, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(qMin(loaded, qMax(total, 1)));
}

void FindingsStatus::endScan()
{
    m_progress->hide();
    m_cancel->hide();
    if (m_fetcher)
        m_fetcher->deleteLater();
    m_fetcher = nullptr;
}
