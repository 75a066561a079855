# `cpack -G DEB` in the build folder: losant-tokens_VERSION_ARCH.deb, installing into /usr.
# dpkg-shlibdeps (dpkg-dev) finds the libraries the binary links; what Qt loads at run time,
# not linked, is named here: the platform plugins that give it a window.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME losant-tokens)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Browse, create and tidy Losant API tokens")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop app for everyone who holds Losant API tokens: browse, filter and sort an \
instance's, an application's or your own tokens, create them with exactly the permissions meant, \
edit, deactivate, delete and export them. Includes a demo instance to try it without an account.")
set(CPACK_PACKAGE_CONTACT "Losant Tokens developers <dev@losant-tokens.local>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/losanttokens/losant-tokens)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own German strings (Cancel, Yes), and a keychain for access tokens (without one the app
# keeps them for the session only).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
include(CPack)
