#pragma once

#include "api/CallSlot.h"
#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/ApiTokenDraft.h"
#include "core/ApiTokenSchema.h"
#include "workflows/LostCreateCheck.h"

#include <QDialog>

class CopyFeedback;
class CreateTokenForm;
class PolicyCheck;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
struct ApiError;

// The create-token dialog: the form, a preview of the exact body, and one POST per click.
// It starts safe: no permissions chosen, a 90-day expiration, and Enter moves on to the next
// field until the form is complete.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    CreateTokenDialog(const TokenCollection &collection, QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    ApiTokenDraft draft() const;
    // Fills the form from an existing token, all but the name, for rotating it: the same
    // lifetime from now. Returns the scopes the picker does not know (left out).
    QStringList prefillFrom(const ApiToken &token);
    // The schema's problems and the form's own (expiration in the future, a scope chosen).
    QList<SchemaProblem> problems() const;
    bool isSending() const { return m_sending.isBusy(); }
    // After a lost answer: looking up whether the token was created after all.
    bool isChecking() const { return m_check->isRunning(); }

Q_SIGNALS:
    // After the 201; `token.token` holds the secret for the one dialog that shows it.
    void tokenCreated(const ApiToken &token);
    // The create's answer was lost, so the token may exist: the list should be refreshed.
    void createOutcomeUnknown(const QString &name);

public Q_SLOTS:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildPreview();
    void revalidate();
    QString reasonFor(const QList<SchemaProblem> &all, const QList<SchemaProblem> &shown) const;
    void send();
    void onFailed(const ApiError &error);
    void onLostCreateFound(const ApiToken &token);
    void onLostCreateCheckFailed(const ApiError &error);
    void copyCurl();

    TokenCollection m_collection;
    CallSlot m_sending{this}; // the one create out; a second click waits for it
    LostCreateCheck *m_check;

    CreateTokenForm *m_form;
    QPlainTextEdit *m_preview;
    CopyFeedback *m_curlCopied;
    QLabel *m_reason;
    QLabel *m_serverError;
    PolicyCheck *m_policy; // the team policy's violations and their override
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};
