// The ready-made faults of LocalInstanceServer, and their --fault spelling.
#include "localinstance/LocalInstanceServer.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalInstanceServer)
};

const QByteArray kHtmlPage = QByteArrayLiteral(
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
        "<body><h1>Bad Gateway</h1><p>The proxy received an invalid response.</p></body></html>\n");

// Each a 200 page with one thing wrong, as a broken proxy or a future API might send.
const QByteArray kItemsNotAList = QByteArrayLiteral(
        R"({"items":{"name":"not a list"},"count":1,"totalCount":1,"perPage":100,"page":0})");
const QByteArray kNameIsANumber = QByteArrayLiteral(
        R"({"items":[{"id":"5f0c8f7e2d5b4a0012345678","apiTokenId":"5f0c8f7e2d5b4a0012345678",)"
        R"("name":42,"status":"active","scope":["all.Instance"],)"
        R"("creationDate":"2026-01-01T00:00:00.000Z","lastUpdated":"2026-01-01T00:00:00.000Z"}],)"
        R"("count":1,"totalCount":1,"perPage":100,"page":0})");
const QByteArray kNoTotalCount
        = QByteArrayLiteral(R"({"items":[],"count":0,"perPage":100,"page":0})");
} // namespace

using Fault = LocalInstanceServer::Fault;

namespace {
// `from` with one field changed: most ready-made faults are one thing wrong with another.
template<typename Field, typename Value>
Fault changed(Field Fault::*field, Value value, Fault from = Fault())
{
    from.*field = value;
    return from;
}
} // namespace

Fault Fault::withStatus(int status)
{
    return changed(&Fault::status, status);
}

Fault Fault::htmlPage(int status)
{
    Fault f = withStatus(status);
    f.body = kHtmlPage;
    f.contentType = "text/html; charset=utf-8";
    return f;
}

Fault Fault::tooManyRequests(int retryAfterSeconds)
{
    Fault f = withStatus(429);
    f.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return f;
}

Fault Fault::wrongShape(const QByteArray &json)
{
    return changed(&Fault::body, json, withStatus(200));
}

Fault Fault::truncated()
{
    return changed(&Fault::truncate, true);
}

Fault Fault::hugeAnnounced(qint64 bytes)
{
    return changed(&Fault::announcedLength, bytes, wrongShape(QByteArray(64 * 1024, ' ')));
}

Fault Fault::hugeBody(qint64 bytes)
{
    return changed(&Fault::streamUntilClose, true, wrongShape(QByteArray(bytes, ' ')));
}

Fault Fault::dropped()
{
    return changed(&Fault::dropConnection, true);
}

Fault Fault::delayed(int ms)
{
    return changed(&Fault::delayMs, ms);
}

QStringList Fault::specExamples()
{
    return {QStringLiteral("list=429:5"),      QStringLiteral("list=500"),
            QStringLiteral("list=html"),       QStringLiteral("list=shape:items"),
            QStringLiteral("list=shape:name"), QStringLiteral("list=shape:total"),
            QStringLiteral("list=truncate"),   QStringLiteral("list=drop"),
            QStringLiteral("list=huge"),       QStringLiteral("list=delay:3000"),
            QStringLiteral("create=drop"),     QStringLiteral("get=404"),
            QStringLiteral("directory=403")};
}

bool Fault::parse(const QString &spec, Route *route, Fault *fault, QString *error)
{
    const QString bad = Text::tr("unknown fault \"%1\" (examples: %2)")
                                .arg(spec, specExamples().join(QLatin1String(", ")));
    const int eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = bad;
        return false;
    }
    const QString where = spec.left(eq).trimmed().toLower();
    const QStringList what = spec.mid(eq + 1).trimmed().toLower().split(QLatin1Char(':'));
    static const QList<QPair<QString, Route>> routes
            = {{QStringLiteral("list"), Route::List},
               {QStringLiteral("create"), Route::Create},
               {QStringLiteral("get"), Route::Get},
               {QStringLiteral("patch"), Route::Patch},
               {QStringLiteral("delete"), Route::Delete},
               {QStringLiteral("audit-list"), Route::AuditList},
               {QStringLiteral("audit-get"), Route::AuditGet},
               {QStringLiteral("directory"), Route::DirectoryList}};
    bool known = false;
    for (const auto &r : routes) {
        if (r.first == where) {
            *route = r.second;
            known = true;
        }
    }
    if (!known || what.isEmpty() || what.size() > 2) {
        *error = bad;
        return false;
    }
    const QString kind = what.at(0);
    const QString arg = what.value(1);
    bool numeric = false;
    const int status = kind.toInt(&numeric);
    const int argNumber = arg.toInt();
    if (numeric && status >= 400 && status <= 599) {
        *fault = status == 429 ? tooManyRequests(arg.isEmpty() ? 5 : argNumber)
                               : withStatus(status);
    } else if (kind == QLatin1String("html")) {
        *fault = htmlPage();
    } else if (kind == QLatin1String("shape") && arg == QLatin1String("items")) {
        *fault = wrongShape(kItemsNotAList);
    } else if (kind == QLatin1String("shape") && arg == QLatin1String("name")) {
        *fault = wrongShape(kNameIsANumber);
    } else if (kind == QLatin1String("shape") && arg == QLatin1String("total")) {
        *fault = wrongShape(kNoTotalCount);
    } else if (kind == QLatin1String("truncate")) {
        *fault = truncated();
    } else if (kind == QLatin1String("drop")) {
        *fault = dropped();
    } else if (kind == QLatin1String("huge")) {
        *fault = hugeAnnounced(qint64(100) * 1024 * 1024);
    } else if (kind == QLatin1String("delay") && argNumber > 0) {
        *fault = delayed(argNumber);
    } else {
        *error = bad;
        return false;
    }
    error->clear();
    return true;
}
