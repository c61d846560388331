// SPDX-License-Identifier: GPL-3.0-or-later
// The icons are compiled in by qt_add_resources (see CMakeLists.txt); this file only gives the library a body.
namespace Credfolio::Resources {
int iconsLibraryAnchor = 0;
} // namespace Credfolio::Resources
