# The test list, one line a test.
losant_add_test(tst_losantclient SOURCES tst_losantclient.cpp support/RawHttpServer.h
    LIBS losant_api losant_localinstance)
losant_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS losant_testsupport)
losant_add_test(tst_tokenbrowser SOURCES tst_tokenbrowser.cpp LIBS losant_testsupport)
losant_add_test(tst_apitokenschema SOURCES tst_apitokenschema.cpp LIBS losant_core)
losant_add_test(tst_localinstance SOURCES tst_localinstance.cpp LIBS losant_localinstance)
losant_add_test(tst_createtoken SOURCES tst_createtoken.cpp LIBS losant_testsupport)
losant_add_test(tst_orgpicker SOURCES tst_orgpicker.cpp LIBS losant_testsupport)
losant_add_test(tst_tokenactions SOURCES tst_tokenactions.cpp LIBS losant_testsupport)
losant_add_test(tst_tokenexport SOURCES tst_tokenexport.cpp LIBS losant_testsupport)
losant_add_test(tst_wirefaults SOURCES tst_wirefaults.cpp LIBS losant_testsupport)
losant_add_test(tst_transportpolicy SOURCES tst_transportpolicy.cpp LIBS losant_api)
losant_add_test(tst_connectiontester SOURCES tst_connectiontester.cpp
    LIBS losant_connections losant_localinstance)
target_compile_definitions(tst_connectiontester PRIVATE
    LOSANT_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
losant_add_test(tst_profilestore SOURCES tst_profilestore.cpp LIBS losant_connections)
losant_add_test(tst_secretstore SOURCES tst_secretstore.cpp LIBS losant_connections
    WRAPPER /bin/sh ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh)
losant_add_test(tst_secretstore_nokeychain SOURCES tst_secretstore.cpp LIBS losant_connections
    DEFINITIONS LOSANT_NO_KEYCHAIN ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
losant_add_test(tst_appoptions SOURCES tst_appoptions.cpp LIBS losant_cli)
target_compile_definitions(tst_appoptions PRIVATE LOSANT_TOKENS_EXE="$<TARGET_FILE:losant-tokens>")
add_dependencies(tst_appoptions losant-tokens)
# No session bus: the window's connection handling as it is without a keychain.
losant_add_test(tst_connections SOURCES tst_connections.cpp LIBS losant_testsupport
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# The workflows below the widgets, and the stale-answer convention they share.
losant_add_test(tst_callslot SOURCES tst_callslot.cpp LIBS losant_api losant_localinstance losant_testsupport)
losant_add_test(tst_statustoggle SOURCES tst_statustoggle.cpp
    LIBS losant_workflows losant_localinstance losant_testsupport)
losant_add_test(tst_lostcreatecheck SOURCES tst_lostcreatecheck.cpp
    LIBS losant_workflows losant_localinstance losant_testsupport)
losant_add_test(tst_tokeneditsubmission SOURCES tst_tokeneditsubmission.cpp
    LIBS losant_workflows losant_localinstance losant_testsupport)
losant_add_test(tst_edittokendialog SOURCES tst_edittokendialog.cpp
    LIBS losant_ui losant_localinstance losant_testsupport)
losant_add_test(tst_listratelimit SOURCES tst_listratelimit.cpp
    LIBS losant_workflows losant_localinstance losant_testsupport)
losant_add_test(tst_statepalette SOURCES tst_statepalette.cpp LIBS losant_ui)
losant_add_test(tst_messagebox SOURCES tst_messagebox.cpp LIBS losant_ui)
# The committed scope catalogue is what its generator makes of docs/schemas/apiTokenPost.json.
add_test(NAME scope_catalog_current
    COMMAND python3 ${PROJECT_SOURCE_DIR}/scripts/generate-scope-catalog.py --check)
# Issue 17: names are text, the export folder, keyboard paths and the name filter.
losant_add_test(tst_plaintext SOURCES tst_plaintext.cpp LIBS losant_testsupport)
losant_add_test(tst_exportfolder SOURCES tst_exportfolder.cpp LIBS losant_testsupport)
losant_add_test(tst_keyboard SOURCES tst_keyboard.cpp LIBS losant_testsupport)
# The New token dialog's safe defaults, keyboard paths and feedback (issue 17).
losant_add_test(tst_createdefaults SOURCES tst_createdefaults.cpp
    LIBS losant_testsupport)
# Issue 17: actions act on the selection only; the app's own token is guarded.
losant_add_test(tst_selectiontarget SOURCES tst_selectiontarget.cpp
    LIBS losant_testsupport)
# No session bus: the demo session's secret store answers at once, without a keychain.
losant_add_test(tst_owntoken SOURCES tst_owntoken.cpp
    LIBS losant_testsupport ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# Issue 12: instance, application and user tokens over HTTP, and who may reach which.
losant_add_test(tst_tokenkinds SOURCES tst_tokenkinds.cpp LIBS losant_testsupport)
# Issue 12: one session moves between an instance, applications and the user's own tokens.
losant_add_test(tst_switchkinds SOURCES tst_switchkinds.cpp
    LIBS losant_testsupport ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# Issue 12: edit, delete, bulk and export on each kind of collection, in the real window.
losant_add_test(tst_kindactions SOURCES tst_kindactions.cpp LIBS losant_testsupport)
# Issue 12: the New token and Edit dialogs for instance, application and user tokens; the
# scopes each offers are checked against Losant's schema files themselves.
losant_add_test(tst_createkinds SOURCES tst_createkinds.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_SCHEMA_DIR="${PROJECT_SOURCE_DIR}/docs/schemas")
# Issue 12: a connection names its collection (instance, application or my tokens). No session
# bus: secrets stay in the session's memory.
losant_add_test(tst_connectionkinds SOURCES tst_connectionkinds.cpp LIBS losant_testsupport
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# Issue 14: the audit log query on the wire as the official client writes it, decoded back.
losant_add_test(tst_auditlogquery SOURCES tst_auditlogquery.cpp LIBS losant_testsupport)
# Issue 14: what the local instance records in the audit log for the app's changes, who may read
# it, its refusals and the answers' shape against Losant's schemas.
losant_add_test(tst_auditlog SOURCES tst_auditlog.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_SCHEMA_DIR="${PROJECT_SOURCE_DIR}/docs/schemas")
# Issue 14: a token's History tab and the instance's Activity view, from the audit log.
losant_add_test(tst_tokenhistory SOURCES tst_tokenhistory.cpp LIBS losant_testsupport)
losant_add_test(tst_activityview SOURCES tst_activityview.cpp LIBS losant_testsupport)
# Issue 13: the expiry radar's weekly bars, and the expiry calendar checked against a small
# RFC 5545 reader (tests/support/ICalendarCheck.h).
losant_add_test(tst_expiryradar SOURCES tst_expiryradar.cpp LIBS losant_core)
losant_add_test(tst_expirycalendar SOURCES tst_expirycalendar.cpp LIBS losant_testsupport)
# Issue 13: guided rotation without a window, over HTTP: one POST, one PATCH, one DELETE.
losant_add_test(tst_tokenrotation SOURCES tst_tokenrotation.cpp LIBS losant_testsupport)
# Issue 13: guided rotation in the real window: step by step, refusals, resume, no secret kept.
losant_add_test(tst_rotationdialog SOURCES tst_rotationdialog.cpp LIBS losant_testsupport)
# Issue 13: the expiry radar, the calendar export and the start notice in the real window.
losant_add_test(tst_expiryviews SOURCES tst_expiryviews.cpp LIBS losant_testsupport)
# Issue 15: the command line for scripts, the real executable against the local instance over
# HTTP. No session bus: no keychain is asked.
losant_add_test(tst_cli_list SOURCES tst_cli_list.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_TOKENS_BIN="$<TARGET_FILE:losant-tokens>"
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
add_dependencies(tst_cli_list losant-tokens)
losant_add_test(tst_cli_create SOURCES tst_cli_create.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_TOKENS_BIN="$<TARGET_FILE:losant-tokens>"
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
add_dependencies(tst_cli_create losant-tokens)
losant_add_test(tst_cli_change SOURCES tst_cli_change.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_TOKENS_BIN="$<TARGET_FILE:losant-tokens>"
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
add_dependencies(tst_cli_change losant-tokens)
# A private session bus and keyring: --profile reads its access token from the keychain.
losant_add_test(tst_cli_connection SOURCES tst_cli_connection.cpp
    LIBS losant_testsupport losant_cli
    DEFINITIONS LOSANT_TOKENS_BIN="$<TARGET_FILE:losant-tokens>"
    WRAPPER /bin/sh ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh)
add_dependencies(tst_cli_connection losant-tokens)
# The bash completion (installed from resources/completion) against each subcommand's --help.
losant_add_test(tst_cli_completion SOURCES tst_cli_completion.cpp LIBS losant_cli
    DEFINITIONS LOSANT_TOKENS_BIN="$<TARGET_FILE:losant-tokens>"
    LOSANT_COMPLETION="${PROJECT_SOURCE_DIR}/resources/completion/losant-tokens.bash")
add_dependencies(tst_cli_completion losant-tokens)
# Issue 18: the app's own icons, documented in resources/README.md, drawn in the theme's colours.
losant_add_test(tst_appicons SOURCES tst_appicons.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_RESOURCES_README="${PROJECT_SOURCE_DIR}/resources/README.md")
# Issue 18: `cmake --install` into a scratch prefix: the binary, a valid desktop entry and
# AppStream metainfo, the icons and the man page.
add_test(NAME install_tree
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/install/check-install.sh ${PROJECT_BINARY_DIR}
            ${PROJECT_SOURCE_DIR} ${LOSANT_APP_ID})
# Issue 13: the hygiene rules on crafted tokens (7/30/90-day boundaries), the team policy and its
# file, and the demo data, which shows every rule.
losant_add_test(tst_tokenfindings SOURCES tst_tokenfindings.cpp LIBS losant_localinstance)
# Issue 13: the Findings column, filter, summary, details pane actions and the background scan
# in the real window over HTTP.
losant_add_test(tst_findingsview SOURCES tst_findingsview.cpp LIBS losant_testsupport)
# Issue 13: the token policy: Settings ▸ Token policy… with its file, and the New token dialog
# that blocks a draft breaking it until the person overrides, then sends one POST.
losant_add_test(tst_tokenpolicy SOURCES tst_tokenpolicy.cpp LIBS losant_testsupport)
# Issue 18: the main window fits its screen and its default size; the layout is saved as it
# changes.
losant_add_test(tst_layoutfit SOURCES tst_layoutfit.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_QM_DIR="${PROJECT_BINARY_DIR}")
add_dependencies(tst_layoutfit losant-tokens) # the German catalogue it loads
# Issue 18: View ▸ Theme, and every bar and state colour readable on the dark and light themes.
# No session bus: the connection dialog's secret store answers at once.
losant_add_test(tst_darktheme SOURCES tst_darktheme.cpp LIBS losant_testsupport
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# Issue 18: a walk over the main window, its details pane and the dialogs finds no control
# without an accessible name. No session bus: the connection dialog's secret store answers at once.
losant_add_test(tst_accessibility SOURCES tst_accessibility.cpp LIBS losant_testsupport
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# Issue 18: Qt's own strings (Cancel, Close) in German from the qtbase catalogue.
losant_add_test(tst_qttranslations SOURCES tst_qttranslations.cpp LIBS losant_ui)
# Issue 18: --screenshot-of and the tour that opens each view the README shows.
losant_add_test(tst_screenshottour SOURCES tst_screenshottour.cpp LIBS losant_testsupport losant_cli)
# Issue 13: `losant-tokens findings` judges every token as the window does; --fail-on exits 5.
losant_add_test(tst_cli_findings SOURCES tst_cli_findings.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_TOKENS_BIN="$<TARGET_FILE:losant-tokens>"
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
add_dependencies(tst_cli_findings losant-tokens)
# Issue 16: the local instance's kept sorted orders and token JSON follow every write.
losant_add_test(tst_listcache SOURCES tst_listcache.cpp LIBS losant_testsupport)
# Issue 16: whole lists fetched several pages at once, in order, 429 waited out, stale-safe.
losant_add_test(tst_concurrentpager SOURCES tst_concurrentpager.cpp LIBS losant_testsupport
    losant_workflows)
# Issue 16: a name filter is matched without the regex for the usual shapes, with the same
# answers as the regex.
losant_add_test(tst_globmatcher SOURCES tst_globmatcher.cpp LIBS losant_core)
# Issue 16: after many writes over HTTP every kept order and filter pages as a fresh sort would.
losant_add_test(tst_keptorders SOURCES tst_keptorders.cpp LIBS losant_testsupport)
# Issue 16: pages parsed off the GUI thread and handed over in slices arrive intact, in order,
# once; a query changed meanwhile never shows the old query's rows.
losant_add_test(tst_pagearrival SOURCES tst_pagearrival.cpp LIBS losant_testsupport)
# Issue 16: list answers read straight from their bytes, the same as through Qt's JSON parser.
losant_add_test(tst_tokenpagereader SOURCES tst_tokenpagereader.cpp LIBS losant_localinstance)
# Issue 16: the model's compact rows give every token back exactly as it went in.
losant_add_test(tst_tokenrows SOURCES tst_tokenrows.cpp LIBS losant_localinstance)
# Issue 17: the organization, application and dashboard lists the org-role editor's pickers
# read, over HTTP from the local instance, checked against losant-rest's schemas.
losant_add_test(tst_localdirectory SOURCES tst_localdirectory.cpp LIBS losant_testsupport
    DEFINITIONS LOSANT_SCHEMA_DIR="${PROJECT_SOURCE_DIR}/docs/schemas")
