<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArticleImportDialog</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
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
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to correct the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{i} imported, {d} already in the library, {e} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supported files were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise the questions of this article now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study this article now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {lang} (questions are generated for English only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the library now, or put an earlier copy in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is on a database server. Back it up with the server&apos;s own tools (for PostgreSQL: pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StudyApp copies your library every 30 minutes while you use it and when you close the window, and keeps one copy for each of the last 7 days and 4 weeks, in {folder}. Restoring puts a copy in place of the library; the library it replaces is kept as another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. “Back up now” makes the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the copy made {when} in place of your library? Answers given since then are not in it; the library as it is now is kept as another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The library it replaced is kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged library, set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of questions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions, answers and source sentences (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 edits a cell; lists are separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study the selected questions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the selected questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected questions active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last suspend, reactivate or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {n} question(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} question(s)? They are kept under the status “Deleted”, from where you can reactivate them, and Undo brings them back at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassDatabaseDialog</name>
    <message>
        <source>Class database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a class on every desk, all copies of StudyApp use one PostgreSQL database. Enter the address your teacher or school gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassPoller</name>
    <message>
        <source>Cannot reach the class database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Results — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{students} students, {questions} questions. {flagged} questions to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answers picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quiz yet. Unlock as teacher and choose “New quiz…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the quiz full screen on this machine (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners take turns at the keyboard; each answer counts in their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams take turns; an answer counts for every team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session students join from their own desks with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On desks, each student goes at their own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: type the code the teacher shows and your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. K7PX2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the class&apos;s PostgreSQL database (every desk mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot-seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quiz first (or make one with “New quiz…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock as teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the quiz “{name}”? Past results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One learner per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line — name, team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who plays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one learner; in teams mode, each with a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz has no questions left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy uses the library on this computer, so only this computer can join. For a class, first choose the class database (see docs/CLASSROOM.md). Open the session anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>Your library file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StudyApp cannot open your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file {file} failed its integrity check, so StudyApp did not open it. The file is left exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is {name}. Restoring it sets the damaged file aside (unchanged) in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StudyApp libraries (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>StudyApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StudyApp ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your answers so far are saved. Please copy this report and send it to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Worksheet and answer key (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable worksheet with numbered questions, choices and space to write. The answer key is saved beside it as NAME-key.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anki package (.apkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anki packages (*.apkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One note per question. Importing a newer export into Anki updates the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle XML (.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Moodle&apos;s question bank: multiple choice, short answer, true/false and matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT (.gift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT files (*.gift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text for Moodle and other learning platforms; the same question types as Moodle XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per question: question, answer, wrong choices, kind, source sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print answer &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved quiz: {name} ({n} questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StudyApp questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} pages of “{title}” to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each learner has their own schedule, history and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ({n} reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only learner cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create another learner first: the only learner cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} with their whole review history and schedule ({entry})? This cannot be undone; export the history first to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles from files (Ctrl+O); you can also drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an article from pasted text (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty. Import an article with “Import files…”, paste one, or drop files onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.pdf *.docx *.epub *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner: {learner}    Library: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Paste an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional: the first line is used otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the article here. Page clutter such as share buttons is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>StudyApp — projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: press 1–{n} to answer · Space shows the answer · ← → move · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space shows the answer, then Y (right) or N (wrong) for {who} · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space shows the answer · Space again: next question · ← → move · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last question · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y if {who} answered right, N if not · Space: next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: next question · ← → move · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizBuilderDialog</name>
    <message>
        <source>Edit quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Week 3 — Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles to take questions from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick articles to take questions from; none ticked means all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by commas (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the question, answer or sentence (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy (most got it right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard (most got it wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the quiz with questions that match (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the quiz, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active question matches; widen the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions, about {minutes:.0f} minutes. Drag to reorder.</source>
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
        <source>Appearance (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows when StudyApp starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study (for {learner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired retention in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely you want to be to remember a fact when it comes up. Higher means more reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New facts per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me grade myself (Again, Hard, Good, Easy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without self-grading the grade follows from your answer and how quickly you gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Calendar of study days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {n} reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown in the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, switch, rename or delete learners (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this learner&apos;s review history as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered right, all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true retention, 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSRS predicts you recall now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy and true retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study days in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True retention: reviews of mature facts (stability ≥ 21 days) answered right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest recall now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most often forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the weakest facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study these now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise the selected facts, or all of the list when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport review history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{right} of {n} answers right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer counts at most one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean probability of recall of the {n} facts you have studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSRS predicts that you would recall {pct} of the {n} facts you have studied if asked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing studied yet: your weakest facts will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study view is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} reviews of {learner} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDeskWindow</name>
    <message>
        <source>Class — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the teacher to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} The answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is in. Wait for the teacher to show the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this time — the answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done! You got {right} of {total} right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers count in your own study plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and new today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the practice run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know: show the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True  (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False  (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the items into order, or select one and press Alt+Up / Alt+Down. Press Enter to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source sentence in its paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article at this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1-4 grade yourself · O open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Space or Enter continue · O open the article · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1-4 choose · Ctrl+Z undo the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: T true · F false · Ctrl+Z undo the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Alt+Up/Down move the selected item · Enter check · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Enter check · Ctrl+Z (empty field) undo the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice finished: {right} of {total} right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to go back to your reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done for now. Nothing is due and no new facts are left for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} due · {new} new today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts in your schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: {label} ({done}/{total}, {counted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right — almost exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered: {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice only: your schedule is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will see this fact again {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last answer was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through every question of this article now. Should your answers count in your schedule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just practise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherPassphraseDialog</name>
    <message>
        <source>Set the teacher passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters. Only you can then edit quizzes, run and end class sessions, and see everyone&apos;s results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the teacher passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherSessionWindow</name>
    <message>
        <source>Class session — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: open StudyApp on the class database, go to Classroom, enter the code and their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students and whether they answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next question on every desk (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the question and show the answer on every desk (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the questions full screen; Space and the arrows move every desk along (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session; the code stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each student works through the {n} questions at their own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for students. Press Start when everyone has joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {name}   ({count}/{total} answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {n} students answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session? Students can no longer answer; results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>{n} questions. Circle the letter of the right choice, or write the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the pages (the printer or PDF file could not be opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet and its answer key need two different file names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
