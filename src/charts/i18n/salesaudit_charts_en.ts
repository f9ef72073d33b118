<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart by Sales Audit Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYZ: demand stability (X stable → Z irregular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC: revenue contribution (A high → C low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0–6): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7–8): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9–10): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <comment>billions, axis suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions, axis suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands, axis suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2–Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more action(s)</source>
        <comment>roadmap overflow</comment>
        <translation>
            <numerusform>+%n more action</numerusform>
            <numerusform>+%n more actions</numerusform>
        </translation>
    </message>
</context>
</TS>
