#pragma once

#include "cli/QueryOptions.h"
#include "cli/Subcommand.h"
#include "core/TokenExport.h"

// `export`: every token's metadata to a file, as the window's Export writes it.
class ExportCommand : public Subcommand
{
    Q_OBJECT
public:
    using Subcommand::Subcommand;
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    QueryOptions m_queryOptions;
    TokenQuery m_query;
    TokenExport::Format m_format = TokenExport::Format::Csv;
    QString m_output;
};
