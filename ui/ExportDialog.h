#pragma once

#include "api/TokenCollection.h"
#include "core/ApiToken.h"
#include "core/TokenQuery.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class TokenQueryFetcher;
struct ApiError;

// Exports token metadata (never a secret) to CSV or JSON: the loaded rows, the selection, or
// every token of the current query fetched from the server with progress.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const TokenCollection &collection, const TokenQuery &query, int queryTotal,
                 const QList<ApiToken> &loaded, const QList<ApiToken> &selected,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // `fileName` in the folder of the last export that worked, else in Documents (the calendar
    // export starts there too).
    static QString defaultPath(const QString &fileName);

Q_SIGNALS:
    void exported(const QString &path, int count);

private:
    void browse();
    void chooseFolder();
    // False, with the message and Choose… shown, when the path's folder does not exist.
    bool checkFolder();
    void exportNow();
    void writeFile(const QList<ApiToken> &tokens);
    void showError(const QString &text);

    TokenCollection m_collection;
    TokenQuery m_query;
    QList<ApiToken> m_loaded;
    QList<ApiToken> m_selected;
    QPointer<TokenQueryFetcher> m_fetcher;
    QPointer<QProgressDialog> m_progress;

    QRadioButton *m_loadedChoice;
    QRadioButton *m_selectedChoice;
    QRadioButton *m_allChoice;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_error;
    QString m_rememberedFolder; // of the last export that worked
    QLabel *m_folderMissing;
    QPushButton *m_chooseFolder;
    QPushButton *m_export;
};
