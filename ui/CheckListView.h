// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/verify/VerificationReport.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Credfolio::Ui {

/// The verification check list of one credential: a headline verdict ("Verified", "Not valid: …", "Expired",
/// "Revoked"), when it was checked, then one row per check with a status icon, a title, the learner's message
/// and a "Details" disclosure with the technical facts. A CLR lists the credentials it contains, each with its
/// own collapsible check list.
class CheckListView : public QWidget {
    Q_OBJECT

public:
    enum class Mode {
        Full,   ///< with the headline verdict and "Checked …"
        Nested, ///< rows only (a contained credential's list inside a CLR's)
    };

    explicit CheckListView(QWidget *parent = nullptr, Mode mode = Mode::Full);

    /// Shows `report`. `embeddedNames` names the contained credentials of a CLR, in the order of
    /// `report.embedded` (missing names read as "Credential 2").
    void setReport(const Verify::VerificationReport &report, const QStringList &embeddedNames = {});
    const Verify::VerificationReport &report() const { return m_report; }

    QString verdict() const;     ///< the headline as shown
    QString checkedText() const; ///< "Checked 29 November 2026, 14:05 · using documents as of …"

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void restyle();
    QWidget *makeRow(const Verify::Check &check);
    QWidget *makeEmbedded(const Verify::VerificationReport &report, const QString &name);

    Mode m_mode;
    Verify::VerificationReport m_report;
    QStringList m_embeddedNames;
    bool m_restyling = false;
    QWidget *m_banner = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_checked = nullptr;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
};

} // namespace Credfolio::Ui
