// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CheckStatusStyle.h"

#include "core/services/Standing.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Credfolio::Ui {

QIcon checkStatusIcon(Verify::CheckStatus status)
{
    switch (status) {
    case Verify::CheckStatus::Pass:
        return QIcon(QStringLiteral(":/icons/status-pass.svg"));
    case Verify::CheckStatus::Fail:
        return QIcon(QStringLiteral(":/icons/status-fail.svg"));
    case Verify::CheckStatus::Warn:
        return QIcon(QStringLiteral(":/icons/status-warn.svg"));
    case Verify::CheckStatus::Skip:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status-skip.svg"));
}

QColor checkStatusColor(Verify::CheckStatus status)
{
    switch (status) {
    case Verify::CheckStatus::Pass:
        return QColor(0x23, 0x91, 0x4f);
    case Verify::CheckStatus::Fail:
        return QColor(0xd2, 0x3f, 0x3f);
    case Verify::CheckStatus::Warn:
        return QColor(0xe0, 0xa0, 0x21);
    case Verify::CheckStatus::Skip:
        break;
    }
    return QColor(0x8b, 0x91, 0x9b);
}

QString checkStatusText(Verify::CheckStatus status)
{
    switch (status) {
    case Verify::CheckStatus::Pass:
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Passed");
    case Verify::CheckStatus::Fail:
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Failed");
    case Verify::CheckStatus::Warn:
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Warning");
    case Verify::CheckStatus::Skip:
        break;
    }
    return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Not checked");
}

QString checkTitle(const QString &id)
{
    if (id == QLatin1String(Verify::CheckId::Format))
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Format");
    if (id == QLatin1String(Verify::CheckId::Proof))
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Signature");
    if (id == QLatin1String(Verify::CheckId::IssuerKey))
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Issuer's key");
    if (id == QLatin1String(Verify::CheckId::Embedded))
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Contents");
    if (id == QLatin1String(Verify::CheckId::Validity))
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Validity period");
    if (id == QLatin1String(Verify::CheckId::Status))
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Revocation status");
    if (id == QLatin1String(Verify::CheckId::IssuerTrust))
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Issuer registry");
    return id;
}

Verify::CheckStatus standingStatus(Pathways::Standing standing)
{
    switch (standing) {
    case Pathways::Standing::Valid:
        return Verify::CheckStatus::Pass;
    case Pathways::Standing::Invalid:
    case Pathways::Standing::Revoked:
    case Pathways::Standing::Expired:
        return Verify::CheckStatus::Fail;
    case Pathways::Standing::Unknown:
        break;
    }
    return Verify::CheckStatus::Skip;
}

QString verdictText(const Verify::VerificationReport &report)
{
    switch (Services::standingOf(report)) {
    case Pathways::Standing::Valid:
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Verified");
    case Pathways::Standing::Expired:
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Expired");
    case Pathways::Standing::Revoked:
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Revoked");
    case Pathways::Standing::Invalid:
        if (const Verify::Check *failure = report.firstFailure(); failure && !failure->message.isEmpty())
            return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Not valid: %1").arg(failure->message);
        return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Not valid");
    case Pathways::Standing::Unknown:
        if (const Verify::Check *failure = report.firstFailure(); failure && !failure->message.isEmpty())
            return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Could not be checked: %1")
                .arg(failure->message);
        break;
    }
    return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "Not checked yet");
}

QString formatDate(const QDateTime &dateTime)
{
    const QLocale locale;
    // The long format names the weekday too, which only adds noise beside a credential's dates.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(dateTime.toLocalTime().date(), format.trimmed());
}

QString formatDateTime(const QDateTime &dateTime)
{
    const QLocale locale;
    return QCoreApplication::translate("Credfolio::Ui::CheckStatus", "%1, %2")
        .arg(formatDate(dateTime), locale.toString(dateTime.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace Credfolio::Ui
