# The test list, one line a test.
losant_add_test(tst_losantclient SOURCES tst_losantclient.cpp RawHttpServer.h LIBS losant_core)
losant_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS losant_ui)
losant_add_test(tst_tokenbrowser SOURCES tst_tokenbrowser.cpp LIBS losant_ui)
losant_add_test(tst_apitokenschema SOURCES tst_apitokenschema.cpp LIBS losant_core)
losant_add_test(tst_localinstance SOURCES tst_localinstance.cpp LIBS losant_core)
losant_add_test(tst_createtoken SOURCES tst_createtoken.cpp LIBS losant_ui)
losant_add_test(tst_tokenactions SOURCES tst_tokenactions.cpp LIBS losant_ui)
losant_add_test(tst_tokenexport SOURCES tst_tokenexport.cpp LIBS losant_ui)
