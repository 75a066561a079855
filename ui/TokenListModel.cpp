#include "ui/TokenListModel.h"

#include "api/ApiCall.h"
#include "api/PageWorker.h"
#include "core/LosantApi.h"
#include "core/TokenFormat.h"
#include "ui/FindingsCell.h"
#include "ui/PlainText.h"
#include "ui/StatePalette.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QThreadPool>
#include <QTimer>

#include <iterator>
#include <optional>

namespace {
// Each column's header and the field the server sorts it by (none: it cannot), in the order of
// TokenListModel::Column.
const struct
{
    const char *title;
    const char *sortField;
} kColumns[] = {{QT_TRANSLATE_NOOP("TokenListModel", "Name"), "name"},
                {QT_TRANSLATE_NOOP("TokenListModel", "Status"), "status"},
                {QT_TRANSLATE_NOOP("TokenListModel", "Expires"), "expirationDate"},
                {QT_TRANSLATE_NOOP("TokenListModel", "Created"), "creationDate"},
                {QT_TRANSLATE_NOOP("TokenListModel", "Last updated"), "lastUpdated"},
                {QT_TRANSLATE_NOOP("TokenListModel", "Creator"), nullptr},
                {QT_TRANSLATE_NOOP("TokenListModel", "Scope"), nullptr},
                {QT_TRANSLATE_NOOP("TokenListModel", "Description"), nullptr},
                {QT_TRANSLATE_NOOP("TokenListModel", "ID"), "id"},
                {QT_TRANSLATE_NOOP("TokenListModel", "Findings"), nullptr}};
static_assert(std::size(kColumns) == TokenListModel::ColumnCount);

// A round badge with a glyph: the marker that goes with the colour, for those who can't tell it.
QIcon badge(const QColor &color, QChar glyph, const QColor &glyphColor)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(2, 2, 28, 28);
    QFont font;
    font.setBold(true);
    font.setPixelSize(22);
    p.setFont(font);
    p.setPen(glyphColor);
    p.drawText(pixmap.rect(), Qt::AlignCenter, QString(glyph));
    return QIcon(pixmap);
}

// Drawn once per colour: the colours follow the application's palette (light or dark).
QIcon stateIcon(StatePalette::State state)
{
    static QHash<quint64, QIcon> drawn;
    const QColor color = StatePalette::current().foreground(state);
    // The base colour: it stands out from every state colour, on light and dark themes.
    const QColor glyphColor = QGuiApplication::palette().color(QPalette::Base);
    // The state too: two states may share a colour but not a glyph.
    const quint64 key
            = quint64(color.rgb()) << 32 | quint64(state) << 24 | (glyphColor.rgb() & 0xffffff);
    auto it = drawn.find(key);
    if (it == drawn.end()) {
        const QChar glyph = state == StatePalette::State::Expired ? QLatin1Char('!')
                : state == StatePalette::State::Expiring          ? QLatin1Char('~')
                : state == StatePalette::State::Information       ? QLatin1Char('*') // own token
                                                                  : QChar(0x2013);
        it = drawn.insert(key, badge(color, glyph, glyphColor));
    }
    return it.value();
}

QBrush stateBrush(StatePalette::State state)
{
    return QBrush(StatePalette::current().foreground(state));
}
} // namespace

TokenListModel::TokenListModel(QObject *parent)
    : QAbstractTableModel(parent), m_sliceTimer(new QTimer(this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_sliceTimer->setObjectName(QStringLiteral("pageSliceTimer"));
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &TokenListModel::insertNextSlice);
}

void TokenListModel::setCollection(const TokenCollection &collection)
{
    m_collection = collection;
    m_ownTokenId = collection.ownTokenId();
    refresh();
}

void TokenListModel::setQuery(const TokenQuery &query)
{
    if (query == m_query && (isLoading() || !m_rows.isEmpty()))
        return;
    m_query = query;
    refresh();
}

void TokenListModel::setPerPage(int perPage)
{
    TokenQuery q = m_query;
    q.perPage = qBound(1, perPage, LosantApi::kMaxPerPage);
    setQuery(q);
}

int TokenListModel::rowOfToken(const QString &id) const
{
    return int(m_rows.indexOf(id));
}

bool TokenListModel::replaceToken(const ApiToken &token)
{
    const int row = rowOfToken(token.id);
    if (row < 0)
        return false;
    ApiToken copy = token;
    copy.token.clear(); // the model never holds a secret
    m_rows.replace(row, copy);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool TokenListModel::removeToken(const QString &id)
{
    const int row = rowOfToken(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_ids.remove(id);
    endRemoveRows();
    // Pages are numbered, so a later page may now skip one token; a refresh shows it again.
    if (m_totalCount > 0) {
        --m_totalCount;
        Q_EMIT totalCountChanged(m_totalCount);
    }
    return true;
}

void TokenListModel::refresh()
{
    const bool wasLoading = isLoading();
    m_pending.abandon();
    m_sliceTimer->stop(); // the old query's rows not shown yet never are
    m_arriving.reset();
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_nextPage = 0;
    m_hasMore = false;
    m_lastError = {};
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    if (m_collection.isNull())
        return;
    requestPage(0);
}

void TokenListModel::retry()
{
    if (isLoading() || m_collection.isNull())
        return;
    m_lastError = {};
    requestPage(m_nextPage);
}

void TokenListModel::requestPage(int page)
{
    TokenQuery q = m_query;
    q.page = page;
    ApiCall *call = m_pending.start(m_collection.list(q));
    connect(call, &ApiCall::pageReceived, this, &TokenListModel::onPage);
    connect(call, &ApiCall::failed, this, &TokenListModel::onFailed);
    Q_EMIT loadingChanged(true);
}

void TokenListModel::onPage(const ApiTokenPage &page)
{
    if (page.items.size() <= kSliceRows) {
        appendPage(page);
        return;
    }
    // Still loading until the last slice is in: the next page is asked for after it. The total
    // is news at once, so the first slice is counted against it.
    takeTotal(page);
    m_arriving = page;
    m_arrivingAt = 0;
    insertNextSlice();
}

void TokenListModel::insertNextSlice()
{
    if (!m_arriving)
        return;
    const int first = m_arrivingAt;
    const int end = qMin(first + kSliceRows, int(m_arriving->items.size()));
    if (end < m_arriving->items.size()) {
        insertFresh(*m_arriving, first, end);
        m_arrivingAt = end;
        m_sliceTimer->start(); // the rest after the view has had its turn
        return;
    }
    ApiTokenPage page = std::move(*m_arriving);
    m_arriving.reset();
    takePageCounts(page);
    insertFresh(page, first, end);
    // Freeing a thousand tokens and their JSON takes milliseconds too: the worker does it.
    PageWorker::pool()->start([items = std::move(page.items), raw = std::move(page.rawItems)] {
        Q_UNUSED(items);
        Q_UNUSED(raw);
    });
    Q_EMIT pageLoaded();
}

void TokenListModel::appendPage(const ApiTokenPage &page)
{
    takePageCounts(page);
    insertFresh(page, 0, int(page.items.size()));
    Q_EMIT pageLoaded();
}

void TokenListModel::takePageCounts(const ApiTokenPage &page)
{
    // Bookkeeping first: inserting rows makes the view ask for the next page at once.
    ++m_nextPage;
    const int perPage = page.perPage > 0 ? page.perPage : m_query.perPage;
    m_hasMore = !page.items.isEmpty() && qint64(m_nextPage) * perPage < page.totalCount;
    m_lastRefresh = m_clock();
    takeTotal(page);
    Q_EMIT loadingChanged(false);
}

void TokenListModel::takeTotal(const ApiTokenPage &page)
{
    if (m_totalCount != page.totalCount) {
        m_totalCount = page.totalCount;
        Q_EMIT totalCountChanged(m_totalCount);
    }
}

void TokenListModel::insertFresh(const ApiTokenPage &page, int first, int end)
{
    if (m_rows.isEmpty()) { // no regrowth (nor rehash) while scrolling
        m_rows.reserve(qBound(0, page.totalCount, kMaxReserve));
        m_ids.reserve(qBound(0, page.totalCount, kMaxReserve));
    }
    QList<int> fresh; // indexes into the page of tokens not shown yet
    fresh.reserve(end - first);
    for (int i = first; i < end; ++i)
        if (m_ids.insert(page.items.at(i).id))
            fresh.append(i);
    if (!fresh.isEmpty()) {
        const int firstRow = int(m_rows.size());
        beginInsertRows(QModelIndex(), firstRow, firstRow + int(fresh.size()) - 1);
        for (int i : std::as_const(fresh))
            m_rows.append(page.items.at(i));
        endInsertRows();
    }
}

void TokenListModel::onFailed(const ApiError &error)
{
    m_lastError = error;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(error);
}

QString TokenListModel::sortFieldForColumn(int column)
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumns[column].sortField)
                                               : QString();
}

int TokenListModel::sortColumn() const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sortFieldForColumn(c) == m_query.sortField)
            return c;
    return Name;
}

Qt::SortOrder TokenListModel::sortOrder() const
{
    return m_query.sortDirection.compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
}

void TokenListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldForColumn(column);
    if (field.isEmpty())
        return;
    TokenQuery q = m_query;
    q.sortField = field;
    q.sortDirection = order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc");
    setQuery(q);
}

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TokenListModel::Expiry TokenListModel::expiryOf(int row) const
{
    ApiToken t; // only the field the rules read: data() runs on every paint
    t.expirationDate = m_rows.expirationDate(row);
    if (!t.expirationDate.isValid())
        return Expiry::None;
    const QDateTime now = m_clock(); // once per cell
    if (t.isExpired(now))
        return Expiry::Expired;
    return TokenFormat::expiresSoon(t, now) ? Expiry::Soon : Expiry::None;
}

QVariant TokenListModel::display(int row, int column) const
{
    ApiToken t; // the fields TokenFormat reads, filled per column
    switch (column) {
    case Name:
        return m_rows.name(row);
    case Status:
        t.status = m_rows.status(row);
        return TokenFormat::status(t);
    case Expires:
        t.expirationDate = m_rows.expirationDate(row);
        return TokenFormat::expires(t, m_clock());
    case Created:
        return TokenFormat::dateTime(m_rows.creationDate(row));
    case LastUpdated:
        return TokenFormat::dateTime(m_rows.lastUpdated(row));
    case Creator:
        t.creatorName = m_rows.creatorName(row);
        if (t.creatorName.isEmpty())
            t.creatorId = m_rows.creatorId(row);
        return TokenFormat::creator(t);
    case Scope:
        return TokenFormat::scopeSummary(m_rows.scope(row));
    case Description:
        return m_rows.description(row).left(200).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Id:
        return m_rows.id(row);
    }
    return QVariant();
}

QVariant TokenListModel::toolTip(const QModelIndex &index) const
{
    // Server text goes through PlainText: a tooltip that looks like HTML is rendered as such.
    const int row = index.row();
    switch (index.column()) {
    case Name: { // the whole name, when the column is too narrow for it; and the app's own
        const QString name = m_rows.name(row);
        return PlainText::toolTip(
                isOwnRow(row)
                        ? tr("%1\nThis is the token Losant Tokens is connected with.").arg(name)
                        : name);
    }
    case Expires: {
        const QDateTime expires = m_rows.expirationDate(row);
        return expires.isValid() ? TokenFormat::dateTime(expires) : tr("This token never expires.");
    }
    case Scope:
        return PlainText::toolTip(m_rows.scope(row).join(QLatin1Char('\n')));
    case Description:
        return PlainText::toolTip(m_rows.description(row).left(2000));
    default: // the full value of a cell the column may be too narrow for
        return PlainText::toolTip(display(row, index.column()).toString());
    }
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    if (role == TokenIdRole)
        return m_rows.id(row);
    if (index.column() == Findings) // the rules read the whole token
        return m_findings && FindingsCell::answers(role)
                ? FindingsCell::data(*m_findings, m_rows.at(row), role)
                : QVariant();
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role == Qt::ToolTipRole)
        return toolTip(index);
    if (role == Qt::AccessibleTextRole) {
        // A screen reader hears what the icon and colour of a cell show.
        const QString shown = display(row, index.column()).toString();
        if (index.column() == Name && isOwnRow(row))
            return tr("%1, the token Losant Tokens is connected with").arg(shown);
        if (index.column() == Expires && expiryOf(row) == Expiry::Soon)
            return tr("%1, expiring soon").arg(shown);
        return shown;
    }
    // The state the Status and Expires cells mark with an icon and a colour, if any.
    const auto marked = [&]() -> std::optional<StatePalette::State> {
        if (index.column() == Status && !m_rows.isActive(row))
            return StatePalette::State::Inactive;
        const Expiry expiry = index.column() == Expires ? expiryOf(row) : Expiry::None;
        if (expiry == Expiry::None)
            return std::nullopt;
        return expiry == Expiry::Expired ? StatePalette::State::Expired
                                         : StatePalette::State::Expiring;
    };
    if (role == Qt::DecorationRole) {
        if (index.column() == Name && isOwnRow(row))
            return stateIcon(StatePalette::State::Information);
        const auto state = marked();
        return state ? stateIcon(*state) : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        if (const auto state = marked())
            return stateBrush(*state);
    }
    if (role == Qt::FontRole && index.column() == Id)
        return idFont();
    return QVariant();
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == SortFieldRole)
        return sortFieldForColumn(section);
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QVariant();
    return tr(kColumns[section].title);
}

QFont TokenListModel::idFont()
{
    static const QFont mono = [] {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
    }();
    return mono;
}

void TokenListModel::findingsChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Findings), index(rowCount() - 1, Findings));
}

bool TokenListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !isLoading() && m_hasMore && !m_lastError.isError();
}

void TokenListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextPage);
}
