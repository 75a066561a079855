#pragma once

#include "core/ApiToken.h"
#include "core/GlobMatcher.h"
#include "localinstance/LocalFoldedTexts.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

// One token as the local instance stores it. It lives on the heap and never moves.
struct LocalStoredToken
{
    ApiToken token; // without the secret
    QString secret;
    QByteArray json; // the token as a list writes it; empty until listed, cleared on change
    quint32 slot = 0; // its place in LocalTokenOrders, for as long as it is stored
};

// One collection's tokens kept sorted by every sort field that was asked for, and the matches
// of the last few filters, each updated in place as tokens are added, changed and removed
// (docs/api.md "Sort ties": ties by id, descending is the exact reverse of ascending). Orders
// hold slots: small numbers that lead to the token and to its folded name and status.
class LocalTokenOrders
{
public:
    using Stored = LocalStoredToken;
    using Table = QHash<QString, std::shared_ptr<Stored>>; // a collection's tokens by id
    using Order = std::vector<quint32>; // slots
    static constexpr int kFields = 6; // LosantApi::tokenSortFields(), in that order

    Stored *at(quint32 slot) const { return m_slots[slot]; }
    // Ascending by `field`, sorted the first time it is asked for.
    const Order &order(int field);
    // Sorts by every field now, so that no first list request pays for a sort.
    void sortEveryField();
    // The tokens whose name (or status) matches `glob`, in the ascending order of `field`; the
    // last few filters are kept.
    const Order &filtered(int field, bool byName, const QString &glob);

    // `s` is stored now: it gets a slot and joins every kept order and matching filter.
    void added(Stored *s);
    // `s` is about to go: it leaves them.
    void removing(Stored *s);
    // Replaces s->token by `updated`, moving it only in the orders and filters it changes.
    void update(Stored *s, const ApiToken &updated);

private:
    struct Filter
    {
        int field;
        bool byName;
        QString glob;
        GlobMatcher matcher;
        Order matched; // slots
        quint64 lastUse;
    };
    static constexpr size_t kFilters = 8; // the least recently used goes beyond this

    bool matches(const Filter &f, quint32 slot) const;
    Order sorted(const std::vector<quint32> &among, int field) const;
    Order::iterator place(Order &order, int field, quint32 slot) const;
    void insertSorted(Order &order, int field, quint32 slot) const;
    void eraseSorted(Order &order, int field, quint32 slot) const;

    std::vector<Stored *> m_slots; // by slot; null when free
    std::vector<quint32> m_free;
    LocalFoldedTexts m_names;
    LocalFoldedTexts m_statuses;
    std::array<std::optional<Order>, kFields> m_orders;
    std::vector<Filter> m_filters;
    quint64 m_uses = 0;
};
