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
