#include "ui/PolicySettings.h"

#include "core/TokenExport.h"
#include "ui/SettingsKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicySettings)
};

std::optional<TokenPolicy> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = Text::tr("It is not a policy file (a JSON object): %1")
                             .arg(parseError.errorString());
        return std::nullopt;
    }
    return TokenPolicy::fromJson(doc.object(), error);
}
} // namespace

namespace PolicySettings {
TokenPolicy load()
{
    const QByteArray saved = QSettings().value(SettingsKeys::kTokenPolicy).toByteArray();
    if (saved.isEmpty())
        return {};
    return parse(saved, nullptr).value_or(TokenPolicy());
}

void save(const TokenPolicy &policy)
{
    QSettings().setValue(SettingsKeys::kTokenPolicy,
                         QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
}

std::optional<TokenPolicy> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

bool writeFile(const TokenPolicy &policy, const QString &path, QString *error)
{
    // All or nothing: a half-written policy would mislead a team.
    const QString why = TokenExport::writeFile(path, QJsonDocument(policy.toJson()).toJson());
    if (why.isEmpty())
        return true;
    if (error)
        *error = Text::tr("Cannot write %1: %2").arg(path, why);
    return false;
}
} // namespace PolicySettings
