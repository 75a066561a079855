#include "support/CreateDialogFixture.h"

#include "api/TokenCollection.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTest>

bool CreateDialogFixture::open(const TokenCollection &tokens, Until until)
{
    close();
    m_dialog = new CreateTokenDialog(tokens);
    m_dialog->show();
    if (until == Until::Exposed)
        return QTest::qVerify(QTest::qWaitForWindowExposed(m_dialog), "dialog exposed", "",
                              __FILE__, __LINE__);
    m_dialog->activateWindow();
    return QTest::qVerify(QTest::qWaitForWindowActive(m_dialog), "dialog active", "", __FILE__,
                          __LINE__);
}

void CreateDialogFixture::close()
{
    delete m_dialog;
}

void CreateDialogTest::initTestCase()
{
    WindowFixture::useTestPaths();
}

void CreateDialogTest::init()
{
    freshApi();
    QVERIFY(m_api->start());
    QVERIFY(m_dialog.open(m_api->tokens(), m_until));
}

void CreateDialogTest::cleanup()
{
    m_dialog.close();
    dropApi();
    QApplication::clipboard()->clear();
}

QPushButton *CreateDialogTest::createButton() const
{
    return child<QPushButton>(QStringLiteral("createButton"));
}

void CreateDialogTest::click(const QString &name)
{
    QTest::mouseClick(child(name), Qt::LeftButton);
}

void CreateDialogTest::type(const QString &name, const QString &text)
{
    QWidget *w = child(name);
    w->setFocus();
    QTest::keyClicks(w, text);
}
