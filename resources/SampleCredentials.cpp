// SPDX-License-Identifier: GPL-3.0-or-later
// The sample credentials are compiled in by qt_add_resources (see CMakeLists.txt); this file only gives the library
// a body.
namespace Credfolio::Resources {
int sampleCredentialsLibraryAnchor = 0;
} // namespace Credfolio::Resources
