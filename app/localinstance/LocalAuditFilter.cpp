#include "localinstance/LocalAuditFilter.h"

#include "core/LosantIds.h"
#include "localinstance/LocalInstance.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace {
constexpr int kMaxText = 1024; // every name, resource and action in the schema

// One list of the filter as sent: index -> field -> value ("" field for responseCode).
using Fields = QMap<QString, QString>;
using Sent = QMap<QString, QMap<int, Fields>>;

QString decoded(QString text)
{
    text.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString enumProblem(const QString &name, const QString &value, const QStringList &allowed)
{
    return LocalInstance::tr("%1: “%2” is not one of %3.")
            .arg(name, value, allowed.join(QLatin1String(", ")));
}

// The parties of one list (primaryTarget, secondaryTarget, actor), in index order.
bool parties(const QString &key, const QMap<int, Fields> &sent, const QStringList &types,
             QList<AuditParty> *out, QString *problem)
{
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        AuditParty party;
        for (auto f = it->cbegin(); f != it->cend(); ++f) {
            const QString name = QStringLiteral("auditLogFilter[%1][%2][%3]")
                                         .arg(key)
                                         .arg(it.key())
                                         .arg(f.key());
            if (f.key() == QLatin1String("id")) {
                if (!LosantIds::isValidId(f.value())) {
                    *problem = LocalInstance::tr("%1: “%2” is not a valid ID (24 hexadecimal "
                                                 "characters).")
                                       .arg(name, f.value());
                    return false;
                }
                party.id = f.value().toLower();
            } else if (f.key() == QLatin1String("type")) {
                if (!types.contains(f.value())) {
                    *problem = enumProblem(name, f.value(), types);
                    return false;
                }
                party.type = f.value();
            } else if (f.key() == QLatin1String("name")) {
                if (f.value().size() > kMaxText) {
                    *problem = LocalInstance::tr("%1: longer than %2 characters.")
                                       .arg(name)
                                       .arg(kMaxText);
                    return false;
                }
                party.name = f.value();
            } else {
                *problem = enumProblem(
                        name, f.key(),
                        {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name")});
                return false;
            }
        }
        out->append(party);
    }
    return true;
}

bool requests(const QMap<int, Fields> &sent, QList<QPair<QString, QString>> *out, QString *problem)
{
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        QPair<QString, QString> request;
        for (auto f = it->cbegin(); f != it->cend(); ++f) {
            const QString name
                    = QStringLiteral("auditLogFilter[request][%1][%2]").arg(it.key()).arg(f.key());
            if (f.key() != QLatin1String("resource") && f.key() != QLatin1String("action")) {
                *problem = enumProblem(name, f.key(),
                                       {QStringLiteral("resource"), QStringLiteral("action")});
                return false;
            }
            if (f.value().size() > kMaxText) {
                *problem = LocalInstance::tr("%1: longer than %2 characters.")
                                   .arg(name)
                                   .arg(kMaxText);
                return false;
            }
            (f.key() == QLatin1String("resource") ? request.first : request.second) = f.value();
        }
        out->append(request);
    }
    return true;
}

bool codes(const QMap<int, Fields> &sent, QList<int> *out, QString *problem)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{3}$"));
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const QString value = it->value(QString());
        const QString name = QStringLiteral("auditLogFilter[responseCode][%1]").arg(it.key());
        if (it->size() != 1 || !it->contains(QString())) {
            *problem = LocalInstance::tr("%1: a response code is a number, not an object.")
                               .arg(name);
            return false;
        }
        const int code = value.toInt();
        if (!digits.match(value).hasMatch() || code < 100 || code > 599) {
            *problem = LocalInstance::tr("%1: “%2” is not a whole number from 100 to 599.")
                               .arg(name, value);
            return false;
        }
        out->append(code);
    }
    return true;
}

bool partyMatches(const QList<AuditParty> &wanted, const AuditParty &party)
{
    return wanted.isEmpty()
            || std::any_of(wanted.cbegin(), wanted.cend(), [&party](const AuditParty &w) {
                   return (w.id.isEmpty() || w.id.compare(party.id, Qt::CaseInsensitive) == 0)
                           && (w.type.isEmpty() || w.type == party.type)
                           && (w.name.isEmpty() || w.name == party.name);
               });
}
} // namespace

namespace LocalAuditFilter {
bool decode(const QUrlQuery &query, AuditLogFilter *filter, QString *problem)
{
    // auditLogFilter[key][index] or auditLogFilter[key][index][field], as qs writes arrays of
    // objects; the index is kept to three digits.
    static const QRegularExpression form(
            QStringLiteral(R"(^auditLogFilter\[([^\[\]]*)\]\[([0-9]{1,3})\](?:\[([^\[\]]*)\])?$)"));
    static const QStringList keys{QStringLiteral("primaryTarget"),
                                  QStringLiteral("secondaryTarget"), QStringLiteral("actor"),
                                  QStringLiteral("request"), QStringLiteral("responseCode")};
    Sent sent;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &[rawName, rawValue] : items) {
        const QString name = decoded(rawName);
        if (!name.startsWith(QLatin1String("auditLogFilter")))
            continue;
        const QRegularExpressionMatch m = form.match(name);
        if (!m.hasMatch()) {
            const QRegularExpressionMatch key
                    = QRegularExpression(QStringLiteral(R"(^auditLogFilter\[([^\[\]]*)\])"))
                              .match(name);
            *problem = key.hasMatch() && !keys.contains(key.captured(1))
                    ? enumProblem(QStringLiteral("auditLogFilter"), key.captured(1), keys)
                    : LocalInstance::tr("%1: not a filter entry; the form is "
                                        "auditLogFilter[key][index] or "
                                        "auditLogFilter[key][index][field].")
                              .arg(name);
            return false;
        }
        if (!keys.contains(m.captured(1))) {
            *problem = enumProblem(QStringLiteral("auditLogFilter"), m.captured(1), keys);
            return false;
        }
        Fields &fields = sent[m.captured(1)][m.captured(2).toInt()];
        if (fields.contains(m.captured(3))) {
            *problem = LocalInstance::tr("%1: given more than once.").arg(name);
            return false;
        }
        fields.insert(m.captured(3), decoded(rawValue));
    }
    const QStringList targets{QStringLiteral("Organization"), QStringLiteral("ApiToken"),
                              QStringLiteral("User"), QStringLiteral("InstanceCustomNode"),
                              QStringLiteral("NotificationRule")};
    AuditLogFilter f;
    if (!parties(QStringLiteral("primaryTarget"), sent.value(QStringLiteral("primaryTarget")),
                 targets, &f.primaryTargets, problem)
        || !parties(QStringLiteral("secondaryTarget"),
                    sent.value(QStringLiteral("secondaryTarget")),
                    {QStringLiteral("OrgInvite"), QStringLiteral("ApiToken")}, &f.secondaryTargets,
                    problem)
        || !parties(QStringLiteral("actor"), sent.value(QStringLiteral("actor")),
                    {QStringLiteral("User"), QStringLiteral("ApiToken")}, &f.actors, problem)
        || !requests(sent.value(QStringLiteral("request")), &f.requests, problem)
        || !codes(sent.value(QStringLiteral("responseCode")), &f.responseCodes, problem))
        return false;
    *filter = f;
    return true;
}

bool matches(const AuditLogFilter &filter, const InstanceAuditLog &e)
{
    const auto requestMatches = [&e](const QPair<QString, QString> &r) {
        return (r.first.isEmpty() || r.first == e.requestResource)
                && (r.second.isEmpty() || r.second == e.requestAction);
    };
    return partyMatches(filter.primaryTargets, e.primaryTarget)
            && partyMatches(filter.secondaryTargets, e.secondaryTarget)
            && partyMatches(filter.actors, e.actor)
            && (filter.requests.isEmpty()
                || std::any_of(filter.requests.cbegin(), filter.requests.cend(), requestMatches))
            && (filter.responseCodes.isEmpty() || filter.responseCodes.contains(e.responseStatus));
}
} // namespace LocalAuditFilter
