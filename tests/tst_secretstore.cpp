// SecretStore on a private gnome-keyring (with-keyring.sh); LOSANT_NO_KEYCHAIN: with no bus at all.
#include "connections/ConnectionProfile.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {
constexpr int kTimeout = 20000; // a first keychain call may wait for D-Bus activation

// Shaped like a Losant access token (a JWT), unique per call so no run sees another's secret.
QString newSecret()
{
    return QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.")
            + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sïg+/=");
}

// The files under root whose bytes hold the secret, whole (UTF-8 or UTF-16) or its unique part.
QStringList filesHolding(const QString &root, const QString &secret)
{
    const QList<QByteArray> needles
            = {secret.toUtf8(),
               QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
               secret.section(QLatin1Char('.'), 1, 1).toUtf8()};
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // a socket
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles)
            if (bytes.contains(needle)) {
                hits.append(file.fileName());
                break;
            }
    }
    return hits;
}
} // namespace

// The store's callbacks as signals, so the tests wait with QSignalSpy.
class Callbacks : public QObject
{
    Q_OBJECT
public:
    SecretStore::ReadDone onRead()
    {
        return [this](const QString &secret, const QString &error) { Q_EMIT read(secret, error); };
    }
    SecretStore::Done onDone()
    {
        return [this](const QString &error) { Q_EMIT done(error); };
    }

Q_SIGNALS:
    void read(const QString &secret, const QString &error);
    void done(const QString &error);
};

// What both suites share: each call started and waited for, its outcome as one string.
class SecretStoreHarness : public QObject
{
protected:
    // The error text: empty on success.
    QString write(SecretStore &store, const QString &profile, const QString &secret)
    {
        return finish([&](SecretStore::Done done) { store.write(profile, secret, done); });
    }
    QString remove(SecretStore &store, const QString &profile)
    {
        return finish([&](SecretStore::Done done) { store.remove(profile, done); });
    }
    QString rename(SecretStore &store, const QString &oldProfile, const QString &newProfile)
    {
        return finish([&](SecretStore::Done done) { store.rename(oldProfile, newProfile, done); });
    }
    // The secret; a failure comes back as a text no secret looks like, so QCOMPARE shows it.
    QString read(SecretStore &store, const QString &profile)
    {
        QSignalSpy read(&m_callbacks, &Callbacks::read);
        store.read(profile, m_callbacks.onRead());
        if (read.isEmpty() && !read.wait(kTimeout))
            return QStringLiteral("<read timed out>");
        const QString error = read.first().at(1).toString();
        if (!error.isEmpty())
            return QStringLiteral("<read failed: %1>").arg(error);
        return read.first().at(0).toString();
    }

private:
    QString finish(const std::function<void(SecretStore::Done)> &start)
    {
        QSignalSpy done(&m_callbacks, &Callbacks::done);
        start(m_callbacks.onDone());
        if (done.isEmpty() && !done.wait(kTimeout))
            return QStringLiteral("<timed out>");
        return done.first().first().toString();
    }

    Callbacks m_callbacks;
};

#ifndef LOSANT_NO_KEYCHAIN

class TestSecretStore : public SecretStoreHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void write_thenRead_returnsTheSecret();
    void write_again_overwrites();
    void read_ofAProfileWithoutSecret_isEmptyAndNoError();
    void remove_thenRead_isEmpty();
    void remove_ofAProfileWithoutSecret_succeeds();
    void rename_movesTheSecret();
    void rename_withoutASecret_clearsTheNewName();
    void profiles_keepTheirOwnSecrets_data();
    void profiles_keepTheirOwnSecrets();
    void anotherStore_readsTheSameKeychain();
    void services_doNotShareSecrets();
    void callbacks_runLater_andNeverAfterTheStoreIsGone();
    void secret_isNeverInTheSettingsFile();
    void secret_isStoredEncrypted();

private:
    QString m_service;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<QSignalSpy> m_unavailable;
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("LOSANT_TEST_PRIVATE_KEYRING"),
             "run through tests/with-keyring.sh: this test writes to the keychain and must never "
             "reach a real one");
    // Fails rather than skips: a broken keyring setup must be noticed.
    QVERIFY2(SecretStore::isKeychainAvailable(),
             "no keychain on the session bus; is gnome-keyring installed (scripts/common.sh)?");
}

void TestSecretStore::init()
{
    // Every test its own service, so no test sees another's entries.
    m_service = QStringLiteral("losant-tokens-test-%1-%2")
                        .arg(QString::fromLatin1(QTest::currentTestFunction()),
                             QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_store = std::make_unique<SecretStore>(m_service);
    m_unavailable = std::make_unique<QSignalSpy>(m_store.get(), &SecretStore::keychainUnavailable);
}

void TestSecretStore::cleanup()
{
    // Falling back to memory would let the round trips pass without any keychain.
    QVERIFY2(m_unavailable->isEmpty(), qPrintable(m_store->unavailableReason()));
    QVERIFY(!m_store->isSessionOnly());
    m_unavailable.reset();
    m_store.reset();
}

void TestSecretStore::write_thenRead_returnsTheSecret()
{
    const QString secret = newSecret();
    QCOMPARE(write(*m_store, QStringLiteral("production"), secret), QString());
    QCOMPARE(read(*m_store, QStringLiteral("production")), secret);
}

void TestSecretStore::write_again_overwrites()
{
    const QString first = newSecret();
    const QString second = newSecret();
    QCOMPARE(write(*m_store, QStringLiteral("staging"), first), QString());
    QCOMPARE(write(*m_store, QStringLiteral("staging"), second), QString());
    QCOMPARE(read(*m_store, QStringLiteral("staging")), second);
}

void TestSecretStore::read_ofAProfileWithoutSecret_isEmptyAndNoError()
{
    QCOMPARE(read(*m_store, QStringLiteral("never written")), QString());
}

void TestSecretStore::remove_thenRead_isEmpty()
{
    QCOMPARE(write(*m_store, QStringLiteral("old"), newSecret()), QString());
    QCOMPARE(remove(*m_store, QStringLiteral("old")), QString());
    QCOMPARE(read(*m_store, QStringLiteral("old")), QString());
    // Gone from the keychain itself, not only from this store.
    SecretStore restarted(m_service);
    QCOMPARE(read(restarted, QStringLiteral("old")), QString());
}

void TestSecretStore::remove_ofAProfileWithoutSecret_succeeds()
{
    QCOMPARE(remove(*m_store, QStringLiteral("never written")), QString());
}

void TestSecretStore::rename_movesTheSecret()
{
    const QString secret = newSecret();
    QCOMPARE(write(*m_store, QStringLiteral("before"), secret), QString());
    QCOMPARE(rename(*m_store, QStringLiteral("before"), QStringLiteral("after / renamed")),
             QString());
    QCOMPARE(read(*m_store, QStringLiteral("after / renamed")), secret);
    QCOMPARE(read(*m_store, QStringLiteral("before")), QString());
}

void TestSecretStore::rename_withoutASecret_clearsTheNewName()
{
    QCOMPARE(write(*m_store, QStringLiteral("target"), newSecret()), QString());
    QCOMPARE(rename(*m_store, QStringLiteral("no secret"), QStringLiteral("target")), QString());
    QCOMPARE(read(*m_store, QStringLiteral("target")), QString());
}

void TestSecretStore::profiles_keepTheirOwnSecrets_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("slashes") << QStringLiteral("eu/prod/main");
    QTest::newRow("backslash and quotes") << QStringLiteral("a\\b \"c\" 'd'");
    QTest::newRow("spaces around") << QStringLiteral("  padded  ");
    QTest::newRow("unicode") << QStringLiteral("Zürich – 東京 🔑");
    QTest::newRow("only case differs") << QStringLiteral("PRODUCTION");
}

void TestSecretStore::profiles_keepTheirOwnSecrets()
{
    QFETCH(QString, profile);
    const QString mine = newSecret();
    const QString neighbour = newSecret();
    QCOMPARE(write(*m_store, QStringLiteral("production"), neighbour), QString());
    QCOMPARE(write(*m_store, profile, mine), QString());
    QCOMPARE(read(*m_store, profile), mine);
    QCOMPARE(read(*m_store, QStringLiteral("production")), neighbour);
}

void TestSecretStore::anotherStore_readsTheSameKeychain()
{
    const QString secret = newSecret();
    QCOMPARE(write(*m_store, QStringLiteral("kept"), secret), QString());
    // A restart of the app: nothing is shared with the first store but the keychain.
    SecretStore restarted(m_service);
    QCOMPARE(read(restarted, QStringLiteral("kept")), secret);
    QVERIFY(!restarted.isSessionOnly());
}

void TestSecretStore::services_doNotShareSecrets()
{
    QCOMPARE(write(*m_store, QStringLiteral("shared name"), newSecret()), QString());
    SecretStore other(m_service + QStringLiteral("-other"));
    QCOMPARE(read(other, QStringLiteral("shared name")), QString());
}

void TestSecretStore::callbacks_runLater_andNeverAfterTheStoreIsGone()
{
    const QString secret = newSecret();
    bool written = false;
    m_store->write(QStringLiteral("p"), secret, [&written](const QString &) { written = true; });
    QVERIFY(!written); // never inside the call

    bool lateCall = false;
    auto doomed = std::make_unique<SecretStore>(m_service);
    doomed->read(QStringLiteral("p"),
                 [&lateCall](const QString &, const QString &) { lateCall = true; });
    doomed.reset();
    QTRY_VERIFY_WITH_TIMEOUT(written, kTimeout);
    // The keychain runs jobs in order: once this later read is answered, the doomed one was too.
    QCOMPARE(read(*m_store, QStringLiteral("p")), secret);
    QVERIFY(!lateCall);
}

void TestSecretStore::secret_isNeverInTheSettingsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QString secret = newSecret();
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("production");
        profile.ownerId = QStringLiteral("5f0e1c2d3b4a5968778695a4");
        profiles.save(profile);
        profiles.setLastUsed(profile.name);
        QCOMPARE(write(*m_store, profile.name, secret), QString());
        QCOMPARE(read(*m_store, profile.name), secret);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("5f0e1c2d3b4a5968778695a4")); // the profile did get there
    QCOMPARE(filesHolding(dir.path(), secret), QStringList());
}

void TestSecretStore::secret_isStoredEncrypted()
{
    const QString scratch = qEnvironmentVariable("LOSANT_TEST_PRIVATE_KEYRING");
    const QString keyring = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
    const QString secret = newSecret();
    QCOMPARE(write(*m_store, QStringLiteral("on disk"), secret), QString());
    QCOMPARE(read(*m_store, QStringLiteral("on disk")), secret);
    // The keyring daemon keeps it on disk, in its own file, and not readable there.
    QVERIFY(QFileInfo(keyring + QStringLiteral("/login.keyring")).size() > 0);
    QCOMPARE(filesHolding(scratch, secret), QStringList());
}

QTEST_GUILESS_MAIN(TestSecretStore)

#else // LOSANT_NO_KEYCHAIN

class TestSecretStoreNoKeychain : public SecretStoreHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void isKeychainAvailable_isFalse();
    void firstWrite_fallsBackToThisSession_andSaysSoOnce();
    void sessionSecrets_writeReadOverwriteRenameRemove();
    void restart_forgetsTheSecrets();
    void callbacks_runLater();
    void nothing_isWrittenToDisk();

private:
    QTemporaryDir m_home;
};

void TestSecretStoreNoKeychain::initTestCase()
{
    // No session bus and no display, as on a CI machine; set before anything opens D-Bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    // Every place a fallback could write to is inside this directory.
    QVERIFY(m_home.isValid());
    const char *const vars[] = {"HOME",           "XDG_DATA_HOME",  "XDG_CONFIG_HOME",
                                "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"};
    for (const char *var : vars) {
        const QString dir = m_home.filePath(QString::fromLatin1(var));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv(var, QFile::encodeName(dir));
    }
}

void TestSecretStoreNoKeychain::isKeychainAvailable_isFalse()
{
    QVERIFY(!SecretStore::isKeychainAvailable());
}

void TestSecretStoreNoKeychain::firstWrite_fallsBackToThisSession_andSaysSoOnce()
{
    SecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    QVERIFY(!store.isSessionOnly());
    QCOMPARE(store.unavailableReason(), QString());

    // Several writes in flight at once: each of them finds the keychain missing.
    const QString secret = newSecret();
    QStringList errors;
    const QStringList profiles
            = {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};
    for (const QString &profile : profiles)
        store.write(profile, secret, [&errors](const QString &error) { errors.append(error); });
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 3, kTimeout);
    QCOMPARE(errors, QStringList(3, QString()));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(write(store, QStringLiteral("first"), secret), QString());
    QCOMPARE(read(store, QStringLiteral("first")), secret);
    QCOMPARE(remove(store, QStringLiteral("second")), QString());

    QCOMPARE(unavailable.size(), 1);
    QVERIFY(store.isSessionOnly());
    const QString reason = unavailable.first().first().toString();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(store.unavailableReason(), reason);
    QVERIFY(!reason.contains(secret));
}

void TestSecretStoreNoKeychain::sessionSecrets_writeReadOverwriteRenameRemove()
{
    SecretStore store;
    const QString first = newSecret();
    const QString second = newSecret();
    QCOMPARE(read(store, QStringLiteral("a")), QString());
    QCOMPARE(write(store, QStringLiteral("a"), first), QString());
    QCOMPARE(read(store, QStringLiteral("a")), first);
    QCOMPARE(write(store, QStringLiteral("a"), second), QString());
    QCOMPARE(read(store, QStringLiteral("a")), second);

    QCOMPARE(rename(store, QStringLiteral("a"), QStringLiteral("b/ü")), QString());
    QCOMPARE(read(store, QStringLiteral("b/ü")), second);
    QCOMPARE(read(store, QStringLiteral("a")), QString());

    QCOMPARE(remove(store, QStringLiteral("b/ü")), QString());
    QCOMPARE(read(store, QStringLiteral("b/ü")), QString());
    QVERIFY(store.isSessionOnly());
}

void TestSecretStoreNoKeychain::restart_forgetsTheSecrets()
{
    const QString secret = newSecret();
    SecretStore before;
    QCOMPARE(write(before, QStringLiteral("production"), secret), QString());
    QCOMPARE(read(before, QStringLiteral("production")), secret);

    SecretStore after; // what the next start of the app would see
    QSignalSpy unavailable(&after, &SecretStore::keychainUnavailable);
    QCOMPARE(read(after, QStringLiteral("production")), QString());
    QCOMPARE(unavailable.size(), 1); // its own notice: each store tells its owner
    QVERIFY(after.isSessionOnly());
}

void TestSecretStoreNoKeychain::callbacks_runLater()
{
    SecretStore store;
    bool written = false;
    store.write(QStringLiteral("p"), newSecret(), [&written](const QString &) { written = true; });
    QVERIFY(!written);
    QTRY_VERIFY_WITH_TIMEOUT(written, kTimeout);
    QVERIFY(store.isSessionOnly());

    // The same once it is session-only, where no keychain call is in between.
    bool removed = false;
    store.remove(QStringLiteral("p"), [&removed](const QString &) { removed = true; });
    QVERIFY(!removed);
    QTRY_VERIFY(removed);
}

void TestSecretStoreNoKeychain::nothing_isWrittenToDisk()
{
    const QString secret = newSecret();
    {
        SecretStore store;
        QCOMPARE(write(store, QStringLiteral("production"), secret), QString());
        QCOMPARE(write(store, QStringLiteral("staging"), secret), QString());
        QCOMPARE(read(store, QStringLiteral("production")), secret);
        QVERIFY(store.isSessionOnly());
    }
    QCOMPARE(filesHolding(m_home.path(), secret), QStringList());
}

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)

#endif // LOSANT_NO_KEYCHAIN

#include "tst_secretstore.moc"
