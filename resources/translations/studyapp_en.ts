<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms: Qt's tr() with %n needs a numerus translation even for the source
     language ("1 day", "2 days"). Compiled into studyapp_en.qm by: .venv/bin/pyside6-lrelease resources/translations/studyapp_en.ts -->
<TS version="2.1" language="en">
<context>
    <name>StudyView</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation><numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation><numerusform>in %n hour</numerusform><numerusform>in %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
</context>
</TS>
