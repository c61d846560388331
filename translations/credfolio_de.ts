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
        <source>Credfolio keeps a learner&apos;s badges and certificates on their own computer, verifies them independently and exports a portfolio. This is its command line.</source>
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
        <source>Run &apos;credfolio-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>„credfolio-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;credfolio-cli --help&apos; for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. „credfolio-cli --help“ zeigt die Liste der Befehle.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Codec</name>
    <message>
        <source>Base58 text is too long (%1 characters, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid base58btc character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid base64 character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64url text has non-zero unused trailing bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64url text has an impossible length (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64 text has an impossible length (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data is corrupt or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data expands to more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty multibase text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported multibase prefix %1 (expected &apos;z&apos; or &apos;u&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid multibase text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated multicodec prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicodec prefix is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicodec prefix is not minimally encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid PNG chunk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid PNG chunk length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG chunk %1 is too large (%2 bytes, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG chunk %1 is damaged (CRC mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid PNG text chunk keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed PNG text expands to more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid iTXt compression flag or method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated iTXt chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iTXt translated keyword is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iTXt text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large (%1 bytes, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image does not start with IHDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate PNG IHDR chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG IEND chunk is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG chunk %1 is not a text chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown zTXt compression method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid PNG text keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to bake is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid iTXt language tag or translated keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to bake is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baked image would be too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image contains a document type declaration (DTD), which is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image refers to the entity &quot;%1&quot;, which is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: it contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to bake contains characters that XML cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SVG images in UTF-8 can be baked (this one is in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not an SVG image (its root element is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge element contains other elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Credentials</name>
    <message>
        <source>Embedded credential %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a VerifiableCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string entry must be a compact JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CLR inside a CLR: its own embedded credentials were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither an object nor a signed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 embedded credentials were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 achievements and associations of this CLR were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signed token (JWS/JWT) is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 2.0 (hosted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 2.0 (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable Credential (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable Credential (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential links to too many documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image at %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a link to a credential; it can be read only by fetching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge in this image is only a link (%1) and was not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link does not serve a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link serves another link, not a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge baked into this image is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is not a credential (a single JSON object is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is a Verifiable Presentation (a wrapper that a holder sends), not a credential; import the credentials it contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signed token (JWT) does not hold a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https links to a credential can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge baked into this image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to read: the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge baked into this image is another image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a credential Credfolio can read (expected JSON, a signed token, a link, or a PNG or SVG badge image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PNG image is damaged and its badge cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge baked into this PNG image is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PNG image carries no badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XML document is not an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SVG image cannot be read, so its badge cannot be either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge element in this SVG image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SVG image carries no badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is too large to read (over %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too large to be a credential (over %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Verifiable Presentation (a wrapper that a holder sends), not a credential; import the credentials it contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is an Open Badges BadgeClass (the description of a badge), not an awarded badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is an Open Badges 3.0 Achievement (the description of what can be earned), not an awarded credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is an issuer&apos;s profile, not an awarded badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Open Badges document is not an awarded badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is not a credential Credfolio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; cannot be read; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; has no time zone; it was read as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded image (data: URI) cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded image is larger than %1 MiB; it was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 evidence entries were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is only linked (%2) and was not fetched; its details are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 at %2 could not be fetched: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge description (BadgeClass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 entries of &quot;%2&quot; were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential has %1 subjects; only the first is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential names no subject (credentialSubject is missing or not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential names no issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer of this credential is neither a link nor a profile; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first @context is not the W3C credentials context (1.1 or 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Crypto</name>
    <message>
        <source>The signing key could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 seed has 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header is not a valid JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencoded JWS payloads (&quot;b64&quot;: false) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS requires extensions (&quot;crit&quot;) that are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed JWS payloads (&quot;zip&quot;) are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header has no algorithm (&quot;alg&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned JWS (&quot;alg&quot;: &quot;none&quot;) are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-secret JWS algorithms (%1) are refused: they cannot prove who issued a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS algorithm &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compact JWS has exactly three parts separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS has no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elliptic-curve keys with explicit parameters are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has an unusable modulus or exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK coordinates do not have the length of the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 public key has 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains private key material (&quot;%1&quot;); only public keys are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not meant for signatures (&quot;use&quot;: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK has no key type (&quot;kty&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Multikey must be base58btc (start with &quot;z&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Multikey is not valid base58btc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Multikey has no valid multicodec prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Multikey has the wrong length for its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Multikey type 0x%1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM public key is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a PEM public key (SubjectPublicKeyInfo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not fit the signature algorithm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature check could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Json</name>
    <message>
        <source>An undefined value cannot be written as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON cannot represent the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a member name in double quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a member name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate member name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid literal (expected true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control character %1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid \u escape (four hex digits needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired surrogate escape \u%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number (leading zeros are not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::JsonLd</name>
    <message>
        <source>The JSON-LD context %1 is not one of the known contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled copy of the JSON-LD context %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON-LD document is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON-LD document could not be processed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Net</name>
    <message>
        <source>Could not fetch %1: Credfolio is offline and has no saved copy of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: the server took longer than %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: the document is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: the server answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document at %1 has the type %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: more than %2 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: the redirects go round in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to fetch %1: only https:// addresses are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to fetch %1: it redirects to the insecure address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: the secure connection could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the document bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document bundle %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document bundle %1 names the file %2 outside its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cache %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Pathways</name>
    <message>
        <source>The associations make &quot;%1&quot; part of itself; the loop was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLR does not describe achievement &quot;%1&quot;; it is matched by id only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of &quot;%1&quot; carry %2 credits, fewer than its %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association &quot;%1&quot; from %2 to %3 has no counterpart in a pathway and was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not in the document; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not represented in a Credfolio pathway (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A constraint (%1 %2) other than &quot;credit value at least N&quot; was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; has no target; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; requires %2 of only %3 targets; all are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists children without a condition; all of them are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; contains itself; the loop was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; has neither proxyFor nor codedNotation; only a credential with its id matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; has %2 destinations; only the first was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; states no requirement that could be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no ceterms:Pathway that could be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CTDL document is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refers to pathway &quot;%2&quot;, which is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway contains itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential to evaluate is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field of study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; refers to &quot;%2&quot;, which is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pathway with id &quot;%1&quot; is already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway with id &quot;%1&quot; is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or a non-empty array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date or date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;countOnce&quot; or &quot;shared&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs targetUrl, or targetFramework and targetCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;value&quot; or &quot;achievedLevel&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, or a value listed in &quot;scale&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object or a non-empty array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must constrain at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed the number of children (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minCredits node needs children or a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pathway node needs exactly one of &quot;ref&quot; and &quot;pathway&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of allOf, nOf, minCredits, credential, pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported format (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 cr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ missing: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — awarded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3% (%4 cr earned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ missing: %1 more of these %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ missing: %1 credits still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ would count if valid: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Rdf</name>
    <message>
        <source>dataset too complex to canonicalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid N-Quads on line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad hexadecimal digit in \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escape is not a Unicode scalar value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only \u and \U escapes are allowed in IRIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escaped character not allowed in an IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character not allowed in an IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative IRI &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a blank node &quot;_:label&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid blank node label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape in string literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty language tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid language tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ^^&lt;datatype&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a predicate IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;.&quot; at the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the statement</source>
        <translation type="unfinished"></translation>
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
