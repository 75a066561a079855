#include "ui/MessageBox.h"

#include <QLabel>
#include <QPushButton>

namespace {
std::optional<MessageBox::Button> g_nextAnswer;

// Ours are pushed in this order; the standard ones QMessageBox places by platform.
constexpr MessageBox::Button kAll[] = {
        MessageBox::Ok,         MessageBox::Cancel,  MessageBox::Close,    MessageBox::Continue,
        MessageBox::Delete,     MessageBox::Remove,  MessageBox::SaveMine, MessageBox::LoadTheirs,
        MessageBox::Deactivate, MessageBox::Activate};

QMessageBox::StandardButton standardOf(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Ok:
        return QMessageBox::Ok;
    case MessageBox::Cancel:
        return QMessageBox::Cancel;
    case MessageBox::Close:
        return QMessageBox::Close;
    default:
        return QMessageBox::NoButton;
    }
}

QPushButton *addButton(QMessageBox *box, MessageBox::Button button)
{
    if (const QMessageBox::StandardButton standard = standardOf(button))
        return box->addButton(standard);
    switch (button) {
    case MessageBox::Continue:
        return box->addButton(MessageBox::tr("Continue"), QMessageBox::AcceptRole);
    case MessageBox::Delete:
        return box->addButton(MessageBox::tr("Delete"), QMessageBox::DestructiveRole);
    case MessageBox::Remove:
        return box->addButton(MessageBox::tr("Remove"), QMessageBox::DestructiveRole);
    case MessageBox::SaveMine:
        return box->addButton(MessageBox::tr("Save my changes"), QMessageBox::AcceptRole);
    case MessageBox::LoadTheirs:
        return box->addButton(MessageBox::tr("Load theirs"), QMessageBox::ResetRole);
    case MessageBox::Deactivate:
        return box->addButton(MessageBox::tr("Deactivate"), QMessageBox::DestructiveRole);
    case MessageBox::Activate:
        return box->addButton(MessageBox::tr("Activate"), QMessageBox::AcceptRole);
    default:
        return nullptr;
    }
}

const char kButtonProperty[] = "messageBoxButton";
} // namespace

MessageBox::Button MessageBox::question(QWidget *parent, const Message &message, Buttons buttons,
                                        Button defaultButton)
{
    return run(parent, Question, message, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const Message &message, Buttons buttons,
                                       Button defaultButton)
{
    return run(parent, Warning, message, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const Message &message, Buttons buttons,
                                        Button defaultButton)
{
    return run(parent, Critical, message, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const Message &message, Buttons buttons,
                                           Button defaultButton)
{
    return run(parent, Information, message, buttons, defaultButton);
}

void MessageBox::ask(QWidget *parent, Icon icon, const Message &message, Buttons buttons,
                     Button defaultButton, std::function<void(Button)> answered)
{
    if (const std::optional<Button> preset = takeNextAnswer()) {
        answered(*preset);
        return;
    }
    QMessageBox *box = build(parent, icon, message, buttons, defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, answered = std::move(answered)] { answered(answerOf(box)); });
    box->open();
}

QMessageBox *MessageBox::notify(QWidget *parent, Icon icon, const Message &message)
{
    QMessageBox *box = build(parent, icon, message, Ok, Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
    return box;
}

void MessageBox::setNextAnswer(Button button)
{
    g_nextAnswer = button;
}

std::optional<MessageBox::Button> MessageBox::takeNextAnswer()
{
    std::optional<Button> answer;
    answer.swap(g_nextAnswer);
    return answer;
}

QMessageBox *MessageBox::build(QWidget *parent, Icon icon, const Message &message, Buttons buttons,
                               Button defaultButton)
{
    auto *box = new QMessageBox(QMessageBox::Icon(icon), message.title, message.text,
                                QMessageBox::NoButton, parent);
    box->setObjectName(message.objectName);
    box->setTextFormat(Qt::PlainText); // server text is never markup
    box->setInformativeText(message.informativeText);
    // QMessageBox guesses the informative text's format; it often quotes the server.
    if (auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
    box->setDetailedText(message.detailedText);
    for (const Button button : kAll) {
        if (!buttons.testFlag(button))
            continue;
        QPushButton *pushed = addButton(box, button);
        pushed->setProperty(kButtonProperty, unsigned(button));
        pushed->setObjectName(message.buttonNames.value(button));
        if (button == defaultButton)
            box->setDefaultButton(pushed);
    }
    return box;
}

MessageBox::Button MessageBox::answerOf(QMessageBox *box)
{
    QAbstractButton *clicked = box->clickedButton();
    if (clicked)
        return Button(clicked->property(kButtonProperty).toUInt());
    // Closed by Escape or the title bar: the escape button's answer, else none.
    QAbstractButton *escape = box->escapeButton();
    return escape ? Button(escape->property(kButtonProperty).toUInt()) : NoButton;
}

MessageBox::Button MessageBox::run(QWidget *parent, Icon icon, const Message &message,
                                   Buttons buttons, Button defaultButton)
{
    if (const std::optional<Button> preset = takeNextAnswer())
        return *preset;
    QMessageBox *box = build(parent, icon, message, buttons, defaultButton);
    box->exec();
    const Button answer = answerOf(box);
    delete box;
    return answer;
}
