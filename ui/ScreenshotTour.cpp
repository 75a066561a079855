#include "ui/ScreenshotTour.h"

#include "ui/CreateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/TokenListModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>

#include <functional>
#include <memory>

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &view, const QString &path)
    : QObject(window), m_window(window), m_view(view), m_path(path)
{ }

void ScreenshotTour::start()
{
    selectToken(); // every view has the window behind it, with a token's details
    if (m_view == QLatin1String("create")) {
        saveSoon(openCreateDialog());
    } else if (m_view == QLatin1String("created")) {
        auto *dialog = qobject_cast<CreateTokenDialog *>(openCreateDialog());
        // After the window's own handler, which opens the dialog that shows the secret.
        connect(dialog, &CreateTokenDialog::tokenCreated, this, [this] {
            saveSoon(m_window->findChild<QWidget *>(QStringLiteral("tokenCreatedDialog")));
        });
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        if (!create || !create->isEnabled()) {
            Q_EMIT finished(false);
            return;
        }
        create->click();
    } else if (m_view == QLatin1String("roles")) {
        showOrgRoles(openCreateDialog());
    } else if (m_view == QLatin1String("connections")) {
        // The session opens it, queued: looked for once the event loop has run.
        m_window->findChild<QAction *>(QStringLiteral("connectionsAction"))->trigger();
        QTimer::singleShot(0, this, [this] {
            QWidget *shown = nullptr;
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("connectionDialog") && w->isVisible())
                    shown = w;
            saveSoon(shown);
        });
    } else {
        saveSoon(m_window);
    }
}

void ScreenshotTour::selectToken()
{
    // An active token with an expiry date shows the most fields; else the first row.
    const TokenListModel *model = m_window->model();
    int row = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const ApiToken &t = model->tokenAt(r);
        if (t.isActive() && t.expirationDate.isValid() && !t.description.isEmpty()) {
            row = r;
            break;
        }
    }
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    if (table && model->rowCount() > 0) {
        table->selectRow(row);
        table->setFocus();
    }
}

QWidget *ScreenshotTour::openCreateDialog()
{
    m_window->findChild<QAction *>(QStringLiteral("newTokenAction"))->trigger();
    auto *dialog = m_window->findChild<CreateTokenDialog *>(QStringLiteral("createTokenDialog"));
    if (!dialog)
        return nullptr;
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))) {
        name->setText(tr("ci-deploy-2026"));
        Q_EMIT name->textEdited(name->text()); // as typed: the form checks what is edited
    }
    if (auto *about = dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit")))
        about->setPlainText(tr("Deploys workflows from the CI pipeline"));
    if (auto *readOnly
        = dialog->findChild<QAbstractButton *>(QStringLiteral("permissionsReadOnly")))
        readOnly->click();
    return dialog;
}

namespace {
// Calls `then` once `picker` offers more than `prompts` lines of names (at once if it does), or
// after five seconds without: the picture then shows why there are none.
void whenNamed(QComboBox *picker, int prompts, QObject *context, const std::function<void()> &then)
{
    auto done = std::make_shared<bool>(false);
    const auto check = [picker, prompts, done, then] {
        if (*done || picker->count() <= prompts
            || picker->itemData(picker->count() - 1).toString().isEmpty())
            return;
        *done = true;
        QTimer::singleShot(0, picker, then); // not inside the picker's own filling
    };
    QObject::connect(picker->model(), &QAbstractItemModel::rowsInserted, context, check);
    QTimer::singleShot(5000, context, [done, then] {
        if (!*done) {
            *done = true;
            then();
        }
    });
    check();
}

void choose(QComboBox *picker, int index)
{
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index); // as a click on the line does
}
} // namespace

void ScreenshotTour::showOrgRoles(QWidget *dialog)
{
    // An organization chosen by name, and one of its applications: the pickers at work.
    auto *add = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("addOrgRole")) : nullptr;
    if (!add) {
        saveSoon(nullptr);
        return;
    }
    add->click();
    QWidget *row = dialog->findChild<QWidget *>(QStringLiteral("orgRoleRow_0"));
    auto *orgs = row->findChild<QComboBox *>(QStringLiteral("orgPicker"));
    const QPointer<QWidget> shown(dialog);
    whenNamed(orgs, 2, this, [this, shown, row, orgs] {
        if (!shown)
            return saveSoon(nullptr);
        if (orgs->count() > 2)
            choose(orgs, 2); // the first organization, after the prompt and Sandbox
        row->findChild<QPushButton *>(QStringLiteral("addApplicationRole"))->click();
        auto *apps = row->findChild<QComboBox *>(QStringLiteral("resourcePicker"));
        whenNamed(apps, 1, this, [this, shown, row, apps] {
            if (!shown)
                return saveSoon(nullptr);
            if (apps->count() > 1)
                choose(apps, 1);
            if (auto *scroll = shown->findChild<QScrollArea *>())
                scroll->ensureWidgetVisible(row);
            saveSoon(shown);
        });
    });
}

void ScreenshotTour::saveSoon(QWidget *widget)
{
    if (!widget) {
        Q_EMIT finished(false);
        return;
    }
    QPointer<QWidget> shown(widget);
    QTimer::singleShot(0, this, [this, shown] {
        if (!shown) {
            Q_EMIT finished(false);
            return;
        }
        shown->activateWindow();
        Q_EMIT finished(saveLaidOut(shown, m_path));
    });
}

bool ScreenshotTour::saveLaidOut(QWidget *widget, const QString &path)
{
    // The status bar would otherwise be pictured with its text cut at its old width.
    const QPointer<QWidget> shown(widget);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return shown && shown->grab().save(path);
}
