// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TagEditor.h"

#include "ui/FlowLayout.h"

#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Credfolio::Ui {

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QWidget(this))
    , m_flow(new FlowLayout(m_chips, 6))
    , m_edit(new QLineEdit(this))
    , m_suggestions(new QStringListModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    setObjectName(QStringLiteral("tagEditor"));
    m_chips->setObjectName(QStringLiteral("tagChips"));
    m_edit->setObjectName(QStringLiteral("tagEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaximumWidth(320);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, &TagEditor::addFromEdit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.contains(QLatin1Char(',')))
            addFromEdit();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_chips);
    layout->addWidget(m_edit);
    retranslate();
    rebuildChips();
}

void TagEditor::setTags(const QStringList &tags)
{
    m_tags.clear();
    for (const QString &tag : tags) {
        const QString trimmed = tag.simplified();
        if (!trimmed.isEmpty() && !m_tags.contains(trimmed, Qt::CaseInsensitive))
            m_tags.append(trimmed);
    }
    rebuildChips();
}

void TagEditor::setSuggestions(const QStringList &suggestions)
{
    m_suggestions->setStringList(suggestions);
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backspace && m_edit->text().isEmpty() && !m_tags.isEmpty()) {
            removeTag(m_tags.last());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildChips();
    }
}

void TagEditor::addFromEdit()
{
    bool changed = false;
    const QStringList parts = m_edit->text().split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !m_tags.contains(tag, Qt::CaseInsensitive)) {
            m_tags.append(tag);
            changed = true;
        }
    }
    m_edit->clear();
    if (changed) {
        rebuildChips();
        emit tagsEdited(m_tags);
    }
}

void TagEditor::removeTag(const QString &tag)
{
    if (m_tags.removeAll(tag) == 0)
        return;
    rebuildChips();
    m_edit->setFocus();
    emit tagsEdited(m_tags);
}

void TagEditor::rebuildChips()
{
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : std::as_const(m_tags)) {
        auto *chip = new QToolButton(m_chips);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(tr("%1  ✕", "tag chip with its remove mark").arg(tag));
        chip->setProperty("tag", tag);
        chip->setToolTip(tr("Remove the tag “%1”").arg(tag));
        chip->setAccessibleName(tr("Remove tag %1").arg(tag));
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setStyleSheet(
            QStringLiteral("QToolButton#tagChip { background: rgba(91, 123, 213, 0.16); border: 1px solid "
                           "rgba(91, 123, 213, 0.45); border-radius: 11px; padding: 2px 10px; color: palette(text); }"
                           "QToolButton#tagChip:hover { background: rgba(91, 123, 213, 0.28); }"
                           "QToolButton#tagChip:focus { border: 2px solid palette(highlight); }"));
        connect(chip, &QToolButton::clicked, this, [this, tag] { removeTag(tag); });
        m_flow->addWidget(chip);
    }
    m_chips->setVisible(!m_tags.isEmpty());
}

void TagEditor::retranslate()
{
    m_edit->setPlaceholderText(tr("Add a tag…"));
    m_edit->setAccessibleName(tr("Add a tag"));
    m_edit->setToolTip(tr("Type a tag and press Enter. Backspace in the empty field removes the last tag."));
}

} // namespace Credfolio::Ui
