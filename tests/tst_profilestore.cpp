// ProfileStore on a settings file: restarts, renames, removals, odd names, and never a secret.
#include "connections/ConnectionProfile.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

char *toString(const ConnectionProfile &p)
{
    return QTest::toString(QStringLiteral("{%1, %2, %3 %4, %5}")
                                   .arg(p.name, p.apiUrl.toString(), TokenLocation::kindKey(p.kind),
                                        p.ownerId, p.losantDomain));
}

namespace {
ConnectionProfile makeProfile(const QString &name, const QString &instanceId = QString())
{
    ConnectionProfile p;
    p.name = name;
    p.ownerId = instanceId.isEmpty() ? QStringLiteral("5f0e1c2d3b4a5968778695a4") : instanceId;
    return p;
}

QStringList namesOf(const QList<ConnectionProfile> &profiles)
{
    QStringList names;
    for (const ConnectionProfile &p : profiles)
        names.append(p.name);
    return names;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newFile_hasNoProfilesAndTheDemo();
    void profilesAndLastUsed_surviveARestart();
    void everyChange_isOnDiskAtOnce();
    void profiles_areSortedByNameIgnoringCase();
    void save_ofAnExistingName_replacesIt();
    void save_ofAnEmptyName_isIgnored();
    void rename_movesTheProfileAndLastUsed();
    void rename_ofAnotherProfile_keepsLastUsed();
    void rename_ontoAnExistingName_replacesIt();
    void remove_deletesTheProfileAndClearsLastUsed();
    void remove_ofAnotherProfile_keepsLastUsed();
    void lastUsed_ofAnUnknownName_isTheDemo();
    void oddNames_roundTrip_data();
    void oddNames_roundTrip();
    void apiUrl_defaultsAndRoundTrips();
    void apiUrl_passwordIsNeverStored();
    void changed_isEmittedOnEveryChangeOnly();
    void otherSettings_areLeftAlone();
    void settingsFile_neverHoldsASessionSecret();
    void everyKind_survivesARestart();
    void previousVersionEntry_readsAsAnInstance();
    void instanceProfiles_stillWriteTheKeyThePreviousVersionReads();
    void entryOfAnUnknownKind_isLeftOut();

private:
    void restart();
    ConnectionProfile stored(const QString &name) const;
    QByteArray fileBytes() const;
    // Writes one entry of the profiles array as another version of the app would.
    void writeEntry(int index, const QList<QPair<QString, QString>> &keys);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::initTestCase()
{
    // The secret test below must never reach a real keychain: no session bus, no display.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("losant-tokens.conf"));
    restart();
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

// What the next start of the app sees: new objects on the same file.
void TestProfileStore::restart()
{
    m_store.reset();
    m_settings.reset();
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
}

// The saved profile, or one with no name at all, so QCOMPARE shows what is missing.
ConnectionProfile TestProfileStore::stored(const QString &name) const
{
    ConnectionProfile none;
    none.name.clear();
    return m_store->profile(name).value_or(none);
}

QByteArray TestProfileStore::fileBytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestProfileStore::newFile_hasNoProfilesAndTheDemo()
{
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(m_store->lastUsed(), QString());
    QVERIFY(!m_store->contains(QStringLiteral("production")));
    QVERIFY(!m_store->profile(QStringLiteral("production")).has_value());
}

void TestProfileStore::profilesAndLastUsed_surviveARestart()
{
    ConnectionProfile production = makeProfile(QStringLiteral("production"));
    production.losantDomain = QStringLiteral("example.onlosant.com");
    ConnectionProfile local
            = makeProfile(QStringLiteral("local"), QStringLiteral("0123456789abcdef01234567"));
    local.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    m_store->save(production);
    m_store->save(local);
    m_store->setLastUsed(QStringLiteral("production"));

    restart();
    QCOMPARE(m_store->profiles(), (QList<ConnectionProfile>{local, production}));
    QCOMPARE(stored(QStringLiteral("production")), production);
    QVERIFY(m_store->contains(QStringLiteral("local")));
    QCOMPARE(m_store->lastUsed(), QStringLiteral("production"));
}

void TestProfileStore::everyChange_isOnDiskAtOnce()
{
    // A crash must not lose it, and a second instance of the app reads the file.
    m_store->save(makeProfile(QStringLiteral("kept-at-once")));
    QVERIFY(fileBytes().contains("kept-at-once"));
    m_store->setLastUsed(QStringLiteral("kept-at-once"));
    QVERIFY(fileBytes().contains("lastUsed=kept-at-once"));
    m_store->save(makeProfile(QStringLiteral("renamed-at-once")), QStringLiteral("kept-at-once"));
    QVERIFY(!fileBytes().contains("kept-at-once"));
    QVERIFY(fileBytes().contains("lastUsed=renamed-at-once"));
    m_store->remove(QStringLiteral("renamed-at-once"));
    QVERIFY(!fileBytes().contains("renamed-at-once"));
}

void TestProfileStore::profiles_areSortedByNameIgnoringCase()
{
    const QStringList names
            = {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("gamma"),
               QStringLiteral("alpha 2"), QStringLiteral("Beta")};
    for (const QString &name : names)
        m_store->save(makeProfile(name));
    const QStringList sorted
            = {QStringLiteral("Alpha"), QStringLiteral("alpha 2"), QStringLiteral("Beta"),
               QStringLiteral("beta"), QStringLiteral("gamma")};
    QCOMPARE(namesOf(m_store->profiles()), sorted);
    restart();
    QCOMPARE(namesOf(m_store->profiles()), sorted);
}

void TestProfileStore::save_ofAnExistingName_replacesIt()
{
    m_store->save(
            makeProfile(QStringLiteral("production"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa")));
    m_store->save(
            makeProfile(QStringLiteral("production"), QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb")));
    restart();
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(stored(QStringLiteral("production")).ownerId,
             QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb"));
}

void TestProfileStore::save_ofAnEmptyName_isIgnored()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::changed);
    m_store->save(makeProfile(QString()));
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void TestProfileStore::rename_movesTheProfileAndLastUsed()
{
    const ConnectionProfile before = makeProfile(QStringLiteral("staging"));
    m_store->save(before);
    m_store->save(makeProfile(QStringLiteral("other")));
    m_store->setLastUsed(before.name);

    ConnectionProfile after = before;
    after.name = QStringLiteral("staging (EU)");
    m_store->save(after, before.name);

    restart();
    QCOMPARE(namesOf(m_store->profiles()), (QStringList{QStringLiteral("other"), after.name}));
    QCOMPARE(stored(after.name), after);
    QVERIFY(!m_store->contains(before.name));
    QCOMPARE(m_store->lastUsed(), after.name);
}

void TestProfileStore::rename_ofAnotherProfile_keepsLastUsed()
{
    m_store->save(makeProfile(QStringLiteral("a")));
    m_store->save(makeProfile(QStringLiteral("b")));
    m_store->setLastUsed(QStringLiteral("a"));
    m_store->save(makeProfile(QStringLiteral("c")), QStringLiteral("b"));
    restart();
    QCOMPARE(namesOf(m_store->profiles()), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(m_store->lastUsed(), QStringLiteral("a"));
}

void TestProfileStore::rename_ontoAnExistingName_replacesIt()
{
    m_store->save(makeProfile(QStringLiteral("a"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa")));
    m_store->save(makeProfile(QStringLiteral("b"), QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb")));
    m_store->save(makeProfile(QStringLiteral("b"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa")),
                  QStringLiteral("a"));
    restart();
    QCOMPARE(namesOf(m_store->profiles()), QStringList{QStringLiteral("b")});
    QCOMPARE(stored(QStringLiteral("b")).ownerId, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa"));
}

void TestProfileStore::remove_deletesTheProfileAndClearsLastUsed()
{
    m_store->save(makeProfile(QStringLiteral("a")));
    m_store->save(makeProfile(QStringLiteral("b")));
    m_store->setLastUsed(QStringLiteral("a"));
    m_store->remove(QStringLiteral("a"));
    QCOMPARE(m_store->lastUsed(), QString());

    restart();
    QCOMPARE(namesOf(m_store->profiles()), QStringList{QStringLiteral("b")});
    QCOMPARE(m_store->lastUsed(), QString());
    // A profile of the same name later must not come back as the last used one.
    m_store->save(makeProfile(QStringLiteral("a")));
    QCOMPARE(m_store->lastUsed(), QString());
    QVERIFY(!fileBytes().contains("lastUsed"));
}

void TestProfileStore::remove_ofAnotherProfile_keepsLastUsed()
{
    m_store->save(makeProfile(QStringLiteral("a")));
    m_store->save(makeProfile(QStringLiteral("b")));
    m_store->setLastUsed(QStringLiteral("a"));
    m_store->remove(QStringLiteral("b"));
    m_store->remove(QStringLiteral("never there"));
    restart();
    QCOMPARE(namesOf(m_store->profiles()), QStringList{QStringLiteral("a")});
    QCOMPARE(m_store->lastUsed(), QStringLiteral("a"));
}

void TestProfileStore::lastUsed_ofAnUnknownName_isTheDemo()
{
    m_store->save(makeProfile(QStringLiteral("a")));
    m_store->setLastUsed(QStringLiteral("not a profile"));
    QCOMPARE(m_store->lastUsed(), QString());
    m_store->setLastUsed(QStringLiteral("a"));
    m_store->setLastUsed(QString()); // back to the demo
    restart();
    QCOMPARE(m_store->lastUsed(), QString());
}

void TestProfileStore::oddNames_roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("slashes") << QStringLiteral("eu/prod/main");
    QTest::newRow("backslashes") << QStringLiteral("C:\\prod\\1\\name");
    QTest::newRow("spaces and tab") << QStringLiteral("  two  spaces\tand a tab ");
    QTest::newRow("unicode") << QStringLiteral("Zürich – 東京 🔑");
    QTest::newRow("ini syntax") << QStringLiteral("[section]\nkey=value; comment # too");
    QTest::newRow("percent escapes") << QStringLiteral("%41%2F%%");
    QTest::newRow("quotes") << QStringLiteral("\"double\" and 'single'");
    QTest::newRow("array's own key") << QStringLiteral("size");
    QTest::newRow("settings keys") << QStringLiteral("connections/lastUsed");
}

void TestProfileStore::oddNames_roundTrip()
{
    QFETCH(QString, name);
    ConnectionProfile odd = makeProfile(name);
    odd.losantDomain = name; // free text in another field as well
    m_store->save(makeProfile(QStringLiteral("neighbour")));
    m_store->save(odd);
    m_store->setLastUsed(name);

    restart();
    QCOMPARE(stored(name), odd);
    QCOMPARE(m_store->profiles().size(), 2);
    QVERIFY(m_store->contains(QStringLiteral("neighbour")));
    QCOMPARE(m_store->lastUsed(), name);

    ConnectionProfile renamed = odd;
    renamed.name = name + QStringLiteral(" (old)");
    m_store->save(renamed, name);
    m_store->remove(QStringLiteral("neighbour"));
    restart();
    QCOMPARE(m_store->profiles(), QList<ConnectionProfile>{renamed});
    QCOMPARE(m_store->lastUsed(), renamed.name);
}

void TestProfileStore::apiUrl_defaultsAndRoundTrips()
{
    QCOMPARE(ConnectionProfile().apiUrl, QUrl(QStringLiteral("https://api.losant.com")));
    ConnectionProfile custom = makeProfile(QStringLiteral("custom"));
    custom.apiUrl = QUrl(QStringLiteral("https://losant.example.com:8443/api/v1/?x=a%20b"));
    m_store->save(makeProfile(QStringLiteral("default")));
    m_store->save(custom);
    restart();
    QCOMPARE(stored(QStringLiteral("default")).apiUrl,
             QUrl(QStringLiteral("https://api.losant.com")));
    QCOMPARE(stored(QStringLiteral("custom")).apiUrl, custom.apiUrl);
}

void TestProfileStore::apiUrl_passwordIsNeverStored()
{
    ConnectionProfile p = makeProfile(QStringLiteral("p"));
    p.apiUrl = QUrl(QStringLiteral("https://admin:hunter2-secret@api.example.com/"));
    m_store->save(p);
    restart();
    QCOMPARE(stored(QStringLiteral("p")).apiUrl,
             QUrl(QStringLiteral("https://admin@api.example.com/")));
    QVERIFY(!fileBytes().contains("hunter2"));
}

void TestProfileStore::changed_isEmittedOnEveryChangeOnly()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::changed);
    m_store->save(makeProfile(QStringLiteral("a")));
    QCOMPARE(changed.size(), 1);
    m_store->save(makeProfile(QStringLiteral("b")), QStringLiteral("a"));
    QCOMPARE(changed.size(), 2);
    m_store->setLastUsed(QStringLiteral("b"));
    QCOMPARE(changed.size(), 3);
    m_store->setLastUsed(QStringLiteral("b"));
    QCOMPARE(changed.size(), 3); // nothing changed
    m_store->remove(QStringLiteral("never there"));
    QCOMPARE(changed.size(), 3);
    m_store->remove(QStringLiteral("b"));
    QCOMPARE(changed.size(), 4);
}

void TestProfileStore::otherSettings_areLeftAlone()
{
    // The app shares its default QSettings with the window's state.
    m_settings->setValue(QStringLiteral("window/geometry"), QByteArray("geometry"));
    m_settings->setValue(QStringLiteral("connections/other"), 7);
    m_store->save(makeProfile(QStringLiteral("a")));
    m_store->save(makeProfile(QStringLiteral("b")), QStringLiteral("a"));
    m_store->setLastUsed(QStringLiteral("b"));
    m_store->remove(QStringLiteral("b"));
    restart();
    QCOMPARE(m_settings->value(QStringLiteral("window/geometry")).toByteArray(),
             QByteArray("geometry"));
    QCOMPARE(m_settings->value(QStringLiteral("connections/other")).toInt(), 7);
}

void TestProfileStore::settingsFile_neverHoldsASessionSecret()
{
    const QString secret
            = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi1vbmx5LXRlc3Q.c2lnbmF0dXJl");
    SecretStore secrets;
    bool written = false;
    QString error = QStringLiteral("<not called>");
    secrets.write(QStringLiteral("production"), secret, [&](const QString &e) {
        error = e;
        written = true;
    });
    QTRY_VERIFY(written);
    QCOMPARE(error, QString());
    QVERIFY(secrets.isSessionOnly()); // no keychain here: the fallback is what is under test

    m_store->save(makeProfile(QStringLiteral("production")));
    m_store->setLastUsed(QStringLiteral("production"));
    restart();
    QVERIFY(m_store->contains(QStringLiteral("production")));

    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("production"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains("c2Vzc2lvbi1vbmx5LXRlc3Q"));
}

void TestProfileStore::writeEntry(int index, const QList<QPair<QString, QString>> &keys)
{
    m_settings->beginWriteArray(QStringLiteral("connections/profiles"));
    m_settings->setArrayIndex(index);
    for (const auto &[key, value] : keys)
        m_settings->setValue(key, value);
    m_settings->endArray();
    m_settings->sync();
}

void TestProfileStore::everyKind_survivesARestart()
{
    ConnectionProfile instance = makeProfile(QStringLiteral("instance"));
    ConnectionProfile application = makeProfile(QStringLiteral("application"),
                                                QStringLiteral("6a1b2c3d4e5f60718293a4b5"));
    application.kind = TokenLocation::Kind::Application;
    ConnectionProfile mine = makeProfile(QStringLiteral("mine"));
    mine.kind = TokenLocation::Kind::User;
    mine.ownerId.clear();
    for (const ConnectionProfile &p : {instance, application, mine})
        m_store->save(p);
    restart();
    QCOMPARE(stored(QStringLiteral("instance")), instance);
    QCOMPARE(stored(QStringLiteral("application")), application);
    QCOMPARE(stored(QStringLiteral("mine")), mine);
    QCOMPARE(stored(QStringLiteral("application")).location().collectionPath(),
             QStringLiteral("/applications/6a1b2c3d4e5f60718293a4b5/tokens"));
    QCOMPARE(stored(QStringLiteral("mine")).location().collectionPath(),
             QStringLiteral("/me/tokens"));
}

void TestProfileStore::previousVersionEntry_readsAsAnInstance()
{
    writeEntry(0,
               {{QStringLiteral("name"), QStringLiteral("before")},
                {QStringLiteral("apiUrl"), QStringLiteral("https://api.example.com")},
                {QStringLiteral("instanceId"), QStringLiteral("5f0e1c2d3b4a5968778695a4")},
                {QStringLiteral("losantDomain"), QStringLiteral("example.onlosant.com")}});
    restart();
    ConnectionProfile expected = makeProfile(QStringLiteral("before"));
    expected.apiUrl = QUrl(QStringLiteral("https://api.example.com"));
    expected.losantDomain = QStringLiteral("example.onlosant.com");
    QCOMPARE(stored(QStringLiteral("before")), expected);
    QCOMPARE(stored(QStringLiteral("before")).kind, TokenLocation::Kind::Instance);
}

void TestProfileStore::instanceProfiles_stillWriteTheKeyThePreviousVersionReads()
{
    m_store->save(makeProfile(QStringLiteral("instance")));
    m_settings->beginReadArray(QStringLiteral("connections/profiles"));
    m_settings->setArrayIndex(0);
    QCOMPARE(m_settings->value(QStringLiteral("instanceId")).toString(),
             QStringLiteral("5f0e1c2d3b4a5968778695a4"));
    QCOMPARE(m_settings->value(QStringLiteral("kind")).toString(), QStringLiteral("instance"));
    m_settings->endArray();
}

void TestProfileStore::entryOfAnUnknownKind_isLeftOut()
{
    m_store->save(makeProfile(QStringLiteral("known")));
    writeEntry(1,
               {{QStringLiteral("name"), QStringLiteral("newer")},
                {QStringLiteral("kind"), QStringLiteral("organization")},
                {QStringLiteral("ownerId"), QStringLiteral("5f0e1c2d3b4a5968778695a4")}});
    restart();
    QCOMPARE(namesOf(m_store->profiles()), QStringList{QStringLiteral("known")});
}

QTEST_GUILESS_MAIN(TestProfileStore)

#include "tst_profilestore.moc"
