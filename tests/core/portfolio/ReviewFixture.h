// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Ed25519SigningKey.h"
#include "core/portfolio/Package.h"
#include "tests/support/TestData.h"

// A learner's package made from the corpus: three credentials (OB 3.0 Data Integrity, VC-JWT, CLR) and the data
// analytics pathway, signed with a fixed test key.
namespace Credfolio::Portfolio::Test {

inline const QString kLearner = QStringLiteral("Nadia Fernández");
inline const QString kMessage = QStringLiteral("Please look at my data analytics pathway.");

inline PackageContents reviewContents()
{
    PackageContents contents;
    contents.id = QStringLiteral("urn:uuid:0c6e1f4e-5a55-4d7a-9d0b-3c8f6f1b2a10");
    contents.createdAt = QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);
    contents.profile.name = kLearner;
    contents.message = kMessage;
    const char *files[] = {"corpus/ob3/di-rdfc-valid.json", "corpus/ob3-jwt/jwt-eddsa-valid.jwt",
                           "corpus/clr/clr-valid.json"};
    int n = 0;
    for (const char *file : files) {
        contents.credentials.append(PackagedCredential{Credfolio::Test::readData(QString::fromLatin1(file)),
                                                       QString::fromLatin1(file),
                                                       QStringLiteral("Learner note %1").arg(++n)});
    }
    contents.pathways.append(Credfolio::Test::readData(QStringLiteral("pathways/data-analytics-degree-block.json")));
    return contents;
}

inline QByteArray reviewPackageBytes()
{
    return writePackage(reviewContents(), Crypto::Ed25519SigningKey::fromSeed(QByteArray(32, '\x11')).value());
}

} // namespace Credfolio::Portfolio::Test
