#pragma once

#include "core/DirectoryPage.h"

#include <QComboBox>
#include <QPointer>

class QLineEdit;

// A choice by name beside an ID field: choosing a name writes its ID into the field, and an ID
// typed into the field that the list knows shows its name here. The field stays what is sent
// and validated, so a list that cannot be read costs nothing but the names.
class DirectoryPicker : public QComboBox
{
    Q_OBJECT
public:
    DirectoryPicker(QLineEdit *idField, const QString &prompt, QWidget *parent = nullptr);

    // Lists these entries after the prompt (names as plain text; equal names are told apart by
    // the ends of their IDs), and shows the field's ID among them when it is one of them.
    void setEntries(const QList<DirectoryEntry> &entries);
    // One line saying the names are on their way; choosing it changes nothing.
    void showLoading(const QString &text);

private:
    void showFieldId(); // the entry whose ID the field holds, else the prompt
    void choose(int index);

    QPointer<QLineEdit> m_field;
    QString m_prompt;
    QList<DirectoryEntry> m_shown; // what the items are made of
    bool m_loading = false;
};
