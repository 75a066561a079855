#pragma once

#include "cli/Subcommand.h"

// `get ID`: one token's details, or the server's token object as JSON.
class GetCommand : public Subcommand
{
    Q_OBJECT
public:
    using Subcommand::Subcommand;
    QString name() const override { return QStringLiteral("get"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    QString m_id;
    bool m_json = false;
};
