#pragma once

#include <QString>

class QLabel;
class QWidget;

// The labels that carry a form's messages, made one way wherever a dialog needs them.
namespace FormMessages {

// A hidden, word-wrapped label in the error colour for messages that quote server or typed text,
// so it shows them as plain text, never markup.
QLabel *errorLabel(const QString &objectName, QWidget *parent);

} // namespace FormMessages
