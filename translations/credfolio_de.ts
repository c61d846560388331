<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Credfolio::App</name>
    <message>
        <source>Your library could not be opened</source>
        <translation>Ihre Bibliothek konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Credfolio cannot open your credential library at %1. Nothing in it was changed.

%2</source>
        <translation>Credfolio kann Ihre Nachweisbibliothek unter %1 nicht öffnen. Darin wurde nichts geändert.

%2</translation>
    </message>
    <message>
        <source>Sample portfolio</source>
        <translation>Beispielportfolio</translation>
    </message>
    <message>
        <source>Credfolio — Sample portfolio</source>
        <translation>Credfolio — Beispielportfolio</translation>
    </message>
    <message>
        <source>Credfolio keeps your learning credentials, verifies them and shows your progress toward certificates and degrees.</source>
        <translation>Credfolio bewahrt Ihre Lernnachweise auf, prüft sie und zeigt Ihren Fortschritt zu Zertifikaten und Abschlüssen.</translation>
    </message>
    <message>
        <source>Also open the sample portfolio (example credentials and pathways in a window of their own).</source>
        <translation>Auch das Beispielportfolio öffnen (Beispielnachweise und Lernpfade in einem eigenen Fenster).</translation>
    </message>
    <message>
        <source>Credentials to import, or a portfolio package (.credfolio) to review.</source>
        <translation>Zu importierende Nachweise oder ein zu prüfendes Portfoliopaket (.credfolio).</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Your library is as it was.

%1</source>
        <translation>Ihre Bibliothek ist unverändert.

%1</translation>
    </message>
</context>
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
    <message>
        <source>warning: &quot;%1&quot; is not defined by any context; it is not part of the canonical form</source>
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
        <source>FILE may be &apos;-&apos; for standard input.</source>
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
    <message>
        <source>Usage: credfolio-cli export %1</source>
        <translation>Aufruf: credfolio-cli export %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;.</source>
        <translation>Unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>Es wurde kein Paket geschrieben: %1</translation>
    </message>
    <message>
        <source>Export a PDF portfolio, HTML, JSON Resume, or a signed portfolio package</source>
        <translation>Ein PDF-Portfolio, HTML, JSON Resume oder ein signiertes Portfoliopaket exportieren</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli import [--library DB] PATH...</source>
        <translation>Aufruf: credfolio-cli import [--library DB] PFAD...</translation>
    </message>
    <message>
        <source>Reads, verifies and stores credentials in the library: files, folders (searched recursively) and https URLs. A file already in the library is reported, not stored twice; a credential that does not verify is stored and flagged. Exit status: 0 all imported, 1 some inputs could not be imported, 2 usage error or the library cannot be used.</source>
        <translation>Liest, prüft und speichert Nachweise in der Bibliothek: Dateien, Ordner (rekursiv durchsucht) und https-URLs. Eine Datei, die bereits in der Bibliothek ist, wird gemeldet, aber nicht doppelt gespeichert; ein Nachweis, dessen Prüfung fehlschlägt, wird gespeichert und markiert. Exit-Status: 0 alles importiert, 1 einige Eingaben konnten nicht importiert werden, 2 Aufruffehler oder die Bibliothek ist nicht nutzbar.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1 (not verifying: %2). Already in the library: %3. Not imported: %4.</source>
        <translation>Importiert: %1 (Prüfung fehlgeschlagen: %2). Bereits in der Bibliothek: %3. Nicht importiert: %4.</translation>
    </message>
    <message>
        <source>already in the library: %1</source>
        <translation>bereits in der Bibliothek: %1</translation>
    </message>
    <message>
        <source>Import credentials (files, folders, URLs) into the library, verifying each</source>
        <translation>Nachweise (Dateien, Ordner, URLs) in die Bibliothek importieren und jeden prüfen</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli list [--library DB] [--json] [--query TEXT]</source>
        <translation>Aufruf: credfolio-cli list [--library DB] [--json] [--query TEXT]</translation>
    </message>
    <message>
        <source>Lists the credentials in the library (one per line: id, verdict, name, issuer, issue date), or those matching the search words of --query.</source>
        <translation>Listet die Nachweise in der Bibliothek auf (einer pro Zeile: ID, Ergebnis, Name, Aussteller, Ausstellungsdatum) oder diejenigen, die zu den Suchwörtern von --query passen.</translation>
    </message>
    <message>
        <source>List or search the credentials in the library</source>
        <translation>Nachweise in der Bibliothek auflisten oder durchsuchen</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli progress [--library DB] [--json] PATHWAY</source>
        <translation>Aufruf: credfolio-cli progress [--library DB] [--json] LERNPFAD</translation>
    </message>
    <message>
        <source>Shows how far the credentials in the library go toward a pathway (a pathway file, or the id of a pathway saved in the library): what is met, what is in progress, what is missing, and credits.</source>
        <translation>Zeigt, wie weit die Nachweise in der Bibliothek auf einem Lernpfad führen (eine Lernpfad-Datei oder die ID eines in der Bibliothek gespeicherten Lernpfads): was erfüllt ist, was in Arbeit ist, was fehlt, und die Leistungspunkte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a pathway file nor a pathway in the library.</source>
        <translation>„%1“ ist weder eine Lernpfad-Datei noch ein Lernpfad in der Bibliothek.</translation>
    </message>
    <message>
        <source>Show progress toward a pathway with the credentials in the library</source>
        <translation>Fortschritt auf einem Lernpfad mit den Nachweisen der Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Package %1 from %2, made %3</source>
        <translation>Paket %1 von %2, erstellt %3</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>as sent: %1</source>
        <translation>beim Versand: %1</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>heute: %1</translation>
    </message>
    <message>
        <source>Review a learner&apos;s portfolio package: its signature, every credential, pathway progress</source>
        <translation>Das Portfoliopaket einer lernenden Person begutachten: Signatur, jeder Nachweis, Lernpfad-Fortschritt</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli verify %1</source>
        <translation>Aufruf: credfolio-cli verify %1</translation>
    </message>
    <message>
        <source>Verifies each credential (files, or folders searched recursively) and prints one line per credential: PATH, valid or invalid, and the first failing check (or -).</source>
        <translation>Prüft jeden Nachweis (Dateien oder rekursiv durchsuchte Ordner) und gibt pro Nachweis eine Zeile aus: PFAD, „valid“ oder „invalid“ und die erste fehlgeschlagene Prüfung (oder -).</translation>
    </message>
    <message>
        <source>  --json                print a JSON array of reports with every check</source>
        <translation>  --json                ein JSON-Array mit Berichten samt aller Prüfungen ausgeben</translation>
    </message>
    <message>
        <source>  --offline             never use the network: only pre-fetched and cached documents</source>
        <translation>  --offline             nie das Netzwerk nutzen: nur vorab abgerufene und zwischengespeicherte Dokumente</translation>
    </message>
    <message>
        <source>  --documents MANIFEST  load pre-fetched documents ({&quot;resources&quot;: [{url, file, contentType}]})</source>
        <translation>  --documents MANIFEST  vorab abgerufene Dokumente laden ({&quot;resources&quot;: [{url, file, contentType}]})</translation>
    </message>
    <message>
        <source>  --at ISO-TIME         check validity periods as of this time (e.g. 2030-01-01T00:00:00Z)</source>
        <translation>  --at ISO-TIME         Gültigkeitszeiträume zu diesem Zeitpunkt prüfen (z. B. 2030-01-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>  --jobs N              verify N credentials at a time (default 1)</source>
        <translation>  --jobs N              N Nachweise gleichzeitig prüfen (Standard: 1)</translation>
    </message>
    <message>
        <source>  --registry FILE       an issuer registry to check issuers against (may be repeated)</source>
        <translation>  --registry FILE       ein Ausstellerregister, gegen das Aussteller geprüft werden (mehrfach möglich)</translation>
    </message>
    <message>
        <source>Exit status: 0 all valid, 1 some invalid, 2 usage or I/O error.</source>
        <translation>Exit-Status: 0 alle gültig, 1 einige ungültig, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2030-01-01T00:00:00Z.</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe; schreiben Sie sie als 2030-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256.</source>
        <translation>--jobs benötigt eine Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Verify credentials: signature, issuer key, validity period, revocation status and issuer registries</source>
        <translation>Nachweise prüfen: Signatur, Ausstellerschlüssel, Gültigkeitszeitraum, Widerrufsstatus und Ausstellerregister</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli review [--json] [--pdf OUT] [--offline] PACKAGE</source>
        <translation>Aufruf: credfolio-cli review [--json] [--pdf AUSGABE] [--offline] PAKET</translation>
    </message>
    <message>
        <source>Opens a portfolio package as an advisor: checks the learner&apos;s signature on it, verifies every credential as of the day it was sent (with the documents it carries) and today (online, unless --offline), and shows the learner&apos;s pathway progress; --pdf also writes the review as a PDF. Exit status: 0 authentic and everything valid, 1 tampered or something invalid, 2 usage or I/O error.</source>
        <translation>Öffnet ein Portfoliopaket als Beraterin oder Berater: prüft die Signatur der lernenden Person, prüft jeden Nachweis zum Stand des Versanddatums (mit den mitgelieferten Dokumenten) und heute (online, außer mit --offline) und zeigt den Fortschritt auf den Lernpfaden; --pdf schreibt die Prüfung zusätzlich als PDF. Exit-Status: 0 echt und alles gültig, 1 verändert oder etwas ungültig, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>Exports the library&apos;s credentials: a résumé-ready PDF portfolio, one printable HTML file, JSON Resume, or a portfolio package signed with your key (from the system keychain) that an advisor opens with &apos;credfolio-cli review&apos;. Credentials that do not verify, or have expired, are left out unless asked for. --pathway puts the credentials counting toward that pathway first. --language writes the labels in English, German or Spanish.</source>
        <translation>Exportiert die Nachweise der Bibliothek: ein bewerbungsfertiges PDF-Portfolio, eine druckbare HTML-Datei, JSON Resume oder ein mit Ihrem Schlüssel (aus dem Schlüsselbund des Systems) signiertes Portfoliopaket, das eine Beraterin oder ein Berater mit &apos;credfolio-cli review&apos; öffnet. Nachweise, die sich nicht prüfen lassen oder abgelaufen sind, bleiben weg, sofern nicht ausdrücklich gewünscht. --pathway stellt die Nachweise voran, die für diesen Lernpfad zählen. --language schreibt die Beschriftungen auf Englisch, Deutsch oder Spanisch.</translation>
    </message>
    <message>
        <source>The option --language takes en, de or es.</source>
        <translation>Die Option --language nimmt en, de oder es.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 for offline checking, signed.</source>
        <translation>%1 geschrieben: %2, %3 zum Prüfen ohne Netz, signiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation>%1 geschrieben: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
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
        <source>Unsupported multibase prefix %1 (expected &apos;z&apos; or &apos;u&apos;)</source>
        <translation>Nicht unterstütztes multibase-Präfix %1 (erwartet: &apos;z&apos; oder &apos;u&apos;)</translation>
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
        <source>The SVG image refers to the entity &quot;%1&quot;, which is not accepted</source>
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
        <source>The document is not an SVG image (its root element is &quot;%1&quot;)</source>
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
        <source>This JSON is an issuer&apos;s profile, not an awarded badge</source>
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
        <source>The date &quot;%1&quot; cannot be read; it is ignored</source>
        <translation>Das Datum „%1“ kann nicht gelesen werden; es wird ignoriert</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; has no time zone; it was read as UTC</source>
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
        <source>Only the first %1 entries of &quot;%2&quot; were read</source>
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
    <message>
        <source>This PNG image carries two badges of the same kind, so it is not clear which one it holds</source>
        <translation>Dieses PNG-Bild enthält zwei Badges derselben Art, daher ist unklar, welches es trägt</translation>
    </message>
    <message numerus="yes">
        <source>Contains %n credential(s)</source>
        <translation>
            <numerusform>Enthält %n Nachweis</numerusform>
            <numerusform>Enthält %n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading</source>
        <translation>
            <numerusform>%n Warnung beim Lesen</numerusform>
            <numerusform>%n Warnungen beim Lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Apprenticeship certificate</source>
        <translation>Ausbildungsabschluss</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Leistungsbewertung</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation>Associate Degree</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Auszeichnung</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Bachelorabschluss</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Masterabschluss</translation>
    </message>
    <message>
        <source>Micro-credential</source>
        <translation>Microcredential</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
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
        <source>Unencoded JWS payloads (&quot;b64&quot;: false) are not supported.</source>
        <translation>Unkodierte JWS-Nutzdaten (&quot;b64&quot;: false) werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The JWS requires extensions (&quot;crit&quot;) that are not supported.</source>
        <translation>Die JWS erfordert Erweiterungen (&quot;crit&quot;), die nicht unterstützt werden.</translation>
    </message>
    <message>
        <source>Compressed JWS payloads (&quot;zip&quot;) are refused.</source>
        <translation>Komprimierte JWS-Nutzdaten (&quot;zip&quot;) werden abgelehnt.</translation>
    </message>
    <message>
        <source>The JWS header has no algorithm (&quot;alg&quot;).</source>
        <translation>Der JWS-Header nennt keinen Algorithmus (&quot;alg&quot;).</translation>
    </message>
    <message>
        <source>Unsigned JWS (&quot;alg&quot;: &quot;none&quot;) are refused.</source>
        <translation>Unsignierte JWS (&quot;alg&quot;: &quot;none&quot;) werden abgelehnt.</translation>
    </message>
    <message>
        <source>Shared-secret JWS algorithms (%1) are refused: they cannot prove who issued a credential.</source>
        <translation>JWS-Algorithmen mit gemeinsamem Geheimnis (%1) werden abgelehnt: Sie können nicht belegen, wer einen Nachweis ausgestellt hat.</translation>
    </message>
    <message>
        <source>The JWS algorithm &quot;%1&quot; is not supported.</source>
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
        <source>The JWK member &quot;%1&quot; is missing or not a string.</source>
        <translation>Das JWK-Element &quot;%1&quot; fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation>Das JWK-Element &quot;%1&quot; ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The RSA key has an unusable modulus or exponent.</source>
        <translation>Der RSA-Schlüssel hat einen unbrauchbaren Modulus oder Exponenten.</translation>
    </message>
    <message>
        <source>The curve &quot;%1&quot; is not supported.</source>
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
        <source>The key contains private key material (&quot;%1&quot;); only public keys are accepted.</source>
        <translation>Der Schlüssel enthält privates Schlüsselmaterial (&quot;%1&quot;); nur öffentliche Schlüssel werden akzeptiert.</translation>
    </message>
    <message>
        <source>The key is not meant for signatures (&quot;use&quot;: %1).</source>
        <translation>Der Schlüssel ist nicht für Signaturen bestimmt (&quot;use&quot;: %1).</translation>
    </message>
    <message>
        <source>The JWK has no key type (&quot;kty&quot;).</source>
        <translation>Der JWK nennt keinen Schlüsseltyp (&quot;kty&quot;).</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported.</source>
        <translation>Der Schlüsseltyp „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A Multikey must be base58btc (start with &quot;z&quot;).</source>
        <translation>Ein Multikey muss base58btc sein (mit &quot;z&quot; beginnen).</translation>
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
    <name>Credfolio::Did</name>
    <message>
        <source>&quot;%1&quot; is not a valid identifier of an issuer key</source>
        <translation>„%1“ ist keine gültige Kennung eines Ausstellerschlüssels</translation>
    </message>
    <message>
        <source>Credfolio cannot look up %1: identifiers of the kind &quot;%2&quot; are not supported (supported: did:key, did:jwk, did:web and https)</source>
        <translation>Credfolio kann %1 nicht auflösen: Kennungen der Art „%2“ werden nicht unterstützt (unterstützt: did:key, did:jwk, did:web und https)</translation>
    </message>
    <message>
        <source>The key %1 is of a kind Credfolio cannot check signatures with</source>
        <translation>Der Schlüssel %1 ist von einer Art, mit der Credfolio keine Signaturen prüfen kann</translation>
    </message>
    <message>
        <source>The key document at %1 is not valid, so its keys cannot be trusted</source>
        <translation>Das Schlüsseldokument unter %1 ist ungültig, daher kann seinen Schlüsseln nicht vertraut werden</translation>
    </message>
    <message>
        <source>The key document of %1 was sent from another web site, so its keys cannot be trusted</source>
        <translation>Das Schlüsseldokument von %1 wurde von einer anderen Website geliefert, daher kann seinen Schlüsseln nicht vertraut werden</translation>
    </message>
    <message>
        <source>The key %1 is not published by %2</source>
        <translation>Der Schlüssel %1 wird nicht von %2 veröffentlicht</translation>
    </message>
    <message>
        <source>The key %1 exists but its owner has not authorized it for this use</source>
        <translation>Der Schlüssel %1 existiert, ist aber von seinem Inhaber nicht für diesen Zweck freigegeben</translation>
    </message>
    <message>
        <source>The key %1 is published by %2 but says it belongs to %3</source>
        <translation>Der Schlüssel %1 wird von %2 veröffentlicht, gibt aber an, zu %3 zu gehören</translation>
    </message>
    <message>
        <source>The key %1 is damaged and cannot be read</source>
        <translation>Der Schlüssel %1 ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Looking up %1 needs the network, which is not available here</source>
        <translation>Zum Auflösen von %1 wird das Netzwerk benötigt, das hier nicht verfügbar ist</translation>
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
        <source>Expected &apos;:&apos; after a member name, found %1</source>
        <translation>Erwartet wurde &apos;:&apos; nach einem Elementnamen, gefunden: %1</translation>
    </message>
    <message>
        <source>Duplicate member name &quot;%1&quot;</source>
        <translation>Doppelter Elementname &quot;%1&quot;</translation>
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
        <source>The associations make &quot;%1&quot; part of itself; the loop was cut</source>
        <translation>Die Verknüpfungen machen „%1“ zu einem Teil von sich selbst; die Schleife wurde aufgetrennt</translation>
    </message>
    <message>
        <source>The CLR does not describe achievement &quot;%1&quot;; it is matched by id only</source>
        <translation>Das CLR beschreibt die Leistung „%1“ nicht; sie wird nur anhand ihrer ID zugeordnet</translation>
    </message>
    <message>
        <source>The parts of &quot;%1&quot; carry %2 credits, fewer than its %3</source>
        <translation>Die Teile von „%1“ umfassen %2 Leistungspunkte, weniger als dessen %3</translation>
    </message>
    <message>
        <source>Association &quot;%1&quot; from %2 to %3 has no counterpart in a pathway and was not imported</source>
        <translation>Die Verknüpfung „%1“ von %2 zu %3 hat keine Entsprechung in einem Lernpfad und wurde nicht importiert</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not in the document; it was left out</source>
        <translation>%1 nennt „%2“, das nicht im Dokument enthalten ist; es wurde weggelassen</translation>
    </message>
    <message>
        <source>%1 is not represented in a Credfolio pathway (in %2)</source>
        <translation>%1 lässt sich in einem Credfolio-Lernpfad nicht abbilden (in %2)</translation>
    </message>
    <message>
        <source>A constraint (%1 %2) other than &quot;credit value at least N&quot; was not imported</source>
        <translation>Eine Bedingung (%1 %2), die nicht „Leistungspunkte mindestens N“ lautet, wurde nicht importiert</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; has no target; it was left out</source>
        <translation>Die Bedingung „%1“ hat kein Ziel; sie wurde weggelassen</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; requires %2 of only %3 targets; all are required</source>
        <translation>Die Bedingung „%1“ verlangt %2 von nur %3 Zielen; alle sind erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists children without a condition; all of them are required</source>
        <translation>„%1“ führt Unterelemente ohne Bedingung auf; alle sind erforderlich</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; contains itself; the loop was cut</source>
        <translation>Die Komponente „%1“ enthält sich selbst; die Schleife wurde aufgetrennt</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; has neither proxyFor nor codedNotation; only a credential with its id matches</source>
        <translation>Die Komponente „%1“ hat weder proxyFor noch codedNotation; nur ein Nachweis mit ihrer ID passt dazu</translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; has %2 destinations; only the first was imported</source>
        <translation>Der Lernpfad „%1“ hat %2 Ziele; nur das erste wurde importiert</translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; states no requirement that could be imported</source>
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
        <source>%1: refers to pathway &quot;%2&quot;, which is not loaded</source>
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
        <source>Pathway &quot;%1&quot; refers to &quot;%2&quot;, which is not loaded</source>
        <translation>Der Lernpfad „%1“ verweist auf „%2“, der nicht geladen ist</translation>
    </message>
    <message>
        <source>A pathway with id &quot;%1&quot; is already loaded</source>
        <translation>Ein Lernpfad mit der ID „%1“ ist bereits geladen</translation>
    </message>
    <message>
        <source>No pathway with id &quot;%1&quot; is loaded</source>
        <translation>Es ist kein Lernpfad mit der ID „%1“ geladen</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; ignored</source>
        <translation>Unbekanntes Element &quot;%1&quot; ignoriert</translation>
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
        <source>must be &quot;countOnce&quot; or &quot;shared&quot;</source>
        <translation>muss &quot;countOnce&quot; oder &quot;shared&quot; sein</translation>
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
        <source>must be &quot;value&quot; or &quot;achievedLevel&quot;</source>
        <translation>muss &quot;value&quot; oder &quot;achievedLevel&quot; sein</translation>
    </message>
    <message>
        <source>must be a number, or a value listed in &quot;scale&quot;</source>
        <translation>muss eine Zahl oder ein in &quot;scale&quot; aufgeführter Wert sein</translation>
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
        <source>a pathway node needs exactly one of &quot;ref&quot; and &quot;pathway&quot;</source>
        <translation>ein pathway-Knoten benötigt genau eines von &quot;ref&quot; und &quot;pathway&quot;</translation>
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
        <source>&quot;%1&quot; is already used by another node</source>
        <translation>„%1“ wird bereits von einem anderen Knoten verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported format (expected &quot;%2&quot;)</source>
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
    <name>Credfolio::Portfolio</name>
    <message>
        <source>Verified %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Did not verify</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>%1 von %2 Anforderungen erfüllt</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 von %2 Leistungspunkten</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Unbenannter Nachweis</translation>
    </message>
    <message>
        <source>1 credit</source>
        <translation>1 Leistungspunkt</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Leistungspunkte</translation>
    </message>
    <message>
        <source>The portfolio could not be saved to %1.</source>
        <translation>Das Portfolio konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Lernpfad-Fortschritt</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Nachweisportfolio</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This file is not a Credfolio portfolio package, or it is damaged.</source>
        <translation>Diese Datei ist kein Credfolio-Portfoliopaket oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>This package is larger than Credfolio opens (%1 MiB).</source>
        <translation>Dieses Paket ist größer, als Credfolio öffnet (%1 MiB).</translation>
    </message>
    <message>
        <source>The package is exactly as the learner signed it.</source>
        <translation>Das Paket ist genau so, wie die lernende Person es signiert hat.</translation>
    </message>
    <message>
        <source>The package was changed after the learner signed it, or it is not signed by its holder.</source>
        <translation>Das Paket wurde verändert, nachdem die lernende Person es signiert hat, oder es ist nicht von seiner Inhaberin bzw. seinem Inhaber signiert.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>A PDF portfolio can only be made by the graphical application.</source>
        <translation>Ein PDF-Portfolio kann nur von der grafischen Anwendung erstellt werden.</translation>
    </message>
    <message>
        <source>A QR code could not be made for one of the credentials.</source>
        <translation>Für einen der Nachweise konnte kein QR-Code erstellt werden.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Advisor&apos;s notes and recommendations</source>
        <translation>Anmerkungen und Empfehlungen der Beratung</translation>
    </message>
    <message>
        <source>The learner&apos;s message</source>
        <translation>Nachricht der lernenden Person</translation>
    </message>
    <message>
        <source>Unnamed learner</source>
        <translation>Lernende Person ohne Namen</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Begutachtet am %1</translation>
    </message>
    <message>
        <source>Package sent %1  ·  %2</source>
        <translation>Paket gesendet am %1  ·  %2</translation>
    </message>
    <message>
        <source>Signature intact: the package is as the learner signed it.</source>
        <translation>Signatur intakt: Das Paket ist so, wie die lernende Person es signiert hat.</translation>
    </message>
    <message>
        <source>This package was changed after it was signed.</source>
        <translation>Dieses Paket wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signiert von %1</translation>
    </message>
    <message>
        <source>Its content is shown below, but it may not be what the learner sent. %1</source>
        <translation>Der Inhalt wird unten angezeigt, ist aber möglicherweise nicht das, was die lernende Person gesendet hat. %1</translation>
    </message>
    <message>
        <source>Advisor review</source>
        <translation>Beratungsprüfung</translation>
    </message>
    <message>
        <source>As sent: %1</source>
        <translation>Beim Versand: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Today: offline</source>
        <translation>Heute: offline</translation>
    </message>
    <message>
        <source>Learner&apos;s note</source>
        <translation>Notiz der lernenden Person</translation>
    </message>
    <message>
        <source>Advisor&apos;s note</source>
        <translation>Notiz der Beratung</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 (jetzt)</translation>
    </message>
    <message>
        <source>not checked today (offline)</source>
        <translation>heute nicht geprüft (offline)</translation>
    </message>
    <message>
        <source>A review PDF can only be made by the graphical application.</source>
        <translation>Ein PDF der Beratungsprüfung kann nur von der grafischen Anwendung erstellt werden.</translation>
    </message>
    <message>
        <source>%1 — Advisor review</source>
        <translation>%1 — Beratungsprüfung</translation>
    </message>
    <message>
        <source>The package does not carry this document.</source>
        <translation>Das Paket enthält dieses Dokument nicht.</translation>
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
        <source>expected a blank node &quot;_:label&quot;</source>
        <translation>leerer Knoten &quot;_:label&quot; erwartet</translation>
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
        <source>expected &quot;.&quot; at the end of the statement</source>
        <translation>&quot;.&quot; am Ende der Aussage erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the statement</source>
        <translation>unerwarteter Text nach der Aussage</translation>
    </message>
</context>
<context>
    <name>Credfolio::Services</name>
    <message>
        <source>Untitled credential</source>
        <translation>Unbenannter Nachweis</translation>
    </message>
    <message>
        <source>%1, from %2, %3</source>
        <translation>%1, von %2, %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Leistungspunkte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Learner records</source>
        <translation>Lernnachweise</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a credential (over %1 MiB).</source>
        <translation>Die Datei ist zu groß für einen Nachweis (über %1 MiB).</translation>
    </message>
    <message>
        <source>There is no file or folder here any more.</source>
        <translation>Hier gibt es keine Datei und keinen Ordner mehr.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>“%1” is already in your pathways.</source>
        <translation>„%1“ ist bereits in Ihren Lernpfaden.</translation>
    </message>
    <message>
        <source>This pathway is not in your list.</source>
        <translation>Dieser Lernpfad ist nicht in Ihrer Liste.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>This pathway is already in your list.</source>
        <translation>Dieser Lernpfad ist bereits in Ihrer Liste.</translation>
    </message>
    <message>
        <source>The package file could not be read.</source>
        <translation>Die Paketdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht geprüft)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Would count if it were valid: %1 (%2)</source>
        <translation>Würde zählen, wenn gültig: %1 (%2)</translation>
    </message>
    <message>
        <source>Counts toward this</source>
        <translation>Zählt hierfür</translation>
    </message>
    <message>
        <source>Would count if valid (%1)</source>
        <translation>Würde zählen, wenn gültig (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet earned</source>
        <translation>Noch nicht erworben</translation>
    </message>
    <message>
        <source>Awarded: %1</source>
        <translation>Verliehen: %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>%1 of %2 cr</source>
        <translation>%1 von %2 LP</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 — %2 more credits</source>
        <translation>%1 — noch %2 Leistungspunkte</translation>
    </message>
    <message>
        <source>%1 — %2 more</source>
        <translation>%1 — noch %2</translation>
    </message>
    <message>
        <source>Still to earn (%1)</source>
        <translation>Noch zu erwerben (%1)</translation>
    </message>
    <message>
        <source>Still to earn</source>
        <translation>Noch zu erwerben</translation>
    </message>
    <message>
        <source>%1 credits still needed</source>
        <translation>Noch %1 Leistungspunkte benötigt</translation>
    </message>
    <message>
        <source>%1 more of these %2</source>
        <translation>Noch %1 weitere von diesen %2</translation>
    </message>
    <message>
        <source>%1 more to complete</source>
        <translation>Noch %1 bis zum Abschluss</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <translation>%1 LP</translation>
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
        <source>Your notes on this package could not be read from the library.</source>
        <translation>Ihre Notizen zu diesem Paket konnten nicht aus der Bibliothek gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a pathway file.</source>
        <translation>„%1“ ist zu groß für eine Lernpfad-Datei.</translation>
    </message>
    <message>
        <source>This library is not the sample portfolio and was left unchanged.</source>
        <translation>Diese Bibliothek ist nicht das Beispielportfolio und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The issuer registry %1 could not be opened.</source>
        <translation>Das Ausstellerregister %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The issuer registry %1 is too large.</source>
        <translation>Das Ausstellerregister %1 ist zu groß.</translation>
    </message>
    <message>
        <source>There is no pathway %1 in the library.</source>
        <translation>In der Bibliothek gibt es keinen Lernpfad %1.</translation>
    </message>
    <message>
        <source>The package could not be saved to %1.</source>
        <translation>Das Paket konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Labels can be written in English, German or Spanish only.</source>
        <translation>Beschriftungen gibt es nur auf Englisch, Deutsch oder Spanisch.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Store</name>
    <message>
        <source>Your system keychain is not available, so Credfolio cannot keep a signing key. You can continue without signing.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar, daher kann Credfolio keinen Signaturschlüssel aufbewahren. Sie können ohne Signieren fortfahren.</translation>
    </message>
    <message>
        <source>Your system keychain is locked or refused access, so Credfolio cannot keep a signing key. Unlock it and try again, or continue without signing.</source>
        <translation>Der Schlüsselbund Ihres Systems ist gesperrt oder hat den Zugriff verweigert, daher kann Credfolio keinen Signaturschlüssel aufbewahren. Entsperren Sie ihn und versuchen Sie es erneut, oder fahren Sie ohne Signieren fort.</translation>
    </message>
    <message>
        <source>Your system keychain did not answer in time. Try again, or continue without signing.</source>
        <translation>Der Schlüsselbund Ihres Systems hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut, oder fahren Sie ohne Signieren fort.</translation>
    </message>
    <message>
        <source>Your system keychain could not complete the request. Try again, or continue without signing.</source>
        <translation>Der Schlüsselbund Ihres Systems konnte die Anfrage nicht ausführen. Versuchen Sie es erneut, oder fahren Sie ohne Signieren fort.</translation>
    </message>
    <message>
        <source>Your system keychain holds no such entry for Credfolio.</source>
        <translation>Der Schlüsselbund Ihres Systems enthält keinen solchen Eintrag für Credfolio.</translation>
    </message>
    <message>
        <source>The signing key in your system keychain is damaged, so Credfolio cannot sign with it.</source>
        <translation>Der Signaturschlüssel im Schlüsselbund Ihres Systems ist beschädigt, daher kann Credfolio nicht damit signieren.</translation>
    </message>
    <message>
        <source>Credfolio cannot find a signing key without knowing its library.</source>
        <translation>Credfolio kann keinen Signaturschlüssel finden, ohne die zugehörige Bibliothek zu kennen.</translation>
    </message>
    <message>
        <source>Your library %1 cannot be opened</source>
        <translation>Ihre Bibliothek %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Your library %1 was saved by a newer version of Credfolio. Update Credfolio to open it; it was left unchanged</source>
        <translation>Ihre Bibliothek %1 wurde von einer neueren Version von Credfolio gespeichert. Aktualisieren Sie Credfolio, um sie zu öffnen; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>Your library %1 could not be upgraded; it was left unchanged</source>
        <translation>Ihre Bibliothek %1 konnte nicht aktualisiert werden; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>Your library could not be read or saved</source>
        <translation>Ihre Bibliothek konnte nicht gelesen oder gespeichert werden</translation>
    </message>
    <message>
        <source>This item is no longer in your library</source>
        <translation>Dieses Element ist nicht mehr in Ihrer Bibliothek</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>Ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio library backup</source>
        <translation>%1 ist keine Sicherung einer Credfolio-Bibliothek</translation>
    </message>
    <message>
        <source>The backup %1 could not be written</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden</translation>
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
    <name>Credfolio::Ui::CheckListView</name>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>%1 · using documents as of %2</source>
        <comment>checked …, documents as of &lt;date&gt;</comment>
        <translation>%1 · mit Dokumenten vom Stand %2</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Prüfschritte</translation>
    </message>
    <message>
        <source>Contained credentials</source>
        <translation>Enthaltene Nachweise</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Ursachencode: %1</translation>
    </message>
    <message>
        <source>Checked at: %1</source>
        <translation>Prüfzeitpunkt: %1</translation>
    </message>
    <message>
        <source>Technical details of %1</source>
        <translation>Technische Details zu %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>check title: status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>credential name: verdict</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::CheckStatus</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Issuer&apos;s key</source>
        <translation>Schlüssel des Ausstellers</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Gültigkeitszeitraum</translation>
    </message>
    <message>
        <source>Revocation status</source>
        <translation>Widerrufsstatus</translation>
    </message>
    <message>
        <source>Issuer registry</source>
        <translation>Ausstellerregister</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::CredentialDetailView</name>
    <message>
        <source>1 credit</source>
        <translation>1 Leistungspunkt</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Leistungspunkte</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Kriterienseite</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Ausrichtungen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Zählt für</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Ihre Schlagwörter</translation>
    </message>
    <message>
        <source>Add a note for yourself: what you did, what it was for, whom to ask…</source>
        <translation>Notieren Sie sich etwas: was Sie getan haben, wofür es war, wen Sie fragen können…</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Unbenannter Nachweis</translation>
    </message>
    <message>
        <source>Learner record</source>
        <translation>Lernnachweis</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Badge-Bild</translation>
    </message>
    <message>
        <source>No badge image</source>
        <translation>Kein Badge-Bild</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Leistungspunkte</translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>The academic term in which the credential was earned (e.g. &quot;Fall 2026&quot;).</extracomment>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Specialization</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Hashed e-mail address</source>
        <translation>Gehashte E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Hashed identifier</source>
        <translation>Gehashte Kennung</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Open pathway %1</source>
        <translation>Lernpfad %1 öffnen</translation>
    </message>
    <message>
        <source>Show your progress toward %1</source>
        <translation>Ihren Fortschritt zu %1 anzeigen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key, the dates and the revocation status again</source>
        <translation>Prüft die Signatur, den Schlüssel des Ausstellers, die Daten und den Widerrufsstatus erneut</translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation>&amp;Original anzeigen…</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Original anzeigen</translation>
    </message>
    <message>
        <source>The credential exactly as the issuer signed it</source>
        <translation>Der Nachweis genau so, wie der Aussteller ihn signiert hat</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ExportActions</name>
    <message>
        <source>&amp;Export Portfolio…</source>
        <translation>Portfolio &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export your credentials as a PDF portfolio, a web page, JSON Resume or a signed package</source>
        <translation>Ihre Nachweise als PDF-Portfolio, Webseite, JSON Resume oder signiertes Paket exportieren</translation>
    </message>
    <message>
        <source>Export Se&amp;lected…</source>
        <translation>Aus&amp;wahl exportieren…</translation>
    </message>
    <message>
        <source>Export This &amp;Pathway…</source>
        <translation>Diesen &amp;Lernpfad exportieren…</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ExportDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No credential is exported with these choices. Choose other credentials, or include those that are not valid or have expired.</source>
        <translation>Mit dieser Auswahl wird kein Nachweis exportiert. Wählen Sie andere Nachweise oder nehmen Sie auch ungültige oder abgelaufene auf.</translation>
    </message>
    <message>
        <source>The web page has the same content; it adapts to the reader&apos;s screen and prints like these pages.</source>
        <translation>Die Webseite hat denselben Inhalt; sie passt sich dem Bildschirm an und druckt wie diese Seiten.</translation>
    </message>
    <message>
        <source>A portfolio package signed with your key, for a career advisor to open in Credfolio and verify offline.

Credentials: %1
Documents for offline checking: %2
Size: %3

It carries every selected credential exactly as you received it, your notes, your pathways and your message. It never carries a key or password.</source>
        <translation>Ein mit Ihrem Schlüssel signiertes Portfoliopaket, das Ihre Beraterin oder Ihr Berater in Credfolio öffnet und ohne Netz prüft.

Nachweise: %1
Dokumente zum Prüfen ohne Netz: %2
Größe: %3

Es enthält jeden ausgewählten Nachweis genau so, wie Sie ihn erhalten haben, Ihre Notizen, Ihre Lernpfade und Ihre Nachricht. Es enthält nie einen Schlüssel oder ein Passwort.</translation>
    </message>
    <message>
        <source>1 credential</source>
        <translation>1 Nachweis</translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation>%1 Nachweise</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>one web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>JSON Resume</source>
        <translation>JSON Resume</translation>
    </message>
    <message>
        <source>1 document for offline checking</source>
        <translation>1 Dokument zum Prüfen ohne Netz</translation>
    </message>
    <message>
        <source>%1 documents for offline checking</source>
        <translation>%1 Dokumente zum Prüfen ohne Netz</translation>
    </message>
    <message>
        <source>%1 not valid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 left out:</source>
        <translation>%1 weggelassen:</translation>
    </message>
    <message>
        <source>to show them, marked as such, tick “Also …” under Credentials.</source>
        <translation>um sie gekennzeichnet aufzunehmen, kreuzen Sie unter „Nachweise“ „Auch …“ an.</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Nachweis-Portfolio</translation>
    </message>
    <message>
        <source>%1 – Credential portfolio</source>
        <translation>%1 – Nachweis-Portfolio</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>Credfolio packages (*.credfolio)</source>
        <translation>Credfolio-Pakete (*.credfolio)</translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation>Portfolio exportieren</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Printed at the top of your portfolio. Kept in your library when you export, so you fill it in once.</source>
        <translation>Steht oben in Ihrem Portfolio. Wird beim Exportieren in Ihrer Bibliothek gespeichert, Sie füllen es also nur einmal aus.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation>Nachri&amp;cht:</translation>
    </message>
    <message>
        <source>A note for your advisor</source>
        <translation>Eine Notiz für Ihre Beraterin oder Ihren Berater</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Beschriftung auf:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Aufnehmen:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Also credentials that are not &amp;valid</source>
        <translation>Auch &amp;ungültige Nachweise</translation>
    </message>
    <message>
        <source>Also e&amp;xpired credentials</source>
        <translation>Auch a&amp;bgelaufene Nachweise</translation>
    </message>
    <message>
        <source>PDF portfolio</source>
        <translation>PDF-Portfolio</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Signed package for an advisor</source>
        <translation>Signiertes Paket für die Beratung</translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation>Alle Nachweise</translation>
    </message>
    <message>
        <source>The selected credential</source>
        <translation>Der ausgewählte Nachweis</translation>
    </message>
    <message>
        <source>The %1 selected credentials</source>
        <translation>Die %1 ausgewählten Nachweise</translation>
    </message>
    <message>
        <source>A collection</source>
        <translation>Eine Sammlung</translation>
    </message>
    <message>
        <source>A pathway</source>
        <translation>Ein Lernpfad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Message to the advisor</source>
        <translation>Nachricht an die Beratung</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Sprache der Beschriftungen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Credentials to include</source>
        <translation>Aufzunehmende Nachweise</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Include credentials that are not valid</source>
        <translation>Ungültige Nachweise aufnehmen</translation>
    </message>
    <message>
        <source>Include expired credentials</source>
        <translation>Abgelaufene Nachweise aufnehmen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Die gespeicherte Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Den Export speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ExportPreview</name>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Die Vorschau kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Updating preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Preview of the portfolio</source>
        <translation>Vorschau des Portfolios</translation>
    </message>
    <message>
        <source>Preview of the JSON Resume</source>
        <translation>Vorschau des JSON Resume</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Was geschrieben wird</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportFlow</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Import Credentials</source>
        <translation>Nachweise importieren</translation>
    </message>
    <message>
        <source>Credentials (*.json *.jwt *.jws *.txt *.png *.svg);;All files (*)</source>
        <translation>Nachweise (*.json *.jwt *.jws *.txt *.png *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Credentials</source>
        <translation>Einen Ordner mit Nachweisen importieren</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Ein Import läuft bereits</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, or cancel it, then try again.</source>
        <translation>Warten Sie, bis der aktuelle Import abgeschlossen ist, oder brechen Sie ihn ab, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>You are working offline</source>
        <translation>Sie arbeiten offline</translation>
    </message>
    <message>
        <source>Importing from a web address needs the network, and Credfolio is set to work offline. Turn off “Work offline” in Settings → Network, or download the credential and import the file.</source>
        <translation>Der Import von einer Webadresse braucht das Netz, und Credfolio ist auf Offline-Arbeit eingestellt. Schalten Sie „Offline arbeiten“ unter Einstellungen → Netzwerk aus oder laden Sie den Nachweis herunter und importieren Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportFromUrlDialog</name>
    <message>
        <source>Import from Web Address</source>
        <translation>Von Webadresse importieren</translation>
    </message>
    <message>
        <source>Enter the web address of a hosted badge or credential, as the issuer gave it to you.</source>
        <translation>Geben Sie die Webadresse eines gehosteten Badges oder Nachweises ein, so wie der Aussteller sie Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https://</source>
        <translation>Dies ist keine Webadresse. Sie sollte mit https:// beginnen</translation>
    </message>
    <message>
        <source>Only secure addresses (https://) can be imported: over plain http, anyone on the way could change the credential before it reaches you.</source>
        <translation>Nur sichere Adressen (https://) können importiert werden: Über einfaches http könnte jeder auf dem Übertragungsweg den Nachweis verändern, bevor er Sie erreicht.</translation>
    </message>
    <message>
        <source>Only web addresses starting with https:// can be imported.</source>
        <translation>Nur Webadressen, die mit https:// beginnen, können importiert werden.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportProgressDialog</name>
    <message>
        <source>Importing Credentials</source>
        <translation>Nachweise werden importiert</translation>
    </message>
    <message>
        <source>Reading and verifying credentials…</source>
        <translation>Nachweise werden gelesen und geprüft…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stops the import. Nothing of this batch is added to your library.</source>
        <translation>Beendet den Import. Nichts aus diesem Durchgang wird Ihrer Bibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 of %2 handled</source>
        <translation>%1 von %2 verarbeitet</translation>
    </message>
    <message>
        <source>Looking for credentials…</source>
        <translation>Nachweise werden gesucht…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling — nothing of this batch will be kept…</source>
        <translation>Wird abgebrochen — nichts aus diesem Durchgang wird behalten…</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Imported 1 credential</source>
        <translation>1 Nachweis importiert</translation>
    </message>
    <message>
        <source>Imported %1 credentials</source>
        <translation>%1 Nachweise importiert</translation>
    </message>
    <message>
        <source>No new credentials imported</source>
        <translation>Keine neuen Nachweise importiert</translation>
    </message>
    <message>
        <source>Nothing of this batch was added to your library.</source>
        <translation>Nichts aus diesem Durchgang wurde Ihrer Bibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>1 credential was already in your library and was not added again.</source>
        <translation>1 Nachweis war bereits in Ihrer Bibliothek und wurde nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 credentials were already in your library and were not added again.</source>
        <translation>%1 Nachweise waren bereits in Ihrer Bibliothek und wurden nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>1 input could not be read as a credential.</source>
        <translation>1 Eingabe konnte nicht als Nachweis gelesen werden.</translation>
    </message>
    <message>
        <source>%1 inputs could not be read as credentials.</source>
        <translation>%1 Eingaben konnten nicht als Nachweise gelesen werden.</translation>
    </message>
    <message>
        <source>No credentials were found.</source>
        <translation>Es wurden keine Nachweise gefunden.</translation>
    </message>
    <message>
        <source>Duplicates and files that could not be read</source>
        <translation>Duplikate und nicht lesbare Dateien</translation>
    </message>
    <message>
        <source>Already in your library (%1)</source>
        <translation>Bereits in Ihrer Bibliothek (%1)</translation>
    </message>
    <message>
        <source>%1 (the copy in your library is in the trash)</source>
        <translation>%1 (die Kopie in Ihrer Bibliothek ist im Papierkorb)</translation>
    </message>
    <message>
        <source>Could not be read (%1)</source>
        <translation>Nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>&amp;Show in Library</source>
        <translation>In der Bibliothek &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation>In der Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Selects the new credentials in your library</source>
        <translation>Wählt die neuen Nachweise in Ihrer Bibliothek aus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>It did not pass verification. It is in your library, marked so you can see why.</source>
        <translation>Er hat die Prüfung nicht bestanden. Er ist in Ihrer Bibliothek, markiert, damit Sie sehen, warum.</translation>
    </message>
    <message>
        <source>1 of them did not pass verification. It is in your library, marked so you can see why.</source>
        <translation>1 davon hat die Prüfung nicht bestanden. Er ist in Ihrer Bibliothek, markiert, damit Sie sehen, warum.</translation>
    </message>
    <message>
        <source>%1 of them did not pass verification. They are in your library, marked so you can see why.</source>
        <translation>%1 davon haben die Prüfung nicht bestanden. Sie sind in Ihrer Bibliothek, markiert, damit Sie sehen, warum.</translation>
    </message>
    <message>
        <source>It passed every verification check.</source>
        <translation>Er hat jede Prüfung bestanden.</translation>
    </message>
    <message>
        <source>All of them passed every verification check.</source>
        <translation>Alle haben jede Prüfung bestanden.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::LearnerProfileForm</name>
    <message>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Junior data analyst</source>
        <translation>z. B. Junior-Datenanalystin</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Überschrift:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Stadt, Land</translation>
    </message>
    <message>
        <source>Loca&amp;tion:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>A few sentences about what you do and what you are looking for</source>
        <translation>Ein paar Sätze dazu, was Sie tun und was Sie suchen</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Zusamm&amp;enfassung:</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::LibraryArea</name>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>Tags not saved</source>
        <translation>Schlagwörter nicht gespeichert</translation>
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
    <message>
        <source>All issuers</source>
        <translation>Alle Aussteller</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <source>No credentials match these filters</source>
        <translation>Keine Nachweise entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>No credentials match “%1”</source>
        <translation>Keine Nachweise zu „%1“</translation>
    </message>
    <message>
        <source>Clear the filters to see all your credentials.</source>
        <translation>Setzen Sie die Filter zurück, um alle Ihre Nachweise zu sehen.</translation>
    </message>
    <message>
        <source>Check the spelling or try fewer words. Search looks in names, issuers, descriptions, skills and tags.</source>
        <translation>Prüfen Sie die Schreibweise oder versuchen Sie es mit weniger Wörtern. Die Suche umfasst Namen, Aussteller, Beschreibungen, Fähigkeiten und Schlagwörter.</translation>
    </message>
    <message>
        <source>1 credential</source>
        <translation>1 Nachweis</translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation>%1 Nachweise</translation>
    </message>
    <message>
        <source>%1 of 1 credential</source>
        <translation>%1 von 1 Nachweis</translation>
    </message>
    <message>
        <source>%1 of %2 credentials</source>
        <translation>%1 von %2 Nachweisen</translation>
    </message>
    <message>
        <source>Move %1 Credentials to Trash</source>
        <translation>%1 Nachweise in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag for this credential:</source>
        <translation>Schlagwort für diesen Nachweis:</translation>
    </message>
    <message>
        <source>Tag for %1 credentials:</source>
        <translation>Schlagwort für %1 Nachweise:</translation>
    </message>
    <message>
        <source>Add Tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation>Zu Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Collection for this credential:</source>
        <translation>Sammlung für diesen Nachweis:</translation>
    </message>
    <message>
        <source>Collection for %1 credentials:</source>
        <translation>Sammlung für %1 Nachweise:</translation>
    </message>
    <message>
        <source>Add Credential to “%1”</source>
        <translation>Nachweis zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 Credentials to “%2”</source>
        <translation>%1 Nachweise zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Move Credential to Trash</source>
        <translation>Nachweis in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Add to Collection…</source>
        <translation>Zu Sammlung hinzufügen…</translation>
    </message>
    <message>
        <source>Verify Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Search names, issuers, skills, tags…</source>
        <translation>Namen, Aussteller, Fähigkeiten, Schlagwörter suchen…</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>Nachweise durchsuchen</translation>
    </message>
    <message>
        <source>Search as you type (%1). Esc clears.</source>
        <translation>Suche während der Eingabe (%1). Esc löscht.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by issuer</source>
        <translation>Nach Aussteller filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by collection</source>
        <translation>Nach Sammlung filtern</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Show only credentials expiring within %1 days</source>
        <translation>Nur Nachweise anzeigen, die innerhalb von %1 Tagen ablaufen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <source>Expiring first</source>
        <translation>Bald ablaufende zuerst</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>Als Raster anzeigen</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Als Liste anzeigen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Number of credentials shown</source>
        <translation>Anzahl der angezeigten Nachweise</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
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
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Von &amp;URL importieren…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Portfolio</source>
        <translation>Beispiel&amp;portfolio öffnen</translation>
    </message>
    <message>
        <source>See Credfolio with demo credentials and pathways, kept apart from your own library</source>
        <translation>Credfolio mit Demo-Nachweisen und -Lernpfaden ansehen, getrennt von Ihrer eigenen Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Credfolio — Sample portfolio</source>
        <translation>Credfolio — Beispielportfolio</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::OriginalDialog</name>
    <message>
        <source>Original Credential</source>
        <translation>Originalnachweis</translation>
    </message>
    <message>
        <source>This credential was extracted from a PNG badge image. This is the text baked into the image, exactly as the issuer signed it.</source>
        <translation>Dieser Nachweis wurde aus einem PNG-Badge-Bild extrahiert. Dies ist der in das Bild eingebettete Text, genau so, wie der Aussteller ihn signiert hat.</translation>
    </message>
    <message>
        <source>This credential was extracted from an SVG badge image. This is the text baked into the image, exactly as the issuer signed it.</source>
        <translation>Dieser Nachweis wurde aus einem SVG-Badge-Bild extrahiert. Dies ist der in das Bild eingebettete Text, genau so, wie der Aussteller ihn signiert hat.</translation>
    </message>
    <message>
        <source>This credential is a signed token (JWT), shown exactly as the issuer signed it.</source>
        <translation>Dieser Nachweis ist ein signiertes Token (JWT), angezeigt genau so, wie der Aussteller es signiert hat.</translation>
    </message>
    <message>
        <source>This credential was fetched from %1 and is shown exactly as it was served.</source>
        <translation>Dieser Nachweis wurde von %1 abgerufen und wird genau so angezeigt, wie er geliefert wurde.</translation>
    </message>
    <message>
        <source>This is the credential exactly as the issuer signed it.</source>
        <translation>Dies ist der Nachweis genau so, wie der Aussteller ihn signiert hat.</translation>
    </message>
    <message>
        <source>Original credential text</source>
        <translation>Originaltext des Nachweises</translation>
    </message>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>Zum Lesen &amp;einrücken</translation>
    </message>
    <message>
        <source>Indent for reading</source>
        <translation>Zum Lesen einrücken</translation>
    </message>
    <message>
        <source>Shows the JSON indented. Copy always copies the credential exactly as issued.</source>
        <translation>Zeigt das JSON eingerückt an. Kopieren kopiert immer den Nachweis genau so, wie er ausgestellt wurde.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the credential exactly as issued</source>
        <translation>Kopiert den Nachweis genau so, wie er ausgestellt wurde</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::PathwaysPage</name>
    <message>
        <source>Add Pathway “%1”</source>
        <translation>Lernpfad „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove Pathway “%1”</source>
        <translation>Lernpfad „%1“ entfernen</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Your Pathways</source>
        <translation>Ihre Lernpfade</translation>
    </message>
    <message>
        <source>Add Pathway…</source>
        <translation>Lernpfad hinzufügen…</translation>
    </message>
    <message>
        <source>Add a pathway from a file or from the samples (%1)</source>
        <translation>Einen Lernpfad aus einer Datei oder aus den Beispielen hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add pathway</source>
        <translation>Lernpfad hinzufügen</translation>
    </message>
    <message>
        <source>From File…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <source>Remove Pathway</source>
        <translation>Lernpfad entfernen</translation>
    </message>
    <message>
        <source>Remove the selected pathway (Delete); Undo brings it back</source>
        <translation>Den ausgewählten Lernpfad entfernen (Entf); Rückgängig holt ihn zurück</translation>
    </message>
    <message>
        <source>Remove pathway</source>
        <translation>Lernpfad entfernen</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Lernpfade</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>What’s missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>No pathways yet</source>
        <translation>Noch keine Lernpfade</translation>
    </message>
    <message>
        <source>Pathways show how your credentials stack toward certificates and degrees: what you have completed and what is still missing. Add one from your institution’s file, or try a sample.</source>
        <translation>Lernpfade zeigen, wie sich Ihre Nachweise zu Zertifikaten und Abschlüssen zusammenfügen: was Sie abgeschlossen haben und was noch fehlt. Fügen Sie einen aus der Datei Ihrer Bildungseinrichtung hinzu oder probieren Sie ein Beispiel aus.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, %2 complete</source>
        <translation>%1, %2 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>credits earned</source>
        <translation>erworbene Leistungspunkte</translation>
    </message>
    <message numerus="yes">
        <source>credentials count</source>
        <extracomment>Caption under the number of credentials that count toward the pathway (&quot;3 / credentials count&quot;).</extracomment>
        <translation>
            <numerusform>Nachweis zählt</numerusform>
            <numerusform>Nachweise zählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>pathway complete</source>
        <translation>Lernpfad abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n of your credentials would count here if it were valid. Open it to see why it did not verify.</source>
        <translation>
            <numerusform>%n Ihrer Nachweise würde hier zählen, wenn er gültig wäre. Öffnen Sie ihn, um zu sehen, warum die Prüfung fehlgeschlagen ist.</numerusform>
            <numerusform>%n Ihrer Nachweise würden hier zählen, wenn sie gültig wären. Öffnen Sie sie, um zu sehen, warum die Prüfung fehlgeschlagen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing — every requirement is met.</source>
        <translation>Nichts — alle Anforderungen sind erfüllt.</translation>
    </message>
    <message>
        <source>choose from %1</source>
        <translation>Auswahl aus %1</translation>
    </message>
    <message>
        <source>%1 would count if it were valid</source>
        <translation>%1 würde zählen, wenn er gültig wäre</translation>
    </message>
    <message>
        <source>“%1” is already in your pathways.</source>
        <translation>„%1“ ist bereits in Ihren Lernpfaden.</translation>
    </message>
    <message>
        <source>This file could not be added as a pathway: %1</source>
        <translation>Diese Datei konnte nicht als Lernpfad hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Add Pathway from File</source>
        <translation>Lernpfad aus Datei hinzufügen</translation>
    </message>
    <message>
        <source>Pathway files (*.json);;All files (*)</source>
        <translation>Lernpfad-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading your credentials…</source>
        <translation>Ihre Nachweise werden gelesen…</translation>
    </message>
    <message>
        <source>Your progress appears as soon as Credfolio has read the credentials in your library.</source>
        <translation>Ihr Fortschritt erscheint, sobald Credfolio die Nachweise in Ihrer Bibliothek gelesen hat.</translation>
    </message>
    <message>
        <source>still to earn (at least)</source>
        <extracomment>Caption under the smallest number of credentials still needed to complete the pathway.</extracomment>
        <translation>noch zu erwerben (mindestens)</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ProgressRing</name>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ReviewPage</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Paket wird geprüft</translation>
    </message>
    <message>
        <source>This file could not be opened as a package: %1</source>
        <translation>Diese Datei konnte nicht als Paket geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Package sent %1 · %n credential(s)</source>
        <translation>
            <numerusform>Paket gesendet am %1 · %n Nachweis</numerusform>
            <numerusform>Paket gesendet am %1 · %n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by the learner&apos;s key %1.</source>
        <translation>Signiert mit dem Schlüssel %1 der lernenden Person.</translation>
    </message>
    <message>
        <source>What it contains is shown below, flagged: it may not be what the learner sent. (%1)</source>
        <translation>Der Inhalt wird unten markiert angezeigt: Er ist möglicherweise nicht das, was die lernende Person gesendet hat. (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The learner&apos;s message:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nachricht der lernenden Person:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>As sent: %1</source>
        <translation>Beim Versand: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Today: offline</source>
        <translation>Heute: offline</translation>
    </message>
    <message>
        <source>Not checked today: Credfolio is offline.</source>
        <translation>Heute nicht geprüft: Credfolio ist offline.</translation>
    </message>
    <message>
        <source>Select a requirement to add a note to it.</source>
        <translation>Wählen Sie eine Anforderung aus, um eine Notiz dazu hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your note on this requirement</source>
        <translation>Ihre Notiz zu dieser Anforderung</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Credfolio packages (*.credfolio)</source>
        <translation>Credfolio-Pakete (*.credfolio)</translation>
    </message>
    <message>
        <source>Review of %1.pdf</source>
        <translation>Beratungsprüfung %1.pdf</translation>
    </message>
    <message>
        <source>Export Review PDF</source>
        <translation>PDF der Beratungsprüfung exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Unnamed learner</source>
        <translation>Lernende Person ohne Namen</translation>
    </message>
    <message>
        <source>Signature intact: the package is exactly as the learner signed it.</source>
        <translation>Signatur intakt: Das Paket ist genau so, wie die lernende Person es signiert hat.</translation>
    </message>
    <message>
        <source>This package was changed after it was signed.</source>
        <translation>Dieses Paket wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>Open Package…</source>
        <translation>Paket öffnen…</translation>
    </message>
    <message>
        <source>Open a learner&apos;s portfolio package (.credfolio) to review it</source>
        <translation>Das Portfoliopaket (.credfolio) einer lernenden Person zum Begutachten öffnen</translation>
    </message>
    <message>
        <source>Export Review PDF…</source>
        <translation>PDF der Beratungsprüfung exportieren…</translation>
    </message>
    <message>
        <source>Close Package</source>
        <translation>Paket schließen</translation>
    </message>
    <message>
        <source>Review a learner&apos;s package</source>
        <translation>Das Paket einer lernenden Person begutachten</translation>
    </message>
    <message>
        <source>Open or drop the .credfolio file a learner sent you. Credfolio checks its signature, verifies every credential as of the day it was sent and today, and shows the pathway progress. Your notes stay in your own library.</source>
        <translation>Öffnen Sie die .credfolio-Datei, die Ihnen eine lernende Person geschickt hat, oder ziehen Sie sie hierher. Credfolio prüft ihre Signatur, prüft jeden Nachweis zum Stand des Versandtags und zum heutigen Stand und zeigt den Lernpfad-Fortschritt. Ihre Notizen bleiben in Ihrer eigenen Bibliothek.</translation>
    </message>
    <message>
        <source>This file could not be opened</source>
        <translation>Diese Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Lernpfad-Fortschritt</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Beim Versand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>The learner&apos;s note</source>
        <translation>Notiz der lernenden Person</translation>
    </message>
    <message>
        <source>Your &amp;note on this credential</source>
        <translation>Ihre &amp;Notiz zu diesem Nachweis</translation>
    </message>
    <message>
        <source>Only you see this; it is kept in your library.</source>
        <translation>Nur Sie sehen dies; es wird in Ihrer Bibliothek gespeichert.</translation>
    </message>
    <message>
        <source>Your note on the &amp;selected requirement</source>
        <translation>Ihre Notiz zur &amp;ausgewählten Anforderung</translation>
    </message>
    <message>
        <source>&amp;Overall notes and recommendations</source>
        <translation>&amp;Gesamtanmerkungen und Empfehlungen</translation>
    </message>
    <message>
        <source>What should the learner do next?</source>
        <translation>Was sollte die lernende Person als Nächstes tun?</translation>
    </message>
    <message>
        <source>Credentials in the package</source>
        <translation>Nachweise im Paket</translation>
    </message>
    <message>
        <source>Verification as sent and today</source>
        <translation>Prüfung beim Versand und heute</translation>
    </message>
    <message>
        <source>Checks as of the day it was sent</source>
        <translation>Prüfungen zum Stand des Versandtags</translation>
    </message>
    <message>
        <source>Checks today</source>
        <translation>Prüfungen heute</translation>
    </message>
    <message>
        <source>Your note on this credential</source>
        <translation>Ihre Notiz zu diesem Nachweis</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Pathway requirements</source>
        <translation>Anforderungen des Lernpfads</translation>
    </message>
    <message>
        <source>Your note on the selected requirement</source>
        <translation>Ihre Notiz zur ausgewählten Anforderung</translation>
    </message>
    <message>
        <source>Overall notes and recommendations</source>
        <translation>Gesamtanmerkungen und Empfehlungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Begutachtung</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>Package date</source>
        <translation>Paketdatum</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>Ergebnis der Signaturprüfung</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Signaturdetails</translation>
    </message>
    <message>
        <source>The learner&apos;s message</source>
        <translation>Nachricht der lernenden Person</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::SampleBanner</name>
    <message>
        <source>Sample portfolio — these credentials are examples, not yours.</source>
        <translation>Beispielportfolio — diese Nachweise sind Beispiele, nicht Ihre.</translation>
    </message>
    <message>
        <source>Import &amp;Your Own…</source>
        <translation>&amp;Eigene importieren…</translation>
    </message>
    <message>
        <source>Import your own credentials</source>
        <translation>Ihre eigenen Nachweise importieren</translation>
    </message>
    <message>
        <source>Close the samples and import your credentials into your own library</source>
        <translation>Die Beispiele schließen und Ihre Nachweise in Ihre eigene Bibliothek importieren</translation>
    </message>
    <message>
        <source>Close Samples</source>
        <translation>Beispiele schließen</translation>
    </message>
    <message>
        <source>Close the sample portfolio</source>
        <translation>Das Beispielportfolio schließen</translation>
    </message>
    <message>
        <source>Sample portfolio notice</source>
        <translation>Hinweis zum Beispielportfolio</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::SettingsDialog</name>
    <message>
        <source>Credfolio libraries (*.sqlite);;All files (*)</source>
        <translation>Credfolio-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Issuer Registry</source>
        <translation>Ausstellerregister hinzufügen</translation>
    </message>
    <message>
        <source>Issuer registries (*.json);;All files (*)</source>
        <translation>Ausstellerregister (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>Restore Library</source>
        <translation>Bibliothek wiederherstellen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>&amp;Issuers you trust</source>
        <translation>&amp;Vertrauenswürdige Aussteller</translation>
    </message>
    <message>
        <source>Issuers you trust</source>
        <translation>Vertrauenswürdige Aussteller</translation>
    </message>
    <message>
        <source>You have not marked any issuer as trusted. Open a credential and choose “Trust this issuer” to add its issuer here.</source>
        <translation>Sie haben noch keinen Aussteller als vertrauenswürdig markiert. Öffnen Sie einen Nachweis und wählen Sie „Diesem Aussteller vertrauen“, um seinen Aussteller hier hinzuzufügen.</translation>
    </message>
    <message>
        <source>Stop &amp;Trusting</source>
        <translation>&amp;Nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Stop trusting the selected issuer</source>
        <translation>Dem ausgewählten Aussteller nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Issuer &amp;registries</source>
        <translation>Aussteller&amp;register</translation>
    </message>
    <message>
        <source>A registry lists issuers that an organisation vouches for. A credential whose issuer is listed shows where it is listed.</source>
        <translation>Ein Register führt Aussteller auf, für die eine Organisation bürgt. Bei einem Nachweis, dessen Aussteller dort aufgeführt ist, wird angezeigt, wo.</translation>
    </message>
    <message>
        <source>Issuer registries</source>
        <translation>Ausstellerregister</translation>
    </message>
    <message>
        <source>&amp;Add Registry File…</source>
        <translation>Registerdatei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add registry file</source>
        <translation>Registerdatei hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Das ausgewählte Register entfernen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The language of menus, messages and verification results. Credentials are shown in the language their issuer wrote them in.</source>
        <translation>Die Sprache der Menüs, Meldungen und Prüfergebnisse. Nachweise werden in der Sprache angezeigt, in der ihr Aussteller sie verfasst hat.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>This is the sample portfolio: demonstration credentials, not real achievements.</source>
        <translation>Dies ist das Beispielportfolio: Demo-Nachweise, keine echten Leistungen.</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>Im &amp;Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Show library in file manager</source>
        <translation>Bibliothek im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>A backup is one file holding everything: credentials exactly as issued, their verification history, tags, collections, notes, pathways and these settings.</source>
        <translation>Eine Sicherung ist eine einzige Datei mit allem: Nachweise genau so, wie sie ausgestellt wurden, ihr Prüfverlauf, Schlagwörter, Sammlungen, Notizen, Lernpfade und diese Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Back up library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore library from a backup</source>
        <translation>Bibliothek aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Verify all credentials again when Credfolio starts</source>
        <translation>Beim Start von Credfolio alle Nachweise erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify all credentials again on start</source>
        <translation>Alle Nachweise beim Start erneut prüfen</translation>
    </message>
    <message>
        <source>Finds credentials that were revoked or expired since you last looked. Runs in the background; you can keep working.</source>
        <translation>Findet Nachweise, die seit Ihrem letzten Blick widerrufen wurden oder abgelaufen sind. Läuft im Hintergrund; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>1 issuer</source>
        <translation>1 Aussteller</translation>
    </message>
    <message>
        <source>%1 issuers</source>
        <translation>%1 Aussteller</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Added “%1” (1 issuer).</source>
        <translation>„%1“ hinzugefügt (1 Aussteller).</translation>
    </message>
    <message>
        <source>Added “%1” (%2 issuers).</source>
        <translation>„%1“ hinzugefügt (%2 Aussteller).</translation>
    </message>
    <message>
        <source>Registry removed.</source>
        <translation>Register entfernt.</translation>
    </message>
    <message>
        <source>You no longer trust %1.</source>
        <translation>Sie vertrauen %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert unter %1.</translation>
    </message>
    <message>
        <source>Restore Library?</source>
        <translation>Bibliothek wiederherstellen?</translation>
    </message>
    <message>
        <source>Your library will be replaced by the backup “%1”. Everything added or changed since that backup was made will be lost.</source>
        <translation>Ihre Bibliothek wird durch die Sicherung „%1“ ersetzt. Alles, was seit dieser Sicherung hinzugefügt oder geändert wurde, geht verloren.</translation>
    </message>
    <message>
        <source>Credentials name documents on the web: issuer keys, DID documents, status lists that say whether a credential was revoked, and hosted badges. Online, Credfolio fetches them when it verifies and keeps a copy. Offline, it uses only the copies it already has and never connects; a check that needs a document it does not have is reported as not checked. Importing from a web address needs the network too.</source>
        <translation>Nachweise verweisen auf Dokumente im Web: Schlüssel der Aussteller, DID-Dokumente, Statuslisten, die sagen, ob ein Nachweis widerrufen wurde, und gehostete Badges. Online lädt Credfolio sie beim Prüfen und behält eine Kopie. Offline verwendet es nur die Kopien, die es schon hat, und verbindet sich nie; eine Prüfung, die ein fehlendes Dokument braucht, wird als nicht geprüft gemeldet. Auch der Import von einer Webadresse braucht das Netz.</translation>
    </message>
    <message>
        <source>&amp;Fetch documents from the internet while verifying</source>
        <translation>Beim Prüfen Dokumente aus dem Internet &amp;laden</translation>
    </message>
    <message>
        <source>Fetch documents from the internet while verifying</source>
        <translation>Beim Prüfen Dokumente aus dem Internet laden</translation>
    </message>
    <message>
        <source>Turn this off to verify with the documents Credfolio already has (bundled or kept from earlier), without telling issuers&apos; web sites which credentials you check. You can still import from a web address. Has no effect while you work offline.</source>
        <translation>Schalten Sie dies aus, um nur mit den Dokumenten zu prüfen, die Credfolio schon hat (mitgeliefert oder von früher aufbewahrt), ohne den Websites der Aussteller zu verraten, welche Nachweise Sie prüfen. Der Import von einer Webadresse bleibt möglich. Wirkt nicht, solange Sie offline arbeiten.</translation>
    </message>
    <message>
        <source>Move Library</source>
        <translation>Bibliothek verschieben</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Move the library to another folder</source>
        <translation>Die Bibliothek in einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <source>Copies the library to the place you choose and uses it from there, for example a folder you back up or synchronise. The old file stays where it was.</source>
        <translation>Kopiert die Bibliothek an den gewählten Ort und verwendet sie von dort, zum Beispiel in einem Ordner, den Sie sichern oder synchronisieren. Die alte Datei bleibt, wo sie war.</translation>
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
<context>
    <name>Credfolio::Ui::TagEditor</name>
    <message>
        <source>%1  ✕</source>
        <comment>tag chip with its remove mark</comment>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Type a tag and press Enter. Backspace in the empty field removes the last tag.</source>
        <translation>Geben Sie ein Schlagwort ein und drücken Sie die Eingabetaste. Die Rücktaste im leeren Feld entfernt das letzte Schlagwort.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Verify</name>
    <message>
        <source>Not checked, because the signature could not be verified.</source>
        <translation>Nicht geprüft, da die Signatur nicht verifiziert werden konnte.</translation>
    </message>
    <message>
        <source>The credential uses a vocabulary (JSON-LD context) that Credfolio does not know, so its signature cannot be checked.</source>
        <translation>Der Nachweis verwendet ein Vokabular (JSON-LD-Kontext), das Credfolio nicht kennt, daher kann seine Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The credential&apos;s data could not be put into the form its signature covers.</source>
        <translation>Die Daten des Nachweises konnten nicht in die Form gebracht werden, die seine Signatur abdeckt.</translation>
    </message>
    <message>
        <source>The credential is signed in a way Credfolio does not support yet.</source>
        <translation>Der Nachweis ist auf eine Weise signiert, die Credfolio noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>The credential&apos;s signature is incomplete.</source>
        <translation>Die Signatur des Nachweises ist unvollständig.</translation>
    </message>
    <message>
        <source>The signature was made for another purpose, not for issuing credentials.</source>
        <translation>Die Signatur wurde für einen anderen Zweck erstellt, nicht für das Ausstellen von Nachweisen.</translation>
    </message>
    <message>
        <source>The credential&apos;s signature is damaged.</source>
        <translation>Die Signatur des Nachweises ist beschädigt.</translation>
    </message>
    <message>
        <source>The signature could not be checked without the issuer&apos;s key.</source>
        <translation>Ohne den Schlüssel des Ausstellers konnte die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signature names a key of the wrong type for its algorithm.</source>
        <translation>Die Signatur nennt einen Schlüssel, dessen Typ nicht zu ihrem Algorithmus passt.</translation>
    </message>
    <message>
        <source>The signature builds on another signature that is missing.</source>
        <translation>Die Signatur baut auf einer anderen Signatur auf, die fehlt.</translation>
    </message>
    <message>
        <source>The signature does not match the credential&apos;s vocabulary.</source>
        <translation>Die Signatur passt nicht zum Vokabular des Nachweises.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it was signed with a different key.</source>
        <translation>Die Signatur stimmt nicht überein: Der Nachweis wurde nach dem Signieren verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The signature is valid, but some fields of the credential are not covered by it: %1.</source>
        <translation>Die Signatur ist gültig, deckt aber einige Felder des Nachweises nicht ab: %1.</translation>
    </message>
    <message>
        <source>The signature is valid; it uses the pre-standard name of its algorithm.</source>
        <translation>Die Signatur ist gültig; sie verwendet den Namen ihres Algorithmus aus der Zeit vor der Standardisierung.</translation>
    </message>
    <message>
        <source>The signature is valid: nothing changed since the issuer signed it.</source>
        <translation>Die Signatur ist gültig: Seit der Aussteller signiert hat, wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The credential carries more signatures than Credfolio checks.</source>
        <translation>Der Nachweis trägt mehr Signaturen, als Credfolio prüft.</translation>
    </message>
    <message>
        <source>The credential carries no signature, so nothing proves who issued it.</source>
        <translation>Der Nachweis trägt keine Signatur, daher belegt nichts, wer ihn ausgestellt hat.</translation>
    </message>
    <message>
        <source>The issuer registry %1 is not in a format Credfolio reads.</source>
        <translation>Das Ausstellerregister %1 liegt in einem Format vor, das Credfolio nicht lesen kann.</translation>
    </message>
    <message>
        <source>The issuer registry %1 could not be opened.</source>
        <translation>Das Ausstellerregister %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Trusted by you</source>
        <translation>Von Ihnen als vertrauenswürdig markiert</translation>
    </message>
    <message>
        <source>The issuer is not in a registry you use.</source>
        <translation>Der Aussteller ist in keinem Ihrer Register aufgeführt.</translation>
    </message>
    <message>
        <source>Issued by %1, listed in %2.</source>
        <translation>Ausgestellt von %1, aufgeführt in %2.</translation>
    </message>
    <message>
        <source>The credential is not signed (its token says &quot;none&quot;).</source>
        <translation>Der Nachweis ist nicht signiert (sein Token gibt „none“ an).</translation>
    </message>
    <message>
        <source>The credential&apos;s token uses a shared-secret algorithm that cannot prove who issued it.</source>
        <translation>Das Token des Nachweises verwendet einen Algorithmus mit gemeinsamem Geheimnis, der nicht belegen kann, wer ihn ausgestellt hat.</translation>
    </message>
    <message>
        <source>The credential&apos;s signed token is damaged.</source>
        <translation>Das signierte Token des Nachweises ist beschädigt.</translation>
    </message>
    <message>
        <source>The signing key belongs to the issuer.</source>
        <translation>Der Signaturschlüssel gehört dem Aussteller.</translation>
    </message>
    <message>
        <source>The token carries its own key, and nothing confirms that the issuer owns it.</source>
        <translation>Das Token bringt seinen eigenen Schlüssel mit, und nichts bestätigt, dass er dem Aussteller gehört.</translation>
    </message>
    <message>
        <source>The signed token contradicts the credential it carries.</source>
        <translation>Das signierte Token widerspricht dem Nachweis, den es enthält.</translation>
    </message>
    <message>
        <source>The issuer does not list the key that signed this credential.</source>
        <translation>Der Aussteller führt den Schlüssel, mit dem dieser Nachweis signiert wurde, nicht auf.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key list was sent from another web site than the issuer&apos;s, so it cannot be trusted.</source>
        <translation>Die Schlüsselliste des Ausstellers wurde von einer anderen Website als der des Ausstellers geliefert, daher kann ihr nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be obtained, so the signature cannot be checked.</source>
        <translation>Der Schlüssel des Ausstellers konnte nicht abgerufen werden, daher kann die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The key that signed this credential could not be read.</source>
        <translation>Der Schlüssel, mit dem dieser Nachweis signiert wurde, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key is named by the issuer&apos;s address, but the issuer&apos;s own key list could not be checked, so it is unconfirmed.</source>
        <translation>Der Schlüssel wird über die Adresse des Ausstellers benannt, aber die eigene Schlüsselliste des Ausstellers konnte nicht geprüft werden; er ist daher unbestätigt.</translation>
    </message>
    <message>
        <source>The credential was signed with a key that does not belong to its issuer.</source>
        <translation>Der Nachweis wurde mit einem Schlüssel signiert, der nicht seinem Aussteller gehört.</translation>
    </message>
    <message>
        <source>Nothing can be fetched here.</source>
        <translation>Hier kann nichts abgerufen werden.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be obtained, so its keys are unknown.</source>
        <translation>Das Profil des Ausstellers konnte nicht abgerufen werden, daher sind seine Schlüssel unbekannt.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>Der Aussteller hat dieses Badge widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>Der Aussteller hat dieses Badge widerrufen: %1</translation>
    </message>
    <message>
        <source>The badge is not signed (its token says &quot;none&quot;).</source>
        <translation>Das Badge ist nicht signiert (sein Token gibt „none“ an).</translation>
    </message>
    <message>
        <source>The badge&apos;s signed token is damaged.</source>
        <translation>Das signierte Token des Badges ist beschädigt.</translation>
    </message>
    <message>
        <source>The issuer publishes no signing key.</source>
        <translation>Der Aussteller veröffentlicht keinen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The issuer&apos;s signing key could not be obtained.</source>
        <translation>Der Signaturschlüssel des Ausstellers konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed after it was signed, or it was signed with a different key.</source>
        <translation>Die Signatur stimmt nicht überein: Das Badge wurde nach dem Signieren verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The badge was signed with a key that does not belong to its issuer.</source>
        <translation>Das Badge wurde mit einem Schlüssel signiert, der nicht seinem Aussteller gehört.</translation>
    </message>
    <message>
        <source>The badge does not say where its issuer keeps the original.</source>
        <translation>Das Badge gibt nicht an, wo sein Aussteller das Original aufbewahrt.</translation>
    </message>
    <message>
        <source>The issuer&apos;s copy of the badge could not be fetched, so it cannot be confirmed.</source>
        <translation>Die Kopie des Badges beim Aussteller konnte nicht abgerufen werden, daher kann es nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>The issuer has withdrawn its copy of the badge.</source>
        <translation>Der Aussteller hat seine Kopie des Badges zurückgezogen.</translation>
    </message>
    <message>
        <source>The issuer does not have this badge: its address leads nowhere.</source>
        <translation>Der Aussteller hat dieses Badge nicht: Seine Adresse führt ins Leere.</translation>
    </message>
    <message>
        <source>The issuer&apos;s copy of the badge is damaged.</source>
        <translation>Die Kopie des Badges beim Aussteller ist beschädigt.</translation>
    </message>
    <message>
        <source>This badge differs from the issuer&apos;s copy of it.</source>
        <translation>Dieses Badge weicht von der Kopie des Ausstellers ab.</translation>
    </message>
    <message>
        <source>The issuer&apos;s copy of the badge matches this one.</source>
        <translation>Die Kopie des Ausstellers stimmt mit diesem Badge überein.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be obtained, so the badge&apos;s address cannot be confirmed as the issuer&apos;s.</source>
        <translation>Das Profil des Ausstellers konnte nicht abgerufen werden, daher kann nicht bestätigt werden, dass die Adresse des Badges dem Aussteller gehört.</translation>
    </message>
    <message>
        <source>The badge is hosted on a site that does not belong to its issuer.</source>
        <translation>Das Badge wird auf einer Website gehostet, die nicht seinem Aussteller gehört.</translation>
    </message>
    <message>
        <source>The badge is hosted by its issuer.</source>
        <translation>Das Badge wird von seinem Aussteller gehostet.</translation>
    </message>
    <message>
        <source>Revocation status could not be checked.</source>
        <translation>Der Widerrufsstatus konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Has been revoked by its issuer.</source>
        <translation>Wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>Has been revoked by its issuer: %1</source>
        <translation>Wurde von seinem Aussteller widerrufen: %1</translation>
    </message>
    <message>
        <source>Has been suspended by its issuer.</source>
        <translation>Wurde von seinem Aussteller ausgesetzt.</translation>
    </message>
    <message>
        <source>Has not been revoked or suspended.</source>
        <translation>Wurde weder widerrufen noch ausgesetzt.</translation>
    </message>
    <message>
        <source>Has not been suspended.</source>
        <translation>Wurde nicht ausgesetzt.</translation>
    </message>
    <message>
        <source>Has not been revoked.</source>
        <translation>Wurde nicht widerrufen.</translation>
    </message>
    <message>
        <source>This credential has no revocation list to check.</source>
        <translation>Für diesen Nachweis gibt es keine Widerrufsliste zu prüfen.</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry is malformed.</source>
        <translation>Der Statuseintrag des Nachweises ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not be read.</source>
        <translation>Die Statusliste des Ausstellers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The credential&apos;s entry is not in the issuer&apos;s status list.</source>
        <translation>Der Eintrag des Nachweises ist nicht in der Statusliste des Ausstellers.</translation>
    </message>
    <message>
        <source>This credential is not valid yet: it becomes valid on %1.</source>
        <translation>Dieser Nachweis ist noch nicht gültig: Er wird am %1 gültig.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <translation>Dieser Nachweis ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Has not expired; valid until %1.</source>
        <translation>Nicht abgelaufen; gültig bis %1.</translation>
    </message>
    <message>
        <source>Has no expiration date.</source>
        <translation>Hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The stored verification report is damaged.</source>
        <translation>Der gespeicherte Prüfbericht ist beschädigt.</translation>
    </message>
    <message>
        <source>Not checked, because an earlier check failed.</source>
        <translation>Nicht geprüft, da eine frühere Prüfung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Erkannt als %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n credential(s) inside it verify.</source>
        <translation>
            <numerusform>Der enthaltene Nachweis (%n) besteht die Prüfung.</numerusform>
            <numerusform>Alle %n enthaltenen Nachweise bestehen die Prüfung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) inside it do not verify: %1</source>
        <translation>
            <numerusform>%n enthaltener Nachweis besteht die Prüfung nicht: %1</numerusform>
            <numerusform>%n enthaltene Nachweise bestehen die Prüfung nicht: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: this is a status list, and the status of a status list itself is not looked up.</source>
        <translation>Nicht geprüft: Dies ist eine Statusliste, und der Status einer Statusliste selbst wird nicht nachgeschlagen.</translation>
    </message>
</context>
</TS>
