// libFuzzer target: arbitrary JSON objects through the create/patch body checker, then (as
// LocalInstance::create and the create dialog do) into a token, a draft and back to a body.
#include "FuzzRequire.h"
#include "core/ApiToken.h"
#include "core/ApiTokenDraft.h"
#include "core/ApiTokenSchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cstdint>

const char *const kFuzzerName = "fuzz_createbody";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    const QList<SchemaProblem> postProblems = ApiTokenSchema::checkPost(o);
    const QList<SchemaProblem> patchProblems = ApiTokenSchema::checkPatch(o);
    for (const SchemaProblem &p : postProblems + patchProblems)
        require(!p.message.isEmpty(), "every problem has words for a person");

    // What LocalInstance::create makes of a body, then the draft the create dialog would hold.
    const ApiToken token = ApiToken::fromJson(o);
    ApiTokenDraft draft;
    draft.name = token.name;
    draft.description = token.description;
    draft.expiration
            = ApiTokenSchema::parseDateTime(o.value(QLatin1String("expirationDate")).toString());
    draft.status = token.status;
    draft.scope = token.scope;
    draft.defaultRole = token.defaultRole;
    draft.orgRoles = token.orgRoles;
    const QJsonObject body = draft.toPostBody();
    const QString curl = draft.curlCommand(QUrl(QStringLiteral("https://api.losant.com")),
                                           TokenLocation::instance(token.id), token.ownerId);
    require(!curl.isEmpty(), "the curl command is never empty");
    // A valid body must stay valid through the draft: the dialog sends what the checker passed.
    if (postProblems.isEmpty())
        require(ApiTokenSchema::checkPost(body).isEmpty(), "a valid body stays valid as a draft");
    return 0;
}
