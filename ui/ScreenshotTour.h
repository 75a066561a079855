#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;
class QWidget;

// The developer option --screenshot-of: opens one view of the app as a person would (the main
// window with a token selected, the New token dialog filled in, its org roles chosen by name,
// the secret of a created token, the connections) and saves it as a PNG, for the README's
// screenshots.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    // `view`: main, create, roles, created or connections.
    ScreenshotTour(MainWindow *window, const QString &view, const QString &path);
    void start();
    // Lets what is queued (the first page's findings summary) land and be laid out, then saves
    // `widget` as pictured to `path`; false when it could not be saved.
    static bool saveLaidOut(QWidget *widget, const QString &path);

Q_SIGNALS:
    void finished(bool saved);

private:
    void selectToken();
    QWidget *openCreateDialog();
    void showOrgRoles(QWidget *dialog); // then saves it
    void saveSoon(QWidget *widget); // once the event loop has laid it out and painted it

    QPointer<MainWindow> m_window;
    QString m_view;
    QString m_path;
};
