#pragma once

#include "core/ApiToken.h"

#include <QObject>

class QItemSelectionModel;
class TokenListModel;

// What the actions, the details pane and the window act on: the rows the person selected, and
// nothing else. The table's current index is never a target: it moves without a selection on
// Ctrl+arrows, after rows are removed and when the table takes the focus.
class TokenSelection : public QObject
{
    Q_OBJECT
public:
    TokenSelection(TokenListModel *model, QItemSelectionModel *selection, QObject *parent);

    int count() const;
    bool isEmpty() const { return count() == 0; }
    // The selected token when exactly one is selected, else an empty token (no id).
    ApiToken single() const;
    QList<ApiToken> tokens() const; // in row order
    bool anyActive() const;
    // Whether it is the token the app is connected with.
    bool isOwn(const ApiToken &token) const;

    // "Grafana read-only — 5f3a…c2e1, created 3 May 2025": a name that tells equal names apart.
    static QString label(const ApiToken &token);
    // One per token, in order; the full ID where two short ones are alike.
    static QStringList labels(const QList<ApiToken> &tokens);

Q_SIGNALS:
    // Something else is targeted, or a targeted token changed (edited, removed, reloaded).
    void changed();

private:
    QList<int> rows() const; // sorted

    TokenListModel *m_model;
    QItemSelectionModel *m_selection;
};
