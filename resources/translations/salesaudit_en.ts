<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditInfoDialog</name>
    <message>
        <source>Audit properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audited company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual sales &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited p&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionDetails</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G %1 %2 · Y %1 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(catalogue %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed for this audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered: %3 yes, %4 partly, %5 no, %6 n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not counted for lack of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instead of %2 — %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Evidence / add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows behind the value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewCard</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual sales plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit properties…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in as the consultant of new audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies to the whole window after a restart of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ActionPlanView</name>
    <message>
        <source>Generated from the red and yellow criteria with the catalogue&apos;s recommended actions. Edit a cell with a double-click or F2; add, delete and merge actions with the buttons. Every change can be undone (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate from scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the generated actions that are still proposed; your own actions and actions past “proposed” are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges the selected actions into the first: criteria united, texts joined, earliest horizon and due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year: month 1, Q1, Q2–Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oadmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the roadmap as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Regenerating replaces the %n generated action(s) still marked “proposed”, including any changes you made to them. Your own actions and actions past “proposed” are kept. You can undo this.</source>
        <translation><numerusform>Regenerating replaces the %n generated action still marked “proposed”, including any changes you made to it. Your own actions and actions past “proposed” are kept. You can undo this.</numerusform><numerusform>Regenerating replaces the %n generated actions still marked “proposed”, including any changes you made to them. Your own actions and actions past “proposed” are kept. You can undo this.</numerusform></translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::Application</name>
    <message>
        <source>Sales department audit workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::AuditInfoDialog</name>
    <message>
        <source>New audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19 key criteria, mostly from CRM data: a quick diagnosis in a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>44 criteria with interviews and checklists: the usual full audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All 45 criteria, including client interviews and mystery shopping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ChartCard</name>
    <message>
        <source>&amp;Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind the chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ChartDataModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
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
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters 2–4</source>
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
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ChartView</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::CriterionPicker</name>
    <message>
        <source>Criteria of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria this note supports:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::DashboardKpis</name>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 deals created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in stalled deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (company-wide)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::DashboardsView</name>
    <message>
        <source>No dashboards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an audit to see its dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboards could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the charts show the previous filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period that starts before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the dashboards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 · %2 deals in the project · computed in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::DataView</name>
    <message>
        <source>&amp;Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the row this issue is about in its table (also: double-click the issue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected manager into another one: aliases, deals, leads, clients and activities move over. Undoable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CRM export (CSV, XLSX, Bitrix24 .xls); you can also drop the file on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every row of this table again (Esc in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows behind %1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::EditAuditInfoCommand</name>
    <message>
        <source>Edit audit properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::EntityColumns</name>
    <message>
        <source>not terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales team cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::EntityTableModel</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::EvidenceView</name>
    <message>
        <source>Search the notes (Russian or English)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return); Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note selected: pick one in the list or start a new note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::FileController</name>
    <message>
        <source>Cannot open the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new audit as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit projects (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit projects (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::FilterBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales c&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ImportFilePage</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CRM export (CSV, XLSX or a Bitrix24 .xls) or drop it on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exported from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset recognises this header: map the columns on the mapping page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column of the file feeds which field of the audit. The preset&apos;s header synonyms are already applied; change what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will land in the audit, with their problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was detected in the file. Change the encoding or delimiter if the text looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 · encoding: %2 · delimiter: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ImportRunPage</name>
    <message>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is checked as if imported, then rolled back: nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is imported in one transaction; Cancel rolls everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported; nothing was written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with data-quality issues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot land: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New managers: %1, new stages: %2, new channels: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ImportWizard</name>
    <message>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::MainWindow</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sales Audit Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sales Audit Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Audit Workbench %1
Audits of B2B sales departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sales Audit Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Audit Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and checking the audit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::MergeManagersCommand</name>
    <message>
        <source>Merge manager %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::NoteCommand</name>
    <message>
        <source>Add note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::NoteEditor</name>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was interviewed or listened to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;pondent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a criterion to open it in the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::NoteListModel</name>
    <message>
        <source>Staff interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::OverviewView</name>
    <message>
        <source>Data coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality issues: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::PlanEditor</name>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation><numerusform>Delete %n action</numerusform><numerusform>Delete %n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n action(s)</source>
        <translation><numerusform>Merge %n action</numerusform><numerusform>Merge %n actions</numerusform></translation>
    </message>
    <message>
        <source>Regenerate the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::PlanTableModel</name>
    <message>
        <source>quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target KPI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected effect per year: the money impact of the action&apos;s criterion (calculated or expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of action %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date as YYYY-MM-DD (or in your locale&apos;s short format). To remove it, press F2, delete the text and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::RefOverrideCommand</name>
    <message>
        <source>Change thresholds of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the thresholds of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ReportView</name>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria and plan &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action-plan.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report preview could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an audit to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit changed since this preview was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n page(s).</source>
        <translation><numerusform>Preview of %n page.</numerusform><numerusform>Preview of %n pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>sa::app::RoadmapWidget</name>
    <message>
        <source>Roadmap: 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap: 1 year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::RowSetTitles</name>
    <message>
        <source>A clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clients not in the top tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients not contacted in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients with an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients above 10 % of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients lost (active before, not now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed acquisition deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals that skipped a mandatory stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining clients (revenue down &gt; 30 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hires measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound leads not answered within 1 business hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads handed to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of paid channels below 2:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of paid channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads without a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost acquisition deals (win rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals without a specific reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost key clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost key clients without a known reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS responses counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients (current period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients (first order in the last 6 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients (previous period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-target leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals in the quarter&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals missing probability, category or potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals with incomplete fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals without a future next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals with a past or missing close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals without a current owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals without an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales managers who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 10 clients by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable dormant clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable dormant clients not contacted in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won acquisition deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won acquisition deals (win rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals without a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won leads of the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won leads of paid channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ScoreSummary</name>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At stake per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top bottlenecks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ScorecardModel</name>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G %1 %2 · Y %1 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::ScorecardView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence for new answers and overrides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a criterion to see how it was assessed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the override of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one full sentence: why the measured status does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this criterion&apos;s thresholds or reference parameters for this audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue &amp;values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo every threshold change of this criterion in this audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::StartView</name>
    <message>
        <source>Sales Audit Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit a sales department: import CRM exports, score 45 criteria, rank the bottlenecks by money and build the action plan and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent audits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drop an audit file (.sqlite) anywhere on this window to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file no longer exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete audit of a fictitious B2B company, generated on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo audit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::StatusLight</name>
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
        <source>Too few components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sa::app::TableBrowser</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All text columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>sa::app::ThresholdDialog</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds and parameters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to this audit only and are listed in the report&apos;s appendix with their rationale. Parameters apply to every criterion that uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one full sentence: why this audit needs other values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
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
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G %1 · Y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a value and give a rationale of at least one full sentence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
