# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build directory produces credfolio_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME credfolio)
set(CPACK_PACKAGE_VENDOR "The Credfolio developers")
set(CPACK_PACKAGE_CONTACT "The Credfolio developers <team@credfolio.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Keep, verify and share your micro-credentials")
set(CPACK_PACKAGE_DESCRIPTION
    "Credfolio keeps a learner's badges, certificates and learner records on their own computer, verifies\n"
    "them independently (Open Badges 2.0/3.0, Verifiable Credentials, CLR 2.0) and exports portfolios.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_GENERATOR DEB)
include(CPack)
