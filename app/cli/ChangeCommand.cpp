#include "cli/ChangeCommand.h"

#include "cli/CliOutput.h"
#include "core/ApiError.h"

#include <QJsonObject>

ChangeCommand::ChangeCommand(Change change, QObject *parent) : Subcommand(parent), m_change(change)
{ }

QString ChangeCommand::name() const
{
    switch (m_change) {
    case Change::Activate:
        return QStringLiteral("activate");
    case Change::Deactivate:
        return QStringLiteral("deactivate");
    case Change::Delete:
        break;
    }
    return QStringLiteral("delete");
}

QString ChangeCommand::summary() const
{
    switch (m_change) {
    case Change::Activate:
        return tr("Activate tokens.");
    case Change::Deactivate:
        return tr("Deactivate tokens (asks first when there are several).");
    case Change::Delete:
        break;
    }
    return tr("Delete tokens for good (asks first).");
}

QString ChangeCommand::usage() const
{
    return tr("ID... [--yes] CONNECTION");
}

QString ChangeCommand::example() const
{
    return QStringLiteral("losant-tokens %1 5f0c8f7e2d5b4a0012345678 --yes --url "
                          "https://api.losant.com --instance 5f0c8f7e2d5b4a0087654321")
            .arg(name());
}

void ChangeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The token IDs."),
                                 QStringLiteral("ID..."));
    if (m_change != Change::Activate)
        parser.addOption({QStringLiteral("yes"),
                          tr("Go ahead without asking (needed when standard input is not a "
                             "terminal).")});
}

QString ChangeCommand::readOptions(const QCommandLineParser &parser)
{
    m_yes = m_change != Change::Activate && parser.isSet(QStringLiteral("yes"));
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return tr("needs at least one token ID");
    for (const QString &text : ids) {
        QString id;
        if (const QString why = checkTokenId(text, &id); !why.isEmpty())
            return why;
        m_ids.append(id);
    }
    return QString();
}

bool ChangeCommand::needsConfirmation(bool own) const
{
    return m_change == Change::Delete
            || (m_change == Change::Deactivate && (m_ids.size() > 1 || own));
}

void ChangeCommand::run()
{
    // The token this command connects with goes last, as in the window: the calls before it
    // still have a working access token.
    const QString ownId = collection().ownTokenId();
    const bool own = !ownId.isEmpty() && m_ids.removeAll(ownId) > 0;
    if (own)
        m_ids.append(ownId);
    if (needsConfirmation(own)) {
        const int n = int(m_ids.size());
        QString question = m_change == Change::Delete
                ? tr("Delete %n token(s) for good from %1?", nullptr, n)
                          .arg(collection().location().displayName())
                : tr("Deactivate %n token(s) in %1?", nullptr, n)
                          .arg(collection().location().displayName());
        if (own && m_change != Change::Activate)
            question = tr("%1 This includes %2, the access token this command uses (it goes "
                          "last).")
                               .arg(question, ownId);
        if (!confirmed(m_yes, question))
            return;
    }
    next();
}

void ChangeCommand::next()
{
    if (m_done == m_ids.size())
        return finish(m_status);
    const QString id = m_ids.at(m_done++);
    ApiCall *call = nullptr;
    if (m_change == Change::Delete) {
        call = collection().remove(id);
        connect(call, &ApiCall::deleted, this, [id] { CliOutput::err(tr("Deleted %1").arg(id)); });
    } else {
        const bool on = m_change == Change::Activate;
        call = collection().patch(id,
                                  {{QStringLiteral("status"),
                                    on ? QStringLiteral("active") : QStringLiteral("inactive")}});
        connect(call, &ApiCall::tokenReceived, this, [id, on] {
            CliOutput::err(on ? tr("Activated %1").arg(id) : tr("Deactivated %1").arg(id));
        });
    }
    connect(call, &ApiCall::failed, this, [this, id](const ApiError &error) {
        complain(QStringLiteral("%1: %2").arg(id, error.displayText()));
        if (m_status == Done)
            m_status = statusFor(error);
    });
    connect(call, &ApiCall::finished, this, &ChangeCommand::next);
}
