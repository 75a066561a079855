// How long one 1,000-token page takes from JSON bytes to model rows (the work done on the GUI
// thread for every page that arrives). Run: build/tests/bench/bench_pageparse -median 21
#include "api/LosantClient.h"
#include "core/ApiReplyParser.h"
#include "localinstance/DemoData.h"
#include "localinstance/LocalInstance.h"
#include "ui/FindingsIndex.h"
#include "ui/TokenListModel.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

class BenchPageParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseOnly();
    void parseAndInsertIntoModel();
    void parseAndInsertWithFindings();

private:
    QByteArray m_body;
};

void BenchPageParse::initTestCase()
{
    LocalInstance instance;
    const DemoInstance demo = DemoData::populate(instance, 1000);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("perPage"), QStringLiteral("1000"));
    const LocalAnswer answer
            = instance.handle("GET", QStringLiteral("/instances/%1/tokens").arg(demo.instanceId),
                              query, "Bearer " + demo.adminSecret.toUtf8(), QByteArray());
    QCOMPARE(answer.status, 200);
    m_body = answer.body;
    qInfo("page body: %lld bytes", qint64(m_body.size()));
}

void BenchPageParse::parseOnly()
{
    QString problem;
    QBENCHMARK
    {
        const auto page = ApiReplyParser::parsePage(m_body, &problem);
        QVERIFY(page && page->items.size() == 1000);
    }
}

void BenchPageParse::parseAndInsertIntoModel()
{
    QString problem;
    QBENCHMARK
    {
        TokenListModel model;
        const auto page = ApiReplyParser::parsePage(m_body, &problem);
        model.appendPage(*page);
        QCOMPARE(model.rowCount(), 1000);
    }
}

// As in the window, where the findings of every inserted row are counted at once.
void BenchPageParse::parseAndInsertWithFindings()
{
    QString problem;
    QBENCHMARK
    {
        TokenListModel model;
        FindingsIndex findings(&model);
        const auto page = ApiReplyParser::parsePage(m_body, &problem);
        model.appendPage(*page);
        QCOMPARE(findings.summary().tokens, 1000);
    }
}

QTEST_GUILESS_MAIN(BenchPageParse)
#include "bench_pageparse.moc"
