#pragma once

#include "core/TokenPolicy.h"

#include <QWidget>

class QCheckBox;
class QLabel;

// The New token dialog's word on the team policy: the draft's violations, and the explicit
// override without which Create stays unavailable. Hidden while the draft keeps the policy.
class PolicyCheck : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyCheck(const TokenPolicy &policy, QWidget *parent = nullptr);

    // Checks the draft; a different set of violations takes back an override given before.
    void check(const ApiTokenDraft &draft);
    bool allowsCreate() const; // no violation, or the person overrode them
    const QStringList &violations() const { return m_violations; }

Q_SIGNALS:
    void overrideChanged();

private:
    TokenPolicy m_policy;
    QStringList m_violations;
    QLabel *m_list;
    QCheckBox *m_override;
};
