#include "ui/ScopePicker.h"

#include "core/ScopeCatalog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Marks the groups of the instance family, the ones shown without the "all scopes" switch.
constexpr int kInstanceFamilyRole = Qt::UserRole + 1;
} // namespace

ScopePicker::ScopePicker(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("scopeSearch"));
    m_search->setPlaceholderText(tr("Search scopes"));
    m_search->setClearButtonEnabled(true);
    m_showAll = new QCheckBox(tr("Show all scopes"), this);
    m_showAll->setObjectName(QStringLiteral("showAllScopes"));
    m_showAll->setToolTip(tr("Also show application, organization and user scopes"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("scopeCount"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_count);

    populate();
    connect(m_search, &QLineEdit::textChanged, this, &ScopePicker::applyFilter);
    connect(m_showAll, &QCheckBox::toggled, this, &ScopePicker::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        // Group boxes change along with their children; only leaves count.
        if (item->childCount() == 0) {
            updateCount();
            Q_EMIT selectionChanged();
        }
    });
    applyFilter();
    updateCount();
}

void ScopePicker::populate()
{
    using ScopeCatalog::Family;
    const QList<QPair<Family, QString>> families = {{Family::Instance, tr("Instance")},
                                                    {Family::Application, tr("Application")},
                                                    {Family::Organization, tr("Organization")},
                                                    {Family::User, tr("User")}};
    for (const auto &[family, familyName] : families) {
        QHash<QString, QTreeWidgetItem *> groups;
        for (const QString &scope : ScopeCatalog::scopes(family)) {
            const QString resource = ScopeCatalog::resourceOf(scope);
            QTreeWidgetItem *group = groups.value(resource);
            if (!group) {
                group = new QTreeWidgetItem(m_tree);
                // "all" and "only" exist in several families: say which one.
                group->setText(0, tr("%1 (%2)").arg(resource, familyName));
                group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                | Qt::ItemIsAutoTristate);
                group->setCheckState(0, Qt::Unchecked);
                group->setData(0, kInstanceFamilyRole, family == Family::Instance);
                groups.insert(resource, group);
            }
            auto *leaf = new QTreeWidgetItem(group, {scope});
            leaf->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            leaf->setCheckState(0, Qt::Unchecked);
        }
    }
}

QStringList ScopePicker::selectedScopes() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c)
            if (group->child(c)->checkState(0) == Qt::Checked)
                out.append(group->child(c)->text(0));
    }
    return out;
}

void ScopePicker::setSelectedScopes(const QStringList &scopes)
{
    {
        const QSignalBlocker blocker(m_tree);
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_tree->topLevelItem(g);
            for (int c = 0; c < group->childCount(); ++c) {
                QTreeWidgetItem *leaf = group->child(c);
                leaf->setCheckState(0,
                                    scopes.contains(leaf->text(0)) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_tree->viewport()->update();
    updateCount();
    Q_EMIT selectionChanged();
}

void ScopePicker::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    const bool showAll = m_showAll->isChecked();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool familyShown = showAll || group->data(0, kInstanceFamilyRole).toBool();
        int visible = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *leaf = group->child(c);
            const bool match
                    = needle.isEmpty() || leaf->text(0).contains(needle, Qt::CaseInsensitive);
            leaf->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(!familyShown || visible == 0);
        // While searching, the matches are shown without having to open their groups.
        group->setExpanded(!needle.isEmpty());
    }
}

void ScopePicker::updateCount()
{
    const int n = int(selectedScopes().size());
    m_count->setText(tr("%n scope(s) selected", nullptr, n));
}
