// Export on the real window against the local instance over HTTP: the loaded rows, the
// selection and every token of the query, as CSV or JSON, never with a secret.
#include "api/LosantClient.h"
#include "core/TokenExport.h"
#include "localinstance/LocalInstance.h"
#include "localinstance/LocalInstanceServer.h"
#include "support/LocalApiFixture.h"
#include "support/WindowFixture.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const int kTokens = 1200;
} // namespace

class TestTokenExport : public QObject, private LocalApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void csv_quotesCommasQuotesAndNewlines_andHasNoSecret();
    void csv_cellsThatLookLikeFormulas_areNeutralised_data();
    void csv_cellsThatLookLikeFormulas_areNeutralised();
    void exportAllOfQuery_csv_has1200Rows_rightColumns_noToken();
    void exportAll_saysWhileItWaitsOutA429_thenWrites();
    void exportLoadedRows_json_has1200Objects_noToken();
    void exportSelection_json_hasExactlyTheSelectedTokens();

private:
    QDialog *openExport();
    void runExport(const QString &choice, int formatIndex, const QString &path);
    TokenListModel *model() const { return m_window->model(); }

    WindowFixture m_window;
    QTemporaryDir m_dir;
};

void TestTokenExport::initTestCase()
{
    WindowFixture::useTestPaths();
    QVERIFY(m_dir.isValid());
}

void TestTokenExport::init()
{
    LocalInstance &instance = freshApi();
    for (int i = 0; i < kTokens; ++i) {
        ApiToken t;
        t.name = QStringLiteral("export %1").arg(i, 4, 10, QLatin1Char('0'));
        t.description = QStringLiteral("number %1").arg(i);
        t.scope = {QStringLiteral("all.Instance.read"), QStringLiteral("all.Device.read")};
        instance.addToken(m_instanceId, t);
    }
    QVERIFY(m_api->start());
    QVERIFY(m_window.open(m_api->tokens(), WindowFixture::Until::Active));
    // The query: the 1,200 "export" tokens, not the admin's own.
    TokenQuery query = model()->query();
    query.filterField = QStringLiteral("name");
    query.filter = QStringLiteral("export*");
    model()->setQuery(query);
    QTRY_COMPARE(model()->rowCount(), kTokens);
    QTRY_VERIFY(!model()->isLoading());
}

void TestTokenExport::cleanup()
{
    m_window.close();
    dropApi();
}

QDialog *TestTokenExport::openExport()
{
    m_window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    return m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
}

void TestTokenExport::runExport(const QString &choice, int formatIndex, const QString &path)
{
    QDialog *dialog = openExport();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QRadioButton *>(choice)->setChecked(true);
    dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"))->setCurrentIndex(formatIndex);
    dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
    QVERIFY(QFile::exists(path));
}

void TestTokenExport::csv_quotesCommasQuotesAndNewlines_andHasNoSecret()
{
    ApiToken t;
    t.id = QStringLiteral("0123456789abcdef01234567");
    t.name = QStringLiteral("a, \"quoted\" name");
    t.description = QStringLiteral("two\nlines");
    t.token = QStringLiteral("SECRET-VALUE");
    t.scope = {QStringLiteral("a"), QStringLiteral("b")};
    const QByteArray csv = TokenExport::toCsv({t});
    QVERIFY(csv.startsWith("id,name,description,status,"));
    QVERIFY(csv.contains("0123456789abcdef01234567,\"a, \"\"quoted\"\" name\",\"two\nlines\","));
    QVERIFY(csv.contains(",a b,"));
    QVERIFY(!csv.contains("SECRET-VALUE"));
    QVERIFY(!TokenExport::toJson({t}).contains("SECRET-VALUE"));
}

void TestTokenExport::csv_cellsThatLookLikeFormulas_areNeutralised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("cell"); // as it must appear in the file
    QTest::newRow("=HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")
                                << QByteArray("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QByteArray("\"'+1+cmd|' /C calc'!A0\"");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("\"'-2+3\"");
    QTest::newRow("at") << QStringLiteral("@SUM(1)") << QByteArray("\"'@SUM(1)\"");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("plain text stays as it is") << QStringLiteral("CI a=b") << QByteArray("CI a=b");
}

void TestTokenExport::csv_cellsThatLookLikeFormulas_areNeutralised()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, cell);
    ApiToken t;
    t.id = QStringLiteral("0123456789abcdef01234567");
    t.name = name;
    t.description = name;
    const QByteArray csv = TokenExport::toCsv({t});
    // The name and the description columns, one after the other.
    const QByteArray row = "0123456789abcdef01234567," + cell + ',' + cell + ',';
    QVERIFY2(csv.contains(row), csv.constData());
}

void TestTokenExport::exportAllOfQuery_csv_has1200Rows_rightColumns_noToken()
{
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    m_server->clearRequests();
    runExport(QStringLiteral("exportAll"), 0, path);
    // Fetched from the server in pages of up to 1,000.
    int lists = 0;
    for (const RecordedRequest &r : m_server->requests())
        lists += r.method == "GET" ? 1 : 0;
    QCOMPARE(lists, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), kTokens + 2); // a header, the rows and the empty rest after the last
    QCOMPARE(lines.first().trimmed(), TokenExport::csvColumns().join(QLatin1Char(',')).toUtf8());
    QVERIFY(!TokenExport::csvColumns().contains(QStringLiteral("token")));
    QSet<QByteArray> ids;
    for (int i = 1; i <= kTokens; ++i) {
        QCOMPARE(lines.at(i).split(',').size(), TokenExport::csvColumns().size());
        ids.insert(lines.at(i).split(',').first());
    }
    QCOMPARE(ids.size(), kTokens);
    for (const ApiToken &t : m_server->instance().tokens(m_instanceId))
        QCOMPARE(ids.contains(t.id.toUtf8()), t.name.startsWith(QLatin1String("export")));
}

void TestTokenExport::exportAll_saysWhileItWaitsOutA429_thenWrites()
{
    Fault tooMany = Fault::tooManyRequests(1);
    tooMany.times = 1;
    m_server->setFault(Route::List, tooMany);
    const QString path = m_dir.filePath(QStringLiteral("waited.csv"));
    QDialog *dialog = openExport();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QRadioButton *>(QStringLiteral("exportAll"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    // Guarded: the dialog deletes its progress once the file is written.
    const QPointer<QProgressDialog> progress
            = dialog->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    QTRY_VERIFY(progress && progress->labelText().contains(QLatin1String("slow down (429)")));
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), kTokens + 1);
}

void TestTokenExport::exportLoadedRows_json_has1200Objects_noToken()
{
    const QString path = m_dir.filePath(QStringLiteral("loaded.json"));
    runExport(QStringLiteral("exportLoaded"), 1, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), kTokens);
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.contains(QStringLiteral("token")));
        QVERIFY(o.value(QStringLiteral("name")).toString().startsWith(QLatin1String("export")));
        QCOMPARE(o.value(QStringLiteral("scope")).toArray().size(), 2);
    }
}

void TestTokenExport::exportSelection_json_hasExactlyTheSelectedTokens()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->selectionModel()->select(QItemSelection(model()->index(5, 0), model()->index(9, 0)),
                                    QItemSelectionModel::ClearAndSelect
                                            | QItemSelectionModel::Rows);
    const QString path = m_dir.filePath(QStringLiteral("selected.json"));
    runExport(QStringLiteral("exportSelected"), 1, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(array.at(i).toObject().value(QStringLiteral("id")).toString(),
                 model()->tokenAt(5 + i).id);
}

QTEST_MAIN(TestTokenExport)
#include "tst_tokenexport.moc"
