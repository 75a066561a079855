#pragma once

#include "core/TokenLocation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QCommandLineOption;

// The fields of a create (apiTokenPost) or update (apiTokenPatch) body as flags, or the whole
// body from --from-json FILE|-. The body is checked by the dialog's checker before it is sent.
class TokenBodyOptions
{
public:
    explicit TokenBodyOptions(bool create) : m_create(create) { }
    QList<QCommandLineOption> options() const;
    // Reads the flags (and the --from-json file); returns the problem, empty when none.
    QString read(const QCommandLineParser &parser);
    // The body for the collection's kind, or the problems that keep it from being sent.
    QJsonValue body(TokenLocation::Kind kind, QStringList *problems) const;
    // "%1d" days from now, or RFC 3339 with a zone; invalid when it is neither.
    static QDateTime parseExpiry(const QString &text, const QDateTime &now);

private:
    QString readJsonFile(const QString &path);

    bool m_create;
    bool m_hasJson = false; // else the body comes from the flags
    QJsonValue m_fromJson;
    QJsonObject m_fields;
    QStringList m_scopes;
    QString m_scopePreset; // "read-only" or "all-scopes"
};
