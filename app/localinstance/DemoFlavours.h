#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The words and scopes the demo's made-up tokens are drawn from, one set per collection, so
// an application's tokens read like devices and dashboards and a user's like personal scripts.
struct DemoFlavour
{
    QStringList purposes; // the name's first part
    QStringList suffixes; // its optional second part
    QStringList users; // who created them
    QStringList flows; // the workflows that created them
    QStringList descriptions;
    QList<QStringList> scopeSets;
    bool withRoles = true; // default and organization roles (not for application tokens)
};

namespace DemoFlavours {
const DemoFlavour &instance();
const DemoFlavour &greenhouse();
const DemoFlavour &fleet();
const DemoFlavour &user();
QString demoUserName(); // the demo user, who owns "my tokens"
} // namespace DemoFlavours
