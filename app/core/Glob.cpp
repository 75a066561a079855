#include "core/Glob.h"

QRegularExpression Glob::globRegex(const QString &glob, Qt::CaseSensitivity cs)
{
    QString pattern;
    QString literal;
    auto flush = [&] {
        pattern += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (const QChar c : glob) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?')) {
            flush();
            pattern += c == QLatin1Char('*') ? QLatin1String(".*") : QLatin1String(".");
        } else {
            literal += c;
        }
    }
    flush();
    QRegularExpression::PatternOptions options = QRegularExpression::DotMatchesEverythingOption;
    if (cs == Qt::CaseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), options);
}
