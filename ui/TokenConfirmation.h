#pragma once

#include "core/ApiToken.h"

#include <QCoreApplication>

class QWidget;

// The questions asked before tokens are deleted, deactivated or activated: each token is named
// so that equal names are told apart and listed once, and the button says what will happen.
class TokenConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(TokenConfirmation)
public:
    enum class Action { Delete, Deactivate, Activate };

    static bool confirmDelete(QWidget *parent, const ApiToken &token);
    // Several tokens: `question` on top, then the tokens, then `warning`.
    static bool confirmBulk(QWidget *parent, Action action, const QList<ApiToken> &tokens,
                            const QString &question, const QString &warning);
    // Asked after the others when the app's own token is among those to delete or deactivate.
    static bool confirmOwnToken(QWidget *parent, Action action, const ApiToken &token);

    static constexpr int kListed = 15; // more are under "Show Details…"
};
