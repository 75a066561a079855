#include "ui/OrgRolesEditor.h"

#include "api/OrgDirectory.h"
#include "core/LosantApi.h"
#include "ui/DirectoryPicker.h"
#include "ui/FormMessages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
using LosantApi::orgRoleValues;
using LosantApi::resourceRoleValues;

QComboBox *roleCombo(const QStringList &values, const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItems(values);
    // "view" is the least surprising start: it grants nothing that changes data.
    combo->setCurrentText(QStringLiteral("view"));
    return combo;
}
} // namespace

// One application or dashboard role inside an organization row.
class ResourceRoleRow : public QWidget
{
public:
    ResourceRoleRow(bool dashboard, QWidget *parent) : QWidget(parent), dashboard(dashboard)
    {
        setObjectName(dashboard ? QStringLiteral("dashboardRoleRow")
                                : QStringLiteral("applicationRoleRow"));
        id = new QLineEdit(this);
        id->setObjectName(QStringLiteral("resourceId"));
        id->setPlaceholderText(dashboard ? OrgRolesEditor::tr("Dashboard ID")
                                         : OrgRolesEditor::tr("Application ID"));
        picker = new DirectoryPicker(id,
                                     dashboard ? OrgRolesEditor::tr("Choose a dashboard…")
                                               : OrgRolesEditor::tr("Choose an application…"),
                                     this);
        picker->setObjectName(QStringLiteral("resourcePicker"));
        picker->setAccessibleName(dashboard ? OrgRolesEditor::tr("Dashboard by name")
                                            : OrgRolesEditor::tr("Application by name"));
        picker->hide(); // until a list of names arrives
        role = roleCombo(resourceRoleValues(), QStringLiteral("resourceRole"), this);
        // Tab follows the eye: the picker, then the ID field made before it, then the role.
        setTabOrder(picker, id);
        setTabOrder(id, role);
        remove = new QPushButton(OrgRolesEditor::tr("Remove"), this);
        remove->setObjectName(QStringLiteral("removeResourceRole"));
        remove->setAutoDefault(false); // Enter in the dialog moves on or creates, never Remove
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(24, 0, 0, 0);
        layout->addWidget(new QLabel(dashboard ? OrgRolesEditor::tr("Dashboard")
                                               : OrgRolesEditor::tr("Application"),
                                     this));
        layout->addWidget(picker, 2);
        layout->addWidget(id, 1);
        layout->addWidget(role);
        layout->addWidget(remove);
    }
    ResourceRole value() const { return {id->text().trimmed(), role->currentText()}; }

    bool dashboard;
    QLineEdit *id;
    DirectoryPicker *picker;
    QComboBox *role;
    QPushButton *remove;
};

// One organization role: ID, role, its resource roles and where its problems are shown.
class OrgRoleRow : public QFrame
{
public:
    explicit OrgRoleRow(OrgRolesEditor *editor) : QFrame(editor), editor(editor)
    {
        setFrameShape(QFrame::StyledPanel);
        orgId = new QLineEdit(this);
        orgId->setObjectName(QStringLiteral("orgId"));
        orgId->setPlaceholderText(OrgRolesEditor::tr("Organization ID or sandbox"));
        orgPicker = new DirectoryPicker(orgId, OrgRolesEditor::tr("Choose an organization…"), this);
        orgPicker->setObjectName(QStringLiteral("orgPicker"));
        orgPicker->setAccessibleName(OrgRolesEditor::tr("Organization by name"));
        orgPicker->hide(); // until a list of names arrives
        role = roleCombo(orgRoleValues(), QStringLiteral("orgRole"), this);
        setTabOrder(orgPicker, orgId); // as seen: the picker, its ID field, the role
        setTabOrder(orgId, role);
        auto *addApp = new QPushButton(OrgRolesEditor::tr("Add application role"), this);
        addApp->setObjectName(QStringLiteral("addApplicationRole"));
        auto *addDash = new QPushButton(OrgRolesEditor::tr("Add dashboard role"), this);
        addDash->setObjectName(QStringLiteral("addDashboardRole"));
        remove = new QPushButton(OrgRolesEditor::tr("Remove organization"), this);
        remove->setObjectName(QStringLiteral("removeOrgRole"));
        for (QPushButton *b : {addApp, addDash, remove})
            b->setAutoDefault(false); // Enter in the dialog moves on or creates
        error = FormMessages::errorLabel(QStringLiteral("orgRoleError"), this); // quotes IDs
        note = new QLabel(this);
        note->setObjectName(QStringLiteral("resourceListNote"));
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText); // carries the server's message
        note->setForegroundRole(QPalette::PlaceholderText);
        note->hide();

        auto *top = new QHBoxLayout;
        top->addWidget(orgPicker, 2);
        top->addWidget(orgId, 1);
        top->addWidget(role);
        top->addWidget(remove);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(addApp);
        buttons->addWidget(addDash);
        buttons->addStretch(1);
        resources = new QVBoxLayout;
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addLayout(resources);
        layout->addLayout(buttons);
        layout->addWidget(note);
        layout->addWidget(error);

        connect(orgId, &QLineEdit::textChanged, editor, &OrgRolesEditor::changed);
        // Another organization: its own applications and dashboards to choose from.
        connect(orgId, &QLineEdit::textChanged, this, [this] { this->editor->refreshPickers(); });
        connect(role, &QComboBox::currentIndexChanged, editor, &OrgRolesEditor::changed);
        connect(addApp, &QPushButton::clicked, this, [this] { addResource(false); });
        connect(addDash, &QPushButton::clicked, this, [this] { addResource(true); });
    }

    ResourceRoleRow *addResource(bool dashboard)
    {
        auto *row = new ResourceRoleRow(dashboard, this);
        resources->addWidget(row);
        resourceRows.append(row);
        row->show();
        editor->refreshPickers();
        connect(row->id, &QLineEdit::textChanged, editor, &OrgRolesEditor::changed);
        connect(row->role, &QComboBox::currentIndexChanged, editor, &OrgRolesEditor::changed);
        connect(row->remove, &QPushButton::clicked, this, [this, row] {
            resourceRows.removeOne(row);
            row->deleteLater();
            Q_EMIT editor->changed();
        });
        (row->picker->isHidden() ? static_cast<QWidget *>(row->id) : row->picker)->setFocus();
        Q_EMIT editor->changed();
        return row;
    }

    OrgRole value() const
    {
        OrgRole o{orgId->text().trimmed(), role->currentText(), {}, {}};
        for (const ResourceRoleRow *r : resourceRows)
            (r->dashboard ? o.dashboardRoles : o.applicationRoles).append(r->value());
        return o;
    }

    OrgRolesEditor *editor;
    QLineEdit *orgId;
    DirectoryPicker *orgPicker;
    QComboBox *role;
    QPushButton *remove;
    QLabel *error;
    QLabel *note; // why this organization's names are not offered
    QVBoxLayout *resources;
    QList<ResourceRoleRow *> resourceRows;
};

OrgRolesEditor::OrgRolesEditor(QWidget *parent) : QWidget(parent)
{
    m_add = new QPushButton(tr("Add organization role"), this);
    m_add->setObjectName(QStringLiteral("addOrgRole"));
    m_error = FormMessages::errorLabel(QStringLiteral("orgRolesError"), this);
    auto *hint = new QLabel(tr("Sandbox (or “sandbox” typed in place of an organization ID) is "
                               "the role in each user's own sandbox, outside any organization."),
                            this);
    hint->setObjectName(QStringLiteral("sandboxHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_directoryNote = new QLabel(this);
    m_directoryNote->setObjectName(QStringLiteral("orgListNote"));
    m_directoryNote->setWordWrap(true);
    m_directoryNote->setTextFormat(Qt::PlainText); // carries the server's message
    m_directoryNote->setForegroundRole(QPalette::PlaceholderText);
    m_directoryNote->hide();
    m_rowsLayout = new QVBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_directoryNote);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    connect(m_add, &QPushButton::clicked, this, [this] { addOrgRole(); });
}

QWidget *OrgRolesEditor::addOrgRole()
{
    auto *row = new OrgRoleRow(this);
    m_rowsLayout->addWidget(row);
    m_rows.append(row);
    row->show(); // now, not queued: its problems are shown with the next keystroke
    connect(row->remove, &QPushButton::clicked, this, [this, row] { removeRow(row); });
    renumber();
    refreshPickers();
    (row->orgPicker->isHidden() ? static_cast<QWidget *>(row->orgId) : row->orgPicker)->setFocus();
    Q_EMIT changed();
    return row;
}

void OrgRolesEditor::setOrgRoles(const QList<OrgRole> &roles)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const OrgRole &o : roles) {
        auto *row = static_cast<OrgRoleRow *>(addOrgRole());
        row->orgId->setText(o.orgId);
        row->role->setCurrentText(o.role);
        for (bool dashboard : {false, true}) {
            for (const ResourceRole &r : dashboard ? o.dashboardRoles : o.applicationRoles) {
                ResourceRoleRow *resource = row->addResource(dashboard);
                resource->id->setText(r.resourceId);
                resource->role->setCurrentText(r.role);
            }
        }
    }
    renumber();
    Q_EMIT changed();
}

void OrgRolesEditor::setDirectory(OrgDirectory *directory)
{
    m_directory = directory;
    if (directory)
        connect(directory, &OrgDirectory::listingChanged, this, &OrgRolesEditor::refreshPickers);
    refreshPickers();
}

namespace {
using State = OrgDirectory::State;

// Shows a list's names in its picker, or hides the picker when there are none to offer.
void offer(DirectoryPicker *picker, const OrgDirectory::Listing &listing,
           const QList<DirectoryEntry> &before = {})
{
    picker->setVisible(listing.state == State::Loading || listing.state == State::Ready);
    if (listing.state == State::Loading)
        picker->showLoading(OrgRolesEditor::tr("Loading names…"));
    else if (listing.state == State::Ready)
        picker->setEntries(before + listing.entries);
}

// The line under a picker's list: why names are missing, or that some are.
QString noteFor(const OrgDirectory::Listing &listing, const QString &unavailable,
                const QString &truncated)
{
    if (listing.state == State::Unavailable)
        return unavailable.arg(listing.problem);
    if (listing.state == State::Ready && listing.truncated)
        return truncated.arg(OrgDirectory::kMaxEntries);
    return QString();
}

void showNote(QLabel *label, const QStringList &lines)
{
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}
} // namespace

void OrgRolesEditor::refreshPickers()
{
    // Nothing is asked of the server until there is a row to choose for.
    if (!m_directory || m_rows.isEmpty())
        return;
    const OrgDirectory::Listing orgs = m_directory->listing(DirectoryKind::Organizations);
    const QList<DirectoryEntry> sandbox{
            {QStringLiteral("sandbox"), tr("Sandbox (every user's own)")}};
    const QString orgsNote
            = noteFor(orgs, tr("Organizations could not be listed (%1). Type their IDs instead."),
                      tr("Only the first %1 organizations are listed; type the ID of any other."));
    showNote(m_directoryNote, orgsNote.isEmpty() ? QStringList() : QStringList{orgsNote});
    for (OrgRoleRow *row : std::as_const(m_rows)) {
        offer(row->orgPicker, orgs, sandbox);
        const QString orgId = row->orgId->text().trimmed();
        QStringList notes;
        for (ResourceRoleRow *resource : std::as_const(row->resourceRows)) {
            const DirectoryKind kind
                    = resource->dashboard ? DirectoryKind::Dashboards : DirectoryKind::Applications;
            const OrgDirectory::Listing listing = m_directory->listing(kind, orgId);
            offer(resource->picker, listing);
            const QString note = noteFor(
                    listing,
                    resource->dashboard
                            ? tr("This organization's dashboards could not be listed (%1). "
                                 "Type their IDs instead.")
                            : tr("This organization's applications could not be listed (%1). "
                                 "Type their IDs instead."),
                    resource->dashboard
                            ? tr("Only the first %1 dashboards are listed; type the ID of any "
                                 "other.")
                            : tr("Only the first %1 applications are listed; type the ID of "
                                 "any other."));
            if (!note.isEmpty() && !notes.contains(note))
                notes.append(note);
        }
        showNote(row->note, notes);
    }
}

void OrgRolesEditor::removeRow(OrgRoleRow *row)
{
    m_rows.removeOne(row);
    row->deleteLater();
    renumber();
    Q_EMIT changed();
}

void OrgRolesEditor::renumber()
{
    // Tests and accessibility find row i by its name.
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i]->setObjectName(QStringLiteral("orgRoleRow_%1").arg(i));
        m_rows[i]->setAccessibleName(tr("Organization role %1").arg(i + 1));
    }
}

QList<OrgRole> OrgRolesEditor::orgRoles() const
{
    QList<OrgRole> out;
    for (const OrgRoleRow *row : m_rows)
        out.append(row->value());
    return out;
}

void OrgRolesEditor::showProblems(const QList<SchemaProblem> &problems)
{
    static const QRegularExpression rowPath(QStringLiteral(
            R"(^orgRoles\[(\d+)\](?:\.(applicationRoles|dashboardRoles)\[(\d+)\])?)"));
    QStringList own;
    QList<QStringList> perRow(m_rows.size());
    for (const SchemaProblem &p : problems) {
        if (p.field == QLatin1String("orgRoles")) {
            own.append(p.message);
            continue;
        }
        const QRegularExpressionMatch m = rowPath.match(p.field);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt();
        if (row < 0 || row >= perRow.size())
            continue;
        QString text = p.message;
        if (m.capturedLength(2) > 0)
            text = (m.captured(2) == QLatin1String("applicationRoles")
                            ? tr("Application role %1: %2")
                            : tr("Dashboard role %1: %2"))
                           .arg(m.captured(3).toInt() + 1)
                           .arg(p.message);
        perRow[row].append(text);
    }
    m_error->setText(own.join(QLatin1Char('\n')));
    m_error->setVisible(!own.isEmpty());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i]->error->setText(perRow[i].join(QLatin1Char('\n')));
        m_rows[i]->error->setVisible(!perRow[i].isEmpty());
    }
}
