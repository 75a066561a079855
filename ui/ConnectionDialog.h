#pragma once

#include "connections/ConnectionProfile.h"
#include "connections/ConnectionTester.h"

#include <QDialog>

class KindChoice;
class ProfileStore;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QToolButton;
class SecretStore;

// Add, edit, remove and open connection profiles: the non-secret fields go to the profile
// store, the access token to the keychain, and "Test connection" tries them before saving.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network,
                     QWidget *parent = nullptr);

    // Shows this profile's fields (or an empty new profile for an empty name).
    void selectProfile(const QString &name);
    // For an on-the-spot hint above the form (e.g. "no access token stored").
    void showNotice(const QString &text);
    ConnectionProfile editedProfile() const;
    QString problem() const; // why the form cannot be saved; empty when it can
    ConnectionTester *tester() const { return m_tester; }

Q_SIGNALS:
    // The person asked to open this saved profile in the window.
    void openRequested(const QString &profileName);

private:
    QWidget *buildForm();
    void showKind(); // the ID row as the chosen kind needs it
    void reloadList(const QString &select);
    void showProfile(const ConnectionProfile &profile, bool isNew);
    void revalidate();
    void testConnection();
    void onTested(ConnectionTester::Outcome outcome, const QString &message);
    void save(bool thenOpen);
    void removeSelected();
    void removeProfile(const QString &name); // after the person confirmed
    void setBusy(bool busy);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConnectionTester *m_tester;
    QString m_loadedName; // the saved profile being edited; empty for a new one
    quint64 m_secretRead = 0; // tells a late keychain read for another profile apart

    QListWidget *m_list;
    QPushButton *m_remove;
    QLabel *m_notice;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_url;
    QLabel *m_urlError;
    KindChoice *m_kind;
    QLabel *m_ownerLabel; // "Instance ID" or "Application ID"
    QStackedWidget *m_idField; // the ID, or for the user's own tokens a note that none is needed
    QLineEdit *m_instance; // the instance or application ID
    QLabel *m_instanceError;
    QLineEdit *m_token;
    QToolButton *m_showToken;
    QLabel *m_tokenNote;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_domain;
    QPushButton *m_test;
    QLabel *m_testResult;
    QPushButton *m_save;
    QPushButton *m_open;
};
