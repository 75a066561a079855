#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

// Every question and notice the app puts in a box goes through here: the text is always plain
// (server text is never markup), the box and its buttons carry objectNames tests find, and a
// test may preset the next answer instead of clicking.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    enum Button : unsigned {
        NoButton = 0,
        Ok = 1u << 0,
        Cancel = 1u << 1,
        Close = 1u << 2,
        Continue = 1u << 3, // goes on with something that asks for care
        Delete = 1u << 4,
        Remove = 1u << 5,
        SaveMine = 1u << 6, // an edit conflict: send my changes anyway
        LoadTheirs = 1u << 7, // an edit conflict: show the server's version
        Deactivate = 1u << 8,
        Activate = 1u << 9,
    };
    Q_DECLARE_FLAGS(Buttons, Button)
    enum Icon {
        Information = QMessageBox::Information,
        Question = QMessageBox::Question,
        Warning = QMessageBox::Warning,
        Critical = QMessageBox::Critical,
    };

    struct Message
    {
        Message() = default;
        Message(const QString &objectName, const QString &title, const QString &text,
                const QString &informativeText = QString())
            : objectName(objectName), title(title), text(text), informativeText(informativeText)
        { }

        QString objectName; // of the box
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        QMap<Button, QString> buttonNames; // objectNames of buttons
    };

    // Modal: the button chosen (the default one when the box is closed another way).
    static Button question(QWidget *parent, const Message &message, Buttons buttons,
                           Button defaultButton);
    static Button warning(QWidget *parent, const Message &message, Buttons buttons = Ok,
                          Button defaultButton = NoButton);
    static Button critical(QWidget *parent, const Message &message, Buttons buttons = Ok,
                           Button defaultButton = NoButton);
    static Button information(QWidget *parent, const Message &message, Buttons buttons = Ok,
                              Button defaultButton = NoButton);
    // Window-modal without blocking: `answered` runs with the button chosen.
    static void ask(QWidget *parent, Icon icon, const Message &message, Buttons buttons,
                    Button defaultButton, std::function<void(Button)> answered);
    // Not modal, for a report the person may read while working on; gone when closed.
    static QMessageBox *notify(QWidget *parent, Icon icon, const Message &message);

    // The next modal box or ask() is not shown and answers `button` (once).
    static void setNextAnswer(Button button);

private:
    static QMessageBox *build(QWidget *parent, Icon icon, const Message &message, Buttons buttons,
                              Button defaultButton);
    static Button answerOf(QMessageBox *box);
    static Button run(QWidget *parent, Icon icon, const Message &message, Buttons buttons,
                      Button defaultButton);
    static std::optional<Button> takeNextAnswer();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MessageBox::Buttons)
