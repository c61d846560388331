<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Credfolio::Cli</name>
    <message>
        <source>Usage: credfolio-cli [--help] [--version] COMMAND [ARGUMENTS...]</source>
        <translation>Aufruf: credfolio-cli [--help] [--version] BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>Credfolio keeps a learner's badges and certificates on their own computer, verifies them independently and exports a portfolio. This is its command line.</source>
        <translation>Credfolio bewahrt die Badges und Zertifikate von Lernenden auf dem eigenen Computer auf, prüft sie unabhängig und exportiert ein Portfolio. Dies ist seine Kommandozeile.</translation>
    </message>
    <message>
        <source>This build provides no commands yet.</source>
        <translation>Diese Version bietet noch keine Befehle.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run 'credfolio-cli COMMAND --help' for the options of a command.</source>
        <translation>„credfolio-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Unknown command '%1'. Run 'credfolio-cli --help' for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. „credfolio-cli --help“ zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>warning: "%1" is not defined by any context; it is not part of the canonical form</source>
        <translation>Warnung: „%1“ ist in keinem Kontext definiert und gehört nicht zur kanonischen Form</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli canon (--jcs|--rdfc) FILE</source>
        <translation>Aufruf: credfolio-cli canon (--jcs|--rdfc) DATEI</translation>
    </message>
    <message>
        <source>  --jcs   print the JSON Canonicalization Scheme (RFC 8785) form of a JSON document</source>
        <translation>  --jcs   die JCS-Form (JSON Canonicalization Scheme, RFC 8785) eines JSON-Dokuments ausgeben</translation>
    </message>
    <message>
        <source>  --rdfc  print the RDFC-1.0 canonical N-Quads of a JSON-LD document (only bundled contexts are used; nothing is fetched)</source>
        <translation>  --rdfc  die kanonischen N-Quads (RDFC-1.0) eines JSON-LD-Dokuments ausgeben (nur mitgelieferte Kontexte; nichts wird abgerufen)</translation>
    </message>
    <message>
        <source>FILE may be '-' for standard input.</source>
        <translation>DATEI kann „-“ für die Standardeingabe sein.</translation>
    </message>
    <message>
        <source>Print the canonical form of a JSON (JCS) or JSON-LD (RDFC-1.0) document</source>
        <translation>Die kanonische Form eines JSON- (JCS) oder JSON-LD-Dokuments (RDFC-1.0) ausgeben</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli show [--json] PATH...</source>
        <translation>Aufruf: credfolio-cli show [--json] PFAD...</translation>
    </message>
    <message>
        <source>Prints what Credfolio reads from each credential: JSON, JWT, PNG or SVG files, or folders (searched recursively). Nothing is fetched: documents a credential only links to are named as not fetched.</source>
        <translation>Zeigt, was Credfolio aus jedem Nachweis liest: JSON-, JWT-, PNG- oder SVG-Dateien oder Ordner (rekursiv durchsucht). Nichts wird abgerufen: Dokumente, auf die ein Nachweis nur verweist, werden als nicht abgerufen genannt.</translation>
    </message>
    <message>
        <source>  --json  print a JSON array with one object per file</source>
        <translation>  --json  ein JSON-Array mit einem Objekt pro Datei ausgeben</translation>
    </message>
    <message>
        <source>Show what is read from credential files (format, issuer, achievement, dates, credits)</source>
        <translation>Zeigen, was aus Nachweisdateien gelesen wird (Format, Aussteller, Leistung, Daten, Leistungspunkte)</translation>
    </message>
</context>
<context>
    <name>Credfolio::Codec</name>
    <message>
        <source>Base58 text is too long (%1 characters, at most %2)</source>
        <translation>Base58-Text ist zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>Invalid base58btc character %1</source>
        <translation>Ungültiges base58btc-Zeichen %1</translation>
    </message>
    <message>
        <source>Invalid base64 character %1</source>
        <translation>Ungültiges Base64-Zeichen %1</translation>
    </message>
    <message>
        <source>Base64url text has non-zero unused trailing bits</source>
        <translation>Base64url-Text hat ungenutzte Endbits, die nicht null sind</translation>
    </message>
    <message>
        <source>Base64url text has an impossible length (%1 characters)</source>
        <translation>Base64url-Text hat eine unmögliche Länge (%1 Zeichen)</translation>
    </message>
    <message>
        <source>Base64 text has an impossible length (%1 characters)</source>
        <translation>Base64-Text hat eine unmögliche Länge (%1 Zeichen)</translation>
    </message>
    <message>
        <source>The compressed data is corrupt or incomplete</source>
        <translation>Die komprimierten Daten sind beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>The compressed data expands to more than %1 bytes</source>
        <translation>Die komprimierten Daten ergeben entpackt mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>Empty multibase text</source>
        <translation>Leerer multibase-Text</translation>
    </message>
    <message>
        <source>Unsupported multibase prefix %1 (expected 'z' or 'u')</source>
        <translation>Nicht unterstütztes multibase-Präfix %1 (erwartet: 'z' oder 'u')</translation>
    </message>
    <message>
        <source>Invalid multibase text</source>
        <translation>Ungültiger multibase-Text</translation>
    </message>
    <message>
        <source>Truncated multicodec prefix</source>
        <translation>Abgeschnittenes multicodec-Präfix</translation>
    </message>
    <message>
        <source>Multicodec prefix is too long</source>
        <translation>Das multicodec-Präfix ist zu lang</translation>
    </message>
    <message>
        <source>Multicodec prefix is not minimally encoded</source>
        <translation>Das multicodec-Präfix ist nicht minimal kodiert</translation>
    </message>
    <message>
        <source>The PNG image is truncated</source>
        <translation>Das PNG-Bild ist abgeschnitten</translation>
    </message>
    <message>
        <source>Invalid PNG chunk type</source>
        <translation>Ungültiger PNG-Chunk-Typ</translation>
    </message>
    <message>
        <source>Invalid PNG chunk length</source>
        <translation>Ungültige PNG-Chunk-Länge</translation>
    </message>
    <message>
        <source>The PNG chunk %1 is too large (%2 bytes, at most %3)</source>
        <translation>Der PNG-Chunk %1 ist zu groß (%2 Bytes, höchstens %3)</translation>
    </message>
    <message>
        <source>The PNG chunk %1 is damaged (CRC mismatch)</source>
        <translation>Der PNG-Chunk %1 ist beschädigt (CRC stimmt nicht überein)</translation>
    </message>
    <message>
        <source>Invalid PNG text chunk keyword</source>
        <translation>Ungültiges Schlüsselwort im PNG-Text-Chunk</translation>
    </message>
    <message>
        <source>The compressed PNG text expands to more than %1 bytes</source>
        <translation>Der komprimierte PNG-Text ergibt entpackt mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>Invalid iTXt compression flag or method</source>
        <translation>Ungültiges iTXt-Komprimierungskennzeichen oder -verfahren</translation>
    </message>
    <message>
        <source>Truncated iTXt chunk</source>
        <translation>Abgeschnittener iTXt-Chunk</translation>
    </message>
    <message>
        <source>The iTXt translated keyword is not valid UTF-8</source>
        <translation>Das übersetzte Schlüsselwort im iTXt-Chunk ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>The iTXt text is not valid UTF-8</source>
        <translation>Der iTXt-Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>The image is too large (%1 bytes, at most %2)</source>
        <translation>Das Bild ist zu groß (%1 Bytes, höchstens %2)</translation>
    </message>
    <message>
        <source>The file is not a PNG image</source>
        <translation>Die Datei ist kein PNG-Bild</translation>
    </message>
    <message>
        <source>The PNG image does not start with IHDR</source>
        <translation>Das PNG-Bild beginnt nicht mit IHDR</translation>
    </message>
    <message>
        <source>Duplicate PNG IHDR chunk</source>
        <translation>Doppelter PNG-IHDR-Chunk</translation>
    </message>
    <message>
        <source>The PNG IEND chunk is not empty</source>
        <translation>Der PNG-IEND-Chunk ist nicht leer</translation>
    </message>
    <message>
        <source>The PNG chunk %1 is not a text chunk</source>
        <translation>Der PNG-Chunk %1 ist kein Text-Chunk</translation>
    </message>
    <message>
        <source>Unknown zTXt compression method</source>
        <translation>Unbekanntes zTXt-Komprimierungsverfahren</translation>
    </message>
    <message>
        <source>Invalid PNG text keyword</source>
        <translation>Ungültiges PNG-Text-Schlüsselwort</translation>
    </message>
    <message>
        <source>The text to bake is not valid UTF-8</source>
        <translation>Der einzubettende Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Invalid iTXt language tag or translated keyword</source>
        <translation>Ungültiges iTXt-Sprachkennzeichen oder übersetztes Schlüsselwort</translation>
    </message>
    <message>
        <source>The text to bake is too large</source>
        <translation>Der einzubettende Text ist zu groß</translation>
    </message>
    <message>
        <source>The baked image would be too large</source>
        <translation>Das Bild mit eingebettetem Badge wäre zu groß</translation>
    </message>
    <message>
        <source>The SVG image contains a document type declaration (DTD), which is not accepted</source>
        <translation>Das SVG-Bild enthält eine Dokumenttyp-Deklaration (DTD); diese wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>The SVG image refers to the entity "%1", which is not accepted</source>
        <translation>Das SVG-Bild verweist auf die Entität „%1“; diese wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>The file is not an SVG image</source>
        <translation>Die Datei ist kein SVG-Bild</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1</source>
        <translation>Das SVG-Bild ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: it contains a NUL character</source>
        <translation>Das SVG-Bild ist kein wohlgeformtes XML: Es enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>The text to bake contains characters that XML cannot carry</source>
        <translation>Der einzubettende Text enthält Zeichen, die in XML nicht darstellbar sind</translation>
    </message>
    <message>
        <source>Only SVG images in UTF-8 can be baked (this one is in %1)</source>
        <translation>Badges können nur in SVG-Bilder in UTF-8 eingebettet werden (dieses ist in %1)</translation>
    </message>
    <message>
        <source>The SVG image is nested too deeply</source>
        <translation>Das SVG-Bild ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>The document is not an SVG image (its root element is "%1")</source>
        <translation>Das Dokument ist kein SVG-Bild (sein Wurzelelement ist „%1“)</translation>
    </message>
    <message>
        <source>The badge element contains other elements</source>
        <translation>Das Badge-Element enthält andere Elemente</translation>
    </message>
</context>
<context>
    <name>Credfolio::Credentials</name>
    <message>
        <source>Embedded credential %1 cannot be read: %2</source>
        <translation>Eingebetteter Nachweis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not a VerifiableCredential</source>
        <translation>Es ist kein VerifiableCredential</translation>
    </message>
    <message>
        <source>a string entry must be a compact JWS</source>
        <translation>Ein Texteintrag muss eine kompakte JWS sein</translation>
    </message>
    <message>
        <source>A CLR inside a CLR: its own embedded credentials were not read</source>
        <translation>Ein CLR innerhalb eines CLR: Dessen eigene eingebettete Nachweise wurden nicht gelesen</translation>
    </message>
    <message>
        <source>it is neither an object nor a signed token</source>
        <translation>Es ist weder ein Objekt noch ein signiertes Token</translation>
    </message>
    <message>
        <source>Only the first %1 embedded credentials were read</source>
        <translation>Nur die ersten %1 eingebetteten Nachweise wurden gelesen</translation>
    </message>
    <message>
        <source>Only the first %1 achievements and associations of this CLR were read</source>
        <translation>Nur die ersten %1 Leistungen und Verknüpfungen dieses CLR wurden gelesen</translation>
    </message>
    <message>
        <source>This signed token (JWS/JWT) is damaged and cannot be read</source>
        <translation>Dieses signierte Token (JWS/JWT) ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open Badges 2.0 (hosted)</source>
        <translation>Open Badges 2.0 (gehostet)</translation>
    </message>
    <message>
        <source>Open Badges 2.0 (signed)</source>
        <translation>Open Badges 2.0 (signiert)</translation>
    </message>
    <message>
        <source>Verifiable Credential (JSON-LD)</source>
        <translation>Verifiable Credential (JSON-LD)</translation>
    </message>
    <message>
        <source>Verifiable Credential (JWT)</source>
        <translation>Verifiable Credential (JWT)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Format: %1 (%2)</source>
        <translation>Format: %1 (%2)</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Gültig ab: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Leistungspunkte: %1</translation>
    </message>
    <message>
        <source>Fetching is not allowed here</source>
        <translation>Abrufen ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>This credential links to too many documents</source>
        <translation>Dieser Nachweis verweist auf zu viele Dokumente</translation>
    </message>
    <message>
        <source>This link is not an http(s) URL</source>
        <translation>Dieser Link ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>The image at %1 could not be fetched: %2</source>
        <translation>Das Bild unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>This is a link to a credential; it can be read only by fetching it</source>
        <translation>Dies ist ein Link zu einem Nachweis; er kann nur durch Abrufen gelesen werden</translation>
    </message>
    <message>
        <source>The badge in this image is only a link (%1) and was not fetched</source>
        <translation>Das Badge in diesem Bild ist nur ein Link (%1) und wurde nicht abgerufen</translation>
    </message>
    <message>
        <source>The link does not serve a credential</source>
        <translation>Der Link liefert keinen Nachweis</translation>
    </message>
    <message>
        <source>The link serves another link, not a credential</source>
        <translation>Der Link liefert einen weiteren Link, keinen Nachweis</translation>
    </message>
    <message>
        <source>The badge baked into this image is not valid JSON</source>
        <translation>Das in dieses Bild eingebettete Badge ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read</source>
        <translation>Diese Datei sieht aus wie JSON, kann aber nicht gelesen werden</translation>
    </message>
    <message>
        <source>This JSON is not a credential (a single JSON object is expected)</source>
        <translation>Dieses JSON ist kein Nachweis (erwartet wird ein einzelnes JSON-Objekt)</translation>
    </message>
    <message>
        <source>This token is a Verifiable Presentation (a wrapper that a holder sends), not a credential; import the credentials it contains</source>
        <translation>Dieses Token ist eine Verifiable Presentation (eine Hülle, die eine Inhaberin oder ein Inhaber versendet), kein Nachweis; importieren Sie die darin enthaltenen Nachweise</translation>
    </message>
    <message>
        <source>This signed token (JWT) does not hold a credential</source>
        <translation>Dieses signierte Token (JWT) enthält keinen Nachweis</translation>
    </message>
    <message>
        <source>Only http and https links to a credential can be imported</source>
        <translation>Nur http- und https-Links zu einem Nachweis können importiert werden</translation>
    </message>
    <message>
        <source>The badge baked into this image is empty</source>
        <translation>Das in dieses Bild eingebettete Badge ist leer</translation>
    </message>
    <message>
        <source>There is nothing to read: the input is empty</source>
        <translation>Es gibt nichts zu lesen: Die Eingabe ist leer</translation>
    </message>
    <message>
        <source>The badge baked into this image is another image</source>
        <translation>Das in dieses Bild eingebettete Badge ist ein weiteres Bild</translation>
    </message>
    <message>
        <source>This is not a credential Credfolio can read (expected JSON, a signed token, a link, or a PNG or SVG badge image)</source>
        <translation>Dies ist kein Nachweis, den Credfolio lesen kann (erwartet: JSON, ein signiertes Token, ein Link oder ein Badge-Bild im Format PNG oder SVG)</translation>
    </message>
    <message>
        <source>This PNG image is damaged and its badge cannot be read</source>
        <translation>Dieses PNG-Bild ist beschädigt, sein Badge kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The badge baked into this PNG image is damaged</source>
        <translation>Das in dieses PNG-Bild eingebettete Badge ist beschädigt</translation>
    </message>
    <message>
        <source>This PNG image carries no badge</source>
        <translation>Dieses PNG-Bild enthält kein Badge</translation>
    </message>
    <message>
        <source>This XML document is not an SVG image</source>
        <translation>Dieses XML-Dokument ist kein SVG-Bild</translation>
    </message>
    <message>
        <source>This SVG image cannot be read, so its badge cannot be either</source>
        <translation>Dieses SVG-Bild kann nicht gelesen werden, daher auch sein Badge nicht</translation>
    </message>
    <message>
        <source>The badge element in this SVG image is empty</source>
        <translation>Das Badge-Element in diesem SVG-Bild ist leer</translation>
    </message>
    <message>
        <source>This SVG image carries no badge</source>
        <translation>Dieses SVG-Bild enthält kein Badge</translation>
    </message>
    <message>
        <source>This image is too large to read (over %1 MiB)</source>
        <translation>Dieses Bild ist zu groß zum Lesen (über %1 MiB)</translation>
    </message>
    <message>
        <source>This is too large to be a credential (over %1 MiB)</source>
        <translation>Dies ist zu groß für einen Nachweis (über %1 MiB)</translation>
    </message>
    <message>
        <source>This is a Verifiable Presentation (a wrapper that a holder sends), not a credential; import the credentials it contains</source>
        <translation>Dies ist eine Verifiable Presentation (eine Hülle, die eine Inhaberin oder ein Inhaber versendet), kein Nachweis; importieren Sie die darin enthaltenen Nachweise</translation>
    </message>
    <message>
        <source>This JSON is an Open Badges BadgeClass (the description of a badge), not an awarded badge</source>
        <translation>Dieses JSON ist eine Open Badges BadgeClass (die Beschreibung eines Badges), kein verliehenes Badge</translation>
    </message>
    <message>
        <source>This JSON is an Open Badges 3.0 Achievement (the description of what can be earned), not an awarded credential</source>
        <translation>Dieses JSON ist ein Open Badges 3.0 Achievement (die Beschreibung dessen, was erworben werden kann), kein verliehener Nachweis</translation>
    </message>
    <message>
        <source>This JSON is an issuer's profile, not an awarded badge</source>
        <translation>Dieses JSON ist das Profil eines Ausstellers, kein verliehenes Badge</translation>
    </message>
    <message>
        <source>This Open Badges document is not an awarded badge</source>
        <translation>Dieses Open-Badges-Dokument ist kein verliehenes Badge</translation>
    </message>
    <message>
        <source>This JSON is not a credential Credfolio can read</source>
        <translation>Dieses JSON ist kein Nachweis, den Credfolio lesen kann</translation>
    </message>
    <message>
        <source>The date "%1" cannot be read; it is ignored</source>
        <translation>Das Datum „%1“ kann nicht gelesen werden; es wird ignoriert</translation>
    </message>
    <message>
        <source>The date "%1" has no time zone; it was read as UTC</source>
        <translation>Das Datum „%1“ hat keine Zeitzone; es wurde als UTC gelesen</translation>
    </message>
    <message>
        <source>An embedded image (data: URI) cannot be decoded</source>
        <translation>Ein eingebettetes Bild (data:-URI) kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>An embedded image is larger than %1 MiB; it was not kept</source>
        <translation>Ein eingebettetes Bild ist größer als %1 MiB; es wurde nicht übernommen</translation>
    </message>
    <message>
        <source>Only the first %1 evidence entries were read</source>
        <translation>Nur die ersten %1 Belege wurden gelesen</translation>
    </message>
    <message>
        <source>The %1 is only linked (%2) and was not fetched; its details are missing</source>
        <translation>%1 ist nur verlinkt (%2) und wurde nicht abgerufen; die Details fehlen</translation>
    </message>
    <message>
        <source>The %1 at %2 could not be fetched: %3</source>
        <translation>%1 unter %2 konnte nicht abgerufen werden: %3</translation>
    </message>
    <message>
        <source>issuer profile</source>
        <translation>Das Ausstellerprofil</translation>
    </message>
    <message>
        <source>badge description (BadgeClass)</source>
        <translation>Die Badge-Beschreibung (BadgeClass)</translation>
    </message>
    <message>
        <source>Only the first %1 entries of "%2" were read</source>
        <translation>Nur die ersten %1 Einträge von „%2“ wurden gelesen</translation>
    </message>
    <message>
        <source>This credential has %1 subjects; only the first is shown</source>
        <translation>Dieser Nachweis hat %1 Subjekte; nur das erste wird angezeigt</translation>
    </message>
    <message>
        <source>This credential names no subject (credentialSubject is missing or not an object)</source>
        <translation>Dieser Nachweis nennt kein Subjekt (credentialSubject fehlt oder ist kein Objekt)</translation>
    </message>
    <message>
        <source>This credential names no issuer</source>
        <translation>Dieser Nachweis nennt keinen Aussteller</translation>
    </message>
    <message>
        <source>The issuer of this credential is neither a link nor a profile; it is ignored</source>
        <translation>Der Aussteller dieses Nachweises ist weder ein Link noch ein Profil; er wird ignoriert</translation>
    </message>
    <message>
        <source>The first @context is not the W3C credentials context (1.1 or 2.0)</source>
        <translation>Der erste @context ist nicht der W3C-Credentials-Kontext (1.1 oder 2.0)</translation>
    </message>
</context>
<context>
    <name>Credfolio::Crypto</name>
    <message>
        <source>The signing key could not be created.</source>
        <translation>Der Signaturschlüssel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>An Ed25519 seed has 32 bytes.</source>
        <translation>Ein Ed25519-Seed hat 32 Bytes.</translation>
    </message>
    <message>
        <source>The JWS is not valid base64url.</source>
        <translation>Die JWS ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWS header is not a valid JSON object.</source>
        <translation>Der JWS-Header ist kein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>Unencoded JWS payloads ("b64": false) are not supported.</source>
        <translation>Unkodierte JWS-Nutzdaten ("b64": false) werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The JWS requires extensions ("crit") that are not supported.</source>
        <translation>Die JWS erfordert Erweiterungen ("crit"), die nicht unterstützt werden.</translation>
    </message>
    <message>
        <source>Compressed JWS payloads ("zip") are refused.</source>
        <translation>Komprimierte JWS-Nutzdaten ("zip") werden abgelehnt.</translation>
    </message>
    <message>
        <source>The JWS header has no algorithm ("alg").</source>
        <translation>Der JWS-Header nennt keinen Algorithmus ("alg").</translation>
    </message>
    <message>
        <source>Unsigned JWS ("alg": "none") are refused.</source>
        <translation>Unsignierte JWS ("alg": "none") werden abgelehnt.</translation>
    </message>
    <message>
        <source>Shared-secret JWS algorithms (%1) are refused: they cannot prove who issued a credential.</source>
        <translation>JWS-Algorithmen mit gemeinsamem Geheimnis (%1) werden abgelehnt: Sie können nicht belegen, wer einen Nachweis ausgestellt hat.</translation>
    </message>
    <message>
        <source>The JWS algorithm "%1" is not supported.</source>
        <translation>Der JWS-Algorithmus „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The JWS is too large.</source>
        <translation>Die JWS ist zu groß.</translation>
    </message>
    <message>
        <source>A compact JWS has exactly three parts separated by dots.</source>
        <translation>Eine kompakte JWS besteht aus genau drei durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <source>The JWS has no signature.</source>
        <translation>Die JWS hat keine Signatur.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>Der Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Elliptic-curve keys with explicit parameters are not supported.</source>
        <translation>Schlüssel auf elliptischen Kurven mit expliziten Parametern werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The curve %1 is not supported.</source>
        <translation>Die Kurve %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The key type %1 is not supported.</source>
        <translation>Der Schlüsseltyp %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The public key is not valid.</source>
        <translation>Der öffentliche Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>The JWK member "%1" is missing or not a string.</source>
        <translation>Das JWK-Element "%1" fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The JWK member "%1" is not valid base64url.</source>
        <translation>Das JWK-Element "%1" ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The RSA key has an unusable modulus or exponent.</source>
        <translation>Der RSA-Schlüssel hat einen unbrauchbaren Modulus oder Exponenten.</translation>
    </message>
    <message>
        <source>The curve "%1" is not supported.</source>
        <translation>Die Kurve „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The JWK coordinates do not have the length of the curve.</source>
        <translation>Die JWK-Koordinaten haben nicht die Länge der Kurve.</translation>
    </message>
    <message>
        <source>An Ed25519 public key has 32 bytes.</source>
        <translation>Ein öffentlicher Ed25519-Schlüssel hat 32 Bytes.</translation>
    </message>
    <message>
        <source>The key contains private key material ("%1"); only public keys are accepted.</source>
        <translation>Der Schlüssel enthält privates Schlüsselmaterial ("%1"); nur öffentliche Schlüssel werden akzeptiert.</translation>
    </message>
    <message>
        <source>The key is not meant for signatures ("use": %1).</source>
        <translation>Der Schlüssel ist nicht für Signaturen bestimmt ("use": %1).</translation>
    </message>
    <message>
        <source>The JWK has no key type ("kty").</source>
        <translation>Der JWK nennt keinen Schlüsseltyp ("kty").</translation>
    </message>
    <message>
        <source>The key type "%1" is not supported.</source>
        <translation>Der Schlüsseltyp „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A Multikey must be base58btc (start with "z").</source>
        <translation>Ein Multikey muss base58btc sein (mit "z" beginnen).</translation>
    </message>
    <message>
        <source>The Multikey is not valid base58btc.</source>
        <translation>Der Multikey ist kein gültiges base58btc.</translation>
    </message>
    <message>
        <source>The Multikey has no valid multicodec prefix.</source>
        <translation>Der Multikey hat kein gültiges multicodec-Präfix.</translation>
    </message>
    <message>
        <source>The Multikey has the wrong length for its type.</source>
        <translation>Der Multikey hat die falsche Länge für seinen Typ.</translation>
    </message>
    <message>
        <source>The Multikey type 0x%1 is not supported.</source>
        <translation>Der Multikey-Typ 0x%1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The PEM public key is too large.</source>
        <translation>Der öffentliche PEM-Schlüssel ist zu groß.</translation>
    </message>
    <message>
        <source>The text is not a PEM public key (SubjectPublicKeyInfo).</source>
        <translation>Der Text ist kein öffentlicher PEM-Schlüssel (SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>The key does not fit the signature algorithm %1.</source>
        <translation>Der Schlüssel passt nicht zum Signaturalgorithmus %1.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; mindestens %2 sind erforderlich.</translation>
    </message>
    <message>
        <source>The signature check could not be set up.</source>
        <translation>Die Signaturprüfung konnte nicht eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Json</name>
    <message>
        <source>An undefined value cannot be written as JSON</source>
        <translation>Ein undefinierter Wert kann nicht als JSON geschrieben werden</translation>
    </message>
    <message>
        <source>JSON cannot represent the number %1</source>
        <translation>JSON kann die Zahl %1 nicht darstellen</translation>
    </message>
    <message>
        <source>Unexpected end of document</source>
        <translation>Unerwartetes Ende des Dokuments</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8</source>
        <translation>Das Dokument ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Unexpected character %1</source>
        <translation>Unerwartetes Zeichen %1</translation>
    </message>
    <message>
        <source>The document is larger than the limit of %1 bytes</source>
        <translation>Das Dokument überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>Das Dokument ist leer</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON value</source>
        <translation>Unerwartete Daten nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep</source>
        <translation>Das Dokument ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>Expected a member name in double quotes, found %1</source>
        <translation>Erwartet wurde ein Elementname in doppelten Anführungszeichen, gefunden: %1</translation>
    </message>
    <message>
        <source>Expected ':' after a member name, found %1</source>
        <translation>Erwartet wurde ':' nach einem Elementnamen, gefunden: %1</translation>
    </message>
    <message>
        <source>Duplicate member name "%1"</source>
        <translation>Doppelter Elementname "%1"</translation>
    </message>
    <message>
        <source>Invalid literal (expected true, false or null)</source>
        <translation>Ungültiges Literal (erwartet: true, false oder null)</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>Nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>Control character %1 in a string</source>
        <translation>Steuerzeichen %1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>Invalid escape sequence</source>
        <translation>Ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>Invalid \u escape (four hex digits needed)</source>
        <translation>Ungültige \u-Escape-Sequenz (vier Hexadezimalziffern erforderlich)</translation>
    </message>
    <message>
        <source>Unpaired surrogate escape \u%1</source>
        <translation>Ungepaarte Surrogat-Escape-Sequenz \u%1</translation>
    </message>
    <message>
        <source>The number %1 is too large</source>
        <translation>Die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <source>Invalid number (leading zeros are not allowed)</source>
        <translation>Ungültige Zahl (führende Nullen sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Zahl</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>Expected a JSON object, found %1</source>
        <translation>Erwartet wurde ein JSON-Objekt, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>Credfolio::JsonLd</name>
    <message>
        <source>The JSON-LD context %1 is not one of the known contexts.</source>
        <translation>Der JSON-LD-Kontext %1 gehört nicht zu den bekannten Kontexten.</translation>
    </message>
    <message>
        <source>The bundled copy of the JSON-LD context %1 is damaged.</source>
        <translation>Die mitgelieferte Kopie des JSON-LD-Kontexts %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The JSON-LD document is nested too deeply.</source>
        <translation>Das JSON-LD-Dokument ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The JSON-LD document could not be processed (%1).</source>
        <translation>Das JSON-LD-Dokument konnte nicht verarbeitet werden (%1).</translation>
    </message>
</context>
<context>
    <name>Credfolio::Net</name>
    <message>
        <source>Could not fetch %1: Credfolio is offline and has no saved copy of it</source>
        <translation>%1 konnte nicht abgerufen werden: Credfolio ist offline und hat keine gespeicherte Kopie davon</translation>
    </message>
    <message>
        <source>Could not fetch %1: the server took longer than %2 seconds</source>
        <translation>%1 konnte nicht abgerufen werden: Der Server hat länger als %2 Sekunden gebraucht</translation>
    </message>
    <message>
        <source>Could not fetch %1: the document is larger than %2</source>
        <translation>%1 konnte nicht abgerufen werden: Das Dokument ist größer als %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: the server answered HTTP %2 %3</source>
        <translation>%1 konnte nicht abgerufen werden: Der Server antwortete mit HTTP %2 %3</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>The document at %1 has the type %2, expected %3</source>
        <translation>Das Dokument unter %1 hat den Typ %2, erwartet wurde %3</translation>
    </message>
    <message>
        <source>Could not fetch %1: more than %2 redirects</source>
        <translation>%1 konnte nicht abgerufen werden: mehr als %2 Weiterleitungen</translation>
    </message>
    <message>
        <source>Could not fetch %1: the redirects go round in a loop</source>
        <translation>%1 konnte nicht abgerufen werden: Die Weiterleitungen bilden eine Schleife</translation>
    </message>
    <message>
        <source>Refused to fetch %1: only https:// addresses are allowed</source>
        <translation>Abruf von %1 abgelehnt: Nur https://-Adressen sind erlaubt</translation>
    </message>
    <message>
        <source>Refused to fetch %1: it redirects to the insecure address %2</source>
        <translation>Abruf von %1 abgelehnt: Die Adresse leitet an die unsichere Adresse %2 weiter</translation>
    </message>
    <message>
        <source>Could not fetch %1: the secure connection could not be verified</source>
        <translation>%1 konnte nicht abgerufen werden: Die sichere Verbindung konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>Could not fetch %1: the server cannot be reached</source>
        <translation>%1 konnte nicht abgerufen werden: Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Could not read the document bundle %1</source>
        <translation>Das Dokumentpaket %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The document bundle %1 is not valid</source>
        <translation>Das Dokumentpaket %1 ist ungültig</translation>
    </message>
    <message>
        <source>The document bundle %1 names the file %2 outside its folder</source>
        <translation>Das Dokumentpaket %1 nennt die Datei %2 außerhalb seines Ordners</translation>
    </message>
    <message>
        <source>The document cache %1 cannot be used</source>
        <translation>Der Dokumentcache %1 kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>Credfolio::Pathways</name>
    <message>
        <source>The associations make "%1" part of itself; the loop was cut</source>
        <translation>Die Verknüpfungen machen „%1“ zu einem Teil von sich selbst; die Schleife wurde aufgetrennt</translation>
    </message>
    <message>
        <source>The CLR does not describe achievement "%1"; it is matched by id only</source>
        <translation>Das CLR beschreibt die Leistung „%1“ nicht; sie wird nur anhand ihrer ID zugeordnet</translation>
    </message>
    <message>
        <source>The parts of "%1" carry %2 credits, fewer than its %3</source>
        <translation>Die Teile von „%1“ umfassen %2 Leistungspunkte, weniger als dessen %3</translation>
    </message>
    <message>
        <source>Association "%1" from %2 to %3 has no counterpart in a pathway and was not imported</source>
        <translation>Die Verknüpfung „%1“ von %2 zu %3 hat keine Entsprechung in einem Lernpfad und wurde nicht importiert</translation>
    </message>
    <message>
        <source>%1 names "%2", which is not in the document; it was left out</source>
        <translation>%1 nennt „%2“, das nicht im Dokument enthalten ist; es wurde weggelassen</translation>
    </message>
    <message>
        <source>%1 is not represented in a Credfolio pathway (in %2)</source>
        <translation>%1 lässt sich in einem Credfolio-Lernpfad nicht abbilden (in %2)</translation>
    </message>
    <message>
        <source>A constraint (%1 %2) other than "credit value at least N" was not imported</source>
        <translation>Eine Bedingung (%1 %2), die nicht „Leistungspunkte mindestens N“ lautet, wurde nicht importiert</translation>
    </message>
    <message>
        <source>Condition "%1" has no target; it was left out</source>
        <translation>Die Bedingung „%1“ hat kein Ziel; sie wurde weggelassen</translation>
    </message>
    <message>
        <source>Condition "%1" requires %2 of only %3 targets; all are required</source>
        <translation>Die Bedingung „%1“ verlangt %2 von nur %3 Zielen; alle sind erforderlich</translation>
    </message>
    <message>
        <source>"%1" lists children without a condition; all of them are required</source>
        <translation>„%1“ führt Unterelemente ohne Bedingung auf; alle sind erforderlich</translation>
    </message>
    <message>
        <source>Component "%1" contains itself; the loop was cut</source>
        <translation>Die Komponente „%1“ enthält sich selbst; die Schleife wurde aufgetrennt</translation>
    </message>
    <message>
        <source>Component "%1" has neither proxyFor nor codedNotation; only a credential with its id matches</source>
        <translation>Die Komponente „%1“ hat weder proxyFor noch codedNotation; nur ein Nachweis mit ihrer ID passt dazu</translation>
    </message>
    <message>
        <source>Pathway "%1" has %2 destinations; only the first was imported</source>
        <translation>Der Lernpfad „%1“ hat %2 Ziele; nur das erste wurde importiert</translation>
    </message>
    <message>
        <source>Pathway "%1" states no requirement that could be imported</source>
        <translation>Der Lernpfad „%1“ nennt keine Anforderung, die importiert werden könnte</translation>
    </message>
    <message>
        <source>The document holds no ceterms:Pathway that could be imported</source>
        <translation>Das Dokument enthält keinen ceterms:Pathway, der importiert werden könnte</translation>
    </message>
    <message>
        <source>The CTDL document is not valid JSON: %1</source>
        <translation>Das CTDL-Dokument ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1: refers to pathway "%2", which is not loaded</source>
        <translation>%1: verweist auf den Lernpfad „%2“, der nicht geladen ist</translation>
    </message>
    <message>
        <source>Pathway contains itself: %1</source>
        <translation>Der Lernpfad enthält sich selbst: %1</translation>
    </message>
    <message>
        <source>A credential to evaluate is missing</source>
        <translation>Ein zu bewertender Nachweis fehlt</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>field of study: %1</source>
        <translation>Fachgebiet: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>aligned to %1</source>
        <translation>ausgerichtet auf %1</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>result at least %1</source>
        <translation>Ergebnis mindestens %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Pathway "%1" refers to "%2", which is not loaded</source>
        <translation>Der Lernpfad „%1“ verweist auf „%2“, der nicht geladen ist</translation>
    </message>
    <message>
        <source>A pathway with id "%1" is already loaded</source>
        <translation>Ein Lernpfad mit der ID „%1“ ist bereits geladen</translation>
    </message>
    <message>
        <source>No pathway with id "%1" is loaded</source>
        <translation>Es ist kein Lernpfad mit der ID „%1“ geladen</translation>
    </message>
    <message>
        <source>Unknown member "%1" ignored</source>
        <translation>Unbekanntes Element "%1" ignoriert</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>must be a string or a non-empty array of strings</source>
        <translation>muss eine Zeichenkette oder ein nicht leeres Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date or date-time</source>
        <translation>muss ein Datum oder Datum mit Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>must be "countOnce" or "shared"</source>
        <translation>muss "countOnce" oder "shared" sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>needs targetUrl, or targetFramework and targetCode</source>
        <translation>benötigt targetUrl oder targetFramework und targetCode</translation>
    </message>
    <message>
        <source>must be "value" or "achievedLevel"</source>
        <translation>muss "value" oder "achievedLevel" sein</translation>
    </message>
    <message>
        <source>must be a number, or a value listed in "scale"</source>
        <translation>muss eine Zahl oder ein in "scale" aufgeführter Wert sein</translation>
    </message>
    <message>
        <source>must be an object or a non-empty array of objects</source>
        <translation>muss ein Objekt oder ein nicht leeres Array von Objekten sein</translation>
    </message>
    <message>
        <source>must constrain at least one member</source>
        <translation>muss mindestens ein Element einschränken</translation>
    </message>
    <message>
        <source>must be a non-empty array of requirements</source>
        <translation>muss ein nicht leeres Array von Anforderungen sein</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>must not exceed the number of children (%1)</source>
        <translation>darf die Anzahl der Unterelemente (%1) nicht überschreiten</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>a minCredits node needs children or a pool</source>
        <translation>ein minCredits-Knoten benötigt Unterelemente oder einen Pool</translation>
    </message>
    <message>
        <source>a pathway node needs exactly one of "ref" and "pathway"</source>
        <translation>ein pathway-Knoten benötigt genau eines von "ref" und "pathway"</translation>
    </message>
    <message>
        <source>must be one of allOf, nOf, minCredits, credential, pathway</source>
        <translation>muss einer der Werte allOf, nOf, minCredits, credential, pathway sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>"%1" is already used by another node</source>
        <translation>„%1“ wird bereits von einem anderen Knoten verwendet</translation>
    </message>
    <message>
        <source>"%1" is not a supported format (expected "%2")</source>
        <translation>„%1“ ist kein unterstütztes Format (erwartet: „%2“)</translation>
    </message>
    <message>
        <source>The pathway file is not valid JSON: %1</source>
        <translation>Die Lernpfad-Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>(%1 cr)</source>
        <translation>(%1 LP)</translation>
    </message>
    <message>
        <source>✗ missing: %1 %2</source>
        <translation>✗ fehlt: %1 %2</translation>
    </message>
    <message>
        <source>✗ missing: %1</source>
        <translation>✗ fehlt: %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 complete</source>
        <translation>%1 %2 — %3 von %4 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 needed</source>
        <translation>%1 %2 — %3 von %4 erforderlich</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 credits</source>
        <translation>%1 %2 — %3 von %4 Leistungspunkten</translation>
    </message>
    <message>
        <source>%1 %2 — awarded: %3</source>
        <translation>%1 %2 — verliehen: %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3% (%4 cr earned)</source>
        <translation>%1 %2 — %3 % (%4 LP erworben)</translation>
    </message>
    <message>
        <source>✗ missing: %1 more of these %2</source>
        <translation>✗ fehlt: %1 weitere von diesen %2</translation>
    </message>
    <message>
        <source>✗ missing: %1 credits still needed</source>
        <translation>✗ fehlt: noch %1 Leistungspunkte benötigt</translation>
    </message>
    <message>
        <source>⚠ would count if valid: %1 (%2)</source>
        <translation>⚠ würde zählen, wenn gültig: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Credfolio::Rdf</name>
    <message>
        <source>dataset too complex to canonicalize</source>
        <translation>Datensatz zu komplex für die Kanonisierung</translation>
    </message>
    <message>
        <source>Invalid N-Quads on line %1: %2</source>
        <translation>Ungültige N-Quads in Zeile %1: %2</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>abgeschnittene \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>bad hexadecimal digit in \u escape</source>
        <translation>ungültige Hexadezimalziffer in \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>escape is not a Unicode scalar value</source>
        <translation>Escape-Sequenz ist kein Unicode-Skalarwert</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>nicht abgeschlossene IRI</translation>
    </message>
    <message>
        <source>only \u and \U escapes are allowed in IRIs</source>
        <translation>in IRIs sind nur \u- und \U-Escape-Sequenzen erlaubt</translation>
    </message>
    <message>
        <source>escaped character not allowed in an IRI</source>
        <translation>maskiertes Zeichen in einer IRI nicht erlaubt</translation>
    </message>
    <message>
        <source>character not allowed in an IRI</source>
        <translation>Zeichen in einer IRI nicht erlaubt</translation>
    </message>
    <message>
        <source>relative IRI &lt;%1&gt;</source>
        <translation>relative IRI &lt;%1&gt;</translation>
    </message>
    <message>
        <source>expected a blank node "_:label"</source>
        <translation>leerer Knoten "_:label" erwartet</translation>
    </message>
    <message>
        <source>invalid blank node label</source>
        <translation>ungültige Bezeichnung eines leeren Knotens</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>invalid escape in string literal</source>
        <translation>ungültige Escape-Sequenz im Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>empty language tag</source>
        <translation>leeres Sprachkennzeichen</translation>
    </message>
    <message>
        <source>invalid language tag</source>
        <translation>ungültiges Sprachkennzeichen</translation>
    </message>
    <message>
        <source>expected ^^&lt;datatype&gt;</source>
        <translation>^^&lt;datatype&gt; erwartet</translation>
    </message>
    <message>
        <source>expected a subject</source>
        <translation>Subjekt erwartet</translation>
    </message>
    <message>
        <source>expected a predicate IRI</source>
        <translation>Prädikat-IRI erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected "." at the end of the statement</source>
        <translation>"." am Ende der Aussage erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the statement</source>
        <translation>unerwarteter Text nach der Aussage</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::AboutDialog</name>
    <message>
        <source>About Credfolio</source>
        <translation>Über Credfolio</translation>
    </message>
    <message>
        <source>Your badges, certificates and learner records, kept on your own computer, checked independently and ready for your next application.</source>
        <translation>Ihre Badges, Zertifikate und Lernnachweise – auf Ihrem eigenen Computer aufbewahrt, unabhängig geprüft und bereit für Ihre nächste Bewerbung.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::LibraryPage</name>
    <message>
        <source>No credentials yet</source>
        <translation>Noch keine Nachweise</translation>
    </message>
    <message>
        <source>Credfolio keeps your badges and certificates on this computer and checks each one independently. Import Open Badges, Verifiable Credentials and learner records from files, folders, images or links.</source>
        <translation>Credfolio bewahrt Ihre Badges und Zertifikate auf diesem Computer auf und prüft jedes einzelne unabhängig. Importieren Sie Open Badges, Verifiable Credentials und Lernnachweise aus Dateien, Ordnern, Bildern oder Links.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::MainWindow</name>
    <message>
        <source>Credfolio</source>
        <translation>Credfolio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import Credentials…</source>
        <translation>Nachweise &amp;importieren…</translation>
    </message>
    <message>
        <source>Import credentials from files, folders or badge images</source>
        <translation>Nachweise aus Dateien, Ordnern oder Badge-Bildern importieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Pathways</source>
        <translation>&amp;Lernpfade</translation>
    </message>
    <message>
        <source>Advisor &amp;Review</source>
        <translation>Beratungs&amp;prüfung</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;About Credfolio</source>
        <translation>Ü&amp;ber Credfolio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No pathways yet</source>
        <translation>Noch keine Lernpfade</translation>
    </message>
    <message>
        <source>Pathways show how your credentials stack toward certificates and degrees: what you have completed and what is still missing.</source>
        <translation>Lernpfade zeigen, wie sich Ihre Nachweise zu Zertifikaten und Abschlüssen zusammenfügen: was Sie abgeschlossen haben und was noch fehlt.</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>Kein Portfolio geöffnet</translation>
    </message>
    <message>
        <source>When a learner sends you a Credfolio portfolio package, open it here to re-verify every credential and review their pathway.</source>
        <translation>Wenn Ihnen jemand ein Credfolio-Portfoliopaket schickt, öffnen Sie es hier, um jeden Nachweis erneut zu prüfen und den Lernpfad zu begutachten.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::Sidebar</name>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Lernpfade</translation>
    </message>
    <message>
        <source>Advisor review</source>
        <translation>Beratungsprüfung</translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation>Ihre Nachweise</translation>
    </message>
    <message>
        <source>Progress toward certificates and degrees</source>
        <translation>Fortschritt zu Zertifikaten und Abschlüssen</translation>
    </message>
    <message>
        <source>Review a portfolio package a learner sent you</source>
        <translation>Ein Portfoliopaket prüfen, das Ihnen jemand geschickt hat</translation>
    </message>
</context>
</TS>
