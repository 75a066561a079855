#include "ui/FormMessages.h"

#include "ui/StatePalette.h"

#include <QLabel>

QLabel *FormMessages::errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    StatePalette::setTextColor(label, StatePalette::State::Error);
    label->hide();
    return label;
}
