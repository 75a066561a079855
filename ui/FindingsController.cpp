#include "ui/FindingsController.h"

#include "ui/FindingsIndex.h"
#include "ui/FindingsStatus.h"
#include "ui/PolicyDialog.h"
#include "ui/SettingsKeys.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QLocale>
#include <QSettings>

FindingsController::FindingsController(const TokenCollection &collection, TokenListModel *model,
                                       QWidget *window)
    : QObject(window), m_model(model), m_window(window), m_index(new FindingsIndex(model, this)),
      m_status(new FindingsStatus(collection, m_index, window))
{
    m_scan = new QAction(tr("&Scan all tokens for findings"), this);
    m_scan->setObjectName(QStringLiteral("scanFindingsAction"));
    m_scan->setToolTip(tr("Load every token of the collection in the background, so the "
                          "findings summary and duplicate names cover them all"));
    connect(m_scan, &QAction::triggered, m_status, &FindingsStatus::startScan);

    m_autoScan = new QAction(
            tr("Scan a&utomatically up to %1 tokens").arg(QLocale().toString(kAutoScanLimit)),
            this);
    m_autoScan->setObjectName(QStringLiteral("autoScanFindingsAction"));
    m_autoScan->setCheckable(true);
    // Off unless asked for: a scan costs list requests the server counts against its limit.
    m_autoScan->setChecked(QSettings().value(SettingsKeys::kFindingsAutoScan, false).toBool());
    connect(m_autoScan, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(SettingsKeys::kFindingsAutoScan, on);
        maybeAutoScan();
    });

    m_policy = new QAction(tr("Token &policy…"), this);
    m_policy->setObjectName(QStringLiteral("tokenPolicyAction"));
    m_policy->setToolTip(tr("The rules the New token dialog checks each draft against"));
    connect(m_policy, &QAction::triggered, this, &FindingsController::openPolicyDialog);

    connect(m_index, &FindingsIndex::rowFindingsChanged, model, &TokenListModel::findingsChanged);
    connect(model, &TokenListModel::pageLoaded, this, &FindingsController::maybeAutoScan);
    connect(m_status, &FindingsStatus::message, this, &FindingsController::message);
}

void FindingsController::maybeAutoScan()
{
    if (!m_autoScan->isChecked() || m_autoScanned || m_index->hasScan() || m_status->isScanning()
        || !m_model->hasLoaded() || m_model->totalCount() > kAutoScanLimit)
        return;
    // An unfiltered list without more pages is the whole collection already.
    if (!m_model->query().hasFilter() && !m_model->canFetchMore(QModelIndex()))
        return;
    m_autoScanned = true;
    m_status->startScan();
}

void FindingsController::openPolicyDialog()
{
    auto *dialog = new PolicyDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
