#pragma once

#include <QMainWindow>

class LosantClient;
class QAction;
class QLabel;
class QProgressBar;
class QTableView;
class TokenListModel;
class LoadErrorBar;
struct ApiError;

// The token browser: the instance's tokens in a table fed page by page from the server.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LosantClient *client, const QString &instanceId, const QString &instanceLabel,
               QWidget *parent = nullptr);

    TokenListModel *model() const { return m_model; }

Q_SIGNALS:
    // After the first page has been painted (for start-up measurements and screenshots).
    void firstPageShown();

private:
    void createActions();
    void updateStatus();
    void onLoadFailed(const ApiError &error);
    void copySelectedId();

    TokenListModel *m_model;
    QTableView *m_table;
    LoadErrorBar *m_errorBar;
    QLabel *m_countLabel;
    QLabel *m_refreshLabel;
    QProgressBar *m_busy;
    QAction *m_refreshAction = nullptr;
    bool m_firstPageSignalled = false;
};
