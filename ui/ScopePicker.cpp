#include "ui/ScopePicker.h"

#include "core/ScopeCatalog.h"
#include "core/TokenPermissions.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
// Marks the groups of the kind's own family, the ones shown without the "all scopes" switch.
constexpr int kOwnFamilyRole = Qt::UserRole + 1;
// How many chosen labels the summary names before "and n more".
constexpr int kSummaryNames = 3;

QString scopeOf(const QTreeWidgetItem *leaf)
{
    return leaf->text(ScopePicker::ApiNameColumn);
}

using Family = ScopeCatalog::Family;
constexpr Family kFamilies[]
        = {Family::Instance, Family::Application, Family::Organization, Family::User};

QString familyName(Family family)
{
    switch (family) {
    case Family::Instance:
        return ScopePicker::tr("Instance");
    case Family::Application:
        return ScopePicker::tr("Application");
    case Family::Organization:
        return ScopePicker::tr("Organization");
    case Family::User:
        break;
    }
    return ScopePicker::tr("User");
}

// The family a scope of the schema belongs to (each scope is in exactly one).
Family familyOf(const QString &scope)
{
    static const QHash<QString, Family> families = [] {
        QHash<QString, Family> h;
        for (Family family : kFamilies)
            for (const QString &s : ScopeCatalog::scopes(family))
                h.insert(s, family);
        return h;
    }();
    return families.value(scope, Family::Application);
}

// The family shown without "Show all scopes"; application tokens are offered only their own.
Family ownFamily(TokenLocation::Kind kind)
{
    switch (kind) {
    case TokenLocation::Kind::Instance:
        return Family::Instance;
    case TokenLocation::Kind::Application:
        return Family::Application;
    case TokenLocation::Kind::User:
        break;
    }
    return Family::User;
}

QString showAllHint(TokenLocation::Kind kind)
{
    return kind == TokenLocation::Kind::User
            ? ScopePicker::tr("Also show organization, application and instance scopes")
            : ScopePicker::tr("Also show application, organization and user scopes");
}
} // namespace

ScopePicker::ScopePicker(TokenLocation::Kind kind, QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("scopeSearch"));
    m_search->setAccessibleName(tr("Search scopes"));
    m_search->setPlaceholderText(tr("Search scopes by name or API name"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_showAll = new QCheckBox(tr("Show all scopes"), this);
    m_showAll->setObjectName(QStringLiteral("showAllScopes"));
    m_showAll->setToolTip(showAllHint(kind));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setAccessibleName(tr("Scopes"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("scopeCount"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scopeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_summary);

    // Nothing to show behind the switch (application tokens): no switch.
    m_showAll->setVisible(populate(kind));
    sizeLabelColumn();
    connect(m_search, &QLineEdit::textChanged, this, &ScopePicker::applyFilter);
    connect(m_showAll, &QCheckBox::toggled, this, &ScopePicker::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        // Group boxes change along with their children; only leaves count.
        if (item->childCount() == 0) {
            updateSummary();
            Q_EMIT selectionChanged();
        }
    });
    // Space ticks the row wherever it was clicked: the tick lives in the label column.
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && m_tree->currentColumn() != LabelColumn)
            m_tree->setCurrentItem(item, LabelColumn);
    });
    applyFilter();
    updateSummary();
}

bool ScopePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Enter after a search goes to the matches, never on to the dialog's Create button.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_tree->setFocus();
            for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
                if ((*it)->childCount() == 0) {
                    m_tree->setCurrentItem(*it, LabelColumn);
                    break;
                }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScopePicker::sizeLabelColumn()
{
    // Wide enough for the longest label (folded ones too), so none is cut short when opened;
    // capped so the API names beside them stay in view.
    int widest = 0;
    const QFontMetrics metrics = m_tree->fontMetrics();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int c = 0; c < m_tree->topLevelItem(g)->childCount(); ++c)
            widest = qMax(widest,
                          metrics.horizontalAdvance(
                                  m_tree->topLevelItem(g)->child(c)->text(LabelColumn)));
    const int box = style()->pixelMetric(QStyle::PM_IndicatorWidth) * 2;
    m_tree->setColumnWidth(
            LabelColumn,
            qMin(widest + 2 * m_tree->indentation() + box, metrics.averageCharWidth() * 48));
}

bool ScopePicker::populate(TokenLocation::Kind kind)
{
    const QStringList offered = TokenPermissions::grantableScopes(kind);
    const Family own = ownFamily(kind);
    QHash<QString, QSet<int>> familiesOf; // resources such as "all" exist in several families
    for (const QString &scope : offered)
        familiesOf[ScopeCatalog::resourceOf(scope)].insert(int(familyOf(scope)));
    bool others = false;
    // One group per family and resource, in the order the kind's table lists them.
    QHash<QString, QTreeWidgetItem *> groups; // by family number and resource
    for (const QString &scope : offered) {
        const Family family = familyOf(scope);
        const QString resource = ScopeCatalog::resourceOf(scope);
        const QString key = QString::number(int(family)) + QLatin1Char(' ') + resource;
        QTreeWidgetItem *group = groups.value(key);
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            const QString label = ScopeCatalog::groupLabel(resource);
            // "all" and "only" exist in several families: say which one.
            group->setText(LabelColumn,
                           familiesOf.value(resource).size() > 1
                                   ? tr("%1 (%2)").arg(label, familyName(family))
                                   : label);
            group->setText(ApiNameColumn, ScopeCatalog::groupDescription(resource));
            group->setToolTip(LabelColumn, ScopeCatalog::groupDescription(resource));
            group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            group->setCheckState(LabelColumn, Qt::Unchecked);
            group->setData(LabelColumn, kOwnFamilyRole, family == own);
            others = others || family != own;
            groups.insert(key, group);
        }
        auto *leaf = new QTreeWidgetItem(group, {ScopeCatalog::label(scope), scope});
        leaf->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        leaf->setCheckState(LabelColumn, Qt::Unchecked);
    }
    return others;
}

QStringList ScopePicker::selectedScopes() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c)
            if (group->child(c)->checkState(LabelColumn) == Qt::Checked)
                out.append(scopeOf(group->child(c)));
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
                leaf->setCheckState(LabelColumn,
                                    scopes.contains(scopeOf(leaf)) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_tree->viewport()->update();
    openTickedGroups();
    updateSummary();
    Q_EMIT selectionChanged();
}

void ScopePicker::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    const bool showAll = m_showAll->isChecked();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool familyShown = showAll || group->data(0, kOwnFamilyRole).toBool();
        int visible = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *leaf = group->child(c);
            // By what the person reads or by what the API calls it.
            const bool match = needle.isEmpty()
                    || leaf->text(LabelColumn).contains(needle, Qt::CaseInsensitive)
                    || scopeOf(leaf).contains(needle, Qt::CaseInsensitive);
            leaf->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(!familyShown || visible == 0);
        // While searching, the matches are shown without having to open their groups.
        if (!needle.isEmpty())
            group->setExpanded(true);
    }
    if (needle.isEmpty())
        openTickedGroups();
}

void ScopePicker::openTickedGroups()
{
    // What is chosen is in view; the rest stays folded away.
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        group->setExpanded(group->checkState(LabelColumn) != Qt::Unchecked);
    }
}

void ScopePicker::updateSummary()
{
    const QStringList chosen = selectedScopes();
    const int n = int(chosen.size());
    m_count->setText(tr("%n scope(s) selected", nullptr, n));
    QStringList names;
    for (int i = 0; i < qMin(n, kSummaryNames); ++i)
        names.append(ScopeCatalog::label(chosen.at(i)));
    QString summary = names.join(tr(", "));
    if (n > kSummaryNames)
        summary = tr("%1 and %n more", nullptr, n - kSummaryNames).arg(summary);
    m_summary->setText(summary);
}
