// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CredentialDetailView.h"

#include "core/credentials/AchievementTypes.h"
#include "ui/CheckListView.h"
#include "ui/CheckStatusStyle.h"
#include "ui/FlowLayout.h"
#include "ui/OriginalDialog.h"
#include "ui/TagEditor.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace Credfolio::Ui {

namespace {

constexpr int kBadgeSize = 112;
constexpr int kContentWidth = 860;
constexpr int kKeyColumnWidth = 100; ///< the labels of the "Details" and "Results" grids line up

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

QString link(const QString &text, const QString &url)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

QLabel *textLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(text);
    return label;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    QLabel *label = textLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *linkLabel(const QString &html, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    label->setAccessibleName(accessibleName);
    QObject::connect(label, &QLabel::linkActivated, label, [](const QString &url) {
        if (isWebUrl(url) || url.startsWith(QLatin1String("mailto:")))
            QDesktopServices::openUrl(QUrl(url));
    });
    return label;
}

/// OB 3.0 achievementType values as words ("MicroCredential" -> "Micro-credential"), in the UI's language.
QString achievementTypeText(const QString &type)
{
    if (const char *name = Credentials::achievementTypeName(type))
        return QCoreApplication::translate("Credfolio::Credentials", name);
    return Credentials::achievementTypeWords(type);
}

QString creditsText(double credits)
{
    if (credits == 1.0)
        return QCoreApplication::translate("Credfolio::Ui::CredentialDetailView", "1 credit");
    return QCoreApplication::translate("Credfolio::Ui::CredentialDetailView", "%1 credits")
        .arg(QLocale().toString(credits, 'g', 6));
}

/// The names the achievement gives its results ("Final grade"), from the credential JSON's ResultDescriptions.
QHash<QString, QString> resultNames(const QJsonObject &credential)
{
    QHash<QString, QString> names;
    const QJsonValue subjectValue = credential.value(QLatin1StringView("credentialSubject"));
    const QJsonObject subject =
        subjectValue.isArray() ? subjectValue.toArray().first().toObject() : subjectValue.toObject();
    const QJsonArray descriptions = subject.value(QLatin1StringView("achievement"))
                                        .toObject()
                                        .value(QLatin1StringView("resultDescription"))
                                        .toArray();
    for (const QJsonValue &value : descriptions) {
        const QJsonObject description = value.toObject();
        const QString id = description.value(QLatin1StringView("id")).toString();
        const QString name = description.value(QLatin1StringView("name")).toString();
        if (!id.isEmpty() && !name.isEmpty())
            names.insert(id, name);
    }
    return names;
}

/// A text that may be long and unbroken (a DID), shortened in the middle for reading; the whole in the tooltip.
QString shortened(const QString &text, int length = 48)
{
    if (text.size() <= length)
        return text;
    return text.left(length / 2) + QStringLiteral("…") + text.right(length / 2 - 1);
}

QLabel *chip(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("skillChip"));
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(text);
    label->setStyleSheet(QStringLiteral("QLabel#skillChip { background: palette(alternate-base); border: 1px solid "
                                        "palette(mid); border-radius: 9px; padding: 1px 9px; }"));
    return label;
}

} // namespace

CredentialDetailView::CredentialDetailView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("credentialDetailView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundRole(QPalette::Window);
    rebuild();
}

void CredentialDetailView::setDetail(const Services::CredentialDetail &detail)
{
    finishNoteEditing(); // a note being typed belongs to the credential shown so far
    m_detail = detail;
    rebuild();
}

void CredentialDetailView::setReport(const Verify::VerificationReport &report)
{
    m_detail.report = report;
    QStringList names;
    for (const Credentials::Credential &embedded : std::as_const(m_detail.credential.embedded))
        names << embedded.name;
    m_checkList->setReport(report, names);
}

void CredentialDetailView::setVerifying(bool verifying)
{
    m_verifying = verifying;
    retranslateActions();
}

void CredentialDetailView::setTagSuggestions(const QStringList &tags)
{
    m_tagSuggestions = tags;
    if (m_tagEditor)
        m_tagEditor->setSuggestions(tags);
}

void CredentialDetailView::showOriginal()
{
    auto *dialog = new OriginalDialog(m_detail.credential, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool CredentialDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut)
        finishNoteEditing();
    if (event->type() == QEvent::KeyPress && watched->property("clickOnEnter").toBool()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            static_cast<QAbstractButton *>(watched)->click();
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void CredentialDetailView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        finishNoteEditing();
        rebuild();
    } else if (event->type() == QEvent::PaletteChange && m_badge) {
        updateBadgeImage();
    }
}

void CredentialDetailView::finishNoteEditing()
{
    if (!m_noteEdit)
        return;
    const QString note = m_noteEdit->toPlainText();
    if (note != m_detail.note) {
        m_detail.note = note;
        emit noteEdited(note);
    }
}

void CredentialDetailView::rebuild()
{
    const Credentials::Credential &credential = m_detail.credential;

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("credentialDetailPage"));
    page->setBackgroundRole(QPalette::Window);
    m_content = new QWidget(page);
    m_content->setMaximumWidth(kContentWidth);
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(28, 24, 28, 32);
    pageLayout->addStretch(0);
    pageLayout->addWidget(m_content, 1);
    pageLayout->addStretch(0);

    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);

    m_layout->addWidget(makeHeader());

    m_checkList = new CheckListView(m_content);
    addSection(QStringLiteral("verification"), tr("Verification"), m_checkList);
    setReport(m_detail.report);

    if (!credential.description.isEmpty() || !credential.achievement.description.isEmpty()) {
        auto *about = new QWidget(m_content);
        auto *aboutLayout = new QVBoxLayout(about);
        aboutLayout->setContentsMargins(0, 0, 0, 0);
        aboutLayout->setSpacing(8);
        if (!credential.description.isEmpty())
            aboutLayout->addWidget(textLabel(credential.description, about, QStringLiteral("descriptionText")));
        if (!credential.achievement.description.isEmpty() &&
            credential.achievement.description != credential.description)
            aboutLayout->addWidget(
                textLabel(credential.achievement.description, about, QStringLiteral("achievementDescriptionText")));
        addSection(QStringLiteral("description"), tr("Description"), about);
    }

    if (!credential.achievement.criteria.narrative.isEmpty() || isWebUrl(credential.achievement.criteria.id)) {
        auto *criteria = new QWidget(m_content);
        auto *criteriaLayout = new QVBoxLayout(criteria);
        criteriaLayout->setContentsMargins(0, 0, 0, 0);
        criteriaLayout->setSpacing(6);
        if (!credential.achievement.criteria.narrative.isEmpty()) {
            // Markdown is rendered without raw HTML: the narrative comes from the issuer, not from us.
            QTextDocument document;
            document.setMarkdown(credential.achievement.criteria.narrative,
                                 QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub) |
                                     QTextDocument::MarkdownNoHTML);
            auto *narrative = new QLabel(criteria);
            narrative->setObjectName(QStringLiteral("criteriaText"));
            narrative->setWordWrap(true);
            narrative->setTextFormat(Qt::RichText);
            narrative->setText(document.toHtml());
            narrative->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
            narrative->setOpenExternalLinks(false);
            narrative->setAccessibleName(document.toPlainText());
            connect(narrative, &QLabel::linkActivated, this, [](const QString &url) {
                if (isWebUrl(url))
                    QDesktopServices::openUrl(QUrl(url));
            });
            criteriaLayout->addWidget(narrative);
        }
        if (isWebUrl(credential.achievement.criteria.id))
            criteriaLayout->addWidget(linkLabel(link(tr("Criteria page"), credential.achievement.criteria.id),
                                                tr("Criteria page"), criteria));
        addSection(QStringLiteral("criteria"), tr("Criteria"), criteria);
    }

    if (QWidget *facts = makeFacts())
        addSection(QStringLiteral("facts"), tr("Details"), facts);
    if (QWidget *skills = makeSkills())
        addSection(QStringLiteral("skills"), tr("Skills"), skills);
    if (QWidget *alignments = makeAlignments())
        addSection(QStringLiteral("alignments"), tr("Alignments"), alignments);
    if (QWidget *results = makeResults())
        addSection(QStringLiteral("results"), tr("Results"), results);
    if (QWidget *evidence = makeEvidence())
        addSection(QStringLiteral("evidence"), tr("Evidence"), evidence);
    if (QWidget *pathways = makePathways())
        addSection(QStringLiteral("pathways"), tr("Counts toward"), pathways);

    m_tagEditor = new TagEditor(m_content);
    m_tagEditor->setTags(m_detail.tags);
    m_tagEditor->setSuggestions(m_tagSuggestions);
    connect(m_tagEditor, &TagEditor::tagsEdited, this, [this](const QStringList &tags) {
        m_detail.tags = tags;
        emit tagsEdited(tags);
    });
    addSection(QStringLiteral("tags"), tr("Your tags"), m_tagEditor);

    m_noteEdit = new QPlainTextEdit(m_content);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlainText(m_detail.note);
    m_noteEdit->setPlaceholderText(tr("Add a note for yourself: what you did, what it was for, whom to ask…"));
    m_noteEdit->setAccessibleName(tr("Your note"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 5 + 16);
    m_noteEdit->installEventFilter(this);
    addSection(QStringLiteral("note"), tr("Your note"), m_noteEdit);

    m_layout->addStretch(1);

    // The old page (if any) goes only now: nothing above may still point into it.
    setWidget(page);
    retranslateActions();
}

void CredentialDetailView::addSection(const QString &key, const QString &title, QWidget *content)
{
    auto *heading = new QLabel(title, m_content);
    heading->setObjectName(QStringLiteral("heading_") + key);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    heading->setAccessibleName(title);
    content->setParent(m_content);
    content->setObjectName(content->objectName().isEmpty() ? QStringLiteral("section_") + key : content->objectName());
    content->setAccessibleName(content->accessibleName().isEmpty() ? title : content->accessibleName());
    m_layout->addSpacing(26);
    m_layout->addWidget(heading);
    m_layout->addSpacing(8);
    m_layout->addWidget(content);
}

QWidget *CredentialDetailView::makeHeader()
{
    const Credentials::Credential &credential = m_detail.credential;
    auto *header = new QWidget(m_content);
    header->setObjectName(QStringLiteral("detailHeader"));

    m_badge = new QLabel(header);
    m_badge->setObjectName(QStringLiteral("badgeImage"));
    m_badge->setFixedSize(kBadgeSize, kBadgeSize);
    m_badge->setAlignment(Qt::AlignCenter);
    updateBadgeImage();

    const QString name = credential.name.isEmpty() ? credential.achievement.name : credential.name;
    QLabel *title = textLabel(name.isEmpty() ? tr("Untitled credential") : name, header, QStringLiteral("nameLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.75);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    QStringList kind;
    if (!credential.achievement.achievementType.isEmpty())
        kind << achievementTypeText(credential.achievement.achievementType);
    else if (credential.kind == Credentials::Kind::Clr)
        kind << tr("Learner record");
    if (!credential.achievement.humanCode.isEmpty())
        kind << credential.achievement.humanCode;
    if (!credential.specVersion.isEmpty())
        kind << credential.specVersion;
    QLabel *kindLabel = mutedLabel(kind.join(QStringLiteral("  ·  ")), header);
    kindLabel->setObjectName(QStringLiteral("kindLabel"));
    kindLabel->setVisible(!kind.isEmpty());

    QLabel *issuer = nullptr;
    const QString issuerName = credential.issuer.name.isEmpty() ? credential.issuer.id : credential.issuer.name;
    if (!issuerName.isEmpty()) {
        const QString text = tr("Issued by %1");
        if (isWebUrl(credential.issuer.url)) {
            issuer = linkLabel(text.arg(link(issuerName, credential.issuer.url)), text.arg(issuerName), header);
            issuer->setToolTip(credential.issuer.url);
        } else {
            issuer = textLabel(text.arg(issuerName), header);
            issuer->setToolTip(credential.issuer.id);
        }
        issuer->setObjectName(QStringLiteral("issuerLabel"));
    }

    m_verifyButton = new QPushButton(header);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setProperty("clickOnEnter", true);
    m_verifyButton->installEventFilter(this);
    connect(m_verifyButton, &QPushButton::clicked, this, &CredentialDetailView::verifyRequested);
    m_originalButton = new QPushButton(header);
    m_originalButton->setObjectName(QStringLiteral("originalButton"));
    m_originalButton->setProperty("clickOnEnter", true);
    m_originalButton->installEventFilter(this);
    m_originalButton->setEnabled(!credential.payload.isEmpty());
    connect(m_originalButton, &QPushButton::clicked, this, &CredentialDetailView::showOriginal);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_originalButton);
    actions->addStretch(1);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(title);
    text->addWidget(kindLabel);
    if (issuer)
        text->addWidget(issuer);
    text->addSpacing(10);
    text->addLayout(actions);
    text->addStretch(1);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return header;
}

void CredentialDetailView::updateBadgeImage()
{
    const Credentials::Credential &credential = m_detail.credential;
    const Credentials::Image *image = &credential.image;
    if (image->data.isEmpty() && !credential.achievement.image.data.isEmpty())
        image = &credential.achievement.image;
    QByteArray bytes = image->data;
    // A baked badge is its own picture, even when it also names an image URL that was not fetched.
    if (bytes.isEmpty() &&
        (credential.container == Credentials::Container::Png || credential.container == Credentials::Container::Svg))
        bytes = credential.original;

    const qreal ratio = devicePixelRatioF();
    const QSize pixels = QSize(kBadgeSize, kBadgeSize) * ratio;
    QPixmap pixmap(pixels);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);

    const QImage decoded = bytes.isEmpty() ? QImage() : QImage::fromData(bytes);
    if (!decoded.isNull()) {
        const QImage scaled = decoded.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QSizeF logical = QSizeF(scaled.size()) / ratio;
        painter.drawImage(
            QRectF(QPointF((kBadgeSize - logical.width()) / 2, (kBadgeSize - logical.height()) / 2), logical), scaled);
        const QString caption = image->caption.isEmpty() ? tr("Badge image") : image->caption;
        m_badge->setAccessibleName(caption);
        m_badge->setToolTip(image->caption);
    } else {
        // No picture: a quiet tile in the accent colour with the badge symbol, in both palettes.
        QPainterPath tile;
        tile.addRoundedRect(QRectF(1, 1, kBadgeSize - 2, kBadgeSize - 2), 22, 22);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.12);
        QColor border = palette().color(QPalette::Highlight);
        border.setAlphaF(0.35);
        painter.fillPath(tile, fill);
        painter.setPen(QPen(border, 1));
        painter.drawPath(tile);
        QIcon(QStringLiteral(":/icons/badge.svg")).paint(&painter, QRect(28, 26, 56, 56));
        m_badge->setAccessibleName(tr("No badge image"));
        m_badge->setToolTip(QString());
    }
    painter.end();
    m_badge->setPixmap(pixmap);
}

QWidget *CredentialDetailView::makeFacts()
{
    const Credentials::Credential &credential = m_detail.credential;
    QList<QPair<QString, QString>> rows;
    if (credential.validFrom.isValid())
        rows.append({tr("Issued"), formatDate(credential.validFrom)});
    if (credential.awardedDate.isValid() && credential.awardedDate.date() != credential.validFrom.date())
        rows.append({tr("Awarded"), formatDate(credential.awardedDate)});
    if (credential.validUntil.isValid()) {
        const bool past = m_detail.report.checkedAt.isValid() ? credential.validUntil < m_detail.report.checkedAt
                                                              : credential.validUntil < QDateTime::currentDateTimeUtc();
        rows.append({past ? tr("Expired") : tr("Expires"), formatDate(credential.validUntil)});
    }
    if (const std::optional<double> credits = credential.credits())
        rows.append({tr("Credits"), creditsText(*credits)});
    if (!credential.subject.term.isEmpty())
        //: The academic term in which the credential was earned (e.g. "Fall 2026").
        rows.append({tr("Term"), credential.subject.term});
    if (!credential.achievement.fieldOfStudy.isEmpty())
        rows.append({tr("Field of study"), credential.achievement.fieldOfStudy});
    if (!credential.achievement.specialization.isEmpty())
        rows.append({tr("Specialization"), credential.achievement.specialization});

    QStringList recipient;
    if (!credential.subject.name.isEmpty())
        recipient << credential.subject.name;
    for (const Credentials::Identity &identity : credential.subject.identities) {
        const bool email = identity.identityType.compare(QLatin1String("emailAddress"), Qt::CaseInsensitive) == 0 ||
                           identity.identityType.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0;
        if (identity.hashed)
            recipient << (email ? tr("Hashed e-mail address") : tr("Hashed identifier"));
        else if (!identity.identityHash.isEmpty())
            recipient << identity.identityHash;
    }
    if (recipient.isEmpty() && !credential.subject.id.isEmpty())
        recipient << shortened(credential.subject.id);
    if (!recipient.isEmpty())
        rows.append({tr("Recipient"), recipient.join(QStringLiteral(", "))});
    rows.append({tr("Format"), Credentials::formatName(credential.format)});

    auto *facts = new QWidget(m_content);
    auto *grid = new QGridLayout(facts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QLabel *key = mutedLabel(rows.at(i).first, facts);
        key->setWordWrap(false);
        QLabel *value = textLabel(rows.at(i).second, facts, QStringLiteral("fact_") + rows.at(i).first);
        value->setAccessibleName(rows.at(i).first + QStringLiteral(": ") + rows.at(i).second);
        if (rows.at(i).first == tr("Recipient") && !credential.subject.id.isEmpty())
            value->setToolTip(credential.subject.id);
        grid->addWidget(key, int(i), 0, Qt::AlignTop);
        grid->addWidget(value, int(i), 1, Qt::AlignTop);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, kKeyColumnWidth);
    return facts;
}

QWidget *CredentialDetailView::makeSkills()
{
    const QStringList &tags = m_detail.credential.achievement.tags;
    if (tags.isEmpty())
        return nullptr;
    auto *skills = new QWidget(m_content);
    auto *flow = new FlowLayout(skills, 6);
    for (const QString &tag : tags)
        flow->addWidget(chip(tag, skills));
    return skills;
}

QWidget *CredentialDetailView::makeAlignments()
{
    const QList<Credentials::Alignment> &alignments = m_detail.credential.achievement.alignments;
    if (alignments.isEmpty())
        return nullptr;
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (const Credentials::Alignment &alignment : alignments) {
        auto *item = new QWidget(box);
        item->setObjectName(QStringLiteral("alignment"));
        auto *itemLayout = new QVBoxLayout(item);
        itemLayout->setContentsMargins(0, 0, 0, 0);
        itemLayout->setSpacing(2);
        const QString name = alignment.targetName.isEmpty() ? alignment.targetUrl : alignment.targetName;
        QLabel *title = isWebUrl(alignment.targetUrl) ? linkLabel(link(name, alignment.targetUrl), name, item)
                                                      : textLabel(name, item);
        QFont font = title->font();
        font.setWeight(QFont::DemiBold);
        title->setFont(font);
        itemLayout->addWidget(title);
        QStringList where;
        if (!alignment.targetFramework.isEmpty())
            where << alignment.targetFramework;
        if (!alignment.targetCode.isEmpty())
            where << alignment.targetCode;
        if (!where.isEmpty())
            itemLayout->addWidget(mutedLabel(where.join(QStringLiteral("  ·  ")), item));
        if (!alignment.targetDescription.isEmpty())
            itemLayout->addWidget(textLabel(alignment.targetDescription, item));
        layout->addWidget(item);
    }
    return box;
}

QWidget *CredentialDetailView::makeResults()
{
    const QList<Credentials::AchievementResult> &results = m_detail.credential.subject.results;
    if (results.isEmpty())
        return nullptr;
    const QHash<QString, QString> names = resultNames(m_detail.credential.json);
    auto *box = new QWidget(m_content);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (const Credentials::AchievementResult &result : results) {
        QStringList value;
        for (const QString &part : {result.value, result.achievedLevel, result.status})
            if (!part.isEmpty() && !isWebUrl(part))
                value << part;
        if (value.isEmpty())
            continue;
        const QString name = names.value(result.resultDescription, tr("Result"));
        QLabel *key = mutedLabel(name, box);
        key->setWordWrap(false);
        QLabel *text = textLabel(value.join(QStringLiteral(", ")), box, QStringLiteral("resultValue"));
        text->setAccessibleName(name + QStringLiteral(": ") + text->text());
        grid->addWidget(key, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1, Qt::AlignTop);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, kKeyColumnWidth);
    if (row == 0) {
        delete box;
        return nullptr;
    }
    return box;
}

QWidget *CredentialDetailView::makeEvidence()
{
    const QList<Credentials::Evidence> &evidence = m_detail.credential.evidence;
    if (evidence.isEmpty())
        return nullptr;
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (const Credentials::Evidence &item : evidence) {
        const QString name = item.name.isEmpty() ? (isWebUrl(item.id) ? item.id : tr("Evidence")) : item.name;
        QLabel *title = isWebUrl(item.id) ? linkLabel(link(name, item.id), name, box) : textLabel(name, box);
        QFont font = title->font();
        font.setWeight(QFont::DemiBold);
        title->setFont(font);
        layout->addWidget(title);
        for (const QString &text : {item.description, item.narrative})
            if (!text.isEmpty())
                layout->addWidget(textLabel(text, box));
    }
    return box;
}

QWidget *CredentialDetailView::makePathways()
{
    if (m_detail.pathways.isEmpty())
        return nullptr;
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const QString &pathway : std::as_const(m_detail.pathways)) {
        auto *button = new QPushButton(QIcon(QStringLiteral(":/icons/pathways.svg")), pathway, box);
        button->setObjectName(QStringLiteral("pathwayButton"));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setAccessibleName(tr("Open pathway %1").arg(pathway));
        button->setToolTip(tr("Show your progress toward %1").arg(pathway));
        button->setStyleSheet(
            QStringLiteral("QPushButton#pathwayButton { text-align: left; padding: 6px 8px; "
                           "color: palette(link); border-radius: 6px; }"
                           "QPushButton#pathwayButton:hover { background: rgba(128,128,128,0.12); }"));
        button->setProperty("clickOnEnter", true);
        button->installEventFilter(this);
        connect(button, &QPushButton::clicked, this, [this, pathway] { emit pathwayActivated(pathway); });
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    return box;
}

void CredentialDetailView::retranslateActions()
{
    if (!m_verifyButton)
        return;
    m_verifyButton->setText(m_verifying ? tr("Checking…") : tr("&Verify Again"));
    m_verifyButton->setEnabled(!m_verifying);
    m_verifyButton->setAccessibleName(tr("Verify again"));
    m_verifyButton->setToolTip(tr("Checks the signature, the issuer's key, the dates and the revocation status again"));
    m_originalButton->setText(tr("Show &Original…"));
    m_originalButton->setAccessibleName(tr("Show original"));
    m_originalButton->setToolTip(tr("The credential exactly as the issuer signed it"));
}

} // namespace Credfolio::Ui
