#pragma once

#include "cli/Subcommand.h"
#include "core/TokenFindings.h"

#include <optional>

// `findings`: the window's hygiene rules (docs/findings.md) over every token of a collection,
// for cron and CI; with --fail-on, a finding that bad or worse ends with status 5.
class FindingsCommand : public Subcommand
{
    Q_OBJECT
public:
    static constexpr int kFindingsAtOrAbove = 5; // the exit status --fail-on documents

    using Subcommand::Subcommand;
    QString name() const override { return QStringLiteral("findings"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString example() const override;
    QString moreStatusHelp() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    void report(const QList<TokenFinding> &findings, int tokenCount);

    bool m_json = false;
    std::optional<FindingSeverity> m_failOn;
};
