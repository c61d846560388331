// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Credfolio::Ui {

class FlowLayout;

/// The learner's tags as removable chips, and a field to add one (Enter or comma; completes from the tags
/// used elsewhere in the library). Backspace in the empty field removes the last tag.
class TagEditor : public QWidget {
    Q_OBJECT

public:
    explicit TagEditor(QWidget *parent = nullptr);

    QStringList tags() const { return m_tags; }
    void setTags(const QStringList &tags); ///< does not emit tagsEdited
    void setSuggestions(const QStringList &suggestions);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    /// The learner added or removed a tag.
    void tagsEdited(const QStringList &tags);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addFromEdit();
    void removeTag(const QString &tag);
    void rebuildChips();
    void retranslate();

    QStringList m_tags;
    QWidget *m_chips = nullptr;
    FlowLayout *m_flow = nullptr;
    QLineEdit *m_edit = nullptr;
    QStringListModel *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace Credfolio::Ui
