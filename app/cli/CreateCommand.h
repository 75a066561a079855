#pragma once

#include "cli/Subcommand.h"
#include "cli/TokenBodyOptions.h"

#include <memory>

class SecretFile;
struct ApiToken;

// `create`: checks the body as the dialog does and sends one POST. The secret goes to stdout
// alone (or to --secret-file), the metadata to stderr, or all of it as JSON with --format json.
class CreateCommand : public Subcommand
{
    Q_OBJECT
public:
    CreateCommand(QObject *parent = nullptr);
    ~CreateCommand() override;
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString example() const override;
    void addOptions(QCommandLineParser &parser) override;
    QString readOptions(const QCommandLineParser &parser) override;
    void run() override;

private:
    void created(const ApiToken &token, QJsonObject object);
    void lost(const ApiError &error);

    TokenBodyOptions m_body{true};
    QString m_secretPath;
    std::unique_ptr<SecretFile> m_secretFile;
    bool m_json = false;
    QString m_name; // for the words after a lost answer
};
