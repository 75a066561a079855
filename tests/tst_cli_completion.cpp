// resources/completion/losant-tokens.bash, sourced in bash: it completes the subcommands, and
// for each one exactly the options its --help lists.
#include "cli/CommandLine.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestCliCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subcommandNames_complete();
    void formatValues_complete();
    void eachSubcommandsOptions_areItsHelpsOptions();

private:
    // What the completion offers for the command line `words`, the last word being completed.
    static QStringList complete(const QStringList &words);
    static QSet<QString> helpOptions(const QString &subcommand);
};

QStringList TestCliCompletion::complete(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted.append(QLatin1Char('\'') + w + QLatin1Char('\''));
    const QString script = QStringLiteral("source \"$1\"; COMP_WORDS=(%1); COMP_CWORD=%2; "
                                          "_losant_tokens; printf '%s\\n' \"${COMPREPLY[@]}\"")
                                   .arg(quoted.join(QLatin1Char(' ')))
                                   .arg(words.size() - 1);
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), script, QStringLiteral("bash"),
                QStringLiteral(LOSANT_COMPLETION)});
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
        return {QStringLiteral("<bash failed: %1>")
                        .arg(QString::fromUtf8(bash.readAllStandardError()))};
    return QString::fromUtf8(bash.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QSet<QString> TestCliCompletion::helpOptions(const QString &subcommand)
{
    QProcess process;
    process.start(QStringLiteral(LOSANT_TOKENS_BIN), {subcommand, QStringLiteral("--help")});
    if (!process.waitForFinished(30000))
        return {};
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("^  (?:-\\S+, )*(--[a-z-]+)"));
    for (const QString &line :
         QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = option.match(line);
        if (m.hasMatch())
            options.insert(m.captured(1));
    }
    return options;
}

void TestCliCompletion::subcommandNames_complete()
{
    QCOMPARE(complete({QStringLiteral("losant-tokens"), QStringLiteral("li")}),
             QStringList{QStringLiteral("list")});
    QCOMPARE(complete({QStringLiteral("losant-tokens"), QStringLiteral("de")}),
             (QStringList{QStringLiteral("deactivate"), QStringLiteral("delete")}));
    const QStringList all = complete({QStringLiteral("losant-tokens"), QString()});
    const QStringList names = CommandLine::subcommands();
    QCOMPARE(QSet<QString>(all.begin(), all.end()), QSet<QString>(names.begin(), names.end()));
}

void TestCliCompletion::formatValues_complete()
{
    QCOMPARE(complete({QStringLiteral("losant-tokens"), QStringLiteral("list"),
                       QStringLiteral("--format"), QString()}),
             (QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}));
    QCOMPARE(complete({QStringLiteral("losant-tokens"), QStringLiteral("list"),
                       QStringLiteral("--status"), QStringLiteral("in")}),
             QStringList{QStringLiteral("inactive")});
}

void TestCliCompletion::eachSubcommandsOptions_areItsHelpsOptions()
{
    for (const QString &name : CommandLine::subcommands()) {
        if (name == QLatin1String("help"))
            continue;
        const QSet<QString> expected = helpOptions(name);
        QVERIFY2(expected.contains(QStringLiteral("--profile")), qPrintable(name));
        const QStringList offered
                = complete({QStringLiteral("losant-tokens"), name, QStringLiteral("--")});
        QCOMPARE(QSet<QString>(offered.begin(), offered.end()), expected);
    }
}

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "tst_cli_completion.moc"
