#pragma once

#include "cli/Subcommand.h"
#include "cli/TokenBodyOptions.h"

// `update ID`: changes a token's name, description, status or roles with one PATCH.
class UpdateCommand : public Subcommand
{
    Q_OBJECT
public:
    using Subcommand::Subcommand;
    QString name() const override { return QStringLiteral("update"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    TokenBodyOptions m_body{false};
    QString m_id;
    bool m_json = false;
};
