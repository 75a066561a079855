#include "ui/TokenDetailsPane.h"

#include "api/OrgDirectory.h"
#include "core/TokenFormat.h"
#include "ui/CopyFeedback.h"
#include "ui/FindingsPanel.h"
#include "ui/FlowLayout.h"
#include "ui/OrgRolesText.h"
#include "ui/StatePalette.h"
#include "ui/TokenHistoryView.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

TokenDetailsPane::TokenDetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_content = new QWidget;
    auto *contentLayout = new QVBoxLayout(m_content);
    // The actions wrap onto a second line in a narrow pane instead of running past its edge.
    auto *buttonRow = new QWidget(m_content);
    m_buttons = new FlowLayout(buttonRow);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(buttonRow);
    m_ownToken = new QLabel(tr("This is the token Losant Tokens is connected with: deleting or "
                               "deactivating it cuts the app off from these tokens."),
                            m_content);
    m_ownToken->setObjectName(QStringLiteral("detailOwnToken"));
    m_ownToken->setWordWrap(true);
    StatePalette::setTextColor(m_ownToken, StatePalette::State::Warning);
    contentLayout->addWidget(m_ownToken);
    m_findings = new FindingsPanel(m_content);
    contentLayout->addWidget(m_findings);
    connect(m_findings, &FindingsPanel::actionRequested, this,
            &TokenDetailsPane::findingActionRequested);
    m_form = new QFormLayout;
    contentLayout->addLayout(m_form);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = addRow(tr("Name"), QStringLiteral("detailName"));
    m_status = addRow(tr("Status"), QStringLiteral("detailStatus"));
    m_description = addRow(tr("Description"), QStringLiteral("detailDescription"));
    m_expires = addRow(tr("Expires"), QStringLiteral("detailExpires"));
    m_created = addRow(tr("Created"), QStringLiteral("detailCreated"));
    m_updated = addRow(tr("Last updated"), QStringLiteral("detailUpdated"));
    m_creator = addRow(tr("Creator"), QStringLiteral("detailCreator"));
    m_creatorId = addRow(tr("Creator ID"), QStringLiteral("detailCreatorId"), true);
    m_owner = addRow(tr("Owner ID"), QStringLiteral("detailOwnerId"), true);
    m_defaultRole = addRow(tr("Default role"), QStringLiteral("detailDefaultRole"));
    m_orgRoles = addRow(tr("Org roles"), QStringLiteral("detailOrgRoles"));
    m_id = addRow(tr("ID"), QStringLiteral("detailId"), true);
    m_apiTokenId = addRow(tr("API token ID"), QStringLiteral("detailApiTokenId"), true);
    m_scopes = new QListWidget(m_content);
    m_scopes->setObjectName(QStringLiteral("detailScopes"));
    m_scopes->setMinimumHeight(120);
    m_form->addRow(tr("Scopes"), m_scopes);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // No Tab stop of its own: Tab reaches its buttons, and it scrolls to show the focused one.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    // Tab stops at its tab bar, in the pane's order (tabStops()), not at the widget around it.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    // The tab bar is the way to History by keyboard. Without the proxy, Tab does not land on it
    // a second time where the tab widget itself sits in the focus chain.
    m_tabs->setFocusProxy(nullptr);
    m_tabs->tabBar()->setFocusPolicy(Qt::TabFocus);
    m_tabs->addTab(m_scroll, tr("Details"));
    m_history = new TokenHistoryView(m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_tabs, 1);
    clear();
}

void TokenDetailsPane::setCollection(const TokenCollection &collection)
{
    m_history->setCollection(collection);
    // Another collection, another set of organizations: their names are asked for anew.
    delete m_directory;
    m_directory = OrgDirectory::forCollection(collection, this);
    if (m_directory)
        connect(m_directory, &OrgDirectory::listingChanged, this, &TokenDetailsPane::showOrgRoles);
}

void TokenDetailsPane::showOrgRoles()
{
    // Organizations by name once known; asked for only when a shown token names one.
    QHash<QString, QString> names;
    if (m_directory && OrgRolesText::namesAnOrganization(m_token.orgRoles)) {
        const OrgDirectory::Listing orgs = m_directory->listing(DirectoryKind::Organizations);
        for (const DirectoryEntry &e : orgs.entries)
            names.insert(e.id, e.name);
    }
    m_orgRoles->setText(OrgRolesText::describe(m_token.orgRoles, names));
}

QLabel *TokenDetailsPane::addRow(const QString &label, const QString &objectName, bool copyable)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setWordWrap(!copyable); // an ID is one word: it never wraps, the Copy button does
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    // Selectable, but no Tab stop each: Tab goes to the buttons, not through every field.
    value->setFocusPolicy(Qt::ClickFocus);
    if (!copyable) {
        m_form->addRow(label, value);
        return value;
    }
    value->setFont(TokenListModel::idFont());
    auto *row = new QWidget(m_content);
    // The Copy button goes below the value when both do not fit side by side.
    auto *h = new FlowLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(value);
    auto *button = new QToolButton(row);
    button->setObjectName(objectName + QStringLiteral("Copy"));
    button->setText(tr("Copy"));
    button->setFocusPolicy(Qt::StrongFocus);
    button->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    button->setAccessibleName(tr("Copy %1").arg(label)); // which of the four Copy buttons
    h->addWidget(button);
    m_copyButtons.append(button);
    auto *feedback = new CopyFeedback(button); // "Copied" for a moment: the click shows it worked
    connect(button, &QToolButton::clicked, this, [this, value, feedback] {
        copy(value);
        feedback->flash();
    });
    m_form->addRow(label, row);
    return value;
}

void TokenDetailsPane::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, with a visible frame
        m_buttons->addWidget(button);
        m_actionButtons.append(button);
    }
}

QList<QWidget *> TokenDetailsPane::tabStops() const
{
    QList<QWidget *> stops{m_tabs->tabBar()};
    stops << m_actionButtons << m_findings->buttons() << m_copyButtons << m_scopes;
    stops << m_history->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    return stops;
}

bool TokenDetailsPane::focusFirst()
{
    if (m_tabs->isHidden())
        return false;
    // The shown tab's first control, else the tab bar itself.
    QList<QWidget *> stops = tabStops();
    stops.move(0, stops.size() - 1);
    for (QWidget *stop : std::as_const(stops)) {
        if (stop->isVisibleTo(this) && stop->isEnabled() && (stop->focusPolicy() & Qt::TabFocus)) {
            stop->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

void TokenDetailsPane::copy(QLabel *source)
{
    if (!source->text().isEmpty())
        QApplication::clipboard()->setText(source->text());
}

void TokenDetailsPane::showFindings(const QList<TokenFinding> &findings)
{
    m_findings->showFindings(findings);
    // Tab reaches each finding's button between the action buttons and the copy buttons.
    QList<QWidget *> chain = m_actionButtons + m_findings->buttons();
    if (!m_copyButtons.isEmpty())
        chain << m_copyButtons.constFirst();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void TokenDetailsPane::clear()
{
    m_token = ApiToken();
    m_findings->showFindings({});
    m_placeholder->setText(tr("Select a token to see its details."));
    m_placeholder->show();
    m_tabs->hide();
    m_history->showToken(ApiToken());
}

void TokenDetailsPane::showSelectionCount(int count)
{
    m_token = ApiToken();
    m_findings->showFindings({});
    m_placeholder->setText(tr("%n tokens selected", nullptr, count));
    m_placeholder->show();
    m_tabs->hide();
    m_history->showToken(ApiToken());
}

void TokenDetailsPane::showToken(const ApiToken &token, bool own)
{
    m_token = token;
    m_ownToken->setVisible(own);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_name->setText(token.name);
    QString status = TokenFormat::status(token);
    if (token.isExpired(now))
        status += tr(" (expired)");
    m_status->setText(status);
    m_description->setText(token.description.isEmpty() ? tr("(none)") : token.description);
    m_expires->setText(token.expirationDate.isValid()
                               ? tr("%1 (%2)").arg(TokenFormat::dateTime(token.expirationDate),
                                                   TokenFormat::expires(token, now))
                               : tr("Never"));
    m_created->setText(TokenFormat::dateTime(token.creationDate));
    m_updated->setText(TokenFormat::dateTime(token.lastUpdated));
    m_creator->setText(token.creatorType.isEmpty()
                               ? token.creatorName
                               : tr("%1 (%2)").arg(token.creatorName,
                                                   TokenFormat::creatorType(token.creatorType)));
    m_creatorId->setText(token.creatorId);
    m_owner->setText(token.ownerId);
    m_defaultRole->setText(token.defaultRole.isEmpty() ? tr("(not set)") : token.defaultRole);
    showOrgRoles();
    m_id->setText(token.id);
    m_apiTokenId->setText(token.apiTokenId);
    m_scopes->clear();
    m_scopes->addItems(token.scope);
    m_placeholder->hide();
    m_tabs->show();
    m_history->showToken(token); // loads once its tab is shown
}
