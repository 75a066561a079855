#include "ui/FetchProgress.h"

#include "core/ApiError.h"
#include "workflows/TokenQueryFetcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

FetchProgress::FetchProgress(const TokenCollection &collection, const QString &name,
                             QWidget *parent)
    : QWidget(parent), m_fetcher(new TokenQueryFetcher(collection, TokenQuery(), this)),
      m_status(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("&Cancel loading"), this))
{
    m_status->setObjectName(name + QLatin1String("Status"));
    m_status->setTextFormat(Qt::PlainText); // it may quote the server's error
    m_status->setWordWrap(true);
    m_bar->setObjectName(name + QLatin1String("Progress"));
    m_bar->setAccessibleName(tr("Tokens loaded"));
    m_bar->setRange(0, 0);
    m_cancel->setObjectName(name + QLatin1String("Cancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, &FetchProgress::cancel);
    connect(m_fetcher, &TokenQueryFetcher::progress, this, [this](int loaded, int total) {
        m_bar->setRange(0, qMax(total, 1));
        m_bar->setValue(loaded);
        m_status->setText(tr("Loading every token: %1 of %2…")
                                  .arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(m_fetcher, &TokenQueryFetcher::waiting, this,
            [this](int secondsLeft) { m_status->setText(slowDownText(secondsLeft)); });
    connect(m_fetcher, &TokenQueryFetcher::finished, this, [this](const QList<ApiToken> &tokens) {
        m_tokens = tokens;
        m_complete = true;
        setRunning(false);
        m_status->setText(tr("%n token(s) loaded.", nullptr, int(tokens.size())));
        Q_EMIT finished(tokens);
    });
    connect(m_fetcher, &TokenQueryFetcher::failed, this, [this](const ApiError &error) {
        setRunning(false);
        m_status->setText(tr("Not every token could be loaded: %1").arg(error.displayText()));
        Q_EMIT stopped();
    });
}

QString FetchProgress::slowDownText(int secondsLeft)
{
    return tr("The server asks to slow down (429): loading goes on in %n s.", nullptr, secondsLeft);
}

void FetchProgress::start()
{
    m_tokens.clear();
    m_complete = false;
    m_status->setText(tr("Loading every token…"));
    m_bar->setRange(0, 0);
    setRunning(true);
    m_fetcher->start();
}

void FetchProgress::cancel()
{
    if (!m_running)
        return;
    m_fetcher->cancel();
    setRunning(false);
    m_status->setText(tr("Loading canceled: nothing is counted."));
    Q_EMIT stopped();
}

void FetchProgress::setRunning(bool running)
{
    m_running = running;
    m_bar->setVisible(running);
    m_cancel->setVisible(running);
}
