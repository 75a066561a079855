// libFuzzer target: the fast reader of list answers against Qt's JSON parser. Whatever the fast
// reader accepts, Qt's parser must accept too and read to the same page, field by field.
#include "FuzzRequire.h"
#include "core/ApiReplyParser.h"
#include "core/TokenPageReader.h"
#include "support/SamePage.h"

#include <cstdint>

const char *const kFuzzerName = "fuzz_pagereader";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // No copy: ASan then sees any read past the end of the fuzzer's own buffer.
    const QByteArray body
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<ApiTokenPage> fast = TokenPageReader::read(body);
    QString problem;
    const std::optional<ApiTokenPage> reference
            = ApiReplyParser::parsePageWithQtJson(body, &problem);
    if (!fast) {
        // Refused here, read by Qt: parsePage must then give Qt's reading.
        QString again;
        require(ApiReplyParser::parsePage(body, &again).has_value() == reference.has_value(),
                "parsePage answers as Qt's parser when the fast reader refuses");
        return 0;
    }
    require(reference.has_value(), "what the fast reader reads, Qt's parser reads too");
    require(SamePage::pageDifference(*fast, *reference).isEmpty(),
            "the fast reader reads a page as Qt's parser does");
    return 0;
}
