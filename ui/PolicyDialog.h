#pragma once

#include "core/TokenPolicy.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Settings ▸ Token policy…: the rules the New token dialog checks a draft against, saved in the
// settings on OK, and imported from or exported to a JSON file a team shares.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PolicyDialog(QWidget *parent = nullptr);

    TokenPolicy policy() const; // as the fields say
    void setPolicy(const TokenPolicy &policy);
    void importFrom(const QString &path); // the fields take the file's policy, or say why not
    void exportTo(const QString &path) const;

public Q_SLOTS:
    void accept() override;

private:
    void chooseFile(bool save);
    void showError(const QString &text) const;

    QSpinBox *m_maxLifetime;
    QPlainTextEdit *m_scopes;
    QCheckBox *m_description;
    QLineEdit *m_namePattern;
    QLabel *m_error;
};
