#pragma once

#include "ui/CreateTokenDialog.h"

#include <QPointer>

class TokenCollection;

// The New token dialog of one test, on its own as the window would open it, used like a
// CreateTokenDialog *.
class CreateDialogFixture
{
public:
    // How far open() goes before it returns.
    enum class Until { Exposed, Active };

    CreateDialogFixture() = default;
    CreateDialogFixture(const CreateDialogFixture &) = delete;
    CreateDialogFixture &operator=(const CreateDialogFixture &) = delete;
    ~CreateDialogFixture() { close(); }

    // Shows a dialog creating among these tokens; false (with the test failed) if it never got
    // as far as `until`.
    bool open(const TokenCollection &tokens, Until until);
    // Deletes the dialog; nothing if none is open.
    void close();

    CreateTokenDialog *dialog() const { return m_dialog; }
    CreateTokenDialog *operator->() const { return m_dialog; }
    operator CreateTokenDialog *() const { return m_dialog; }

private:
    QPointer<CreateTokenDialog> m_dialog;
};
