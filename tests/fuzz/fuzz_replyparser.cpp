// libFuzzer target: arbitrary bytes through every ApiReplyParser, AuditReplyParser and
// DirectoryReplyParser entry point. Besides crashes and sanitizer reports, it checks that what a
// parser accepts keeps its promises.
#include "FuzzRequire.h"
#include "core/ApiReplyParser.h"
#include "core/AuditReplyParser.h"
#include "core/DirectoryReplyParser.h"
#include "core/LosantIds.h"

#include <cstdint>

namespace {
// A token the parser accepted must come back the same through toJson() and the parser.
void checkRoundTrip(const ApiToken &token)
{
    require(!token.id.isEmpty(), "an accepted token has an id");
    QString problem;
    const std::optional<ApiToken> again
            = ApiReplyParser::parseTokenObject(token.toJson(), &problem);
    require(again.has_value(), "toJson() of an accepted token is accepted");
    require(again->id == token.id && again->name == token.name && again->scope == token.scope
                    && again->orgRoles == token.orgRoles
                    && again->creationDate == token.creationDate
                    && again->lastUpdated == token.lastUpdated
                    && again->expirationDate == token.expirationDate,
            "toJson() of an accepted token reads back the same");
}

// An audit entry the parser accepted must come back the same through toJson() and the parser.
void checkRoundTrip(const InstanceAuditLog &entry)
{
    QString problem;
    const std::optional<InstanceAuditLog> again
            = AuditReplyParser::parseEntryObject(entry.toJson(), &problem);
    require(again.has_value(), "toJson() of an accepted audit entry is accepted");
    require(again->id == entry.id && again->actor == entry.actor
                    && again->primaryTarget == entry.primaryTarget
                    && again->creationDate == entry.creationDate
                    && again->responseStatus == entry.responseStatus
                    && again->requestBody == entry.requestBody,
            "toJson() of an accepted audit entry reads back the same");
}
} // namespace

const char *const kFuzzerName = "fuzz_replyparser";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // No copy: ASan then sees any read past the end of the fuzzer's own buffer.
    const QByteArray body
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    QString problem;
    if (const std::optional<ApiTokenPage> page = ApiReplyParser::parsePage(body, &problem)) {
        require(page->totalCount >= 0, "an accepted page has a non-negative totalCount");
        for (const ApiToken &token : page->items)
            checkRoundTrip(token);
    } else {
        require(!problem.isEmpty(), "a refused page says why");
    }

    problem.clear();
    if (const std::optional<ApiToken> token = ApiReplyParser::parseToken(body, &problem))
        checkRoundTrip(*token);
    else
        require(!problem.isEmpty(), "a refused token says why");

    // The audit log's answers come from the same servers, through the same kind of parser.
    problem.clear();
    if (const auto page = AuditReplyParser::parsePage(body, &problem)) {
        require(page->totalCount >= 0, "an accepted audit page has a non-negative totalCount");
        for (const InstanceAuditLog &entry : page->items)
            checkRoundTrip(entry);
    } else {
        require(!problem.isEmpty(), "a refused audit page says why");
    }
    problem.clear();
    if (const auto entry = AuditReplyParser::parseEntry(body, &problem))
        checkRoundTrip(*entry);
    else
        require(!problem.isEmpty(), "a refused audit entry says why");

    // The org-role pickers' lists: every accepted entry has an ID that may be sent back.
    problem.clear();
    if (const auto page = DirectoryReplyParser::parsePage(body, &problem)) {
        require(page->totalCount >= 0, "an accepted directory page has a non-negative totalCount");
        for (const DirectoryEntry &entry : page->items)
            require(LosantIds::isValidId(entry.id), "an accepted directory entry has a valid id");
    } else {
        require(!problem.isEmpty(), "a refused directory page says why");
    }

    QString type;
    QString message;
    if (ApiReplyParser::parseError(body, &type, &message))
        require(!type.isEmpty() || !message.isEmpty(), "an accepted error has a type or message");
    return 0;
}
