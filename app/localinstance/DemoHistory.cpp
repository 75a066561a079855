#include "localinstance/DemoHistory.h"

#include "localinstance/DemoFlavours.h"
#include "localinstance/LocalInstance.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace {
using Kind = TokenLocation::Kind;

QString hexId(QRandomGenerator &rng)
{
    const quint64 high = rng.generate64();
    const quint32 low = rng.generate();
    return QString::number(high, 16).rightJustified(16, QLatin1Char('0'))
            + QString::number(low, 16).rightJustified(8, QLatin1Char('0'));
}

// Writes entries as the local instance records them for the app's own calls.
class Recorder
{
public:
    Recorder(LocalInstance &store, const QString &instanceId, QRandomGenerator &rng)
        : m_store(store), m_instanceId(instanceId), m_rng(rng)
    { }

    void create(const QDateTime &when, const AuditParty &actor, const AuditParty &target,
                const QJsonObject &body, int status = 201)
    {
        add(when, actor, target, QStringLiteral("instanceApiTokens"), QStringLiteral("post"), body,
            status);
    }
    void patch(const QDateTime &when, const AuditParty &actor, const AuditParty &target,
               const QJsonObject &body, int status = 200)
    {
        add(when, actor, target, QStringLiteral("instanceApiToken"), QStringLiteral("patch"), body,
            status);
    }
    void remove(const QDateTime &when, const AuditParty &actor, const AuditParty &target,
                int status = 200)
    {
        add(when, actor, target, QStringLiteral("instanceApiToken"), QStringLiteral("delete"), {},
            status);
    }

private:
    void add(const QDateTime &when, const AuditParty &actor, const AuditParty &target,
             const QString &resource, const QString &action, const QJsonObject &body, int status)
    {
        InstanceAuditLog e;
        e.id = hexId(m_rng);
        e.creationDate = when;
        e.actor = actor;
        e.primaryTarget = target;
        e.requestResource = resource;
        e.requestAction = action;
        e.requestBody = body;
        e.requestPathParams.insert(QStringLiteral("instanceId"), m_instanceId);
        if (action != QLatin1String("post"))
            e.requestPathParams.insert(QStringLiteral("apiTokenId"), target.id);
        e.requestQueryParams = {{QStringLiteral("_actions"), QStringLiteral("false")},
                                {QStringLiteral("_links"), QStringLiteral("true")},
                                {QStringLiteral("_embedded"), QStringLiteral("true")}};
        e.responseStatus = status;
        if (status == 403)
            e.responseBody = {{QStringLiteral("type"), QStringLiteral("Forbidden")},
                              {QStringLiteral("message"),
                               QStringLiteral("This access token lacks the scope for this "
                                              "call.")}};
        m_store.addAuditLog(m_instanceId, e);
    }

    LocalInstance &m_store;
    QString m_instanceId;
    QRandomGenerator &m_rng;
};

// Who created the token, as an audit actor; empty for tokens a workflow created (the audit
// log names users and API tokens only).
AuditParty creatorOf(const ApiToken &t)
{
    if (t.creatorType == QLatin1String("user"))
        return {t.creatorId, QStringLiteral("User"), t.creatorName};
    if (t.creatorType == QLatin1String("apiToken"))
        return {t.creatorId, QStringLiteral("ApiToken"), t.creatorName};
    return {};
}

QDateTime between(QRandomGenerator &rng, const QDateTime &from, const QDateTime &to)
{
    const qint64 span = std::max<qint64>(1, from.msecsTo(to));
    return from.addMSecs(qint64(rng.bounded(double(span))));
}
} // namespace

namespace DemoHistory {
void populate(LocalInstance &store, const QString &instanceId, const QList<AuditParty> &actors,
              quint32 seed)
{
    QRandomGenerator rng(seed);
    Recorder record(store, instanceId, rng);
    const QDateTime now = store.now();
    const QDateTime yearAgo = now.addDays(-365);
    const auto anyActor = [&] { return actors.at(rng.bounded(int(actors.size()))); };

    // The tokens that still exist and changed within the year, in a fixed order so the same seed
    // gives the same history; at most kMaxTokens of them, so a demo of a million tokens does not
    // carry a log of a million entries.
    constexpr qsizetype kMaxTokens = 400;
    QStringList ids;
    store.visitTokens(Kind::Instance, instanceId, [&](const ApiToken &t) {
        if (t.creationDate > yearAgo || t.lastUpdated > yearAgo)
            ids.append(t.id);
    });
    const auto middle = ids.begin() + std::min(kMaxTokens, ids.size());
    std::partial_sort(ids.begin(), middle, ids.end());
    ids.erase(middle, ids.end());
    QList<ApiToken> tokens;
    for (const QString &id : std::as_const(ids))
        tokens.append(*store.token(Kind::Instance, instanceId, id));
    for (const ApiToken &t : tokens) {
        const AuditParty target{t.id, QStringLiteral("ApiToken"), t.name};
        const AuditParty creator = creatorOf(t);
        if (t.creationDate > yearAgo && !creator.isEmpty())
            record.create(t.creationDate, creator, target,
                          {{QStringLiteral("name"), t.name},
                           {QStringLiteral("scope"), QJsonArray::fromStringList(t.scope)}});
        if (t.lastUpdated <= t.creationDate || t.lastUpdated <= yearAgo)
            continue;
        // The last change: a deactivation for inactive tokens, else a rename or a description.
        if (!t.isActive()) {
            record.patch(t.lastUpdated, anyActor(), target,
                         {{QStringLiteral("status"), QStringLiteral("inactive")}});
        } else if (rng.bounded(2) == 0) {
            const AuditParty before{t.id, target.type, t.name + QStringLiteral(" (old)")};
            record.patch(t.lastUpdated, anyActor(), before, {{QStringLiteral("name"), t.name}});
        } else {
            record.patch(t.lastUpdated, anyActor(), target,
                         {{QStringLiteral("description"), t.description}});
        }
    }

    // Tokens made and deleted within the year: only the log still names them. The first is a
    // provisioning script's token that itself created others before it went.
    const DemoFlavour &flavour = DemoFlavours::instance();
    AuditParty script{hexId(rng), QStringLiteral("ApiToken"),
                      QStringLiteral("provisioning script")};
    const QDateTime scriptBorn = now.addDays(-340);
    record.create(scriptBorn, actors.first(), script,
                  {{QStringLiteral("name"), script.name},
                   {QStringLiteral("scope"), QJsonArray{QStringLiteral("all.Instance")}}});
    for (int i = 0; i < 18; ++i) {
        const AuditParty gone{hexId(rng), QStringLiteral("ApiToken"),
                              flavour.purposes.at(rng.bounded(int(flavour.purposes.size())))
                                      + QStringLiteral(" (retired)")};
        const QDateTime born = between(rng, scriptBorn.addDays(1), now.addDays(-20));
        const AuditParty maker = i < 6 ? script : anyActor();
        record.create(born, maker, gone, {{QStringLiteral("name"), gone.name}});
        QDateTime last = born;
        if (rng.bounded(2) == 0) {
            last = between(rng, born, now.addDays(-10));
            record.patch(last, anyActor(), gone,
                         {{QStringLiteral("status"), QStringLiteral("inactive")}});
        }
        record.remove(between(rng, last, now.addDays(-1)), anyActor(), gone);
    }
    record.remove(now.addDays(-200), actors.first(), script);

    // A read-only token tried to change tokens and was refused.
    const auto reader = std::find_if(tokens.cbegin(), tokens.cend(), [](const ApiToken &t) {
        return t.scope == QStringList{QStringLiteral("all.Instance.read")};
    });
    if (reader != tokens.cend() && !tokens.isEmpty()) {
        const AuditParty actor{reader->id, QStringLiteral("ApiToken"), reader->name};
        for (int i = 0; i < 4; ++i) {
            const ApiToken &t = tokens.at(rng.bounded(int(tokens.size())));
            record.patch(between(rng, std::max(yearAgo, reader->creationDate), now), actor,
                         {t.id, QStringLiteral("ApiToken"), t.name},
                         {{QStringLiteral("status"), QStringLiteral("inactive")}}, 403);
        }
    }
}
} // namespace DemoHistory
