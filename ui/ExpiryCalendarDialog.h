#pragma once

#include "api/TokenCollection.h"

#include <QDialog>

class FetchProgress;
class QLabel;
class QLineEdit;
class QPushButton;

// File ▸ Export expiry calendar: loads every token of the collection (progress, Cancel) and
// writes an iCalendar file with one event per token still to expire (core/ExpiryCalendar).
class ExpiryCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    ExpiryCalendarDialog(const TokenCollection &collection, QWidget *parent = nullptr);

Q_SIGNALS:
    void exported(const QString &path, int events);

private:
    void browse();
    void save();
    void updateSave();

    TokenCollection m_collection;
    FetchProgress *m_fetch;
    QLineEdit *m_path;
    QLabel *m_error;
    QPushButton *m_save;
};
