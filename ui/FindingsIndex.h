#pragma once

#include "core/ApiToken.h"
#include "core/TokenFindings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <array>
#include <functional>

class TokenListModel;

// The findings of the window's tokens: per row on demand, and counted over the loaded rows, or
// over every token of the collection once a scan brought them all. The duplicate-name rule
// compares with the scan when there is one, else with the loaded rows.
class FindingsIndex : public QObject
{
    Q_OBJECT
public:
    using Counts = std::array<int, 3>; // findings per severity: low, medium, high

    struct Summary
    {
        Counts findings{};
        int tokens = 0; // how many tokens the counts are over
        bool wholeCollection = false; // every token of the collection, not only the loaded rows
        bool scanned = false; // from a scan
        QDateTime scannedAt;
    };

    explicit FindingsIndex(TokenListModel *model, QObject *parent = nullptr);

    QList<TokenFinding> findingsFor(const ApiToken &token) const;
    Counts countsFor(const ApiToken &token) const; // the same findings, counted per severity
    Summary summary() const;
    // Every token of the collection, from a scan: the summary and the duplicate names use it.
    void setScan(const QList<ApiToken> &tokens);
    bool hasScan() const { return m_scanned.isValid(); }
    // The clock the rules judge by (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static int count(const Counts &c, FindingSeverity s) { return c.at(int(s) - 1); }

Q_SIGNALS:
    // The findings of rows may have changed (a name became shared, a scan arrived): once per
    // burst of changes, after the event loop turns.
    void changed();
    // The findings of rows already shown may differ too: a name became shared or unique, or a
    // scan arrived or changed (emitted after changed(); rarer, as it repaints every row).
    void rowFindingsChanged();

private:
    // What a row added to the counts, to take it out again when the row changes or goes.
    struct Row
    {
        QString name; // only active tokens count as namesakes
        std::array<quint16, 3> counts{}; // without the duplicate-name rule
        bool active = false;
    };
    void add(int row);
    void remove(int row);
    void onDataChanged(int first, int last);
    void countName(QHash<QString, int> &names, const QString &name, int delta);
    void rescanCounts();
    void notify(bool rows = false);
    int namesakes(const ApiToken &token) const;

    TokenListModel *m_model;
    std::function<QDateTime()> m_clock;
    QList<Row> m_rows; // the model's rows, in its order: 32 bytes each
    QHash<QString, int> m_loadedNames; // active loaded tokens per name
    int m_loadedShared = 0; // active loaded tokens whose name another one shares
    Counts m_loadedCounts{};
    QList<ApiToken> m_scan;
    QHash<QString, int> m_scanNames;
    Counts m_scanCounts{}; // with the duplicate names
    QDateTime m_scanned;
    bool m_notifyPending = false;
    bool m_rowsChanged = false; // for the next rowFindingsChanged()
};
