<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms: Qt's tr() with %n needs a numerus translation even for the source
     language ("1 day", "2 days"). Written by hand (lupdate does not mark plural calls in Python);
     compiled with the others (python -m studyapp.gui.translation build, and at install). -->
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
</context>
</TS>
