#pragma once

#include "cli/CliOutput.h"
#include "cli/QueryOptions.h"
#include "cli/Subcommand.h"

class PageWalker;

// `list`: one page of tokens, or every page with --all, as a table, JSON or CSV.
class ListCommand : public Subcommand
{
    Q_OBJECT
public:
    using Subcommand::Subcommand;
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    void print(const PageWalker &walker);

    QueryOptions m_queryOptions;
    TokenQuery m_query;
    bool m_all = false;
    CliOutput::Format m_format = CliOutput::Format::Table;
};

// Shows `walker`'s progress on stderr when it is a terminal, and reports a failed page.
void followPages(Subcommand *command, PageWalker *walker);
