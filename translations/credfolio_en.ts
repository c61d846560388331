<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Credfolio::Cli</name>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credfolio::Credentials</name>
    <message numerus="yes">
        <source>Contains %n credential(s)</source>
        <translation>
            <numerusform>Contains %n credential</numerusform>
            <numerusform>Contains %n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading</source>
        <translation>
            <numerusform>%n warning while reading</numerusform>
            <numerusform>%n warnings while reading</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::PathwaysPage</name>
    <message numerus="yes">
        <source>credentials count</source>
        <extracomment>Caption under the number of credentials that count toward the pathway (&quot;3 / credentials count&quot;).</extracomment>
        <translation>
            <numerusform>credential counts</numerusform>
            <numerusform>credentials count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your credentials would count here if it were valid. Open it to see why it did not verify.</source>
        <translation>
            <numerusform>%n of your credentials would count here if it were valid. Open it to see why it did not verify.</numerusform>
            <numerusform>%n of your credentials would count here if they were valid. Open them to see why they did not verify.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ReviewPage</name>
    <message numerus="yes">
        <source>Package sent %1 · %n credential(s)</source>
        <translation>
            <numerusform>Package sent %1 · %n credential</numerusform>
            <numerusform>Package sent %1 · %n credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credfolio::Verify</name>
    <message numerus="yes">
        <source>All %n credential(s) inside it verify.</source>
        <translation>
            <numerusform>The %n credential inside it verifies.</numerusform>
            <numerusform>All %n credentials inside it verify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) inside it do not verify: %1</source>
        <translation>
            <numerusform>%n credential inside it does not verify: %1</numerusform>
            <numerusform>%n credentials inside it do not verify: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
