// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutDialog.h"

#include "core/common/Version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Credfolio::Ui {

AboutDialog::AboutDialog(const AboutInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Credfolio"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/credfolio.svg")).pixmap(QSize(80, 80), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    QString components;
    for (const auto &[name, version] : info.components) {
        components +=
            QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    }
    m_text = QStringLiteral("<h2>Credfolio %1</h2><p>%2</p><p>%3</p><table>%4</table><p>%5</p>")
                 .arg(QString::fromLatin1(kVersion),
                      tr("Your badges, certificates and learner records, kept on your own computer, checked "
                         "independently and ready for your next application."),
                      tr("Built with:"), components,
                      tr("Licensed under the GNU General Public License, version 3 or later."));

    auto *label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setMinimumWidth(380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace Credfolio::Ui
