#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

#include <memory>
#include <mutex>

// A JSON array that may still be only text: the `items` of a list answer are turned into JSON
// values on first use, as the window never reads them and the command line's JSON output does.
// Reads from several threads at once are safe; copies share the parsed array.
class LazyJsonArray
{
public:
    LazyJsonArray() = default;
    LazyJsonArray(const QJsonArray &array) : m_array(array) { } // NOLINT: stands for one
    // The array under "items" of the JSON object `body` (already checked to be one), read later.
    static LazyJsonArray itemsOf(const QByteArray &body);

    const QJsonArray &array() const;
    operator const QJsonArray &() const { return array(); } // NOLINT: stands for one
    qsizetype size() const { return array().size(); }
    bool isEmpty() const { return array().isEmpty(); }
    QJsonValue at(qsizetype i) const { return array().at(i); }
    QJsonArray::const_iterator begin() const { return array().begin(); }
    QJsonArray::const_iterator end() const { return array().end(); }
    void append(const QJsonValue &value);

    friend bool operator==(const LazyJsonArray &a, const LazyJsonArray &b)
    {
        return a.array() == b.array();
    }
    friend bool operator!=(const LazyJsonArray &a, const LazyJsonArray &b) { return !(a == b); }
    friend bool operator==(const LazyJsonArray &a, const QJsonArray &b) { return a.array() == b; }
    friend bool operator==(const QJsonArray &a, const LazyJsonArray &b) { return a == b.array(); }

private:
    struct Pending
    {
        QByteArray body;
        std::once_flag parsed;
        QJsonArray items;
    };
    std::shared_ptr<Pending> m_pending; // set while the items are only text
    QJsonArray m_array;
};
