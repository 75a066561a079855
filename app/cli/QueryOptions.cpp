#include "cli/QueryOptions.h"

#include "cli/CliText.h"
#include "core/LosantApi.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueryOptions)
};

const QStringList kSortFields = LosantApi::tokenSortFields();
} // namespace

QueryOptions::QueryOptions()
    : m_filter(QStringLiteral("filter"),
               Text::tr("Only tokens whose name matches <glob> (* any run, ? one character)."),
               Text::tr("glob")),
      m_status(QStringLiteral("status"), Text::tr("Only active or only inactive tokens."),
               Text::tr("active|inactive")),
      m_sort(QStringLiteral("sort"),
             Text::tr("Sort by name, status, id, creationDate, lastUpdated or expirationDate; "
                      "add :desc to reverse (default: name)."),
             Text::tr("field[:desc]"))
{ }

QList<QCommandLineOption> QueryOptions::options() const
{
    return {m_filter, m_status, m_sort};
}

QString QueryOptions::read(const QCommandLineParser &parser, TokenQuery *query) const
{
    if (parser.isSet(m_filter) && parser.isSet(m_status))
        return Text::tr("--filter and --status cannot be used together: the API filters on one "
                        "field at a time");
    if (parser.isSet(m_filter)) {
        query->filterField = QStringLiteral("name");
        query->filter = parser.value(m_filter);
    }
    if (parser.isSet(m_status)) {
        const QString status = parser.value(m_status).trimmed().toLower();
        if (status != QLatin1String("active") && status != QLatin1String("inactive"))
            return Text::tr("--status needs active or inactive, not \"%1\"")
                    .arg(CliText::shown(parser.value(m_status)));
        query->filterField = QStringLiteral("status");
        query->filter = status;
    }
    if (parser.isSet(m_sort)) {
        const QString text = parser.value(m_sort).trimmed();
        const int colon = text.indexOf(QLatin1Char(':'));
        const QString field = colon < 0 ? text : text.left(colon);
        const QString direction = colon < 0 ? QStringLiteral("asc") : text.mid(colon + 1).toLower();
        const auto known
                = std::find_if(kSortFields.begin(), kSortFields.end(), [&field](const QString &f) {
                      return f.compare(field, Qt::CaseInsensitive) == 0;
                  });
        if (known == kSortFields.end()
            || (direction != QLatin1String("asc") && direction != QLatin1String("desc")))
            return Text::tr("--sort needs one of %1, optionally followed by :desc, not \"%2\"")
                    .arg(kSortFields.join(QStringLiteral(", ")), CliText::shown(text));
        query->sortField = *known;
        query->sortDirection = direction;
    }
    return QString();
}
