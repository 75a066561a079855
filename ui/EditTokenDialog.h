#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"

#include <QDialog>
#include <QJsonObject>

class OrgRolesEditor;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class TokenEditSubmission;
struct ApiError;

// Edits one token's name, description, status, default role and org roles (no roles for
// application tokens: docs/api.md "Scopes per kind"). Saving checks the
// PATCH against docs/schemas/apiTokenPatch.json, then TokenEditSubmission fetches the token again,
// this dialog offers any change made elsewhere since it was loaded, and only the fields the
// person changed are sent.
class EditTokenDialog : public QDialog
{
    Q_OBJECT
public:
    EditTokenDialog(const TokenCollection &collection, const ApiToken &token,
                    QWidget *parent = nullptr);
    ~EditTokenDialog() override;

    // The PATCH body for the form as it is: the fields that differ from the loaded token.
    QJsonObject patch() const;

Q_SIGNALS:
    void tokenSaved(const ApiToken &token);
    // The server's current state, fetched before saving (the table shows it too).
    void tokenFetched(const ApiToken &token);

private:
    void fill(const ApiToken &token);
    void save();
    void onConflict(const ApiToken &loaded, const ApiToken &fresh);
    void onFailed(const ApiError &error);
    void setBusy(bool busy);
    static QStringList differences(const ApiToken &from, const ApiToken &to);

    ApiToken m_loaded; // the state the form started from; lastUpdated detects other edits
    bool m_hasRoles; // false for application tokens: roles are neither shown nor sent
    TokenEditSubmission *m_submission;
    bool m_isOwnToken; // the token the app is connected with

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_status;
    QComboBox *m_defaultRole;
    OrgRolesEditor *m_orgRoles;
    QLabel *m_error;
    QPushButton *m_save;
};
