// TokenRotation without a window, against the local instance over HTTP: one POST, one PATCH to
// inactive, one DELETE in that order; the successor copies what the old token may do; a
// failure at any step leaves the old token as it was; a stored state resumes at its step.
#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/SignalSpies.h"
#include "workflows/TokenRotation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestTokenRotation : public LocalApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void successorName_isMarked_once_data();
    void successorName_isMarked_once();
    void rotation_postsPatchesDeletes_inThatOrder();
    void successor_copiesDescriptionScopesAndRoles_withANewExpiration_data();
    void successor_copiesDescriptionScopesAndRoles_withANewExpiration();
    void failure_atEachStep_leavesTheOldTokenAsItWas_data();
    void failure_atEachStep_leavesTheOldTokenAsItWas();
    void storedState_resumesAtItsStep();
    void steps_outOfOrder_sendNothing();

private:
    ApiToken richToken();
    // Runs `step` and waits for the state to change or the step to fail.
    bool run(TokenRotation &rotation, void (TokenRotation::*step)());
    // Every request except the list and the reads, in order: "POST …", "PATCH …", "DELETE …".
    QStringList changes() const;
};

ApiToken TestTokenRotation::richToken()
{
    ApiToken t;
    t.name = QStringLiteral("ci deploy");
    t.description = QStringLiteral("Deploys from the pipeline; owner: platform team");
    t.status = QStringLiteral("active");
    t.scope = {QStringLiteral("all.Instance.read"), QStringLiteral("instanceApiTokens.get")};
    t.defaultRole = QStringLiteral("view");
    OrgRole org;
    org.orgId = QStringLiteral("sandbox");
    org.role = QStringLiteral("edit");
    org.applicationRoles.append(
            {QStringLiteral("5f3c0a1b2c3d4e5f6a7b8c9d"), QStringLiteral("view")});
    t.orgRoles = {org};
    t.expirationDate = QDateTime::currentDateTimeUtc().addDays(3);
    return addToken(t);
}

bool TestTokenRotation::run(TokenRotation &rotation, void (TokenRotation::*step)())
{
    QSignalSpy changed(&rotation, &TokenRotation::stateChanged);
    QSignalSpy failed(&rotation, &TokenRotation::failed);
    (rotation.*step)();
    [&] { QTRY_VERIFY(changed.size() + failed.size() > 0); }();
    return changed.size() == 1;
}

QStringList TestTokenRotation::changes() const
{
    QStringList out;
    for (const RecordedRequest &r : m_server->requests())
        if (r.method != "GET")
            out << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    return out;
}

void TestTokenRotation::successorName_isMarked_once_data()
{
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("successor");
    QTest::newRow("plain") << QStringLiteral("ci deploy") << QStringLiteral("ci deploy (rotated)");
    QTest::newRow("rotated before")
            << QStringLiteral("ci deploy (rotated)") << QStringLiteral("ci deploy (rotated)");
    QTest::newRow("longest name: fits the limit")
            << QString(255, QLatin1Char('n'))
            << QString(245, QLatin1Char('n')) + QStringLiteral(" (rotated)");
}

void TestTokenRotation::successorName_isMarked_once()
{
    QFETCH(QString, old);
    QFETCH(QString, successor);
    QCOMPARE(TokenRotation::successorName(old), successor);
}

void TestTokenRotation::rotation_postsPatchesDeletes_inThatOrder()
{
    const ApiToken old = richToken();
    TokenRotation rotation(m_api->tokens(), old, 0);
    QSignalSpy created(&rotation, &TokenRotation::successorCreated);
    QSignalSpy deleted(&rotation, &TokenRotation::oldTokenDeleted);

    QVERIFY(run(rotation, &TokenRotation::createSuccessor));
    QCOMPARE(rotation.step(), RotationStep::UpdateConsumer);
    const ApiToken successor = created.constFirst().constFirst().value<ApiToken>();
    QVERIFY(!successor.token.isEmpty()); // the secret, to show once
    QCOMPARE(rotation.state().successorId, successor.id);
    QCOMPARE(m_server->instance().token(m_instanceId, old.id)->status, QStringLiteral("active"));

    QVERIFY(run(rotation, &TokenRotation::confirmConsumerUpdated));
    QCOMPARE(rotation.step(), RotationStep::DeactivateOld);
    QVERIFY(run(rotation, &TokenRotation::deactivateOld));
    QCOMPARE(rotation.step(), RotationStep::DeleteOld);
    QCOMPARE(m_server->instance().token(m_instanceId, old.id)->status, QStringLiteral("inactive"));
    QVERIFY(run(rotation, &TokenRotation::deleteOld));
    QCOMPARE(rotation.step(), RotationStep::Done);
    QCOMPARE(deleted.size(), 1);

    const QString tokens = QStringLiteral("/instances/%1/tokens").arg(m_instanceId);
    QCOMPARE(changes(),
             (QStringList{QStringLiteral("POST ") + tokens,
                          QStringLiteral("PATCH %1/%2").arg(tokens, old.id),
                          QStringLiteral("DELETE %1/%2").arg(tokens, old.id)}));
    QCOMPARE(RequestLog::bodies(*m_server, "PATCH").constFirst(),
             QJsonObject({{QStringLiteral("status"), QStringLiteral("inactive")}}));
    QVERIFY(!m_server->instance().token(m_instanceId, old.id));
    QCOMPARE(m_server->instance().token(m_instanceId, successor.id)->status,
             QStringLiteral("active"));
}

void TestTokenRotation::successor_copiesDescriptionScopesAndRoles_withANewExpiration_data()
{
    QTest::addColumn<int>("maxLifetimeDays");
    QTest::addColumn<int>("expectedDays");
    QTest::newRow("no policy: 90 days") << 0 << 90;
    QTest::newRow("the policy's maximum") << 30 << 30;
    QTest::newRow("a year") << 365 << 365;
}

void TestTokenRotation::successor_copiesDescriptionScopesAndRoles_withANewExpiration()
{
    QFETCH(int, maxLifetimeDays);
    QFETCH(int, expectedDays);
    const ApiToken old = richToken();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    TokenRotation rotation(m_api->tokens(), old, maxLifetimeDays);
    QVERIFY(run(rotation, &TokenRotation::createSuccessor));
    const std::optional<ApiToken> stored
            = m_server->instance().token(m_instanceId, rotation.state().successorId);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("ci deploy (rotated)"));
    QCOMPARE(stored->description, old.description);
    QCOMPARE(stored->scope, old.scope);
    QCOMPARE(stored->defaultRole, old.defaultRole);
    QCOMPARE(stored->orgRoles, old.orgRoles);
    QCOMPARE(stored->status, QStringLiteral("active"));
    // Whole minutes from now: within a minute of the chosen lifetime.
    const qint64 secs = before.secsTo(stored->expirationDate);
    QVERIFY2(qAbs(secs - qint64(expectedDays) * 86400) <= 120, qPrintable(QString::number(secs)));
    QCOMPARE(RequestLog::count(*m_server, "POST"), 1);
}

void TestTokenRotation::failure_atEachStep_leavesTheOldTokenAsItWas_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<RotationStep>("failingStep");
    QTest::addColumn<QString>("oldStatusAfter");
    QTest::newRow("create refused")
            << Route::Create << RotationStep::CreateSuccessor << QStringLiteral("active");
    QTest::newRow("successor not found")
            << Route::Get << RotationStep::DeactivateOld << QStringLiteral("active");
    QTest::newRow("deactivate refused")
            << Route::Patch << RotationStep::DeactivateOld << QStringLiteral("active");
    QTest::newRow("delete refused")
            << Route::Delete << RotationStep::DeleteOld << QStringLiteral("inactive");
}

void TestTokenRotation::failure_atEachStep_leavesTheOldTokenAsItWas()
{
    QFETCH(Route, route);
    QFETCH(RotationStep, failingStep);
    QFETCH(QString, oldStatusAfter);
    const ApiToken old = richToken();
    TokenRotation rotation(m_api->tokens(), old, 0);
    QSignalSpy failed(&rotation, &TokenRotation::failed);
    const QList<void (TokenRotation::*)()> steps
            = {&TokenRotation::createSuccessor, &TokenRotation::confirmConsumerUpdated,
               &TokenRotation::deactivateOld, &TokenRotation::deleteOld};
    m_server->setFault(route,
                       route == Route::Get ? Fault::withStatus(404) : Fault::withStatus(500));
    for (auto step : steps) {
        const RotationStep at = rotation.step();
        const bool moved = run(rotation, step);
        if (at == failingStep) {
            QVERIFY(!moved);
            break;
        }
        QVERIFY(moved);
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).value<RotationStep>(), failingStep);
    QVERIFY(!failed.constFirst().at(1).value<ApiError>().displayText().isEmpty());
    QCOMPARE(rotation.step(), failingStep); // nothing moved on
    const std::optional<ApiToken> kept = m_server->instance().token(m_instanceId, old.id);
    QVERIFY(kept); // never deleted by a failed step
    QCOMPARE(kept->status, oldStatusAfter);
    if (oldStatusAfter == QLatin1String("active"))
        QCOMPARE(kept->lastUpdated, old.lastUpdated); // not even touched

    // The same step again, once the server agrees, goes on from there.
    m_server->clearFaults();
    QVERIFY(run(rotation, steps.at(int(failingStep))));
    QCOMPARE(int(rotation.step()), int(failingStep) + 1);
}

void TestTokenRotation::storedState_resumesAtItsStep()
{
    const ApiToken old = richToken();
    RotationState saved;
    {
        TokenRotation first(m_api->tokens(), old, 0);
        QSignalSpy changed(&first, &TokenRotation::stateChanged);
        QVERIFY(run(first, &TokenRotation::createSuccessor));
        QVERIFY(run(first, &TokenRotation::confirmConsumerUpdated));
        saved = RotationState::fromMap(changed.last().constFirst().value<RotationState>().toMap());
    }
    QCOMPARE(saved.step, RotationStep::DeactivateOld);
    QCOMPARE(saved.oldId, old.id);
    QVERIFY(saved.isPending());
    QCOMPARE(saved.collectionKey, RotationState::keyOf(m_api->tokens()));
    QVERIFY(!saved.toMap().values().contains(QVariant()));

    TokenRotation resumed(m_api->tokens(), saved);
    QCOMPARE(resumed.step(), RotationStep::DeactivateOld);
    QVERIFY(run(resumed, &TokenRotation::deactivateOld));
    resumed.postponeDeletion(QDateTime::currentDateTimeUtc().addDays(7));
    QVERIFY(resumed.state().graceUntil.isValid());
    const RotationState later = RotationState::fromMap(resumed.state().toMap());
    QCOMPARE(later.step, RotationStep::DeleteOld);
    QCOMPARE(later.graceUntil, resumed.state().graceUntil);
    TokenRotation again(m_api->tokens(), later);
    QVERIFY(run(again, &TokenRotation::deleteOld));
    QCOMPARE(RequestLog::count(*m_server, "POST"), 1);
    QCOMPARE(RequestLog::count(*m_server, "PATCH"), 1);
    QCOMPARE(RequestLog::count(*m_server, "DELETE"), 1);
}

void TestTokenRotation::steps_outOfOrder_sendNothing()
{
    const ApiToken old = richToken();
    TokenRotation rotation(m_api->tokens(), old, 0);
    QSignalSpy changed(&rotation, &TokenRotation::stateChanged);
    rotation.deactivateOld(); // the successor does not exist yet
    rotation.deleteOld();
    rotation.confirmConsumerUpdated();
    QCOMPARE(changed.size(), 0);
    QVERIFY(!rotation.isBusy());
    QVERIFY(m_server->requests().isEmpty());
    // A stored state without the successor's ID does not resume past the create.
    RotationState broken = rotation.state();
    broken.step = RotationStep::DeactivateOld;
    QCOMPARE(RotationState::fromMap(broken.toMap()).step, RotationStep::CreateSuccessor);
}

QTEST_GUILESS_MAIN(TestTokenRotation)
#include "tst_tokenrotation.moc"
