#include "cli/CliText.h"

namespace CliText {
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    return text;
}

QString shown(const QString &value)
{
    return oneLine(value.size() > 120 ? value.left(120) + QStringLiteral("…") : value);
}

bool isOneWord(const QString &value)
{
    for (const QChar c : value)
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}

QString fitted(const QString &text, int width, bool pad)
{
    QString cell = text.size() > width ? text.left(qMax(0, width - 1)) + QStringLiteral("…") : text;
    return pad ? cell.leftJustified(width) : cell;
}

QString scrubbed(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("…"));
    return text;
}
} // namespace CliText
