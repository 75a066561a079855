#pragma once

#include "api/TokenCollection.h"
#include <QMainWindow>
#include <QPointer>

class ActivityDialog;
enum class FindingAction;
class CreateTokenDialog;
class ExpiryViews;
class FilterBar;
class FindingsController;
class ListRateLimit;
class MessageBar;
class QuickRowFilter;
class QComboBox;
class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTableView;
class QToolBar;
class TokenActions;
class TokenDetailsPane;
class TokenListModel;
class TokenSelection;
struct ApiError;

// One entry of the window's switcher: a collection of the demo (by its index) or a saved
// connection profile (by name).
struct CollectionChoice
{
    QString text; // as the switcher shows it, with the kind
    QString toolTip; // the kind and ID in full
    int demoIndex = -1; // >= 0: the demo's collection of that index
    QString profile; // else: the profile's name

    bool sameAs(const CollectionChoice &o) const
    {
        return demoIndex == o.demoIndex && (demoIndex >= 0 || profile == o.profile);
    }
};
struct ApiToken;

// The token browser: the instance's tokens in a table fed page by page from the server,
// a filter bar, and the selected token's details.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const TokenCollection &collection, const QString &collectionLabel,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    TokenListModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    MessageBar *infoBar() const;
    // The expiry radar, calendar and start notice (the app turns the notice on).
    ExpiryViews *expiryViews() const { return m_expiry; }
    // The switcher's entries (the demo's collections, then the profiles) and the one shown.
    void setChoices(const QList<CollectionChoice> &choices, const CollectionChoice &current);
    // Geometry, columns, sort and page size, for the next window.
    void saveLayout() const;
    // The server refused the access token (401), or the app deleted or deactivated it.
    bool hasLostAccess() const { return m_lostAccess; }

Q_SIGNALS:
    // After the first page has been painted (for start-up measurements and screenshots).
    void firstPageShown();
    // The person chose another collection in the switcher.
    void choiceRequested(const CollectionChoice &choice);
    void connectionsRequested();
    // A finding's Rotate button in the details pane, for the selected token.
    void rotateRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void restoreLayout();
    void updateStatus();
    void onLoadFailed(const ApiError &error);
    void onFilterChanged(const QString &field, const QString &filter);
    // F6 / Shift+F6: the filter, the table, the details pane, round (step +1 or -1).
    void focusNextPane(int step);
    void setUpTabOrder(); // filter, table, details, toolbar: one stop per control, not per cell
    void onSelectionChanged();
    void showSelectedFindings();
    void onFindingAction(FindingAction action); // a finding's button in the details pane
    void showLostAccess(const QString &text);
    void copySelectedId();
    void showCurrentChoice(); // the switcher shows the open collection again
    void showTableMenu(const QPoint &pos);
    void chooseColumns(const QPoint &pos);
    void choosePageSize();
    QString emptyText() const;
    QString emptyHint() const; // what to try when a filter finds nothing
    CreateTokenDialog *newCreateDialog(); // with the window's handlers connected
    void openCreateTokenDialog();
    void openCreateSimilarDialog();
    void openExportDialog();
    void openActivityDialog();
    void onTokenCreated(const ApiToken &token);
    void onCreateLost(const QString &name);
    void selectPendingToken();

    TokenListModel *m_model;
    QTableView *m_table;
    FilterBar *m_filterBar;
    MessageBar *m_errorBar;
    ListRateLimit *m_rateLimit;
    QuickRowFilter *m_quickFilter = nullptr;
    FindingsController *m_findings = nullptr;
    TokenDetailsPane *m_details;
    TokenSelection *m_selection; // what every action and the details pane act on
    TokenActions *m_actions = nullptr;
    QAction *m_similar = nullptr;
    QAction *m_copyId = nullptr;
    QSplitter *m_splitter;
    MessageBar *m_infoBar = nullptr;
    MessageBar *m_expiryBar = nullptr; // the start notice where no system tray shows it
    ExpiryViews *m_expiry = nullptr;
    QComboBox *m_switcher = nullptr;
    QToolBar *m_toolbar = nullptr;
    QList<CollectionChoice> m_choices; // the switcher's entries, in its order (separators aside)
    CollectionChoice m_currentChoice;
    QLabel *m_emptyLabel;
    QLabel *m_countLabel;
    QLabel *m_refreshLabel;
    QProgressBar *m_busy;
    bool m_firstPageSignalled = false;
    bool m_lostAccess = false;
    bool m_errorBarEditsConnection = false; // its button: Edit connection… instead of Retry
    TokenCollection m_collection;
    QString m_pendingSelectId; // a just-created token to select once its row arrives
    QPointer<ActivityDialog> m_activity; // the open Activity view, if any
};
