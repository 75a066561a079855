#include "support/CreateDialogFixture.h"

#include "api/TokenCollection.h"

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
