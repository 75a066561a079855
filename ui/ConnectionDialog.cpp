#include "ui/ConnectionDialog.h"

#include "api/TransportPolicy.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "ui/AccessibleName.h"
#include "ui/FormMessages.h"
#include "ui/KindChoice.h"
#include "ui/MessageBox.h"
#include "ui/PlainText.h"
#include "ui/StatePalette.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, SecretStore *secrets,
                                   QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_secrets(secrets),
      m_tester(new ConnectionTester(network, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));
    resize(860, 440);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    // Each item's second line is a 24-character ID: shortened in the middle, never scrolled.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addProfileButton"));
    m_remove = new QPushButton(tr("Re&move…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Profiles"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    left->setMaximumWidth(240);
    auto *body = new QHBoxLayout;
    body->addWidget(left);
    body->addSpacing(8);
    body->addWidget(buildForm(), 1);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_open = new QPushButton(tr("Save and &Open"), this);
    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_open->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_open, &QPushButton::clicked, this, [this] { save(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_open);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] { selectProfile(QString()); });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeSelected);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QString name = item ? item->data(Qt::UserRole).toString() : QString();
        if (!name.isEmpty() && name != m_loadedName)
            selectProfile(name);
    });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTested);

    const QString first = m_profiles->lastUsed().isEmpty() && !m_profiles->profiles().isEmpty()
            ? m_profiles->profiles().constFirst().name
            : m_profiles->lastUsed();
    selectProfile(m_profiles->contains(first) ? first : QString());
}

QWidget *ConnectionDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *outer = new QVBoxLayout(form);
    outer->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(form);
    m_notice->setObjectName(QStringLiteral("connectionNotice"));
    m_notice->setTextFormat(Qt::PlainText); // quotes profile names and keychain errors
    m_notice->setWordWrap(true);
    m_notice->hide();
    outer->addWidget(m_notice);

    auto *layout = new QFormLayout;
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Each message is a row of its own: the form gives a wrapped label the height it needs.
    const auto addRow = [layout](const QString &label, QWidget *field, QLabel *error) {
        layout->addRow(label, field);
        layout->addRow(QString(), error);
    };

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_name->setMaxLength(100);
    m_nameError = FormMessages::errorLabel(QStringLiteral("profileNameError"), form);
    addRow(tr("&Name:"), m_name, m_nameError);

    m_url = new QLineEdit(form);
    m_url->setObjectName(QStringLiteral("apiUrlEdit"));
    m_url->setPlaceholderText(ConnectionProfile::defaultApiUrl().toString());
    m_url->setToolTip(tr("On-premises instances have their own API URL."));
    m_urlError = FormMessages::errorLabel(QStringLiteral("apiUrlError"), form);
    addRow(tr("API &URL:"), m_url, m_urlError);

    m_kind = new KindChoice(form);
    layout->addRow(tr("Tokens of:"), m_kind);
    connect(m_kind, &KindChoice::kindChanged, this, [this] {
        showKind();
        m_tester->cancel(); // a result is about the collection that was tested
        m_testResult->clear();
        setBusy(false);
        revalidate();
    });

    m_instance = new QLineEdit(form);
    m_instance->setObjectName(QStringLiteral("instanceIdEdit"));
    m_instance->setPlaceholderText(tr("24 hexadecimal characters"));
    m_instance->setMaxLength(24);
    m_instance->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,24}")), m_instance));
    auto *noId = new QLabel(tr("No ID needed for your own tokens"), form);
    noId->setObjectName(QStringLiteral("noOwnerIdNote"));
    // Quieter than a field, yet readable: palette(mid) text was 2:1 against the window.
    StatePalette::setTextColor(noId, StatePalette::State::Inactive);
    // One place for the ID field and the note that replaces it: as tall as the taller one, so
    // the form does not move when the kind changes.
    m_idField = new QStackedWidget(form);
    m_idField->addWidget(m_instance);
    m_idField->addWidget(noId);
    m_idField->setFocusProxy(m_instance); // the label's mnemonic lands in the field
    m_instanceError = FormMessages::errorLabel(QStringLiteral("instanceIdError"), form);
    addRow(tr("Instance I&D:"), m_idField, m_instanceError);
    m_ownerLabel = qobject_cast<QLabel *>(layout->labelForField(m_idField));
    m_ownerLabel->setObjectName(QStringLiteral("ownerIdLabel"));
    // As wide as its longer text, so the fields do not shift sideways when the kind changes.
    m_ownerLabel->setText(tr("Application I&D:"));
    m_ownerLabel->setMinimumWidth(m_ownerLabel->sizeHint().width());
    m_ownerLabel->setText(tr("Instance I&D:"));

    m_token = new QLineEdit(form);
    m_token->setObjectName(QStringLiteral("accessTokenEdit"));
    const QString tokenLabel = tr("Acc&ess token:");
    // Its label's buddy is the row around it (the field and the Show button).
    AccessibleName::setFromLabel(m_token, tokenLabel);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("An access token allowed to list and manage API tokens"));
    m_showToken = new QToolButton(form);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setText(tr("Show"));
    m_showToken->setCheckable(true);
    m_showToken->setToolTip(tr("Show or hide the access token"));
    connect(m_showToken, &QToolButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    auto *tokenRow = new QWidget(form);
    auto *tokenLayout = new QHBoxLayout(tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_token, 1);
    tokenLayout->addWidget(m_showToken);
    tokenRow->setFocusProxy(m_token); // the label's mnemonic lands in the field
    m_tokenNote = new QLabel(form);
    m_tokenNote->setObjectName(QStringLiteral("tokenStorageNote"));
    m_tokenNote->setWordWrap(true);
    StatePalette::setTextColor(m_tokenNote, StatePalette::State::Inactive);
    addRow(tokenLabel, tokenRow, m_tokenNote);

    m_advancedToggle = new QToolButton(form);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QWidget(form);
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    m_domain = new QLineEdit(m_advanced);
    m_domain->setObjectName(QStringLiteral("losantDomainEdit"));
    m_domain->setPlaceholderText(tr("Only for instances that need the losantdomain header"));
    advanced->addRow(tr("losant&domain header:"), m_domain);
    m_advanced->hide();
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    outer->addLayout(layout);
    outer->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    outer->addWidget(m_advanced);

    m_test = new QPushButton(tr("&Test Connection"), form);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    // Wide enough for both of its texts, so "Testing…" does not make it jump.
    m_test->setMinimumWidth(m_test->sizeHint().width() + 8);
    m_testResult = new QLabel(form);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setTextFormat(Qt::PlainText); // the server's message, never markup
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop | Qt::AlignLeft);
    testRow->addWidget(m_testResult, 1);
    outer->addLayout(testRow);
    outer->addStretch();
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    for (QLineEdit *edit : {m_name, m_url, m_instance, m_token, m_domain}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            // A result is about what was tested, not about what is typed now.
            m_tester->cancel();
            m_testResult->clear();
            setBusy(false);
            revalidate();
        });
    }
    return form;
}

void ConnectionDialog::showKind()
{
    const TokenLocation::Kind kind = m_kind->kind();
    const bool hasId = kind != TokenLocation::Kind::User;
    // The typed ID stays in the field, so choosing back brings it back.
    m_idField->setCurrentIndex(hasId ? 0 : 1);
    if (kind == TokenLocation::Kind::Application)
        m_ownerLabel->setText(tr("Application I&D:"));
    else
        m_ownerLabel->setText(hasId ? tr("Instance I&D:") : QString());
    // The label's buddy is the stack around the field: the field says which ID it takes.
    AccessibleName::setFromLabel(m_instance, m_ownerLabel->text());
    m_instance->setToolTip(kind == TokenLocation::Kind::Application
                                   ? tr("The application's ID, as in its URL in the Losant portal")
                                   : tr("The instance's ID, as in its URL in the Losant portal"));
}

void ConnectionDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        // The name, and below it what the profile opens, e.g. "Application 5f0c…".
        const QString opens = p.location().displayName();
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(p.name, opens), m_list);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(PlainText::toolTip(
                QStringLiteral("%1\n%2\n%3").arg(p.name, p.apiUrl.toDisplayString(), opens)));
        if (p.name == select)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void ConnectionDialog::selectProfile(const QString &name)
{
    const std::optional<ConnectionProfile> saved = m_profiles->profile(name);
    reloadList(saved ? name : QString());
    showProfile(saved.value_or(ConnectionProfile()), !saved);
}

void ConnectionDialog::showProfile(const ConnectionProfile &profile, bool isNew)
{
    m_tester->cancel();
    m_loadedName = isNew ? QString() : profile.name;
    m_name->setText(profile.name);
    m_url->setText(isNew ? QString() : profile.apiUrl.toString());
    m_instance->setText(profile.ownerId);
    m_kind->setKind(profile.kind);
    showKind();
    m_domain->setText(profile.losantDomain);
    m_advancedToggle->setChecked(!profile.losantDomain.isEmpty());
    m_token->clear();
    m_showToken->setChecked(false);
    m_testResult->clear();
    setBusy(false);
    const quint64 read = ++m_secretRead;
    m_token->setPlaceholderText(tr("An access token allowed to list and manage API tokens"));
    if (!isNew) {
        m_token->setPlaceholderText(tr("Reading the keychain…"));
        m_secrets->read(profile.name, [this, read](const QString &secret, const QString &error) {
            if (read != m_secretRead)
                return; // another profile is shown by now
            m_token->setPlaceholderText(
                    tr("An access token allowed to list and manage API tokens"));
            if (!error.isEmpty())
                showNotice(tr("The access token could not be read: %1").arg(error));
            if (m_token->text().isEmpty())
                m_token->setText(secret);
            revalidate();
        });
    }
    m_name->setFocus();
    revalidate();
}

void ConnectionDialog::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

ConnectionProfile ConnectionDialog::editedProfile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.apiUrl = m_url->text().trimmed().isEmpty() ? ConnectionProfile::defaultApiUrl()
                                                 : TransportPolicy::fromText(m_url->text());
    p.kind = m_kind->kind();
    p.ownerId = p.kind == TokenLocation::Kind::User ? QString()
                                                    : m_instance->text().trimmed().toLower();
    p.losantDomain = m_domain->text().trimmed();
    return p;
}

QString ConnectionDialog::problem() const
{
    const ConnectionProfile p = editedProfile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (p.name != m_loadedName && m_profiles->contains(p.name))
        return tr("There is already a profile named “%1”.").arg(p.name);
    if (const QString why = TransportPolicy::problem(p.apiUrl); !why.isEmpty())
        return why;
    if (!p.location().problem().isEmpty())
        return p.kind == TokenLocation::Kind::Application
                ? tr("The application ID has 24 hexadecimal characters (%1 so far).")
                          .arg(p.ownerId.size())
                : tr("The instance ID has 24 hexadecimal characters (%1 so far).")
                          .arg(p.ownerId.size());
    if (m_token->text().trimmed().isEmpty())
        return tr("Enter the access token.");
    return QString();
}

void ConnectionDialog::revalidate()
{
    const ConnectionProfile p = editedProfile();
    const bool nameTaken = p.name != m_loadedName && m_profiles->contains(p.name);
    showError(m_nameError,
              nameTaken ? tr("There is already a profile named “%1”.").arg(p.name) : QString());
    showError(m_urlError,
              m_url->text().trimmed().isEmpty() ? QString() : TransportPolicy::problem(p.apiUrl));
    // Checked while typing: the count tells how far off a pasted ID is.
    const int length = p.ownerId.size();
    QString idError;
    if (length != 0 && !p.location().problem().isEmpty())
        idError = p.kind == TokenLocation::Kind::Application
                ? tr("An application ID has 24 hexadecimal characters; this has %1.").arg(length)
                : tr("An instance ID has 24 hexadecimal characters; this has %1.").arg(length);
    if (p.kind != TokenLocation::Kind::User) {
        m_instanceError->setMinimumHeight(0);
        showError(m_instanceError, idError);
    } else if (!m_instanceError->isHidden()) {
        // No message about an ID that is not used, but its lines stay: nothing below moves.
        m_instanceError->setMinimumHeight(m_instanceError->height());
        m_instanceError->clear();
    }
    if (m_secrets->isSessionOnly())
        m_tokenNote->setText(tr("No keychain is available: the token is kept for this session "
                                "only and never written to disk."));
    else
        m_tokenNote->setText(tr("Kept in the system keychain, never in a settings file."));
    const QString why = problem();
    m_save->setEnabled(why.isEmpty());
    m_open->setEnabled(why.isEmpty());
    m_save->setToolTip(why);
    m_open->setToolTip(why);
    const bool testable = TransportPolicy::problem(p.apiUrl).isEmpty()
            && p.location().problem().isEmpty() && !m_token->text().trimmed().isEmpty();
    m_test->setEnabled(testable && !m_tester->isRunning());
    m_remove->setEnabled(!m_loadedName.isEmpty());
}

void ConnectionDialog::setBusy(bool busy)
{
    m_test->setText(busy ? tr("Testing…") : tr("&Test Connection"));
    m_test->setEnabled(!busy);
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile p = editedProfile();
    StatePalette::clearText(m_testResult);
    m_testResult->setText(tr("Connecting to %1…").arg(p.apiUrl.host()));
    setBusy(true);
    m_tester->start(p.apiUrl, p.location(), m_token->text().trimmed(), p.losantDomain);
}

void ConnectionDialog::onTested(ConnectionTester::Outcome outcome, const QString &message)
{
    setBusy(false);
    const bool ok = outcome == ConnectionTester::Outcome::Success;
    const QString icon = ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ");
    StatePalette::setTextColor(m_testResult,
                               ok ? StatePalette::State::Positive : StatePalette::State::Error);
    m_testResult->setText(icon + message);
    revalidate();
}

void ConnectionDialog::save(bool thenOpen)
{
    if (!problem().isEmpty())
        return;
    const ConnectionProfile p = editedProfile();
    const QString previous = m_loadedName;
    const QString token = m_token->text().trimmed();
    m_profiles->save(p, previous);
    if (!previous.isEmpty() && previous != p.name)
        m_secrets->remove(previous, [](const QString &) {});
    m_loadedName = p.name;
    reloadList(p.name);
    setEnabled(false); // until the keychain has the token: opening needs it
    m_secrets->write(p.name, token, [this, thenOpen, name = p.name](const QString &error) {
        setEnabled(true);
        if (!error.isEmpty()) {
            showNotice(tr("The profile was saved, but its access token was not: %1").arg(error));
            return;
        }
        showNotice(m_secrets->isSessionOnly()
                           ? tr("Saved. No keychain is available, so the access token is kept "
                                "for this session only.")
                           : tr("Saved."));
        if (thenOpen) {
            Q_EMIT openRequested(name);
            accept();
        }
    });
}

void ConnectionDialog::removeSelected()
{
    const QString name = m_loadedName;
    if (name.isEmpty())
        return;
    MessageBox::Message ask;
    ask.objectName = QStringLiteral("confirmRemoveProfile");
    ask.title = tr("Remove profile");
    ask.text = tr("Remove the profile “%1” and its stored access token?\n"
                  "The tokens on the server are not touched.")
                       .arg(name);
    ask.buttonNames = {{MessageBox::Remove, QStringLiteral("confirmRemoveButton")}};
    const QPointer<ConnectionDialog> self(this);
    const auto answered = [self, name](MessageBox::Button answer) {
        if (!self || answer != MessageBox::Remove)
            return;
        self->removeProfile(name);
    };
    MessageBox::ask(this, MessageBox::Question, ask, MessageBox::Remove | MessageBox::Cancel,
                    MessageBox::Cancel, answered);
}

void ConnectionDialog::removeProfile(const QString &name)
{
    m_profiles->remove(name);
    m_secrets->remove(name, [this, name](const QString &error) {
        if (!error.isEmpty())
            showNotice(tr("The profile was removed, but its access token could not be "
                          "removed from the keychain: %1")
                               .arg(error));
    });
    const QList<ConnectionProfile> left = m_profiles->profiles();
    selectProfile(left.isEmpty() ? QString() : left.constFirst().name);
    showNotice(tr("Removed “%1”.").arg(name));
}
