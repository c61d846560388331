// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Credfolio::Credentials {

/// What a credential is, as detected from its content (never from a file name).
enum class Format {
    Ob2Hosted, ///< Open Badges 2.0 (or 1.x) assertion verified by fetching its hosted copy
    Ob2Signed, ///< Open Badges 2.0 assertion as a compact JWS
    VcJsonLd, ///< W3C VC 1.1/2.0 JSON-LD (OB 3.0 OpenBadgeCredential/AchievementCredential, CLR...) with embedded proof
    VcJwt,    ///< W3C VC as a compact JWS (VC-JWT: `vc` claim layout or VCDM 2.0 credential-as-payload)
};

/// How the credential reached us: the outer container around the credential text.
enum class Container { Json, Jwt, Png, Svg, Url };

/// The kind of credential, independent of its encoding.
enum class Kind {
    Badge,       ///< OB 2.0 Assertion or OB 3.0 OpenBadgeCredential / AchievementCredential
    Clr,         ///< CLR 2.0 ClrCredential (a bundle; see Credential::embedded)
    Endorsement, ///< OB 3.0 EndorsementCredential
    Other,       ///< a VerifiableCredential of another type
};

/// A problem found while reading that does not stop the credential from being read ("no issuance date",
/// "image could not be decoded"). `code` is stable ("credentials.image-too-large"); `message` translated.
struct ReadWarning {
    QString code;
    QString message;
};

/// An alignment to a framework, competency or course (OB 3.0 Alignment, OB 2.0 AlignmentObject).
struct Alignment {
    QString targetName;
    QString targetUrl;
    QString targetDescription;
    QString targetFramework;
    QString targetCode;
    QString targetType;
};

struct Criteria {
    QString id;        ///< URL of a criteria page, if any
    QString narrative; ///< Markdown or plain text
};

/// An image: decoded bytes when the credential embeds it (data: URI) or once fetched, else only the URL.
struct Image {
    QString url;      ///< https URL, or empty for an embedded image
    QByteArray data;  ///< decoded image bytes (size-limited); empty when not embedded/fetched
    QString mimeType; ///< e.g. image/png, image/svg+xml
    QString caption;
    bool isEmpty() const { return url.isEmpty() && data.isEmpty(); }
};

struct Profile {
    QString id; ///< issuer id: a DID, or an https URL (OB 2.0 issuer profile / OB 3.0 Profile)
    QString name;
    QString url;
    QString email;
    QString description;
    Image image;
    QStringList types;
};

struct Achievement {
    QString id;
    QStringList types;
    QString achievementType; ///< OB 3.0 achievementType (Course, Certificate, MicroCredential, ...)
    QString name;
    QString description;
    Criteria criteria;
    Image image;
    QList<Alignment> alignments;
    std::optional<double> creditsAvailable;
    QString fieldOfStudy;
    QString specialization;
    QStringList tags; ///< OB 3.0 `tag`, OB 2.0 BadgeClass `tags`
    QString humanCode;
    Profile creator; ///< OB 3.0 achievement.creator, OB 2.0 BadgeClass issuer (may be empty)
};

/// OB 3.0 `result[]` entry.
struct AchievementResult {
    QString resultDescription; ///< id of the achievement's ResultDescription it answers
    QString value;             ///< e.g. a grade "A", a score "92"
    QString status;            ///< Completed, Enrolled, Failed, InProgress, OnHold, Provisional, Withdrew
    QString achievedLevel;
};

/// The recipient: a DID/URL id and/or identity objects (possibly a salted hash of an e-mail address).
struct Identity {
    QString identityType; ///< emailAddress, url, ... (OB 2.0 recipient.type; OB 3.0 identityType)
    QString identityHash; ///< plain value, or "sha256$<hex>" / "md5$<hex>" when hashed
    bool hashed = false;
    QString salt;
};

struct Subject {
    QString id;
    QList<Identity> identities;
    QList<AchievementResult> results;
    std::optional<double> creditsEarned;
    QDateTime activityStartDate;
    QDateTime activityEndDate;
    QString term;
    QString name; ///< recipient's name when the credential carries one
};

struct Evidence {
    QString id;
    QString name;
    QString description;
    QString narrative;
    QString genre;
    QString audience;
};

/// A CLR 2.0 association between two achievements or credentials (isChildOf, precedes, ...).
struct Association {
    QString associationType;
    QString sourceId;
    QString targetId;
};

/// One credential, format-neutral, as read by core/credentials. A plain copyable value (no QObject).
/// Readers fill what the source carries; `json` keeps the whole credential object (unknown members included),
/// `original` the exact bytes that were imported (a signature that verified must still verify on them).
struct Credential {
    Format format = Format::VcJsonLd;
    Container container = Container::Json;
    Kind kind = Kind::Badge;
    QString specVersion; ///< "OB 2.0", "OB 3.0", "VC 1.1", "VC 2.0", "CLR 2.0" — for display and logs

    QString id; ///< credential / assertion id (may be empty: not every credential has one)
    QStringList types;
    QString name;        ///< the credential's own name, else the achievement's
    QString description; ///< the credential's own description, else the achievement's
    Profile issuer;
    Achievement achievement;
    Subject subject;
    QList<Evidence> evidence;
    Image image; ///< the credential's image, else the achievement's, else the baked image itself

    QDateTime validFrom;   ///< validFrom / issuanceDate / issuedOn (UTC); invalid when absent
    QDateTime validUntil;  ///< validUntil / expirationDate / expires (UTC); invalid when absent
    QDateTime awardedDate; ///< OB 3.0 awardedDate, when present

    QByteArray original;   ///< the imported bytes exactly (JSON text, JWT text, PNG or SVG file)
    QByteArray payload;    ///< the credential text inside the container (JSON or compact JWS) exactly
    QString sourceUrl;     ///< where it was fetched from (hosted assertion / URL import), if anywhere
    QJsonObject json;      ///< the credential JSON object (the JWT payload's credential for VC-JWT)
    QJsonObject jwtClaims; ///< VC-JWT / OB 2.0 signed: the whole decoded JWT payload (iss, sub, jti, nbf, exp...)
    QJsonObject jwtHeader; ///< VC-JWT / OB 2.0 signed: the decoded JOSE header (alg, kid, typ...), unjudged

    QList<Credential> embedded;      ///< CLR: the credentials it contains, each with its own proof
    QList<Association> associations; ///< CLR: associations between achievements
    QList<Achievement> achievements; ///< CLR: ClrSubject.achievement[]
    QList<ReadWarning> warnings;

    /// Credits earned: the subject's creditsEarned, else the achievement's creditsAvailable.
    std::optional<double> credits() const
    {
        return subject.creditsEarned ? subject.creditsEarned : achievement.creditsAvailable;
    }
};

QString formatName(Format format);         ///< "Open Badges 2.0 (hosted)", ... (translated)
QString kindKey(Kind kind);                ///< stable: "badge", "clr", "endorsement", "other"
QString formatKey(Format format);          ///< stable: "ob2-hosted", "ob2-signed", "vc-json-ld", "vc-jwt"
QString containerKey(Container container); ///< stable: "json", "jwt", "png", "svg", "url"

} // namespace Credfolio::Credentials
