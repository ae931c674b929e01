<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Delete this version and the %n provisions typed into it? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Delete this version and the %n provision typed into it? Ctrl+Z brings it back.</numerusform>
            <numerusform>Delete this version and the %n provisions typed into it? Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <source>%n line(s) read and ready to save.</source>
        <translation>
            <numerusform>%n line read and ready to save.</numerusform>
            <numerusform>%n line(s) read and ready to save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and will not be saved; fix them above and check again.</source>
        <translation>
            <numerusform>%n line could not be read and will not be saved; fix it above and check again.</numerusform>
            <numerusform>%n line(s) could not be read and will not be saved; fix them above and check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n entries</source>
        <translation>
            <numerusform>&amp;Save %n entry</numerusform>
            <numerusform>&amp;Save %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) logged for the week. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n session logged for the week. Ctrl+Z undoes it.</numerusform>
            <numerusform>%n session(s) logged for the week. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved from the provider&apos;s log. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n entry saved from the provider&apos;s log. Ctrl+Z undoes it.</numerusform>
            <numerusform>%n entries saved from the provider&apos;s log. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{flag} %n incident(s) recorded this day.</source>
        <translation>
            <numerusform>{flag} %n incident recorded this day.</numerusform>
            <numerusform>{flag} %n incident(s) recorded this day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{service}: %n session(s) owed this week, {logged} logged</source>
        <translation>
            <numerusform>{service}: %n session owed this week, {logged} logged</numerusform>
            <numerusform>{service}: %n sessions owed this week, {logged} logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{flag} %n incident(s) recorded.</source>
        <translation>
            <numerusform>{flag} %n incident recorded.</numerusform>
            <numerusform>{flag} %n incident(s) recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events in the file</source>
        <translation>
            <numerusform>%n event in the file</numerusform>
            <numerusform>%n events in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day-off event(s) will be added.</source>
        <translation>
            <numerusform>%n day-off event will be added.</numerusform>
            <numerusform>%n day-off event(s) will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) still need you; unmarked ones are skipped.</source>
        <translation>
            <numerusform>%n event still needs you; unmarked ones are skipped.</numerusform>
            <numerusform>%n event(s) still need you; unmarked ones are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes still to come.</source>
        <translation>
            <numerusform>%n minute still to come.</numerusform>
            <numerusform>%n minutes still to come.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n minutes still to come</source>
        <translation>
            <numerusform>; %n minute still to come</numerusform>
            <numerusform>; %n minutes still to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n minutes not known (ask the school)</source>
        <translation>
            <numerusform>; %n minute not known (ask the school)</numerusform>
            <numerusform>; %n minutes not known (ask the school)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) required, {m} not recorded.</source>
        <translation>
            <numerusform>%n session required, {m} not recorded.</numerusform>
            <numerusform>%n session(s) required, {m} not recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{figure}: %n minutes. {help}</source>
        <translation>
            <numerusform>{figure}: %n minute. {help}</numerusform>
            <numerusform>{figure}: %n minutes. {help}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off added, {skipped} already there.</source>
        <translation>
            <numerusform>%n day off added, {skipped} already there.</numerusform>
            <numerusform>%n day(s) off added, {skipped} already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events saved to {name}. The file is not encrypted.</source>
        <translation>
            <numerusform>%n event saved to {name}. The file is not encrypted.</numerusform>
            <numerusform>%n events saved to {name}. The file is not encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries for {service} from a provider&apos;s log</source>
        <translation>
            <numerusform>%n entry for {service} from a provider&apos;s log</numerusform>
            <numerusform>%n entries for {service} from a provider&apos;s log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message numerus="yes">
        <source>What {source} asks for. %n missing.</source>
        <translation>
            <numerusform>What {source} asks for. %n missing.</numerusform>
            <numerusform>What {source} asks for. %n missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message numerus="yes">
        <source>%n sessions will be added; {m} are already in the case and will be skipped.</source>
        <translation>
            <numerusform>%n session will be added; {m} are already in the case and will be skipped.</numerusform>
            <numerusform>%n sessions will be added; {m} are already in the case and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Once that is done, %n sessions will be added; {m} are already in the case and will be skipped.</source>
        <translation>
            <numerusform>Once that is done, %n session will be added; {m} are already in the case and will be skipped.</numerusform>
            <numerusform>Once that is done, %n sessions will be added; {m} are already in the case and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{service}: %n sessions</source>
        <translation>
            <numerusform>{service}: %n session</numerusform>
            <numerusform>{service}: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported as they are (marked ✗ in step 1):</source>
        <translation>
            <numerusform>%n row cannot be imported as it is (marked ✗ in step 1):</numerusform>
            <numerusform>%n rows cannot be imported as they are (marked ✗ in step 1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message numerus="yes">
        <source>%n rows in the file ({kind}).</source>
        <translation>
            <numerusform>%n row in the file ({kind}).</numerusform>
            <numerusform>%n rows in the file ({kind}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be imported as they are now (marked ✗), such as {first}.</source>
        <translation>
            <numerusform>%n of them cannot be imported as it is now (marked ✗): {first}.</numerusform>
            <numerusform>%n of them cannot be imported as they are now (marked ✗), such as {first}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out when reading, such as row {row}: {why}.</source>
        <translation>
            <numerusform>%n row was left out when reading, row {row}: {why}.</numerusform>
            <numerusform>%n rows were left out when reading, such as row {row}: {why}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalImportDialog</name>
    <message numerus="yes">
        <source>&amp;Add %n data point(s)</source>
        <translation>
            <numerusform>&amp;Add %n data point</numerusform>
            <numerusform>&amp;Add %n data points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n session(s)</source>
        <translation>
            <numerusform>&amp;Import %n session</numerusform>
            <numerusform>&amp;Import %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <source>%n point(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n point from {first} to {last}</numerusform>
            <numerusform>%n points from {first} to {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileView</name>
    <message numerus="yes">
        <source>%n session(s): {agree} agree, {disagree} disagree, {school} only in the school&apos;s record, {parent} only in yours.</source>
        <translation>
            <numerusform>%n session: {agree} agree, {disagree} disagree, {school} only in the school&apos;s record, {parent} only in yours.</numerusform>
            <numerusform>%n sessions: {agree} agree, {disagree} disagree, {school} only in the school&apos;s record, {parent} only in yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesStep</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
