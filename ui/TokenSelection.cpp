#include "ui/TokenSelection.h"

#include "ui/TokenListModel.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QLocale>

#include <algorithm>

namespace {
QString shortId(const QString &id)
{
    return id.size() > 10 ? id.left(4) + QChar(0x2026) + id.right(4) : id;
}

QString labelWith(const ApiToken &token, const QString &id)
{
    if (!token.creationDate.isValid())
        return TokenSelection::tr("%1 — %2").arg(token.name, id);
    const QString created = QLocale().toString(token.creationDate.toLocalTime().date(),
                                               QStringLiteral("d MMM yyyy"));
    return TokenSelection::tr("%1 — %2, created %3").arg(token.name, id, created);
}
} // namespace

TokenSelection::TokenSelection(TokenListModel *model, QItemSelectionModel *selection,
                               QObject *parent)
    : QObject(parent), m_model(model), m_selection(selection)
{
    connect(selection, &QItemSelectionModel::selectionChanged, this, &TokenSelection::changed);
    // A reset clears the selection without selectionChanged; removed rows may not say it either.
    connect(model, &TokenListModel::modelReset, this, &TokenSelection::changed);
    connect(model, &TokenListModel::rowsRemoved, this, &TokenSelection::changed);
    connect(model, &TokenListModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A findings repaint changes no token; the window shows new findings itself.
                if (TokenListModel::isFindingsOnly(topLeft, bottomRight))
                    return;
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    if (m_selection->isRowSelected(row)) {
                        Q_EMIT changed();
                        return;
                    }
            });
}

QList<int> TokenSelection::rows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_selection->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int TokenSelection::count() const
{
    return int(m_selection->selectedRows().size());
}

ApiToken TokenSelection::single() const
{
    const QModelIndexList selected = m_selection->selectedRows();
    return selected.size() == 1 ? m_model->tokenAt(selected.first().row()) : ApiToken();
}

QList<ApiToken> TokenSelection::tokens() const
{
    QList<ApiToken> tokens;
    for (int row : rows())
        tokens.append(m_model->tokenAt(row));
    return tokens;
}

bool TokenSelection::anyActive() const
{
    // Runs on every selection change and every row of a bulk run: no copies, no sorting.
    const QModelIndexList selected = m_selection->selectedRows();
    return std::any_of(selected.cbegin(), selected.cend(), [this](const QModelIndex &i) {
        return m_model->tokenAt(i.row()).isActive();
    });
}

bool TokenSelection::isOwn(const ApiToken &token) const
{
    return m_model->isOwnToken(token);
}

QString TokenSelection::label(const ApiToken &token)
{
    return labelWith(token, shortId(token.id));
}

QStringList TokenSelection::labels(const QList<ApiToken> &tokens)
{
    QHash<QString, int> uses;
    for (const ApiToken &t : tokens)
        ++uses[shortId(t.id)];
    QStringList out;
    out.reserve(tokens.size());
    for (const ApiToken &t : tokens) {
        const QString id = shortId(t.id);
        out.append(labelWith(t, uses.value(id) > 1 ? t.id : id));
    }
    return out;
}
