#pragma once

#include "core/AuditLogQuery.h"
#include "core/InstanceAuditLog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

// The Activity view's filters: actor, action, response status and date range. Each change is
// a new server query (changed()); the filter always keeps to entries about API tokens.
class ActivityFilters : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityFilters(QWidget *parent = nullptr);

    // The server filter and date range the controls say (invalid dates: not limited).
    AuditLogFilter filter() const;
    QDateTime start() const;
    QDateTime end() const;
    // Offers these actors in the actor list (those not offered yet).
    void addActors(const QList<AuditParty> &actors);

Q_SIGNALS:
    void changed();

private:
    void applyActor(); // the actor typed or chosen, as an actor filter
    QString currentKey() const; // what the controls say, to compare
    void emitIfChanged();

    QComboBox *m_actor;
    QComboBox *m_action;
    QComboBox *m_status;
    QCheckBox *m_fromCheck, *m_toCheck;
    QDateEdit *m_from, *m_to;
    QList<AuditParty> m_actorFilter;
    QString m_lastKey; // the filters last announced, to send a query only when they change
};
