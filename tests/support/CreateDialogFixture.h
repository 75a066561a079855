#pragma once

#include "support/LocalApiFixture.h"
#include "support/RequestLog.h"
#include "support/WidgetLookup.h"
#include "ui/CreateTokenDialog.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QPushButton;
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

// A suite whose every test starts with a New token dialog on a fresh, listening instance with
// empty settings, and drops both (and the clipboard) after.
class CreateDialogTest : public QObject, protected LocalApiSuite
{
    Q_OBJECT

public:
    explicit CreateDialogTest(CreateDialogFixture::Until until) : m_until(until) { }

protected:
    // A widget of the dialog by objectName; a missing one fails the test.
    template<typename T = QWidget> T *child(const QString &name) const
    {
        return ::child<T>(m_dialog, name);
    }
    QPushButton *createButton() const;
    // The bodies of the creates the server got, oldest first.
    QList<QJsonObject> postBodies() const { return RequestLog::bodies(*m_server, "POST"); }
    // Clicks a widget, or types into it after giving it the focus, as the person would.
    void click(const QString &name);
    void type(const QString &name, const QString &text);

    CreateDialogFixture m_dialog;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

private:
    CreateDialogFixture::Until m_until;
};
