#pragma once

#include "core/TokenQuery.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

// --filter, --status and --sort: which tokens a list or an export asks the server for.
class QueryOptions
{
public:
    QueryOptions();
    QList<QCommandLineOption> options() const;
    // Fills `query`; returns the problem, empty when none.
    QString read(const QCommandLineParser &parser, TokenQuery *query) const;

private:
    QCommandLineOption m_filter;
    QCommandLineOption m_status;
    QCommandLineOption m_sort;
};
