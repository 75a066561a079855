#include "AppOptions.h"
#include "DemoData.h"
#include "LocalInstanceServer.h"
#include "LosantClient.h"
#include "MainWindow.h"
#include "SignalQuit.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

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
    const DemoInstance demo = DemoData::populate(server.instance(), options.demoTokens);
    if (server.start(options.port) == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Could not listen on port %1.")
                                        .arg(options.port)));
        return 1;
    }
    quitOnTerminationSignals();
    // --serve exists to hand these three values to curl and scripts, so it prints them.
    std::printf("%s\n%s\n%s\n%s\n",
                qPrintable(QCoreApplication::translate("main", "Local Losant instance running.")),
                qPrintable(QStringLiteral("LOSANT_URL=") + server.baseUrl().toString()),
                qPrintable(QStringLiteral("LOSANT_INSTANCE_ID=") + demo.instanceId),
                qPrintable(QStringLiteral("LOSANT_ACCESS_TOKEN=") + demo.adminSecret));
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Press Ctrl+C to stop.")));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int runWindow(const AppOptions &options)
{
    // No connection is configured yet: the app opens its own demo instance.
    LocalInstanceServer server;
    const DemoInstance demo = DemoData::populate(server.instance(), options.demoTokens);
    if (server.start() == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                             "main", "Could not start the demo instance on 127.0.0.1.")));
        return 1;
    }
    QNetworkAccessManager network;
    LosantClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setAccessToken(demo.adminSecret);

    MainWindow window(&client, demo.instanceId,
                      QCoreApplication::translate("main", "Demo instance (local)"));
    if (!options.screenshotPath.isEmpty()) {
        QObject::connect(&window, &MainWindow::firstPageShown, &window, [&window, &options] {
            const bool ok = window.grab().save(options.screenshotPath);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    if (options.reportStartup) {
        QObject::connect(&window, &MainWindow::firstPageShown, &window, [] {
            std::printf("first page shown\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    window.show();
    return QApplication::exec();
}
} // namespace

int main(int argc, char *argv[])
{
    // Commands that need no window must also work without a display.
    std::unique_ptr<QCoreApplication> app;
    if (AppOptions::needsWindow(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LosantTokens"));
    QCoreApplication::setApplicationName(QStringLiteral("losant-tokens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOSANT_TOKENS_VERSION));
    installTranslators(*app);

    AppOptions options;
    if (const int status = options.parse(QCoreApplication::arguments()); status >= 0)
        return status;
    if (options.serve)
        return serve(options);
    return runWindow(options);
}
