#include "ui/TokenConfirmation.h"

#include "ui/MessageBox.h"
#include "ui/TokenSelection.h"

namespace {
MessageBox::Button buttonOf(TokenConfirmation::Action action)
{
    switch (action) {
    case TokenConfirmation::Action::Delete:
        return MessageBox::Delete;
    case TokenConfirmation::Action::Deactivate:
        return MessageBox::Deactivate;
    case TokenConfirmation::Action::Activate:
        return MessageBox::Activate;
    }
    return MessageBox::Cancel;
}

bool ask(QWidget *parent, TokenConfirmation::Action action, MessageBox::Message message,
         const QString &buttonName)
{
    const MessageBox::Button yes = buttonOf(action);
    message.buttonNames = {{yes, buttonName}};
    return MessageBox::warning(parent, message, yes | MessageBox::Cancel, MessageBox::Cancel)
            == yes;
}
} // namespace

bool TokenConfirmation::confirmDelete(QWidget *parent, const ApiToken &token)
{
    MessageBox::Message message;
    message.objectName = QStringLiteral("confirmDeleteBox");
    message.title = tr("Delete token");
    message.text = tr("Delete this token?\n%1").arg(TokenSelection::label(token));
    message.informativeText = token.isActive() ? tr("It is active: requests using it will start "
                                                    "failing. This cannot be undone.")
                                               : tr("This cannot be undone.");
    return ask(parent, Action::Delete, message, QStringLiteral("confirmDeleteButton"));
}

bool TokenConfirmation::confirmBulk(QWidget *parent, Action action, const QList<ApiToken> &tokens,
                                    const QString &question, const QString &warning)
{
    const QStringList labels = TokenSelection::labels(tokens);
    // Each token once: the first ones in the box, the rest under "Show Details…".
    QString list = labels.mid(0, kListed).join(QLatin1Char('\n'));
    if (labels.size() > kListed)
        list += QLatin1Char('\n')
                + tr("… and %n more (see details)", nullptr, int(labels.size()) - kListed);
    MessageBox::Message message;
    message.objectName = QStringLiteral("confirmBulkBox");
    message.title = tr("Losant Tokens");
    message.text = question;
    message.informativeText = warning.isEmpty() ? list : list + QStringLiteral("\n\n") + warning;
    message.detailedText = labels.mid(kListed).join(QLatin1Char('\n'));
    return ask(parent, action, message, QStringLiteral("confirmBulkButton"));
}

bool TokenConfirmation::confirmOwnToken(QWidget *parent, Action action, const ApiToken &token)
{
    MessageBox::Message message;
    message.objectName = QStringLiteral("ownTokenBox");
    message.title = tr("Losant Tokens");
    message.text = action == Action::Delete
            ? tr("Delete the token Losant Tokens is connected with?\n%1")
                      .arg(TokenSelection::label(token))
            : tr("Deactivate the token Losant Tokens is connected with?\n%1")
                      .arg(TokenSelection::label(token));
    // An instance token has no ownerType (its enum is application or user).
    message.informativeText = token.ownerType == QLatin1String("application")
            ? tr("Losant Tokens will lose access to this application until you enter another "
                 "access token.")
            : token.ownerType == QLatin1String("user")
            ? tr("Losant Tokens will lose access to your tokens until you enter another access "
                 "token.")
            : tr("Losant Tokens will lose access to this instance until you enter another "
                 "access token.");
    return ask(parent, action, message, QStringLiteral("confirmOwnTokenButton"));
}
