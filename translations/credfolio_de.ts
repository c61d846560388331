<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Credfolio::Cli</name>
    <message>
        <source>Usage: credfolio-cli [--help] [--version] COMMAND [ARGUMENTS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credfolio keeps a learner&apos;s badges and certificates on their own computer, verifies them independently and exports a portfolio. This is its command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build provides no commands yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;credfolio-cli COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;credfolio-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::AboutDialog</name>
    <message>
        <source>About Credfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your badges, certificates and learner records, kept on your own computer, checked independently and ready for your next application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::LibraryPage</name>
    <message>
        <source>No credentials yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credfolio keeps your badges and certificates on this computer and checks each one independently. Import Open Badges, Verifiable Credentials and learner records from files, folders, images or links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::MainWindow</name>
    <message>
        <source>Credfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import credentials from files, folders or badge images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Credfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathways yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways show how your credentials stack toward certificates and degrees: what you have completed and what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a learner sends you a Credfolio portfolio package, open it here to re-verify every credential and review their pathway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::Sidebar</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress toward certificates and degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a portfolio package a learner sent you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
