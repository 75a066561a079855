#pragma once

#include "core/TokenFindings.h"

#include <QGroupBox>

class QVBoxLayout;

// The selected token's findings in the details pane: each reason with its severity, and the
// suggested action as a button (deactivate, delete, edit, rotate). Hidden when there are none.
class FindingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void showFindings(const QList<TokenFinding> &findings);
    // The action buttons, in order (for the pane's Tab stops).
    QList<QWidget *> buttons() const { return m_buttons; }

Q_SIGNALS:
    void actionRequested(FindingAction action);

private:
    QVBoxLayout *m_list;
    QList<QWidget *> m_buttons;
    QList<QWidget *> m_rows;
    QStringList m_shown; // what the rows say, to leave them be when it stays the same
};
