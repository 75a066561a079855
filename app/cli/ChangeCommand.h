#pragma once

#include "cli/Subcommand.h"

#include <QStringList>

// `activate ID...`, `deactivate ID...` and `delete ID...`: one call per token, in order.
// Delete, and deactivate of more than one token or of the command's own access token, ask
// first (or need --yes without a terminal).
class ChangeCommand : public Subcommand
{
    Q_OBJECT
public:
    enum class Change { Activate, Deactivate, Delete };

    explicit ChangeCommand(Change change, QObject *parent = nullptr);
    QString name() const override;
    QString summary() const override;

protected:
    QString usage() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    void next();
    bool needsConfirmation(bool own) const;

    Change m_change;
    QStringList m_ids;
    bool m_yes = false;
    int m_done = 0;
    int m_status = Done; // the first failure's status
};
