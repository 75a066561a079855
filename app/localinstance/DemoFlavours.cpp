#include "localinstance/DemoFlavours.h"

namespace {
QStringList words(std::initializer_list<const char *> list)
{
    QStringList l;
    for (const char *w : list)
        l.append(QString::fromUtf8(w));
    return l;
}

QList<QStringList> scopeSets(std::initializer_list<std::initializer_list<const char *>> sets)
{
    QList<QStringList> l;
    for (const auto &set : sets)
        l.append(words(set));
    return l;
}

const QStringList &people()
{
    static const QStringList names
            = words({"Ada Lovelace", "Grace Hopper", "Linus Ops", "Marta Nowak", "Kenji Sato"});
    return names;
}

// Application tokens: devices, data and dashboards, no organization roles.
DemoFlavour applicationFlavour(QStringList purposes, QStringList suffixes, QStringList flows,
                               QStringList descriptions)
{
    DemoFlavour f;
    f.purposes = std::move(purposes);
    f.suffixes = std::move(suffixes);
    f.users = people();
    f.flows = std::move(flows);
    f.descriptions = std::move(descriptions);
    f.scopeSets = scopeSets({{"all.Application"},
                             {"all.Application.read"},
                             {"all.Device"},
                             {"all.Device.read"},
                             {"device.*", "devices.get"},
                             {"data.timeSeriesQuery", "data.lastValueQuery"},
                             {"device.get", "device.sendState", "device.stateStream"},
                             {"data.export", "devices.get"},
                             {"flows.get", "flow.log"}});
    f.withRoles = false;
    return f;
}
} // namespace

namespace DemoFlavours {
// The instance's words are the demo's first ones: the same seed still gives the same tokens.
const DemoFlavour &instance()
{
    static const DemoFlavour f = [] {
        DemoFlavour d;
        d.purposes = words({"ci-deploy", "Grafana read-only", "edge gateway", "backup job",
                            "billing export", "mqtt bridge", "nightly report", "support console",
                            "terraform", "data-lake sync", "alerting webhook", "Mobile app",
                            "kiosk", "partner API", "load test"});
        d.suffixes = words({"eu-west", "us-east", "staging", "prod", "dev", "v2", "legacy", "temp",
                            "Q3", "site B"});
        d.users = people();
        d.flows = words({"Token rotation flow", "Provisioning workflow"});
        d.descriptions = words(
                {"Used by the deployment pipeline.", "Read-only access for dashboards.",
                 "Rotate before the end of the quarter.",
                 "Owned by the platform team; ask before deleting.",
                 "Temporary token for a migration.", "Field gateways at the Hamburg site."});
        d.scopeSets = scopeSets(
                {{"all.Instance"},
                 {"all.Instance.read"},
                 {"instanceApiTokens.*", "instanceApiToken.*"},
                 {"instanceApiTokens.get", "instanceApiToken.get"},
                 {"all.Instance.bounded"},
                 {"all.User.read"},
                 {"instanceApiTokens.get", "instanceApiTokens.post", "instanceApiToken.patch"}});
        return d;
    }();
    return f;
}

const DemoFlavour &greenhouse()
{
    static const DemoFlavour f = applicationFlavour(
            words({"soil probe", "humidity sensor", "greenhouse gateway", "irrigation valve",
                   "climate dashboard", "CO2 monitor", "light controller"}),
            words({"bay 1", "bay 2", "north house", "south house", "seedlings", "v2"}),
            words({"Watering schedule", "Frost alert"}),
            words({"Flashed onto the probes in bay 1.", "Read-only, for the wall dashboard.",
                   "Replace when the gateway is swapped."}));
    return f;
}

const DemoFlavour &fleet()
{
    static const DemoFlavour f = applicationFlavour(
            words({"truck tracker", "fuel monitor", "telematics bridge", "driver app",
                   "depot gateway", "route export", "tachograph sync", "cold-chain logger"}),
            words({"TRK-0142", "TRK-0388", "depot Leipzig", "depot Lyon", "eu", "us", "pilot",
                   "legacy"}),
            words({"Geofence alerts", "Nightly route export", "Maintenance reminders"}),
            words({"One per vehicle; revoke when the vehicle is sold.",
                   "Used by the route planning export.", "Pilot with the cold-chain customer.",
                   "The depot gateway forwards CAN bus data."}));
    return f;
}

const DemoFlavour &user()
{
    static const DemoFlavour f = [] {
        DemoFlavour d;
        d.purposes = words({"laptop CLI", "Postman", "personal script", "Jupyter notebook",
                            "home lab", "losant-cli", "dashboard backup", "VS Code extension"});
        d.suffixes = words({"work laptop", "home", "old", "2025", "test"});
        d.users = QStringList{demoUserName()};
        d.flows = words({"My token reminder"});
        d.descriptions
                = words({"For trying things out from my laptop.", "Delete after the workshop.",
                         "Used by my backup script every night."});
        d.scopeSets = scopeSets({{"all.User"},
                                 {"all.User.read"},
                                 {"all.User.cli"},
                                 {"only.User"},
                                 {"all.Organization.read"},
                                 {"all.Application.read", "all.Device.read"}});
        return d;
    }();
    return f;
}

QString demoUserName()
{
    return QStringLiteral("Ada Lovelace");
}
} // namespace DemoFlavours
