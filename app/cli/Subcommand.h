#pragma once

#include "api/TokenCollection.h"

#include <QCommandLineParser>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class CliConnection;
class ConnectionOptions;
struct ApiError;

// One `losant-tokens SUBCOMMAND`: its options and help, the connection every subcommand takes,
// and the exit status. It runs on the event loop and ends with finished(status).
class Subcommand : public QObject
{
    Q_OBJECT
public:
    // The exit statuses every subcommand documents.
    enum Status { Done = 0, Failed = 1, Usage = 2, NotFound = 3, NotAuthorised = 4 };

    explicit Subcommand(QObject *parent = nullptr);
    ~Subcommand() override;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `losant-tokens help`

    // `arguments` without the program and subcommand names. Help and bad usage finish at once.
    void start(const QStringList &arguments, const QProcessEnvironment &env);
    // The status a failed call ends with: 3 not found, 4 not authorised, 2 refused before
    // sending, else 1.
    static int statusFor(const ApiError &error);
    // The exit statuses, as every --help ends.
    static QString statusHelp();
    QString helpText();
    // A page of a list failed: says which, and that nothing was printed; finishes.
    void reportPageFailure(const ApiError &error, int page);

Q_SIGNALS:
    void finished(int status);

protected:
    // This subcommand's usage line after "losant-tokens NAME", and one example command.
    virtual QString usage() const = 0;
    virtual QString example() const = 0;
    // Exit statuses of this subcommand alone, lines as statusHelp() writes them.
    virtual QString moreStatusHelp() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Reads this subcommand's values; returns the problem (exit status 2), empty when none.
    virtual QString readOptions(const QCommandLineParser &parser) = 0;
    // Connected: do the work and finish().
    virtual void run() = 0;

    TokenCollection collection() const;
    void finish(int status);
    // "losant-tokens NAME: message" on stderr, secrets scrubbed.
    void complain(const QString &message) const;
    void usageError(const QString &message); // complains and finishes with 2
    void fail(const ApiError &error); // the error in words, finishes with statusFor()
    // Each problem of a request body, then that nothing was sent; finishes with 2.
    void refuseBody(const QStringList &problems);
    // The one token ID among the arguments, checked into `id`; returns the problem, empty when
    // none.
    static QString readTokenId(const QCommandLineParser &parser, QString *id);
    // A token ID as typed, checked and lower-cased into `id`; returns the problem, empty when none.
    static QString checkTokenId(const QString &text, QString *id);
    // Asks "question [y/N]" on a terminal; without one refuses, naming --yes. False: finished.
    bool confirmed(bool yes, const QString &question);

private:
    void setUp(QCommandLineParser &parser);

    std::unique_ptr<ConnectionOptions> m_connectionOptions;
    CliConnection *m_connection = nullptr;
    bool m_finished = false;
};
