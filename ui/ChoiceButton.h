#pragma once

#include <QButtonGroup>
#include <QRadioButton>
#include <QString>

// A radio button for one choice of a group, under the name the tests find it by; the group's
// id for it is the choice.
inline QRadioButton *choiceButton(QButtonGroup *group, int choice, const QString &text,
                                  const QString &objectName, QWidget *parent)
{
    auto *button = new QRadioButton(text, parent);
    button->setObjectName(objectName);
    group->addButton(button, choice);
    return button;
}
