// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/CredentialDetail.h"

#include <QScrollArea>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Credfolio::Ui {

class CheckListView;
class TagEditor;

/// Everything about one credential: the badge image, what was achieved and who issued it, dates and credits,
/// description and criteria, skills and alignments, results and evidence, the recipient, the verification check
/// list, the pathways it counts toward, and the learner's own tags and note. Fields the credential does not
/// carry are left out. "Verify again" asks for a new report (verifyRequested); "Show original" opens the
/// credential text as issued.
class CredentialDetailView : public QScrollArea {
    Q_OBJECT

public:
    explicit CredentialDetailView(QWidget *parent = nullptr);

    void setDetail(const Services::CredentialDetail &detail);
    const Services::CredentialDetail &detail() const { return m_detail; }

    /// Shows a new report (after "Verify again") without touching the rest.
    void setReport(const Verify::VerificationReport &report);
    /// While a verification runs, "Verify again" is disabled and says so.
    void setVerifying(bool verifying);
    /// Tags used elsewhere in the library, offered while typing a tag.
    void setTagSuggestions(const QStringList &tags);

    CheckListView *checkList() const { return m_checkList; }

public slots:
    /// Opens the "Show original" dialog (window-modal, deleted on close).
    void showOriginal();

signals:
    void verifyRequested();
    /// The learner finished editing the note (the field lost focus with a changed text).
    void noteEdited(const QString &note);
    void tagsEdited(const QStringList &tags);
    void pathwayActivated(const QString &pathway);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *makeHeader();
    QWidget *makeFacts();
    QWidget *makeSkills();
    QWidget *makeAlignments();
    QWidget *makeResults();
    QWidget *makeEvidence();
    QWidget *makePathways();
    void addSection(const QString &key, const QString &title, QWidget *content);
    void updateBadgeImage();
    void finishNoteEditing();
    void retranslateActions();

    Services::CredentialDetail m_detail;
    bool m_verifying = false;
    QStringList m_tagSuggestions;

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_badge = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_originalButton = nullptr;
    CheckListView *m_checkList = nullptr;
    TagEditor *m_tagEditor = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
};

} // namespace Credfolio::Ui
