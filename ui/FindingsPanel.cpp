#include "ui/FindingsPanel.h"

#include "ui/FindingsCell.h"
#include "ui/StatePalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QGroupBox(tr("Findings"), parent), m_list(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    hide();
}

void FindingsPanel::showFindings(const QList<TokenFinding> &findings)
{
    QStringList shown;
    for (const TokenFinding &f : findings)
        shown << f.tokenId + f.ruleId + f.reason;
    if (shown == m_shown)
        return; // the same: the buttons (and the focus on one) stay
    m_shown = shown;
    qDeleteAll(m_rows);
    m_rows.clear();
    m_buttons.clear();
    for (const TokenFinding &f : findings) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("finding_") + f.ruleId);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        // The button first: a narrow pane wraps the reason, never hides the action.
        if (f.action != FindingAction::None) {
            auto *button = new QPushButton(TokenFindings::actionName(f.action), row);
            button->setObjectName(QStringLiteral("findingAction"));
            button->setAccessibleDescription(f.reason);
            button->setAutoDefault(false);
            const FindingAction action = f.action;
            connect(button, &QPushButton::clicked, this,
                    [this, action] { Q_EMIT actionRequested(action); });
            h->addWidget(button, 0, Qt::AlignTop);
            m_buttons.append(button);
        }
        auto *text = new QLabel(tr("%1: %2").arg(TokenFindings::severityName(f.severity), f.reason),
                                row);
        text->setObjectName(QStringLiteral("findingReason"));
        text->setTextFormat(Qt::PlainText); // reasons quote server names
        text->setWordWrap(true);
        if (const auto state = FindingsCell::stateOf(f.severity))
            StatePalette::setTextColor(text, *state);
        h->addWidget(text, 1);
        m_list->addWidget(row);
        m_rows.append(row);
    }
    setVisible(!findings.isEmpty());
}
