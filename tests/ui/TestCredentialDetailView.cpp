// SPDX-License-Identifier: GPL-3.0-or-later
// The credential detail view as a learner sees it, with real credentials of the corpus read and verified offline:
// the verdict, one row per check with its status and technical details, the original text and its copy, the
// learner's note and tags, the pathways, keyboard access and accessible names.
#include "core/common/Clock.h"
#include "core/credentials/CredentialReader.h"
#include "core/net/Fetcher.h"
#include "core/verify/Verifier.h"
#include "tests/support/TestData.h"
#include "ui/Appearance.h"
#include "ui/CheckListView.h"
#include "ui/CredentialDetailView.h"
#include "ui/OriginalDialog.h"
#include "ui/TagEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Credfolio;
using Credfolio::Ui::CheckListView;
using Credfolio::Ui::CredentialDetailView;
using Credfolio::Ui::OriginalDialog;

namespace {

// One day after the corpus was generated: its dates are relative to that moment.
QDateTime corpusNow()
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/manifest.json"))).object();
    return QDateTime::fromString(manifest.value(QLatin1StringView("generatedAt")).toString(), Qt::ISODate).addDays(1);
}

QList<QWidget *> checkRows(const QWidget &view)
{
    // Only the top-level list's rows, not those of contained credentials.
    QList<QWidget *> rows;
    const auto *list = view.findChild<CheckListView *>(QStringLiteral("checkList"));
    const QWidget *card = list->findChild<QWidget *>(QStringLiteral("checkCard"), Qt::FindDirectChildrenOnly);
    for (QWidget *row : card->findChildren<QWidget *>(QStringLiteral("checkRow"), Qt::FindDirectChildrenOnly))
        rows.append(row);
    return rows;
}

QWidget *rowFor(const QWidget &view, const QString &id)
{
    for (QWidget *row : checkRows(view))
        if (row->property("checkId").toString() == id)
            return row;
    return nullptr;
}

QString verdictOf(const QWidget &view)
{
    return view.findChild<CheckListView *>(QStringLiteral("checkList"))->verdict();
}

} // namespace

class TestCredentialDetailView : public QObject {
    Q_OBJECT

public slots:
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private:
    // Reading and verifying may fetch (bundled documents), which belongs on a worker thread, never the GUI thread.
    Services::CredentialDetail load(const QString &file) const
    {
        // std::async with launch::async always runs on a new thread (a QFuture may run its task in the waiting thread).
        return std::async(std::launch::async, [this, file] { return loadOnWorker(file); }).get();
    }

    Services::CredentialDetail loadOnWorker(const QString &file) const
    {
        const QByteArray bytes = Test::readData(QStringLiteral("corpus/") + file);
        const Result<Credentials::Credential> read =
            Credentials::readCredential(bytes, Credentials::ReadOptions{&m_fetcher, true});
        if (!read)
            qFatal("%s: %s", qPrintable(file), qPrintable(read.error().toString()));
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{&m_fetcher, &clock, nullptr});
        Services::CredentialDetail detail;
        detail.credential = *read;
        detail.report = verifier.verify(*read);
        return detail;
    }

    static void show(CredentialDetailView &view)
    {
        view.resize(900, 1200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    mutable Net::Fetcher m_fetcher;
    QList<QUrl> m_openedUrls;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_fetcher.setOffline(true);
        const Result<void> loaded = m_fetcher.loadBundle(Test::dataPath(QStringLiteral("corpus/web/manifest.json")));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void aValidCredentialShowsVerifiedAndWhatItSays()
    {
        const Services::CredentialDetail detail = load(QStringLiteral("ob3/di-rdfc-valid.json"));
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);

        QCOMPARE(verdictOf(view), QStringLiteral("Verified"));
        const QString checked = view.findChild<QLabel *>(QStringLiteral("checkedLabel"))->text();
        QVERIFY2(checked.startsWith(QStringLiteral("Checked 29 November 2026")), qPrintable(checked));

        // One row per check, in report order, each with its status and human title.
        const QList<QWidget *> rows = checkRows(view);
        QCOMPARE(rows.size(), detail.report.checks.size());
        const QStringList titles{
            QStringLiteral("Format"),          QStringLiteral("Signature"),         QStringLiteral("Issuer's key"),
            QStringLiteral("Validity period"), QStringLiteral("Revocation status"), QStringLiteral("Issuer registry")};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Verify::Check &check = detail.report.checks.at(i);
            QCOMPARE(rows.at(i)->property("checkId").toString(), check.id);
            QCOMPARE(rows.at(i)->property("status").toString(), Verify::checkStatusKey(check.status));
            QCOMPARE(rows.at(i)->findChild<QLabel *>(QStringLiteral("checkTitle"))->text(), titles.at(i));
            QCOMPARE(rows.at(i)->findChild<QLabel *>(QStringLiteral("checkMessage"))->text(), check.message);
        }
        QCOMPARE(rowFor(view, QStringLiteral("proof"))->property("status").toString(), QStringLiteral("pass"));
        // No registry was chosen: a warning, told in words as well as by colour.
        QWidget *trust = rowFor(view, QStringLiteral("issuer-trust"));
        QCOMPARE(trust->property("status").toString(), QStringLiteral("warn"));
        QCOMPARE(trust->findChild<QLabel *>(QStringLiteral("checkIcon"))->accessibleName(), QStringLiteral("Warning"));
        QCOMPARE(trust->accessibleName(), QStringLiteral("Issuer registry: Warning"));

        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(),
                 QStringLiteral("Foundations of Data Analysis"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("kindLabel"))->text(),
                 QStringLiteral("Course  ·  DATA 101  ·  OB 3.0"));
        auto *issuer = view.findChild<QLabel *>(QStringLiteral("issuerLabel"));
        QVERIFY(issuer->text().contains(QStringLiteral("href=\"https://www.example.edu/\"")));
        QCOMPARE(issuer->accessibleName(), QStringLiteral("Issued by Riverbend Community College"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("fact_Issued"))->text(), QStringLiteral("31 July 2026"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("fact_Expires"))->text(), QStringLiteral("25 November 2036"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("fact_Credits"))->text(), QStringLiteral("3 credits"));
        // The recipient's address is only a salted hash: say so, never show the hash.
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("fact_Recipient"))->text(),
                 QStringLiteral("Hashed e-mail address"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("criteriaText"))
                    ->accessibleName()
                    .startsWith(QStringLiteral("Completed all weekly labs")));

        QStringList skills;
        for (const QLabel *chip : view.findChildren<QLabel *>(QStringLiteral("skillChip")))
            skills << chip->text();
        QCOMPARE(skills,
                 (QStringList{QStringLiteral("data"), QStringLiteral("statistics"), QStringLiteral("spreadsheets")}));
        auto *alignments = view.findChild<QWidget *>(QStringLiteral("section_alignments"));
        QStringList alignmentTexts;
        for (const QLabel *label : alignments->findChildren<QLabel *>())
            alignmentTexts << label->accessibleName();
        QVERIFY(alignmentTexts.contains(QStringLiteral("Data Scientists")));
        QVERIFY(alignmentTexts.contains(QStringLiteral("O*NET-SOC 2019  ·  15-2051.00")));
        auto *result = view.findChild<QLabel *>(QStringLiteral("resultValue"));
        QCOMPARE(result->accessibleName(), QStringLiteral("Final grade: A"));

        // What the credential does not carry is not shown at all.
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("heading_evidence")));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("heading_pathways")));
        // The achievement image is only a link and nothing was fetched: a placeholder, named as such.
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("badgeImage"))->accessibleName(),
                 QStringLiteral("No badge image"));
    }

    void emptyFieldsAreLeftOut()
    {
        Services::CredentialDetail detail = load(QStringLiteral("ob3/di-rdfc-valid.json"));
        detail.credential.description.clear();
        detail.credential.achievement.description.clear();
        detail.credential.achievement.tags.clear();
        detail.credential.validUntil = {};
        detail.credential.subject.results.clear();
        CredentialDetailView view;
        view.setDetail(detail);
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("heading_description")));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("heading_skills")));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("heading_results")));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("fact_Expires")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("heading_criteria")));
    }

    void expiredRevokedAndTamperedSayWhy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("failing");
        QTest::newRow("expired") << QStringLiteral("ob3/di-rdfc-expired.json") << QStringLiteral("Expired")
                                 << QStringLiteral("validity");
        QTest::newRow("revoked") << QStringLiteral("status/di-rdfc-status-revoked.json") << QStringLiteral("Revoked")
                                 << QStringLiteral("status");
        QTest::newRow("tampered") << QStringLiteral("ob3/di-rdfc-tampered.json") << QString()
                                  << QStringLiteral("proof");
    }

    void expiredRevokedAndTamperedSayWhy()
    {
        QFETCH(QString, file);
        QFETCH(QString, verdict);
        QFETCH(QString, failing);
        const Services::CredentialDetail detail = load(file);
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);

        const Verify::Check *failure = detail.report.firstFailure();
        QVERIFY(failure);
        QCOMPARE(failure->id, failing);
        if (verdict.isEmpty())
            verdict = QStringLiteral("Not valid: ") + failure->message;
        QCOMPARE(verdictOf(view), verdict);
        QCOMPARE(rowFor(view, failing)->property("status").toString(), QStringLiteral("fail"));
        QCOMPARE(rowFor(view, failing)->findChild<QLabel *>(QStringLiteral("checkIcon"))->accessibleName(),
                 QStringLiteral("Failed"));
        if (failing == QLatin1String("proof")) {
            QCOMPARE(rowFor(view, QStringLiteral("validity"))->property("status").toString(), QStringLiteral("skip"));
        } else {
            // Expired or revoked, the signature itself is still good, and the learner sees both.
            QCOMPARE(rowFor(view, QStringLiteral("proof"))->property("status").toString(), QStringLiteral("pass"));
        }
        const QString checked = view.findChild<CheckListView *>()->checkedText();
        if (detail.report.documentsAsOf.isValid())
            QVERIFY2(checked.contains(QStringLiteral(" · using documents as of ")), qPrintable(checked));
        if (failing == QLatin1String("status"))
            QVERIFY(detail.report.documentsAsOf.isValid()); // the status list came from the bundle
    }

    void detailsRevealTheTechnicalFacts()
    {
        const Services::CredentialDetail detail = load(QStringLiteral("ob3/di-rdfc-tampered.json"));
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);

        QWidget *row = rowFor(view, QStringLiteral("proof"));
        auto *details = row->findChild<QToolButton *>(QStringLiteral("detailsButton"));
        auto *text = row->findChild<QTextEdit *>(QStringLiteral("checkDetail"));
        QVERIFY(!text->isVisible());
        QCOMPARE(details->accessibleName(), QStringLiteral("Details of Signature"));
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(text->isVisible());
        const Verify::Check *proof = detail.report.check(u"proof");
        QVERIFY(!proof->detail.isEmpty());
        QVERIFY(text->toPlainText().contains(proof->detail));
        QVERIFY(text->toPlainText().contains(QStringLiteral("Reason code: verify.signature-invalid")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("Checked at: ") +
                                             detail.report.checkedAt.toString(Qt::ISODate)));
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
        // The keyboard closes it again.
        details->setFocus();
        QTest::keyClick(details, Qt::Key_Space);
        QVERIFY(!text->isVisible());
    }

    void aClrListsItsCredentialsWithTheirOwnChecks()
    {
        const Services::CredentialDetail detail = load(QStringLiteral("clr/clr-embedded-credential-invalid.json"));
        QCOMPARE(detail.credential.embedded.size(), 3);
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);

        const Verify::Check *failure = detail.report.firstFailure();
        QCOMPARE(failure->id, QStringLiteral("embedded"));
        QCOMPARE(verdictOf(view), QStringLiteral("Not valid: ") + failure->message);
        QCOMPARE(rowFor(view, QStringLiteral("embedded"))->findChild<QLabel *>(QStringLiteral("checkTitle"))->text(),
                 QStringLiteral("Contents"));

        const QList<QToolButton *> toggles = view.findChildren<QToolButton *>(QStringLiteral("embeddedToggle"));
        QCOMPARE(toggles.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(toggles.at(i)->text(), detail.credential.embedded.at(i).name);
        QVERIFY(!detail.report.embedded.at(1).isValid());
        QVERIFY(toggles.at(1)->accessibleName().startsWith(toggles.at(1)->text() + QStringLiteral(": Not valid")));
        QCOMPARE(toggles.at(0)->accessibleName(), toggles.at(0)->text() + QStringLiteral(": Verified"));

        auto *nested = toggles.at(1)->parentWidget()->findChild<CheckListView *>();
        QVERIFY(!nested->isVisible());
        QTest::mouseClick(toggles.at(1), Qt::LeftButton);
        QVERIFY(nested->isVisible());
        const QWidget *card = nested->findChild<QWidget *>(QStringLiteral("checkCard"));
        const QList<QWidget *> nestedRows =
            card->findChildren<QWidget *>(QStringLiteral("checkRow"), Qt::FindDirectChildrenOnly);
        QCOMPARE(nestedRows.size(), detail.report.embedded.at(1).checks.size());
        QCOMPARE(nestedRows.at(1)->property("status").toString(), QStringLiteral("fail"));
    }

    void showOriginalHasTheExactPayloadAndCopiesIt()
    {
        const Services::CredentialDetail detail = load(QStringLiteral("ob3/di-rdfc-valid.json"));
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);

        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("originalButton")), Qt::LeftButton);
        auto *dialog = view.findChild<OriginalDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("originalText"));
        QVERIFY(text->isReadOnly());
        // Indented for reading at first; the exact bytes one click away.
        QVERIFY(text->toPlainText().contains(QStringLiteral("\n    \"credentialSubject\": {")));
        auto *indent = dialog->findChild<QCheckBox *>(QStringLiteral("formatBox"));
        QTest::mouseClick(indent, Qt::LeftButton);
        QCOMPARE(text->toPlainText(), QString::fromUtf8(detail.credential.payload));

        QApplication::clipboard()->clear();
        QTest::mouseClick(indent, Qt::LeftButton); // copying the indented view still copies the original
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(detail.credential.payload));
        dialog->reject();
    }

    void aBakedOb2BadgeShowsItsImageAndWhereItCameFrom()
    {
        const Services::CredentialDetail detail = load(QStringLiteral("baked/ob2-signed.png"));
        QCOMPARE(detail.credential.container, Credentials::Container::Png);
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);

        QCOMPARE(verdictOf(view), QStringLiteral("Verified"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("badgeImage"))->accessibleName() !=
                QStringLiteral("No badge image"));
        view.showOriginal();
        auto *dialog = view.findChild<OriginalDialog *>();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("originalIntro"))
                    ->text()
                    .contains(QStringLiteral("extracted from a PNG badge image")));
        // A JWS is not JSON: shown exactly, nothing to indent.
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("formatBox"))->isVisibleTo(dialog));
        QCOMPARE(dialog->text(), QString::fromUtf8(detail.credential.payload));
        QVERIFY(detail.credential.payload.count('.') == 2);
        dialog->reject();
    }

    void editingTheNoteEmitsItWhenDone()
    {
        Services::CredentialDetail detail = load(QStringLiteral("ob3/di-rdfc-valid.json"));
        detail.note = QStringLiteral("Final project on city bike data.");
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);
        QSignalSpy edited(&view, &CredentialDetailView::noteEdited);

        auto *note = view.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        QCOMPARE(note->toPlainText(), detail.note);
        note->setFocus();
        QVERIFY(note->hasFocus());
        note->moveCursor(QTextCursor::End);
        QTest::keyClicks(note, QStringLiteral(" Ask Dr Ortiz for a reference."));
        QCOMPARE(edited.count(), 0);        // not on every key stroke
        QTest::keyClick(note, Qt::Key_Tab); // Tab leaves the field, it does not type a tab
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().first().toString(),
                 QStringLiteral("Final project on city bike data. Ask Dr Ortiz for a reference."));

        // Leaving it again unchanged says nothing.
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Tab);
        QCOMPARE(edited.count(), 1);
    }

    void tagsAndPathwaysAreEditableAndActionable()
    {
        Services::CredentialDetail detail = load(QStringLiteral("ob3/di-rdfc-valid.json"));
        detail.tags = QStringList{QStringLiteral("semester 1")};
        detail.pathways = QStringList{QStringLiteral("Certificate in Data Analytics")};
        CredentialDetailView view;
        view.setDetail(detail);
        view.setTagSuggestions({QStringLiteral("portfolio"), QStringLiteral("python")});
        show(view);
        QSignalSpy tags(&view, &CredentialDetailView::tagsEdited);
        QSignalSpy pathway(&view, &CredentialDetailView::pathwayActivated);

        auto *edit = view.findChild<QLineEdit *>(QStringLiteral("tagEdit"));
        QTest::mouseClick(edit, Qt::LeftButton);
        QTest::keyClicks(edit, QStringLiteral("portfolio"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(tags.count(), 1);
        QCOMPARE(tags.last().first().toStringList(),
                 (QStringList{QStringLiteral("semester 1"), QStringLiteral("portfolio")}));
        QTest::keyClicks(edit, QStringLiteral("Portfolio"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(tags.count(), 1); // already there, whatever its case

        const QList<QToolButton *> chips = view.findChildren<QToolButton *>(QStringLiteral("tagChip"));
        QCOMPARE(chips.size(), 2);
        QCOMPARE(chips.first()->accessibleName(), QStringLiteral("Remove tag semester 1"));
        QTest::mouseClick(chips.first(), Qt::LeftButton);
        QCOMPARE(tags.last().first().toStringList(), QStringList{QStringLiteral("portfolio")});

        auto *button = view.findChild<QPushButton *>(QStringLiteral("pathwayButton"));
        QCOMPARE(button->text(), QStringLiteral("Certificate in Data Analytics"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(pathway.count(), 1);
        QCOMPARE(pathway.first().first().toString(), QStringLiteral("Certificate in Data Analytics"));
    }

    void theIssuerLinkOpensTheIssuersSite()
    {
        CredentialDetailView view;
        view.setDetail(load(QStringLiteral("ob3/di-rdfc-valid.json")));
        m_openedUrls.clear();
        auto *issuer = view.findChild<QLabel *>(QStringLiteral("issuerLabel"));
        emit issuer->linkActivated(QStringLiteral("https://www.example.edu/"));
        QCOMPARE(m_openedUrls, QList<QUrl>{QUrl(QStringLiteral("https://www.example.edu/"))});
        emit issuer->linkActivated(QStringLiteral("file:///etc/passwd")); // never anything but the web
        QCOMPARE(m_openedUrls.size(), 1);
    }

    void theKeyboardReachesAndActivatesTheActions()
    {
        CredentialDetailView view;
        view.setDetail(load(QStringLiteral("ob3/di-rdfc-valid.json")));
        show(view);
        QSignalSpy verify(&view, &CredentialDetailView::verifyRequested);
        auto *verifyButton = view.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        auto *originalButton = view.findChild<QPushButton *>(QStringLiteral("originalButton"));

        view.activateWindow();
        view.setFocus();
        QVERIFY(QApplication::focusWidget());
        for (int i = 0; i < 10 && !verifyButton->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(verifyButton->hasFocus());
        QTest::keyClick(verifyButton, Qt::Key_Space);
        QCOMPARE(verify.count(), 1);
        QTest::keyClick(verifyButton, Qt::Key_Return);
        QCOMPARE(verify.count(), 2);

        QTest::keyClick(verifyButton, Qt::Key_Tab);
        QVERIFY(originalButton->hasFocus());
        QTest::keyClick(originalButton, Qt::Key_Return);
        auto *dialog = view.findChild<OriginalDialog *>();
        QVERIFY(dialog);
        dialog->reject();

        view.setVerifying(true);
        QCOMPARE(verifyButton->text(), QStringLiteral("Checking…"));
        QVERIFY(!verifyButton->isEnabled());
        view.setVerifying(false);
        QVERIFY(verifyButton->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        Services::CredentialDetail detail = load(QStringLiteral("clr/clr-embedded-credential-invalid.json"));
        detail.tags = QStringList{QStringLiteral("record")};
        detail.pathways = QStringList{QStringLiteral("Data Analytics Degree Block")};
        CredentialDetailView view;
        view.setDetail(detail);
        show(view);
        view.showOriginal();
        const QList<QWidget *> widgets = view.findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *widget : widgets) {
            const bool control = widget->focusPolicy() != Qt::NoFocus &&
                                 (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                  qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget));
            if (!control)
                continue;
            ++controls;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                                widget->objectName()));
        }
        QVERIFY(controls > 20);
    }

    void rendersInLightAndDark_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::newRow("baked badge") << QStringLiteral("baked/ob3-di-rdfc.png") << QStringLiteral("credential-detail");
        QTest::newRow("clr") << QStringLiteral("clr/clr-embedded-credential-invalid.json")
                             << QStringLiteral("credential-detail-clr");
    }

    void rendersInLightAndDark()
    {
        // Renders the view as a learner sees it; with CREDFOLIO_SCREENSHOT_DIR set, saves the pictures.
        QFETCH(QString, file);
        QFETCH(QString, name);
        Services::CredentialDetail detail = load(file);
        detail.tags = QStringList{QStringLiteral("semester 1"), QStringLiteral("data")};
        detail.note = QStringLiteral("Final project: cleaning and charting the city's bike-share data.");
        detail.pathways = QStringList{QStringLiteral("Certificate in Data Analytics")};
        const QString dir = qEnvironmentVariable("CREDFOLIO_SCREENSHOT_DIR");
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? Ui::darkPalette() : Ui::lightPalette());
            CredentialDetailView view;
            view.setDetail(detail);
            view.resize(880, 1500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            rowFor(view, QStringLiteral("proof"))->findChild<QToolButton *>(QStringLiteral("detailsButton"))->click();
            if (detail.credential.container == Credentials::Container::Png)
                QVERIFY(view.findChild<QLabel *>(QStringLiteral("badgeImage"))->accessibleName() !=
                        QStringLiteral("No badge image"));
            if (!detail.report.embedded.isEmpty())
                view.findChildren<QToolButton *>(QStringLiteral("embeddedToggle")).at(1)->click();
            QTest::qWait(50); // let the layouts settle after opening the disclosures
            const QImage image = view.grab().toImage();
            QVERIFY(!image.isNull());
            // The page follows the palette: its background is the palette's window colour.
            QCOMPARE(image.pixelColor(image.width() - 20, 10).rgb(),
                     (dark ? Ui::darkPalette() : Ui::lightPalette()).color(QPalette::Window).rgb());
            if (!dir.isEmpty())
                QVERIFY(image.save(dir + QLatin1Char('/') + name +
                                   (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png"))));
        }
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestCredentialDetailView)
#include "TestCredentialDetailView.moc"
