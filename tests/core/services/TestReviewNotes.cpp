// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's notes on a package live in the advisor's library, keyed by the package id, and come back as
// written; a blank note is not kept.
#include "core/services/ReviewNotes.h"
#include "core/store/Library.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Services;

namespace {
const QString kPackage = QStringLiteral("urn:uuid:0c6e1f4e-5a55-4d7a-9d0b-3c8f6f1b2a10");
const QString kOther = QStringLiteral("urn:uuid:11111111-2222-4333-8444-555555555555");
} // namespace

class TestReviewNotes : public QObject {
    Q_OBJECT

private slots:
    void notesComeBackFromTheLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("advisor.sqlite"));
        ReviewNotes notes;
        notes.overall = QStringLiteral("Strong start — take Statistics II next.\nSecond line.");
        notes.setCredentialNote(Portfolio::contentHash("credential one"), QStringLiteral("Checked with the issuer."));
        notes.setRequirementNote(Portfolio::requirementKey(QStringLiteral("urn:pathway:1"),
                                                           QStringLiteral("urn:pathway:1$.requirements.children[0]")),
                                 QStringLiteral("Capstone still open."));
        {
            auto library = Store::Library::open(path);
            QVERIFY2(library, qPrintable(library ? QString() : library.error().toString()));
            QVERIFY(saveReviewNotes(**library, kPackage, notes));
        }
        auto library = Store::Library::open(path); // reopened: the notes were written to the file
        QVERIFY(library);
        const auto loaded = loadReviewNotes(**library, kPackage);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->overall, notes.overall);
        QCOMPARE(loaded->credentials, notes.credentials);
        QCOMPARE(loaded->requirements, notes.requirements);
        const Portfolio::ReviewAnnotations annotations = loaded->toAnnotations();
        QCOMPARE(annotations.credentials.value(Portfolio::contentHash("credential one")),
                 QStringLiteral("Checked with the issuer."));

        // Another package has notes of its own.
        const auto other = loadReviewNotes(**library, kOther);
        QVERIFY(other);
        QVERIFY(other->isEmpty());
    }

    void blankNotesAreNotKept()
    {
        ReviewNotes notes;
        notes.setCredentialNote(QStringLiteral("abc"), QStringLiteral("note"));
        QCOMPARE(notes.credentials.size(), 1);
        notes.setCredentialNote(QStringLiteral("abc"), QStringLiteral("  \n"));
        QVERIFY(notes.credentials.isEmpty());
        QVERIFY(notes.isEmpty());

        QTemporaryDir dir;
        auto library = Store::Library::open(dir.filePath(QStringLiteral("advisor.sqlite")));
        QVERIFY(library);
        ReviewNotes some;
        some.overall = QStringLiteral("x");
        QVERIFY(saveReviewNotes(**library, kPackage, some));
        QVERIFY((*library)->setting(reviewNotesSetting(kPackage)).value().has_value());
        QVERIFY(saveReviewNotes(**library, kPackage, ReviewNotes{}));
        QVERIFY(!(*library)->setting(reviewNotesSetting(kPackage)).value().has_value());
    }

    void damagedNotesAreReportedNotGuessed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"overall\": ");
        QTest::newRow("overall not text") << QByteArray(R"({"overall": 3})");
        QTest::newRow("credentials not an object") << QByteArray(R"({"credentials": []})");
        QTest::newRow("note not text") << QByteArray(R"({"requirements": {"k": true}})");
        QTest::newRow("duplicate key") << QByteArray(R"({"overall": "a", "overall": "b"})");
    }

    void damagedNotesAreReportedNotGuessed()
    {
        QFETCH(QByteArray, json);
        const auto notes = ReviewNotes::fromJson(json);
        QVERIFY(!notes);
        QCOMPARE(notes.error().code, QStringLiteral("review.notes-invalid"));
        QVERIFY(!notes.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewNotes)
#include "TestReviewNotes.moc"
