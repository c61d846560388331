// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/LibraryOption.h"

#include "app/cli/CliText.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"

#include <QTextStream>

namespace Credfolio::Cli {

std::unique_ptr<Services::Workspace> openLibrary(QStringList &arguments, QTextStream &err, bool *usageError)
{
    *usageError = false;
    QString path = Store::Library::defaultPath();
    const qsizetype at = arguments.indexOf(QStringLiteral("--library"));
    if (at >= 0) {
        if (at + 1 >= arguments.size()) {
            err << CliText::tr("The option %1 needs a value.").arg(QStringLiteral("--library")) << "\n";
            *usageError = true;
            return nullptr;
        }
        path = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    Result<std::unique_ptr<Services::Workspace>> workspace = Services::Workspace::open(path);
    if (!workspace) {
        err << CliText::tr("Cannot open the library %1: %2").arg(path, workspace.error().toString()) << "\n";
        return nullptr;
    }
    return std::move(workspace).value();
}

} // namespace Credfolio::Cli
