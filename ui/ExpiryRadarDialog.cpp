#include "ui/ExpiryRadarDialog.h"

#include "ui/ExpiryRadarChart.h"
#include "ui/FetchProgress.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ExpiryRadarDialog::ExpiryRadarDialog(const TokenCollection &collection, QWidget *parent)
    : QDialog(parent), m_fetch(new FetchProgress(collection, QStringLiteral("radarFetch"), this)),
      m_chart(new ExpiryRadarChart(this)), m_current(new QLabel(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("expiryRadarDialog"));
    setWindowTitle(tr("Expiry radar — %1").arg(collection.location().displayName()));
    auto *intro = new QLabel(tr("Tokens expiring per week over the next 12 months. Choose a bar "
                                "(click, or arrow keys and Enter) to list its tokens."),
                             this);
    intro->setWordWrap(true);
    m_current->setObjectName(QStringLiteral("radarCurrentLabel"));
    m_summary->setObjectName(QStringLiteral("radarSummary"));
    m_summary->setWordWrap(true);
    m_chart->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("radarReloadButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reloadButton, &QPushButton::clicked, this, &ExpiryRadarDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fetch);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_current);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_fetch, &FetchProgress::finished, this, &ExpiryRadarDialog::showCounts);
    connect(m_chart, &ExpiryRadarChart::currentChanged, this,
            [this](int bar) { m_current->setText(m_chart->describe(bar)); });
    connect(m_chart, &ExpiryRadarChart::barActivated, this, [this](int bar) {
        Q_EMIT rangeChosen(m_chart->bins().at(bar), m_chart->rangeLabel(bar));
    });
    reload();
}

void ExpiryRadarDialog::reload()
{
    m_fetch->start();
}

void ExpiryRadarDialog::showCounts(const QList<ApiToken> &tokens)
{
    const QList<ExpiryBin> bins = ExpiryRadar::bin(tokens, QDateTime::currentDateTimeUtc());
    m_chart->setBins(bins);
    m_chart->setEnabled(true);
    m_current->setText(m_chart->describe(m_chart->currentBar()));
    int coming = 0;
    for (int i = 1; i < bins.size(); ++i)
        coming += bins.at(i).count();
    int never = 0;
    for (const ApiToken &t : tokens)
        never += t.expirationDate.isValid() ? 0 : 1;
    m_summary->setText(tr("%1 expire within 12 months, %2 already expired, %3 never expire "
                          "(of %n token(s)).",
                          nullptr, int(tokens.size()))
                               .arg(coming)
                               .arg(bins.first().count())
                               .arg(never));
}
