// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ImportRequest.h"

#include <QObject>

class QMimeData;
class QWidget;

namespace Credfolio::Ui {

/// Lets any widget take credentials by drag and drop: files, folders, badge images and text or links. Install
/// it on the widget (it enables drops and filters the drag events); a drop emits importRequested().
class ImportDropTarget : public QObject {
    Q_OBJECT

public:
    /// Installs itself on `widget` and becomes its child.
    explicit ImportDropTarget(QWidget *widget);

    /// What a drop or a paste of `mime` asks to import:
    /// - local file URLs (files and folders) become paths;
    /// - else the raw bytes of an "image/png" or "image/svg+xml" become a text: readers detect a baked badge in
    ///   them. Only the bytes as sent are used, never a decoded QImage, which has lost the baked credential;
    /// - else https URLs become urls (other schemes are left out: a credential is never fetched insecurely);
    /// - else the text: one https URL becomes a url, anything else (JSON, a JWT) a text.
    static Services::ImportRequest requestFromMimeData(const QMimeData *mime);
    /// True when requestFromMimeData() would ask for something.
    static bool canImport(const QMimeData *mime);

    bool isDragActive() const { return m_dragActive; }

signals:
    void importRequested(const Credfolio::Services::ImportRequest &request);
    /// Something importable is being dragged over the widget (to highlight it), or no longer.
    void dragActiveChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setDragActive(bool active);

    bool m_dragActive = false;
};

} // namespace Credfolio::Ui
