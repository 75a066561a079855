#include "cli/AppOptions.h"
#include "cli/CommandLine.h"
#include "cli/SignalQuit.h"
#include "connections/ConnectionProfile.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "localinstance/DemoData.h"
#include "localinstance/DemoServer.h"
#include "localinstance/LocalInstanceServer.h"
#include "ui/AppIcons.h"
#include "ui/AppSession.h"
#include "ui/ExpiryViews.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace {
void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English first, as the fallback for anything a locale's catalogue lacks: it holds the
    // plural forms ("1 day", "2 days"). Translators installed later are asked first.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/losant-tokens_en")))
        QCoreApplication::installTranslator(english);
    auto *own = new QTranslator(&app);
    if (QLocale().language() != QLocale::English
        && own->load(QLocale(), QStringLiteral("losant-tokens"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

int serve(const AppOptions &options)
{
    LocalInstanceServer server;
    server.setRecording(false);
    const DemoInstance demo = DemoData::populate(server.instance(), options.demoTokens);
    server.instance().sortEveryOrder(); // at 100,000 tokens a first sort would cost 10-70 ms
    for (const QString &spec : options.faults) {
        LocalInstanceServer::Route route;
        LocalInstanceServer::Fault fault;
        QString unused;
        if (LocalInstanceServer::Fault::parse(spec, &route, &fault, &unused))
            server.setFault(route, fault);
    }
    if (server.start(options.port) == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Could not listen on port %1.")
                                        .arg(options.port)));
        return 1;
    }
    quitOnTerminationSignals();
    // --serve exists to hand these values to curl and scripts, so it prints them: one KEY=value
    // per line, with words after two spaces where a line names what the value is.
    std::printf("%s\n%s\n%s\n%s\n",
                qPrintable(QCoreApplication::translate("main", "Local Losant instance running.")),
                qPrintable(QStringLiteral("LOSANT_URL=") + server.baseUrl().toString()),
                qPrintable(QStringLiteral("LOSANT_INSTANCE_ID=") + demo.instanceId),
                qPrintable(QStringLiteral("LOSANT_ACCESS_TOKEN=") + demo.adminSecret));
    int number = 0;
    for (const DemoCollection &c : demo.collections) {
        if (c.location.kind() != TokenLocation::Kind::Application)
            continue;
        const int count = server.instance().tokenCount(c.location.kind(), c.location.ownerId());
        std::printf("LOSANT_APPLICATION_%d_ID=%s  %s\n", ++number, qPrintable(c.location.ownerId()),
                    qPrintable(QCoreApplication::translate("main", "application “%1” (%n tokens)",
                                                           nullptr, count)
                                       .arg(c.name)));
    }
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate(
                        "main",
                        "The access token is a user token (all.User): it reaches the instance, "
                        "the applications and /me/tokens, which serves its user's own tokens.")));
    if (!options.faults.isEmpty())
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("main", "Faults: %1")
                                       .arg(options.faults.join(QLatin1String(", ")))));
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Press Ctrl+C to stop.")));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int runWindow(const AppOptions &options)
{
    QSettings settings;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    QNetworkAccessManager network;
    DemoServer demo(options.demoTokens); // started only if the demo instance is opened
    AppSession session(&network, &profiles, &secrets);
    session.setDemoStarter([&demo] { return demo.start(); });
    // Each connection's window says, after its first page, how many tokens expire within 7 days.
    QObject::connect(&session, &AppSession::windowChanged, &session,
                     [](MainWindow *window) { window->expiryViews()->setStartNotice(true); });

    if (!options.screenshotPath.isEmpty()) {
        QObject::connect(&session, &AppSession::firstPageShown, &session, [&session, &options] {
            if (options.screenshotOf.isEmpty()) { // the window as it first shows
                const bool ok
                        = ScreenshotTour::saveLaidOut(session.window(), options.screenshotPath);
                QCoreApplication::exit(ok ? 0 : 1);
                return;
            }
            auto *tour = new ScreenshotTour(session.window(), options.screenshotOf,
                                            options.screenshotPath);
            QObject::connect(tour, &ScreenshotTour::finished, tour,
                             [](bool saved) { QCoreApplication::exit(saved ? 0 : 1); });
            tour->start();
        });
    }
    if (options.reportStartup) {
        QObject::connect(&session, &AppSession::firstPageShown, &session, [] {
            std::printf("first page shown\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }

    const QString last = profiles.lastUsed();
    if (!options.url.isEmpty()) {
        ConnectionProfile direct;
        direct.apiUrl = options.url;
        direct.kind = options.kind;
        direct.ownerId = options.ownerId;
        session.openDirect(direct, options.accessToken);
    } else if (!options.profile.isEmpty()) {
        session.openProfile(options.profile, options.accessToken);
    } else if (!options.demo && !last.isEmpty()) {
        session.openProfile(last);
    } else if (!session.openDemo()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                             "main", "Could not start the demo instance on 127.0.0.1.")));
        return 1;
    }
    return QApplication::exec();
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LosantTokens"));
    QCoreApplication::setApplicationName(QStringLiteral("losant-tokens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOSANT_TOKENS_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // `losant-tokens SUBCOMMAND ...` is for scripts: no window, no display needed.
    if (argc > 1 && CommandLine::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        nameApplication();
        installTranslators(app);
        return CommandLine::exec(QCoreApplication::arguments());
    }
    // The command line is checked before any window, and without needing a display: a bad
    // value exits with status 2 even on a headless machine.
    AppOptions options;
    {
        QCoreApplication probe(argc, argv);
        nameApplication();
        installTranslators(probe);
        QSettings settings;
        ProfileStore profiles(&settings);
        const int status = options.parse(
                QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(),
                [&profiles](const QString &name) { return profiles.contains(name); });
        if (status >= 0)
            return status;
        if (options.serve) {
            return serve(options);
        }
    }
    QApplication app(argc, argv);
    nameApplication();
    installTranslators(app);
    // The desktop entry's name and icon, for task bars and Wayland (resources/desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral(LOSANT_APP_ID));
    QApplication::setWindowIcon(AppIcons::appIcon());
    Theme::applySaved(); // View ▸ Theme, before the first window
    return runWindow(options);
}
