#pragma once

#include <QDateTime>
#include <QWidget>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

// When a new token expires: 30 days, 90 days (the default), a year, a date of one's own, or
// never, which stays possible but is warned about. The date field always shows the result.
class ExpirationPicker : public QWidget
{
    Q_OBJECT
public:
    enum Choice { Days30 = 1, Days90, OneYear, CustomDate, Never };

    explicit ExpirationPicker(QWidget *parent = nullptr);

    Choice choice() const;
    // Invalid when the token never expires.
    QDateTime expiration() const;
    // Prefilling: a valid date becomes the custom date, an invalid one "Never".
    void setExpiration(const QDateTime &at);

Q_SIGNALS:
    // The person (or a prefill) changed the expiration.
    void changed();

private:
    void onChoice(int id);

    QButtonGroup *m_choices;
    QDateTimeEdit *m_date;
    QLabel *m_neverWarning;
};
