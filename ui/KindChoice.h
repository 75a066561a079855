#pragma once

#include "core/TokenLocation.h"

#include <QWidget>

class QButtonGroup;

// Which collection a connection opens: an instance, an application or the user's own tokens,
// as three radio buttons (mnemonics, and the arrow keys move along them).
class KindChoice : public QWidget
{
    Q_OBJECT
public:
    explicit KindChoice(QWidget *parent = nullptr);

    TokenLocation::Kind kind() const;
    void setKind(TokenLocation::Kind kind); // kindChanged() only when it is another kind

Q_SIGNALS:
    void kindChanged(TokenLocation::Kind kind);

private:
    QButtonGroup *m_buttons; // ids are TokenLocation::Kind values
};
