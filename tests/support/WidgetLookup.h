#pragma once

#include <QObject>
#include <QString>
#include <QTest>

// A child by objectName and type; a missing one fails the test and says which name it was.
template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        QTest::qFail(
                qPrintable(QStringLiteral("no child named \"%1\" of the expected type").arg(name)),
                __FILE__, __LINE__);
    return found;
}
