#include "ui/ActivityFilters.h"

#include "ui/AuditEntryText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace {
enum ActionChoice { AnyAction, Created, Updated, Deleted };
enum StatusChoice { AnyStatus = -1, Succeeded = -2, Failed = -3 }; // else: the code itself

// The filter takes exact codes only: these are the ones Losant answers token calls with
// (docs/api.md "Token activity").
const QList<int> kSuccessCodes{200, 201, 202, 204};
const QList<int> kFailureCodes{400, 401, 403, 404, 405, 409, 413, 422, 429, 500, 502, 503, 504};
const QList<int> kOfferedCodes{200, 201, 400, 401, 403, 404, 429, 500};

QDateEdit *newDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // unambiguous in every locale
    edit->setEnabled(false);
    return edit;
}
} // namespace

ActivityFilters::ActivityFilters(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activityFilters"));
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("activityActorFilter"));
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->setCompleter(nullptr); // a name typed stays as typed: no actor is chosen for it
    m_actor->addItem(QString());
    m_actor->lineEdit()->setPlaceholderText(tr("Anyone"));
    m_actor->setToolTip(tr("Choose an actor seen in the log, or type a name and press Enter"));
    m_actor->setMinimumContentsLength(16);
    connect(m_actor->lineEdit(), &QLineEdit::returnPressed, this, &ActivityFilters::applyActor);
    connect(m_actor, &QComboBox::activated, this, &ActivityFilters::applyActor);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("activityActionFilter"));
    m_action->addItem(tr("Any action"), AnyAction);
    m_action->addItem(tr("Created"), Created);
    m_action->addItem(tr("Updated"), Updated);
    m_action->addItem(tr("Deleted"), Deleted);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ActivityFilters::emitIfChanged);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("activityStatusFilter"));
    m_status->addItem(tr("Any status"), AnyStatus);
    m_status->addItem(tr("Succeeded (2xx)"), Succeeded);
    m_status->addItem(tr("Failed (4xx–5xx)"), Failed);
    for (int code : kOfferedCodes)
        m_status->addItem(QString::number(code), code);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActivityFilters::emitIfChanged);

    m_fromCheck = new QCheckBox(tr("&From"), this);
    m_fromCheck->setObjectName(QStringLiteral("activityFromCheck"));
    m_from = newDateEdit(QStringLiteral("activityFrom"), this);
    m_toCheck = new QCheckBox(tr("&To"), this);
    m_toCheck->setObjectName(QStringLiteral("activityToCheck"));
    m_to = newDateEdit(QStringLiteral("activityTo"), this);
    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &ActivityFilters::emitIfChanged);
        connect(edit, &QDateEdit::dateChanged, this, &ActivityFilters::emitIfChanged);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Actor:"), m_actor);
    layout->addLayout(form);
    auto *what = new QFormLayout;
    what->addRow(tr("Acti&on:"), m_action);
    layout->addLayout(what);
    auto *status = new QFormLayout;
    status->addRow(tr("&Status:"), m_status);
    layout->addLayout(status);
    layout->addWidget(m_fromCheck);
    layout->addWidget(m_from);
    layout->addWidget(m_toCheck);
    layout->addWidget(m_to);
    layout->addStretch(1);
    m_lastKey = currentKey(); // the view's first query: no filter beyond tokens
}

void ActivityFilters::applyActor()
{
    const QString text = m_actor->currentText().trimmed();
    m_actorFilter.clear();
    if (!text.isEmpty()) {
        const int index = m_actor->findText(text, Qt::MatchExactly);
        const QVariant data = index > 0 ? m_actor->itemData(index) : QVariant();
        if (data.isValid()) { // an actor seen in the log: by ID, so namesakes stay apart
            const QStringList idType = data.toStringList();
            m_actorFilter.append(AuditParty{idType.value(0), idType.value(1), QString()});
        } else { // a name typed
            m_actorFilter.append(AuditParty{QString(), QString(), text});
        }
    }
    emitIfChanged();
}

void ActivityFilters::addActors(const QList<AuditParty> &actors)
{
    for (const AuditParty &actor : actors) {
        if (actor.id.isEmpty())
            continue;
        const QStringList idType{actor.id, actor.type};
        if (m_actor->findData(idType) >= 0)
            continue;
        m_actor->addItem(AuditEntryText::party(actor), idType);
    }
}

AuditLogFilter ActivityFilters::filter() const
{
    AuditLogFilter f;
    f.primaryTargets = {AuditParty{QString(), QStringLiteral("ApiToken"), QString()}};
    f.actors = m_actorFilter;
    switch (m_action->currentData().toInt()) {
    case Created:
        f.requests = {{QStringLiteral("instanceApiTokens"), QStringLiteral("post")}};
        break;
    case Updated:
        f.requests = {{QStringLiteral("instanceApiToken"), QStringLiteral("patch")}};
        break;
    case Deleted:
        f.requests = {{QStringLiteral("instanceApiToken"), QStringLiteral("delete")}};
        break;
    default:
        break;
    }
    const int status = m_status->currentData().toInt();
    if (status == Succeeded)
        f.responseCodes = kSuccessCodes;
    else if (status == Failed)
        f.responseCodes = kFailureCodes;
    else if (status > 0)
        f.responseCodes = {status};
    return f;
}

QDateTime ActivityFilters::start() const
{
    if (!m_fromCheck->isChecked())
        return QDateTime();
    return m_from->date().startOfDay().toUTC();
}

QDateTime ActivityFilters::end() const
{
    if (!m_toCheck->isChecked())
        return QDateTime();
    return m_to->date().addDays(1).startOfDay().addMSecs(-1).toUTC(); // the whole last day
}

QString ActivityFilters::currentKey() const
{
    QStringList key;
    for (const AuditParty &a : std::as_const(m_actorFilter))
        key << a.id << a.type << a.name;
    key << m_action->currentText() << m_status->currentText() << start().toString(Qt::ISODateWithMs)
        << end().toString(Qt::ISODateWithMs);
    return key.join(QChar(0x1f));
}

void ActivityFilters::emitIfChanged()
{
    const QString joined = currentKey();
    if (joined == m_lastKey)
        return;
    m_lastKey = joined;
    Q_EMIT changed();
}
