#include "ui/PolicyCheck.h"

#include "ui/StatePalette.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

PolicyCheck::PolicyCheck(const TokenPolicy &policy, QWidget *parent)
    : QWidget(parent), m_policy(policy), m_list(new QLabel(this)),
      m_override(new QCheckBox(tr("Create &anyway, against the policy"), this))
{
    setObjectName(QStringLiteral("policyCheck"));
    m_list->setObjectName(QStringLiteral("policyViolations"));
    m_list->setTextFormat(Qt::PlainText); // quotes the typed name pattern and scopes
    m_list->setWordWrap(true);
    StatePalette::setTextColor(m_list, StatePalette::State::Warning);
    m_override->setObjectName(QStringLiteral("policyOverride"));
    connect(m_override, &QCheckBox::toggled, this, &PolicyCheck::overrideChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_override);
    hide();
}

void PolicyCheck::check(const ApiTokenDraft &draft)
{
    const QStringList found = m_policy.isEmpty()
            ? QStringList()
            : m_policy.violations(draft, QDateTime::currentDateTimeUtc());
    if (found == m_violations)
        return;
    m_violations = found;
    {
        // An override answers the violations it was given for, not new ones.
        const QSignalBlocker blocker(m_override);
        m_override->setChecked(false);
    }
    QStringList lines{tr("This token breaks the team's token policy:")};
    for (const QString &v : found)
        lines << QStringLiteral("• ") + v;
    m_list->setText(lines.join(QLatin1Char('\n')));
    setVisible(!found.isEmpty());
}

bool PolicyCheck::allowsCreate() const
{
    return m_violations.isEmpty() || m_override->isChecked();
}
