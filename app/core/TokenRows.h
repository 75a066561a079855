#pragma once

#include "core/ApiToken.h"
#include "core/PackedId.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>

// Many tokens in about a hundred bytes each plus their names: IDs as 12 bytes, dates as
// milliseconds, texts that repeat (owner, creator, status, scope lists, org roles) once each,
// names and descriptions in one block. A token is built again on demand; the fields a table
// paints are read one by one. A plain value: it may be filled on any one thread.
class TokenRows
{
public:
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    void clear(); // and gives the memory back

    void append(const ApiToken &token);
    void replace(qsizetype row, const ApiToken &token);
    void removeAt(qsizetype row) { m_rows.removeAt(row); }

    ApiToken at(qsizetype row) const; // every field, as appended
    qsizetype indexOf(const QString &id) const; // -1 when no row has it
    bool hasId(qsizetype row, const QString &id) const;

    QString id(qsizetype row) const;
    QString name(qsizetype row) const { return text(m_rows.at(row).name); }
    QString description(qsizetype row) const { return text(m_rows.at(row).description); }
    const QString &status(qsizetype row) const { return string(row, Status); }
    bool isActive(qsizetype row) const { return status(row) == QLatin1String("active"); }
    const QString &creatorName(qsizetype row) const { return string(row, CreatorName); }
    QString creatorId(qsizetype row) const;
    const QStringList &scope(qsizetype row) const { return m_scopes.at(m_rows.at(row).scope); }
    QDateTime creationDate(qsizetype row) const { return date(m_rows.at(row).dates[0]); }
    QDateTime lastUpdated(qsizetype row) const { return date(m_rows.at(row).dates[1]); }
    QDateTime expirationDate(qsizetype row) const { return date(m_rows.at(row).dates[2]); }

private:
    // The texts kept once each, in m_strings; an index of 0 is the empty text.
    enum Pooled {
        ApiTokenId,
        OwnerId,
        OwnerType,
        CreatorType,
        CreatorName,
        DefaultRole,
        Status,
        Secret,
        PooledCount
    };
    enum Flag : quint8 {
        IdInPool = 1, // the ID is not a packable one: its pool index is in the first bytes
        CreatorIdInPool = 2,
        ApiTokenIdIsId = 4, // as Losant always answers: no need to keep it twice
    };
    // Where a name or description is in m_text: Latin-1 bytes, or UTF-16 when kWide is set.
    struct Text
    {
        quint32 offset = 0;
        quint32 size = 0; // characters, with kWide
    };
    static constexpr quint32 kWide = 0x80000000u;
    struct Row
    {
        qint64 dates[3]; // creationDate, lastUpdated, expirationDate; kNoDate when invalid
        PackedId id;
        PackedId creatorId;
        Text name;
        Text description;
        quint32 strings[PooledCount];
        quint32 scope;
        quint32 orgRoles;
        quint8 flags;
    };

    Row pack(const ApiToken &token);
    void packId(const QString &id, PackedId *packed, quint8 *flags, Flag inPool);
    QString unpackId(const PackedId &packed, bool inPool) const;
    quint32 intern(const QString &s);
    Text store(const QString &s);
    QString text(Text t) const;
    const QString &string(qsizetype row, Pooled field) const
    {
        return m_strings.at(m_rows.at(row).strings[field]);
    }
    static QDateTime date(qint64 msecs);

    QList<Row> m_rows;
    QByteArray m_text;
    QList<QString> m_strings{QString()};
    QHash<QString, quint32> m_stringIndex;
    QList<QStringList> m_scopes{QStringList()};
    QHash<QStringList, quint32> m_scopeIndex;
    QList<QList<OrgRole>> m_orgRoles{QList<OrgRole>()};
    QHash<QList<OrgRole>, quint32> m_orgRolesIndex;
    // The texts and scope lists last kept, by where their characters are: a page's repeats
    // share them (TokenPageReader), so most are found without hashing. Holding them keeps
    // their memory from being reused for other texts.
    template<typename T> struct Recent
    {
        T value;
        quint32 index = 0;
    };
    std::array<Recent<QString>, 64> m_recentStrings;
    std::array<Recent<QStringList>, 16> m_recentScopes;
};
