#include "cli/CliOutput.h"

#include "cli/CliText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
};

QString expiry(const ApiToken &token)
{
    return token.expirationDate.isValid()
            ? token.expirationDate.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
            : Text::tr("never");
}

} // namespace

namespace CliOutput {
bool formatFromText(const QString &text, Format *format)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("table"))
        *format = Format::Table;
    else if (key == QLatin1String("json"))
        *format = Format::Json;
    else if (key == QLatin1String("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

int terminalWidth()
{
    bool ok = false;
    const int columns
            = QProcessEnvironment::systemEnvironment().value(QStringLiteral("COLUMNS")).toInt(&ok);
    if (ok && columns > 0)
        return columns;
    winsize size{};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0)
        return size.ws_col;
    return 0;
}

QByteArray table(const QList<ApiToken> &tokens, int width)
{
    const QStringList headers{Text::tr("NAME"), Text::tr("ID"), Text::tr("STATUS"),
                              Text::tr("EXPIRES"), Text::tr("SCOPES")};
    QList<QStringList> rows;
    for (const ApiToken &t : tokens)
        rows.append({CliText::oneLine(t.name), t.id, CliText::oneLine(t.status), expiry(t),
                     CliText::oneLine(t.scope.join(QLatin1Char(',')))});
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &row : qAsConst(rows))
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    // Two spaces between columns; names and scopes give way when the line is too long.
    const int gaps = 2 * int(headers.size() - 1);
    int total = gaps;
    for (int w : qAsConst(widths))
        total += w;
    if (width > 0 && total > width) {
        const int fixed = widths[1] + widths[2] + widths[3] + gaps;
        const int room = qMax(2, width - fixed);
        const int name = qMin(widths[0], qMax(1, room / 2));
        widths[0] = name;
        widths[4] = qMax(1, qMin(widths[4], room - name));
    }
    QString text;
    auto line = [&text, &widths](const QStringList &cells) {
        QStringList parts;
        for (int c = 0; c < cells.size(); ++c)
            parts.append(CliText::fitted(cells.at(c), widths.at(c), c + 1 < cells.size()));
        text += parts.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    line(headers);
    for (const QStringList &row : qAsConst(rows))
        line(row);
    return text.toUtf8();
}

QByteArray details(const ApiToken &token)
{
    const QList<QPair<QString, QString>> fields{
            {Text::tr("Name"), token.name},
            {Text::tr("ID"), token.id},
            {Text::tr("Status"), token.status},
            {Text::tr("Description"), token.description},
            {Text::tr("Expires"),
             token.expirationDate.isValid() ? LosantDates::toIso(token.expirationDate)
                                            : Text::tr("never")},
            {Text::tr("Scopes"), token.scope.join(QStringLiteral(", "))},
            {Text::tr("Created"), LosantDates::toIso(token.creationDate)},
            {Text::tr("Last updated"), LosantDates::toIso(token.lastUpdated)},
            {Text::tr("Creator"), token.creatorName}};
    QString text;
    for (const auto &field : fields)
        text += QStringLiteral("%1: %2\n").arg(field.first, CliText::oneLine(field.second));
    return text.toUtf8();
}

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}
} // namespace CliOutput
