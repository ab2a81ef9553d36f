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
<context>
    <name>LearnerDialog</name>
    <message numerus="yes">
        <source>{name}  (%n review(s))</source>
        <translation><numerusform>{name}  (%n review)</numerusform><numerusform>{name}  (%n reviews)</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
</context>
<context>
    <name>QuizBuilderDialog</name>
    <message numerus="yes">
        <source>%n question(s), about {minutes:.0f} minutes. Drag to reorder.</source>
        <translation><numerusform>%n question, about {minutes:.0f} minutes. Drag to reorder.</numerusform><numerusform>%n questions, about {minutes:.0f} minutes. Drag to reorder.</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <source>{day}: %n review(s)</source>
        <translation><numerusform>{day}: %n review</numerusform><numerusform>{day}: %n reviews</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Saved quiz: {name} (%n question(s))</source>
        <translation><numerusform>Saved quiz: {name} (%n question)</numerusform><numerusform>Saved quiz: {name} (%n questions)</numerusform></translation>
    </message>
</context>
</TS>
