<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArticleImportDialog</name>
    <message>
        <source>Imported</source>
        <translation>불러옴</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>글 불러오기</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>불러오기 진행률</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>파일별 처리 결과</translation>
    </message>
    <message>
        <source>What happened to the selected file</source>
        <translation>선택한 파일의 처리 결과</translation>
    </message>
    <message>
        <source>Importing {done} of {total}…</source>
        <translation>{total}개 중 {done}개 불러오는 중…</translation>
    </message>
    <message>
        <source>Double-click to correct the title</source>
        <translation>두 번 클릭하면 제목을 고칠 수 있습니다</translation>
    </message>
    <message>
        <source>{i} imported, {d} already in the library, {e} failed.</source>
        <translation>{i}개 불러옴, {d}개는 이미 보관함에 있음, {e}개 실패.</translation>
    </message>
    <message>
        <source>No supported files were found.</source>
        <translation>지원하는 파일을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>취소했습니다. </translation>
    </message>
    <message>
        <source>The file being read was not stored.</source>
        <translation>읽던 파일은 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Rename article</source>
        <translation>글 이름 바꾸기</translation>
    </message>
    <message>
        <source>Study this article</source>
        <translation>이 글 학습</translation>
    </message>
    <message>
        <source>Practise the questions of this article now</source>
        <translation>이 글의 문제를 지금 연습합니다</translation>
    </message>
    <message>
        <source>Study this article now</source>
        <translation>이 글을 지금 학습</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>글 본문</translation>
    </message>
    <message>
        <source>Questions of this article</source>
        <translation>이 글의 문제</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>선택한 글 없음</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>{date} 발행</translation>
    </message>
    <message>
        <source>Language: {lang} (questions are generated for English only)</source>
        <translation>언어: {lang} (문제는 영어 글에서만 만들어집니다)</translation>
    </message>
    <message>
        <source>%n question(s)</source>
        <translation>문제 %n개</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up the library now, or put an earlier copy in its place</source>
        <translation>보관함을 지금 백업하거나 이전 사본으로 되돌립니다</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>This library is on a database server. Back it up with the server&apos;s own tools (for PostgreSQL: pg_dump).</source>
        <translation>이 보관함은 데이터베이스 서버에 있습니다. 서버의 도구로 백업하세요(PostgreSQL은 pg_dump).</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>자동 백업 실패: {error}</translation>
    </message>
    <message>
        <source>StudyApp copies your library every 30 minutes while you use it and when you close the window, and keeps one copy for each of the last 7 days and 4 weeks, in {folder}. Restoring puts a copy in place of the library; the library it replaces is kept as another copy.</source>
        <translation>StudyApp는 사용 중 30분마다, 그리고 창을 닫을 때 보관함을 복사하며, 최근 7일과 4주 동안 하루·한 주에 하나씩 사본을 {folder}에 보관합니다. 복원하면 사본이 보관함을 대신하고, 대체된 보관함은 또 하나의 사본으로 남습니다.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>백업 목록(최신순)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>There are no backups yet. “Back up now” makes the first one.</source>
        <translation>아직 백업이 없습니다. “지금 백업”을 누르면 첫 백업을 만듭니다.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업 중…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>{file}에 백업했습니다.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Put the copy made {when} in place of your library? Answers given since then are not in it; the library as it is now is kept as another copy.</source>
        <translation>{when}에 만든 사본으로 보관함을 바꿀까요? 그 뒤에 한 답은 들어 있지 않습니다. 지금의 보관함은 또 하나의 사본으로 남습니다.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>복원 중…</translation>
    </message>
    <message>
        <source>Restored. The library it replaced is kept as {file}.</source>
        <translation>복원했습니다. 대체된 보관함은 {file}(으)로 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>Damaged library, set aside</source>
        <translation>손상된 보관함(따로 보관)</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>글</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Also accepted</source>
        <translation>허용 답</translation>
    </message>
    <message>
        <source>Wrong choices</source>
        <translation>오답 보기</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>복습 예정</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>단답형</translation>
    </message>
    <message>
        <source>Cloze</source>
        <translation>빈칸 채우기</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>순서 맞추기</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>짝 맞추기</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>문제 은행</translation>
    </message>
    <message>
        <source>Number of questions found</source>
        <translation>찾은 문제 수</translation>
    </message>
    <message>
        <source>New question…</source>
        <translation>새 문제…</translation>
    </message>
    <message>
        <source>Write your own question (Ctrl+N)</source>
        <translation>직접 문제를 만듭니다 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search questions, answers and source sentences (Ctrl+F)</source>
        <translation>문제, 정답, 원문 문장 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>문제 은행 검색</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 글</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>모든 형식</translation>
    </message>
    <message>
        <source>Active and suspended</source>
        <translation>활성 및 보류</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>모든 시기</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>지금 복습할 것</translation>
    </message>
    <message>
        <source>Never studied</source>
        <translation>학습한 적 없음</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>아직 복습 전</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Double-click or F2 edits a cell; lists are separated by |.</source>
        <translation>두 번 클릭하거나 F2를 누르면 칸을 고칩니다. 목록은 |로 구분합니다.</translation>
    </message>
    <message>
        <source>Study these</source>
        <translation>이 문제 학습</translation>
    </message>
    <message>
        <source>Study the selected questions now</source>
        <translation>선택한 문제를 지금 학습합니다</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Suspend the selected questions</source>
        <translation>선택한 문제를 보류합니다</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>다시 활성화</translation>
    </message>
    <message>
        <source>Make the selected questions active again</source>
        <translation>선택한 문제를 다시 활성화합니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected questions</source>
        <translation>선택한 문제를 삭제합니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo the last edit, suspend, reactivate or delete</source>
        <translation>마지막 편집, 보류, 다시 활성화, 삭제를 취소합니다</translation>
    </message>
    <message>
        <source>Undo the last edit, suspend, reactivate or delete (Ctrl+Z)</source>
        <translation>마지막 편집, 보류, 다시 활성화, 삭제를 취소합니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation>새 문제(&amp;N)…</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>문제 1개</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>문제 {n}개</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>다시 활성화함</translation>
    </message>
    <message>
        <source>{verb} {n} question(s).</source>
        <translation>문제 {n}개: {verb}.</translation>
    </message>
    <message>
        <source>Delete questions</source>
        <translation>문제 삭제</translation>
    </message>
    <message>
        <source>Delete {n} question(s)? They are kept under the status “Deleted”, from where you can reactivate them, and Undo brings them back at once.</source>
        <translation>문제 {n}개를 삭제할까요? “삭제됨” 상태로 남아 있어 다시 활성화할 수 있고, 실행 취소로 바로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ClassPoller</name>
    <message>
        <source>Cannot reach the class: {error}</source>
        <translation>수업에 연결할 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Results — {title}</source>
        <translation>결과 — {title}</translation>
    </message>
    <message>
        <source>{students} students, {questions} questions. {flagged} questions to review.</source>
        <translation>학생 {students}명, 문제 {questions}개. 다시 볼 문제 {flagged}개.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>맞힘</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답 수</translation>
    </message>
    <message>
        <source>Wrong answers picked</source>
        <translation>고른 오답</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답한 수</translation>
    </message>
    <message>
        <source>Share right</source>
        <translation>정답 비율</translation>
    </message>
    <message>
        <source>Seconds per answer</source>
        <translation>답 하나당 초</translation>
    </message>
    <message>
        <source>Per question</source>
        <translation>문제별</translation>
    </message>
    <message>
        <source>Per student</source>
        <translation>학생별</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <source>Classroom</source>
        <translation>교실</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Seconds each</source>
        <translation>문제당 초</translation>
    </message>
    <message>
        <source>Saved quizzes</source>
        <translation>저장한 퀴즈</translation>
    </message>
    <message>
        <source>No quiz yet. Unlock as teacher and choose “New quiz…”.</source>
        <translation>아직 퀴즈가 없습니다. 교사로 잠금을 풀고 “새 퀴즈…”를 고르세요.</translation>
    </message>
    <message>
        <source>New quiz…</source>
        <translation>새 퀴즈…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>진행:</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>프로젝터</translation>
    </message>
    <message>
        <source>Show the quiz full screen on this machine (F5)</source>
        <translation>이 컴퓨터에서 퀴즈를 전체 화면으로 보여 줍니다 (F5)</translation>
    </message>
    <message>
        <source>Hot-seat…</source>
        <translation>돌아가며 답하기…</translation>
    </message>
    <message>
        <source>Learners take turns at the keyboard; each answer counts in their progress</source>
        <translation>학습자가 차례로 키보드 앞에서 답하고, 답마다 각자의 진도에 반영됩니다</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>팀 대항…</translation>
    </message>
    <message>
        <source>Teams take turns; an answer counts for every team member</source>
        <translation>팀이 차례로 답하고, 답은 팀원 모두에게 반영됩니다</translation>
    </message>
    <message>
        <source>Class session…</source>
        <translation>수업 열기…</translation>
    </message>
    <message>
        <source>Start a class session served from this computer: students join from a phone, laptop or desk with the address and a code</source>
        <translation>이 컴퓨터에서 수업을 엽니다. 학생들은 휴대폰, 노트북, 교실 컴퓨터에서 주소와 코드로 참여합니다</translation>
    </message>
    <message>
        <source>In a class session, each student goes at their own pace</source>
        <translation>수업에서 학생마다 자기 속도로 풉니다</translation>
    </message>
    <message>
        <source>Students: type the address and the code the teacher shows, and your name.</source>
        <translation>학생: 선생님이 보여 주는 주소와 코드, 그리고 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Address, e.g. 192.168.1.20:8765</source>
        <translation>주소 (예: 192.168.1.20:8765)</translation>
    </message>
    <message>
        <source>Class address</source>
        <translation>수업 주소</translation>
    </message>
    <message>
        <source>Code, e.g. K7PX2QM</source>
        <translation>코드 (예: K7PX2QM)</translation>
    </message>
    <message>
        <source>class session</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Join a class</source>
        <translation>수업 참여</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>참여 코드</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>참여</translation>
    </message>
    <message>
        <source>Class sessions</source>
        <translation>수업 목록</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>How</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Teacher window</source>
        <translation>교사 창</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>결과…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>projector</source>
        <translation>프로젝터</translation>
    </message>
    <message>
        <source>hot-seat</source>
        <translation>돌아가며 답하기</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>팀 대항</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Choose a quiz first (or make one with “New quiz…”).</source>
        <translation>먼저 퀴즈를 고르세요(또는 “새 퀴즈…”로 만드세요).</translation>
    </message>
    <message>
        <source>Choose a class session first.</source>
        <translation>먼저 수업을 고르세요.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠그기</translation>
    </message>
    <message>
        <source>Unlock as teacher…</source>
        <translation>교사로 잠금 해제…</translation>
    </message>
    <message>
        <source>Delete the quiz “{name}”? Past results are kept.</source>
        <translation>퀴즈 “{name}”을(를) 삭제할까요? 지난 결과는 남습니다.</translation>
    </message>
    <message>
        <source>Delete quiz</source>
        <translation>퀴즈 삭제</translation>
    </message>
    <message>
        <source>One learner per line:</source>
        <translation>한 줄에 학습자 한 명:</translation>
    </message>
    <message>
        <source>One per line — name, team:</source>
        <translation>한 줄에 한 명 — 이름, 팀:</translation>
    </message>
    <message>
        <source>Who plays?</source>
        <translation>누가 참여하나요?</translation>
    </message>
    <message>
        <source>Give at least one learner; in teams mode, each with a team.</source>
        <translation>학습자를 한 명 이상 입력하세요. 팀 대항에서는 각자 팀도 적으세요.</translation>
    </message>
    <message>
        <source>This quiz has no questions left.</source>
        <translation>이 퀴즈에는 남은 문제가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>Your library file is damaged.</source>
        <translation>보관함 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>StudyApp cannot open your library</source>
        <translation>StudyApp가 보관함을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Your library is damaged</source>
        <translation>보관함이 손상되었습니다</translation>
    </message>
    <message>
        <source>The library file {file} failed its integrity check, so StudyApp did not open it. The file is left exactly as it is.</source>
        <translation>보관함 파일 {file}이(가) 무결성 검사를 통과하지 못해 열지 않았습니다. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The newest sound copy is {copy}. Restoring it sets the damaged file aside (unchanged) in the backups folder.</source>
        <translation>온전한 최신 사본은 {copy}입니다. 복원하면 손상된 파일은 바꾸지 않은 채 백업 폴더에 따로 보관합니다.</translation>
    </message>
    <message>
        <source>&amp;Restore newest backup</source>
        <translation>최근 백업 복원(&amp;R)</translation>
    </message>
    <message>
        <source>No backup was found in {folder}.</source>
        <translation>{folder}에서 백업을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>&amp;Choose a backup…</source>
        <translation>백업 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>백업 선택</translation>
    </message>
    <message>
        <source>StudyApp libraries (*.sqlite3);;All files (*)</source>
        <translation>StudyApp 보관함 (*.sqlite3);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>{name} 복원 중…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Restored {copy}.</source>
        <translation>{copy}을(를) 복원했습니다.</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>a library set aside</source>
        <translation>따로 보관한 보관함</translation>
    </message>
    <message>
        <source>a copy made before a restore</source>
        <translation>복원 전에 만든 사본</translation>
    </message>
    <message>
        <source>a copy made before an upgrade</source>
        <translation>업그레이드 전에 만든 사본</translation>
    </message>
    <message>
        <source>{name} ({kind}, made {made})</source>
        <translation>{name} ({kind}, {made}에 만듦)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>StudyApp</source>
        <translation>StudyApp</translation>
    </message>
    <message>
        <source>StudyApp ran into a problem</source>
        <translation>StudyApp에 문제가 생겼습니다</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your answers so far are saved. Please copy this report and send it to the developers.</source>
        <translation>예상하지 못한 문제가 생겼습니다. 지금까지의 답은 저장되어 있습니다. 이 보고서를 복사해 개발자에게 보내 주세요.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>오류 보고서</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Worksheet and answer key (PDF)</source>
        <translation>학습지와 정답지 (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>A printable worksheet with numbered questions, choices and space to write. The answer key is saved beside it as NAME-key.pdf.</source>
        <translation>번호 붙은 문제, 보기, 답 쓸 칸이 있는 인쇄용 학습지입니다. 정답지는 옆에 NAME-key.pdf로 저장됩니다.</translation>
    </message>
    <message>
        <source>Anki package (.apkg)</source>
        <translation>Anki 패키지 (.apkg)</translation>
    </message>
    <message>
        <source>Anki packages (*.apkg)</source>
        <translation>Anki 패키지 (*.apkg)</translation>
    </message>
    <message>
        <source>One note per question. Importing a newer export into Anki updates the notes.</source>
        <translation>문제 하나가 노트 하나가 됩니다. 새로 내보낸 파일을 Anki에서 불러오면 노트가 갱신됩니다.</translation>
    </message>
    <message>
        <source>Moodle XML (.xml)</source>
        <translation>Moodle XML (.xml)</translation>
    </message>
    <message>
        <source>Moodle XML files (*.xml)</source>
        <translation>Moodle XML 파일 (*.xml)</translation>
    </message>
    <message>
        <source>For Moodle&apos;s question bank: multiple choice, short answer, true/false and matching.</source>
        <translation>Moodle 문제 은행용: 선다형, 단답형, 참/거짓, 짝 맞추기.</translation>
    </message>
    <message>
        <source>GIFT (.gift)</source>
        <translation>GIFT (.gift)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift)</source>
        <translation>GIFT 파일 (*.gift)</translation>
    </message>
    <message>
        <source>Plain text for Moodle and other learning platforms; the same question types as Moodle XML.</source>
        <translation>Moodle과 다른 학습 플랫폼용 일반 텍스트. 문제 유형은 Moodle XML과 같습니다.</translation>
    </message>
    <message>
        <source>CSV spreadsheet (.csv)</source>
        <translation>CSV 스프레드시트 (.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>One row per question: question, answer, wrong choices, kind, source sentence.</source>
        <translation>문제마다 한 행: 문제, 정답, 오답 보기, 종류, 원문 문장.</translation>
    </message>
    <message>
        <source>&amp;Export questions…</source>
        <translation>문제 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Print / Save as &amp;PDF…</source>
        <translation>인쇄 / PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>문제 내보내기</translation>
    </message>
    <message>
        <source>Which questions</source>
        <translation>내보낼 문제</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>문제(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print worksheet…</source>
        <translation>학습지 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print answer &amp;key…</source>
        <translation>정답지 인쇄(&amp;K)…</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>글: {title}</translation>
    </message>
    <message>
        <source>Saved quiz: {name} (%n question(s))</source>
        <translation>저장한 퀴즈: {name} (문제 %n개)</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>보관함 전체</translation>
    </message>
    <message>
        <source>StudyApp questions</source>
        <translation>StudyApp 문제</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>{path} 쓰는 중…</translation>
    </message>
    <message>
        <source>Print answer key</source>
        <translation>정답지 인쇄</translation>
    </message>
    <message>
        <source>Print worksheet</source>
        <translation>학습지 인쇄</translation>
    </message>
    <message>
        <source>Sent {pages} pages of “{title}” to the printer.</source>
        <translation>“{title}” {pages}쪽을 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>인쇄 중…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Pick a choice; with self-grading: Again, Hard, Good, Easy</source>
        <translation>보기 고르기. 직접 평가할 때는 다시, 어려움, 좋음, 쉬움</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>참 또는 거짓</translation>
    </message>
    <message>
        <source>Check a typed answer or an order</source>
        <translation>입력한 답이나 순서 확인</translation>
    </message>
    <message>
        <source>Go on to the next question</source>
        <translation>다음 문제로 넘어가기</translation>
    </message>
    <message>
        <source>Move an item of an ordering question</source>
        <translation>순서 맞추기 문제의 항목 옮기기</translation>
    </message>
    <message>
        <source>Open the article the question came from</source>
        <translation>문제가 나온 글 열기</translation>
    </message>
    <message>
        <source>Take back the last answer (in the bank: undo the last edit)</source>
        <translation>마지막 답 취소(문제 은행에서는 마지막 편집 취소)</translation>
    </message>
    <message>
        <source>Bring in what you read</source>
        <translation>읽은 글 가져오기</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O), paste text (Ctrl+Shift+V) or drop files on the window. StudyApp makes questions from each article, offline. GIFT, Moodle XML, Anki packages and CSV question lists come in the same way.</source>
        <translation>파일을 불러오거나(Ctrl+O), 텍스트를 붙여넣거나(Ctrl+Shift+V), 파일을 창에 끌어다 놓으세요. StudyApp가 글마다 오프라인으로 문제를 만듭니다. GIFT, Moodle XML, Anki 패키지, CSV 문제 목록도 같은 방법으로 가져옵니다.</translation>
    </message>
    <message>
        <source>Study a little every day</source>
        <translation>매일 조금씩 학습하기</translation>
    </message>
    <message>
        <source>The Study section asks what is due today and new facts, spaced so that you remember them (FSRS). After each answer you see the sentence the question came from.</source>
        <translation>학습 화면은 오늘 복습할 항목과 새 항목을 기억에 남도록 간격을 두어(FSRS) 묻습니다. 답할 때마다 문제가 나온 문장을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>내 것으로 만들기</translation>
    </message>
    <message>
        <source>In the Question bank you can edit any question (Ctrl+Z undoes an edit), write your own with “New question…”, and suspend the ones you do not want. Statistics show what you know.</source>
        <translation>문제 은행에서는 어떤 문제든 고칠 수 있고(Ctrl+Z로 편집 취소), “새 문제…”로 직접 만들고, 원하지 않는 문제는 보류할 수 있습니다. 통계는 무엇을 아는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Teach a class</source>
        <translation>수업하기</translation>
    </message>
    <message>
        <source>In Classroom, build a quiz and show it on a projector, play hot-seat or teams, or start a class session that students join from their phones with a code.</source>
        <translation>교실에서 퀴즈를 만들어 프로젝터로 보여 주거나, 돌아가며 답하기나 팀 대항을 하거나, 학생들이 휴대폰에서 코드로 참여하는 수업을 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The Question bank (Ctrl+3) lets you edit questions and write your own. Classroom runs a quiz on a projector or on the students&apos; own phones and laptops. Help (F1) lists every key.</source>
        <translation>문제 은행(Ctrl+3)에서 문제를 고치고 직접 만들 수 있습니다. 교실에서는 퀴즈를 프로젝터나 학생들의 휴대폰과 노트북으로 진행합니다. 도움말(F1)에 모든 키가 나와 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>안내서(&amp;G)</translation>
    </message>
    <message>
        <source>Show the &amp;tour again</source>
        <translation>둘러보기 다시 보기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About StudyApp</source>
        <translation>StudyApp 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>안내서</translation>
    </message>
    <message>
        <source>&lt;h2&gt;StudyApp {version}&lt;/h2&gt;&lt;p&gt;Turn articles into questions and study them offline, alone or with a class.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt;: {folder}&lt;br&gt;&lt;b&gt;Library&lt;/b&gt;: {where}&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;StudyApp {version}&lt;/h2&gt;&lt;p&gt;글을 문제로 바꾸어 혼자 또는 수업에서 오프라인으로 학습합니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;내 데이터&lt;/b&gt;: {folder}&lt;br&gt;&lt;b&gt;보관함&lt;/b&gt;: {where}&lt;/p&gt;&lt;p&gt;MIT 라이선스의 자유 소프트웨어입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About StudyApp</source>
        <translation>StudyApp 정보</translation>
    </message>
    <message>
        <source>Welcome to StudyApp</source>
        <translation>StudyApp에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Your library is on the left under Library. Import an article (Ctrl+O), paste text, or drop a file on the window: StudyApp makes questions from it, offline.</source>
        <translation>왼쪽 보관함에 글이 모여 있습니다. 글을 불러오거나(Ctrl+O), 텍스트를 붙여넣거나, 파일을 창에 끌어다 놓으면 StudyApp가 오프라인으로 문제를 만듭니다.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Open Study (Ctrl+2) and answer with the keys 1–4, or type. After each answer you see the sentence the question came from, and when the fact comes back.</source>
        <translation>학습(Ctrl+2)을 열고 1–4 키나 입력으로 답하세요. 답할 때마다 문제가 나온 문장과 그 항목이 다시 나올 때를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Your own questions and your class</source>
        <translation>내 문제와 수업</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>둘러보기 건너뛰기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>{n}/{total}단계</translation>
    </message>
    <message>
        <source>Start studying</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>QR code of the join address</source>
        <translation>참여 주소 QR 코드</translation>
    </message>
    <message>
        <source>Open {url}</source>
        <translation>{url} 열기</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>참여 주소</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>코드: {code}</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>참여 코드</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Learners</source>
        <translation>학습자</translation>
    </message>
    <message>
        <source>Each learner has their own schedule, history and statistics.</source>
        <translation>학습자마다 일정, 기록, 통계가 따로 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>전환(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>{name}  (%n review(s))</source>
        <translation>{name}  (복습 %n회)</translation>
    </message>
    <message>
        <source>— current</source>
        <translation>— 현재</translation>
    </message>
    <message>
        <source>The only learner cannot be deleted</source>
        <translation>하나뿐인 학습자는 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>새 학습자</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Rename learner</source>
        <translation>학습자 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Create another learner first: the only learner cannot be deleted.</source>
        <translation>먼저 다른 학습자를 만드세요. 하나뿐인 학습자는 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>학습자 삭제</translation>
    </message>
    <message>
        <source>Delete {name} with their whole review history and schedule ({entry})? This cannot be undone; export the history first to keep it.</source>
        <translation>{name}을(를) 모든 복습 기록, 일정({entry})과 함께 삭제할까요? 되돌릴 수 없습니다. 기록을 남기려면 먼저 내보내세요.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>url</source>
        <translation>웹</translation>
    </message>
    <message>
        <source>paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>예제</translation>
    </message>
    <message>
        <source>list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>글 찾기…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>글 찾기</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>파일 불러오기…</translation>
    </message>
    <message>
        <source>Import articles from files (Ctrl+O); you can also drop files here</source>
        <translation>파일에서 글을 불러옵니다 (Ctrl+O). 여기에 파일을 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Paste text…</source>
        <translation>텍스트 붙여넣기…</translation>
    </message>
    <message>
        <source>Import an article from pasted text (Ctrl+Shift+V)</source>
        <translation>붙여넣은 텍스트에서 글을 불러옵니다 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>글</translation>
    </message>
    <message>
        <source>Your library is empty. Import an article with “Import files…”, paste one, or drop files onto this window.</source>
        <translation>보관함이 비어 있습니다. “파일 불러오기…”로 글을 불러오거나, 붙여넣거나, 파일을 이 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>파일 불러오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>폴더 불러오기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Paste text…</source>
        <translation>텍스트 붙여넣기(&amp;P)…</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>글 불러오기</translation>
    </message>
    <message>
        <source>Articles and question files (*.txt *.md *.html *.htm *.pdf *.docx *.epub *.csv *.tsv *.gift *.xml *.apkg);;All files (*)</source>
        <translation>글과 문제 파일 (*.txt *.md *.html *.htm *.pdf *.docx *.epub *.csv *.tsv *.gift *.xml *.apkg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>폴더의 모든 글 불러오기</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>숙달도</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>문제 은행</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>교실</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>보관함을 여는 중…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Learner: {learner}    Library: {where}</source>
        <translation>학습자: {learner}    보관함: {where}</translation>
    </message>
</context>
<context>
    <name>NewQuestionDialog</name>
    <message>
        <source>Short answer (typed)</source>
        <translation>단답형 (입력)</translation>
    </message>
    <message>
        <source>Ask a question; the learner types the answer.</source>
        <translation>질문을 쓰면 학습자가 답을 입력합니다.</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>선다형</translation>
    </message>
    <message>
        <source>Give the right answer and one or more wrong choices, one per line.</source>
        <translation>정답과 오답 보기를 하나 이상, 한 줄에 하나씩 쓰세요.</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>Write a statement and say whether it is true.</source>
        <translation>문장을 쓰고 참인지 거짓인지 고르세요.</translation>
    </message>
    <message>
        <source>Fill the gap</source>
        <translation>빈칸 채우기</translation>
    </message>
    <message>
        <source>Write a sentence with the answer in it (or _____ where it goes).</source>
        <translation>답이 들어간 문장을 쓰세요(또는 답 자리에 _____).</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>새 문제</translation>
    </message>
    <message>
        <source>Form of the question</source>
        <translation>문제 형식</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>글</translation>
    </message>
    <message>
        <source>None (my own questions)</source>
        <translation>없음 (내 문제)</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>글(&amp;A):</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>문제(&amp;Q):</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>정답(&amp;N):</translation>
    </message>
    <message>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation>이 문장은:</translation>
    </message>
    <message>
        <source>Wrong choices, one per line</source>
        <translation>오답 보기, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>&amp;Wrong choices:</source>
        <translation>오답 보기(&amp;W):</translation>
    </message>
    <message>
        <source>Other accepted answers</source>
        <translation>허용할 다른 답</translation>
    </message>
    <message>
        <source>optional, separated by |</source>
        <translation>선택, |로 구분</translation>
    </message>
    <message>
        <source>Also &amp;accept:</source>
        <translation>허용 답(&amp;A):</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Paste an article</source>
        <translation>글 붙여넣기</translation>
    </message>
    <message>
        <source>Title (optional: the first line is used otherwise)</source>
        <translation>제목 (선택: 비우면 첫 줄을 씁니다)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Paste the article here. Page clutter such as share buttons is removed.</source>
        <translation>여기에 글을 붙여넣으세요. 공유 버튼 같은 페이지 잡동사니는 지웁니다.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>글 본문</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>먼저 텍스트를 붙여넣으세요.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>StudyApp — projector</source>
        <translation>StudyApp — 프로젝터</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>남은 시간(초)</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>점수판</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>문제 {n}/{total}</translation>
    </message>
    <message>
        <source>Turn: {who}</source>
        <translation>차례: {who}</translation>
    </message>
    <message>
        <source>{who}: press 1–{n} to answer · Space shows the answer · ← → move · Esc leaves</source>
        <translation>{who}: 1–{n}을 눌러 답하기 · Space 정답 보기 · ← → 이동 · Esc 나가기</translation>
    </message>
    <message>
        <source>Space shows the answer, then Y (right) or N (wrong) for {who} · Esc leaves</source>
        <translation>Space로 정답을 보인 뒤 {who}에게 Y(맞음) 또는 N(틀림) · Esc 나가기</translation>
    </message>
    <message>
        <source>Space shows the answer · Space again: next question · ← → move · Esc leaves</source>
        <translation>Space 정답 보기 · 한 번 더 Space: 다음 문제 · ← → 이동 · Esc 나가기</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>정답: {answer}</translation>
    </message>
    <message>
        <source>That was the last question · Esc leaves</source>
        <translation>마지막 문제였습니다 · Esc 나가기</translation>
    </message>
    <message>
        <source>Y if {who} answered right, N if not · Space: next question</source>
        <translation>{who}이(가) 맞혔으면 Y, 아니면 N · Space: 다음 문제</translation>
    </message>
    <message>
        <source>Space: next question · ← → move · Esc leaves</source>
        <translation>Space: 다음 문제 · ← → 이동 · Esc 나가기</translation>
    </message>
    <message>
        <source>{n}  {choice}   — {count} answered</source>
        <translation>{n}  {choice}   — {count}명 선택</translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation>프로젝터 미리 보기</translation>
    </message>
</context>
<context>
    <name>QuizBuilderDialog</name>
    <message>
        <source>Edit quiz</source>
        <translation>퀴즈 편집</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>새 퀴즈</translation>
    </message>
    <message>
        <source>e.g. Week 3 — Korea</source>
        <translation>예: 3주차 — 한국</translation>
    </message>
    <message>
        <source>Quiz name</source>
        <translation>퀴즈 이름</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Articles to take questions from</source>
        <translation>문제를 가져올 글</translation>
    </message>
    <message>
        <source>Tick articles to take questions from; none ticked means all</source>
        <translation>문제를 가져올 글에 표시하세요. 표시하지 않으면 모든 글에서 가져옵니다</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>글:</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>단답형</translation>
    </message>
    <message>
        <source>fill the gap</source>
        <translation>빈칸 채우기</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>순서 맞추기</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>짝 맞추기</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>tags, separated by commas (empty: any)</source>
        <translation>태그, 쉼표로 구분 (비우면 모두)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>words in the question, answer or sentence (empty: any)</source>
        <translation>문제, 정답, 문장 속 낱말 (비우면 모두)</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>찾을 낱말</translation>
    </message>
    <message>
        <source>Containing:</source>
        <translation>포함:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>아직 안 낸 문제</translation>
    </message>
    <message>
        <source>Easy (most got it right)</source>
        <translation>쉬움 (대부분 맞힘)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Hard (most got it wrong)</source>
        <translation>어려움 (대부분 틀림)</translation>
    </message>
    <message>
        <source>Difficulty:</source>
        <translation>난이도:</translation>
    </message>
    <message>
        <source>As in the articles</source>
        <translation>글의 순서대로</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>섞기</translation>
    </message>
    <message>
        <source>Hardest first</source>
        <translation>어려운 것부터</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>순서:</translation>
    </message>
    <message>
        <source>Allow several forms of one fact</source>
        <translation>한 항목의 여러 형식 허용</translation>
    </message>
    <message>
        <source>The true/false, gap-fill and question of one sentence give each other&apos;s answer away</source>
        <translation>한 문장에서 나온 참/거짓, 빈칸 채우기, 질문은 서로의 답을 드러냅니다</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>문제 수:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Time per question:</source>
        <translation>문제당 시간:</translation>
    </message>
    <message>
        <source>Choose questions</source>
        <translation>문제 고르기</translation>
    </message>
    <message>
        <source>Fill the quiz with questions that match (Ctrl+Return)</source>
        <translation>조건에 맞는 문제로 퀴즈를 채웁니다 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Questions of the quiz, in order</source>
        <translation>퀴즈의 문제(순서대로)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No active question matches; widen the choice.</source>
        <translation>맞는 활성 문제가 없습니다. 조건을 넓혀 보세요.</translation>
    </message>
    <message>
        <source>%n question(s), about {minutes:.0f} minutes. Drag to reorder.</source>
        <translation>문제 %n개, 약 {minutes:.0f}분. 끌어서 순서를 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Appearance (this computer)</source>
        <translation>모양 (이 컴퓨터)</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>색 구성</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>색(&amp;C):</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>글자 크기(포인트)</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>글자 크기(&amp;T):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The new language shows when StudyApp starts again.</source>
        <translation>바꾼 언어는 StudyApp를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Study (for {learner})</source>
        <translation>학습 ({learner})</translation>
    </message>
    <message>
        <source>Desired retention in percent</source>
        <translation>목표 기억 유지율(퍼센트)</translation>
    </message>
    <message>
        <source>How likely you want to be to remember a fact when it comes up. Higher means more reviews.</source>
        <translation>항목이 다시 나올 때 기억하고 있기를 바라는 확률입니다. 높을수록 복습이 많아집니다.</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>목표 기억 유지율(&amp;R):</translation>
    </message>
    <message>
        <source>New facts per day</source>
        <translation>하루 새 항목 수</translation>
    </message>
    <message>
        <source>&amp;New facts per day:</source>
        <translation>하루 새 항목 수(&amp;N):</translation>
    </message>
    <message>
        <source>Let me grade myself (Again, Hard, Good, Easy)</source>
        <translation>직접 평가하기 (다시, 어려움, 좋음, 쉬움)</translation>
    </message>
    <message>
        <source>Grade myself</source>
        <translation>직접 평가</translation>
    </message>
    <message>
        <source>Ask me to type answers from the first day</source>
        <translation>첫날부터 답을 입력하게 하기</translation>
    </message>
    <message>
        <source>Typed answers from the first day</source>
        <translation>첫날부터 답 입력</translation>
    </message>
    <message>
        <source>Otherwise a fact is asked with choices while it is young and typed once you know it well.</source>
        <translation>그렇지 않으면 새 항목은 보기 중에서 고르고, 잘 알게 된 뒤에 답을 입력합니다.</translation>
    </message>
    <message>
        <source>Without self-grading the grade follows from your answer and how quickly you gave it.</source>
        <translation>직접 평가하지 않으면 답과 답한 속도로 평가가 정해집니다.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>d MMM</source>
        <comment>date pattern of the chart labels (Qt&apos;s QDate format)</comment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>Calendar of study days</source>
        <translation>학습한 날 달력</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>적음</translation>
    </message>
    <message>
        <source>More</source>
        <translation>많음</translation>
    </message>
    <message>
        <source>{day}: %n review(s)</source>
        <translation>{day}: 복습 %n회</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난 한 달</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>지난 3개월</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>지난 1년</translation>
    </message>
    <message>
        <source>Period shown in the charts</source>
        <translation>차트에 보일 기간</translation>
    </message>
    <message>
        <source>Learners…</source>
        <translation>학습자…</translation>
    </message>
    <message>
        <source>Create, switch, rename or delete learners (Ctrl+Shift+L)</source>
        <translation>학습자를 만들고, 전환하고, 이름을 바꾸거나 삭제합니다 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>기록 내보내기…</translation>
    </message>
    <message>
        <source>Save this learner&apos;s review history as CSV or JSON</source>
        <translation>이 학습자의 복습 기록을 CSV나 JSON으로 저장합니다</translation>
    </message>
    <message>
        <source>reviews today</source>
        <translation>오늘 복습</translation>
    </message>
    <message>
        <source>answered right, all time</source>
        <translation>전체 정답률</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>연속 학습일</translation>
    </message>
    <message>
        <source>minutes studied</source>
        <translation>학습 시간(분)</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>지금 복습할 항목</translation>
    </message>
    <message>
        <source>true retention, 30 days</source>
        <translation>실제 기억 유지율, 30일</translation>
    </message>
    <message>
        <source>FSRS predicts you recall now</source>
        <translation>FSRS 예측 현재 기억률</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>복습</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Accuracy and true retention</source>
        <translation>정답률과 실제 기억 유지율</translation>
    </message>
    <message>
        <source>Percent right</source>
        <translation>정답률(%)</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>앞으로 30일 복습 예정</translation>
    </message>
    <message>
        <source>Facts due</source>
        <translation>복습할 항목</translation>
    </message>
    <message>
        <source>Time studying</source>
        <translation>학습 시간</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Study days in the last year</source>
        <translation>지난 1년 학습일</translation>
    </message>
    <message>
        <source>True retention: reviews of mature facts (stability ≥ 21 days) answered right</source>
        <translation>실제 기억 유지율: 익은 항목(안정도 21일 이상) 복습 중 맞힌 비율</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Mature reviews</source>
        <translation>익은 항목 복습</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>맞힘</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>유지율</translation>
    </message>
    <message>
        <source>Weakest facts</source>
        <translation>가장 약한 항목</translation>
    </message>
    <message>
        <source>Lowest recall now</source>
        <translation>지금 기억률이 가장 낮은 순</translation>
    </message>
    <message>
        <source>Most often forgotten</source>
        <translation>가장 자주 잊은 순</translation>
    </message>
    <message>
        <source>Order of the weakest facts</source>
        <translation>약한 항목 정렬 순서</translation>
    </message>
    <message>
        <source>Study these now</source>
        <translation>지금 이 항목 학습</translation>
    </message>
    <message>
        <source>Practise the selected facts, or all of the list when none is selected</source>
        <translation>선택한 항목을, 선택이 없으면 목록 전체를 연습합니다</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>글</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>잊은 횟수</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>기억률</translation>
    </message>
    <message>
        <source>&amp;Learners…</source>
        <translation>학습자(&amp;L)…</translation>
    </message>
    <message>
        <source>E&amp;xport review history…</source>
        <translation>복습 기록 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Statistics could not be computed: {error}</source>
        <translation>통계를 계산하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>{right} of {n} answers right</source>
        <translation>답 {n}개 중 {right}개 맞힘</translation>
    </message>
    <message>
        <source>Each answer counts at most one minute</source>
        <translation>답 하나는 최대 1분으로 셉니다</translation>
    </message>
    <message>
        <source>Mean probability of recall of the {n} facts you have studied</source>
        <translation>학습한 항목 {n}개의 평균 기억 확률</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>주 시작일</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정답률</translation>
    </message>
    <message>
        <source>True retention</source>
        <translation>실제 기억 유지율</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>복습 예정</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>지난 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>지난 30일</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>FSRS predicts that you would recall {pct} of the {n} facts you have studied if asked now.</source>
        <translation>FSRS 예측: 지금 물으면 학습한 항목 {n}개 중 {pct}를 기억할 것입니다.</translation>
    </message>
    <message>
        <source>Nothing studied yet: your weakest facts will show here.</source>
        <translation>아직 학습한 것이 없습니다. 가장 약한 항목이 여기에 나옵니다.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>The study view is not available in this version.</source>
        <translation>이 버전에서는 학습 화면을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Export review history</source>
        <translation>복습 기록 내보내기</translation>
    </message>
    <message>
        <source>{learner} review history.csv</source>
        <translation>{learner} 복습 기록.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV 스프레드시트 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Saved {n} reviews of {learner} to {path}</source>
        <translation>{learner}의 복습 {n}회를 {path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>StudentDeskWindow</name>
    <message>
        <source>Class — {name}</source>
        <translation>수업 — {name}</translation>
    </message>
    <message>
        <source>Waiting for the teacher to start…</source>
        <translation>선생님이 시작하기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Type your answer and press Enter</source>
        <translation>답을 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <source>Your score: {points} right of {answered} answered ({total} questions)</source>
        <translation>내 점수: {answered}개 답해 {points}개 맞힘 (전체 {total}문제)</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>문제 {n}/{total}</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>정답!</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>이번엔 틀렸습니다.</translation>
    </message>
    <message>
        <source>No answer given.</source>
        <translation>답하지 않았습니다.</translation>
    </message>
    <message>
        <source>{verdict} The answer: {answer}</source>
        <translation>{verdict} 정답: {answer}</translation>
    </message>
    <message>
        <source>Your answer is in. Wait for the teacher to show the answer.</source>
        <translation>답을 냈습니다. 선생님이 정답을 보여 줄 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>시간이 다 됐습니다.</translation>
    </message>
    <message>
        <source>Your answer was not accepted.</source>
        <translation>답이 받아들여지지 않았습니다.</translation>
    </message>
    <message>
        <source>Not this time — the answer: {answer}</source>
        <translation>이번엔 틀렸습니다 — 정답: {answer}</translation>
    </message>
    <message>
        <source>The class has ended.</source>
        <translation>수업이 끝났습니다.</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>끝!</translation>
    </message>
    <message>
        <source>{lead} You got {right} of {total} right.</source>
        <translation>{lead} {total}문제 중 {right}문제를 맞혔습니다.</translation>
    </message>
    <message>
        <source>These answers count in your own study plan too.</source>
        <translation>이 답은 내 학습 일정에도 반영됩니다.</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Again</source>
        <translation>다시</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>쉬움</translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>1분 후</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Due and new today</source>
        <translation>오늘 복습할 항목과 새 항목</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>연습 끝내기</translation>
    </message>
    <message>
        <source>End the practice run</source>
        <translation>연습을 끝냅니다</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Nothing to study</source>
        <translation>학습할 것 없음</translation>
    </message>
    <message>
        <source>Questions you missed</source>
        <translation>틀린 문제</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Study status</source>
        <translation>학습 상태</translation>
    </message>
    <message>
        <source>Type your answer and press Enter</source>
        <translation>답을 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>답을 확인합니다</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>모르겠어요</translation>
    </message>
    <message>
        <source>I don&apos;t know: show the answer</source>
        <translation>모르겠어요: 정답 보기</translation>
    </message>
    <message>
        <source>True  (T)</source>
        <translation>참  (T)</translation>
    </message>
    <message>
        <source>False  (F)</source>
        <translation>거짓  (F)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>Drag the items into order, or select one and press Alt+Up / Alt+Down. Press Enter to check.</source>
        <translation>항목을 끌어 순서대로 놓거나, 하나를 골라 Alt+Up / Alt+Down을 누르세요. Enter를 누르면 확인합니다.</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>순서대로 놓을 항목</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Check order</source>
        <translation>순서 확인</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>순서를 확인합니다</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Source sentence in its paragraph</source>
        <translation>문단 속 원문 문장</translation>
    </message>
    <message>
        <source>Open article (O)</source>
        <translation>글 열기 (O)</translation>
    </message>
    <message>
        <source>Open the article at this sentence</source>
        <translation>이 문장 위치에서 글을 엽니다</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>마지막 답을 취소합니다</translation>
    </message>
    <message>
        <source>Grade: {name}</source>
        <translation>평가: {name}</translation>
    </message>
    <message>
        <source>in %n minute(s)</source>
        <translation>%n분 후</translation>
    </message>
    <message>
        <source>in %n hour(s)</source>
        <translation>%n시간 후</translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation>%n일 후</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>1분 미만</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}분</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n}시간</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n}일</translation>
    </message>
    <message>
        <source>When you will see this fact again</source>
        <translation>이 항목을 다시 볼 때</translation>
    </message>
    <message>
        <source>Continue (Space)</source>
        <translation>계속 (Space)</translation>
    </message>
    <message>
        <source>Continue to the next question</source>
        <translation>다음 문제로 넘어갑니다</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>보관함을 여는 중…</translation>
    </message>
    <message>
        <source>Keys: 1-4 grade yourself · O open the article</source>
        <translation>키: 1-4 직접 평가 · O 글 열기</translation>
    </message>
    <message>
        <source>Keys: Space or Enter continue · O open the article · Ctrl+Z undo</source>
        <translation>키: Space 또는 Enter 계속 · O 글 열기 · Ctrl+Z 실행 취소</translation>
    </message>
    <message>
        <source>Keys: 1-4 choose · Ctrl+Z undo the last answer</source>
        <translation>키: 1-4 선택 · Ctrl+Z 마지막 답 취소</translation>
    </message>
    <message>
        <source>Keys: T true · F false · Ctrl+Z undo the last answer</source>
        <translation>키: T 참 · F 거짓 · Ctrl+Z 마지막 답 취소</translation>
    </message>
    <message>
        <source>Keys: Alt+Up/Down move the selected item · Enter check · Ctrl+Z undo</source>
        <translation>키: Alt+Up/Down 선택 항목 이동 · Enter 확인 · Ctrl+Z 실행 취소</translation>
    </message>
    <message>
        <source>Keys: Enter check · Ctrl+Z (empty field) undo the last answer</source>
        <translation>키: Enter 확인 · Ctrl+Z(빈 칸에서) 마지막 답 취소</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>복습</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>Choice {n}: {text}</source>
        <translation>보기 {n}: {text}</translation>
    </message>
    <message>
        <source>Practice finished: {right} of {total} right.</source>
        <translation>연습 끝: {total}개 중 {right}개 맞힘.</translation>
    </message>
    <message>
        <source>Press Space to go back to your reviews.</source>
        <translation>Space를 누르면 복습으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Missed:</source>
        <translation>틀린 문제:</translation>
    </message>
    <message>
        <source>All done for now. Nothing is due and no new facts are left for today.</source>
        <translation>지금은 다 했습니다. 복습할 항목도, 오늘 남은 새 항목도 없습니다.</translation>
    </message>
    <message>
        <source>Next review {when}.</source>
        <translation>다음 복습: {when}.</translation>
    </message>
    <message>
        <source>{due} due · {new} new today</source>
        <translation>복습 {due} · 오늘 새 항목 {new}</translation>
    </message>
    <message>
        <source>counts in your schedule</source>
        <translation>일정에 반영</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>반영 안 함</translation>
    </message>
    <message>
        <source>Practice: {label} ({done}/{total}, {counted})</source>
        <translation>연습: {label} ({done}/{total}, {counted})</translation>
    </message>
    <message>
        <source>Right — almost exactly</source>
        <translation>정답 — 거의 정확해요</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>정답!</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>아쉽네요</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>정답: {answer}</translation>
    </message>
    <message>
        <source>You answered: {given}</source>
        <translation>내 답: {given}</translation>
    </message>
    <message>
        <source>You did not answer.</source>
        <translation>답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Practice only: your schedule is unchanged.</source>
        <translation>연습만 했으므로 일정은 그대로입니다.</translation>
    </message>
    <message>
        <source>You will see this fact again {when}.</source>
        <translation>이 항목은 {when} 다시 나옵니다.</translation>
    </message>
    <message>
        <source>Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy.</source>
        <translation>직접 평가하세요: 1 다시, 2 어려움, 3 좋음, 4 쉬움.</translation>
    </message>
    <message>
        <source>There is no answer to undo.</source>
        <translation>취소할 답이 없습니다.</translation>
    </message>
    <message>
        <source>Your last answer was taken back.</source>
        <translation>마지막 답을 취소했습니다.</translation>
    </message>
    <message>
        <source>chosen facts</source>
        <translation>고른 항목</translation>
    </message>
    <message>
        <source>Study this article</source>
        <translation>이 글 학습</translation>
    </message>
    <message>
        <source>Go through every question of this article now. Should your answers count in your schedule?</source>
        <translation>이 글의 모든 문제를 지금 풉니다. 답을 학습 일정에 반영할까요?</translation>
    </message>
    <message>
        <source>Count them</source>
        <translation>반영하기</translation>
    </message>
    <message>
        <source>Just practise</source>
        <translation>연습만 하기</translation>
    </message>
</context>
<context>
    <name>TeacherPassphraseDialog</name>
    <message>
        <source>Set the teacher passphrase</source>
        <translation>교사 암호 정하기</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters. Only you can then edit quizzes, run and end class sessions, and see everyone&apos;s results.</source>
        <translation>8자 이상의 암호를 정하세요. 그러면 나만 퀴즈를 편집하고, 수업을 열고 끝내고, 모두의 결과를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the teacher passphrase.</source>
        <translation>교사 암호를 입력하세요.</translation>
    </message>
    <message>
        <source>Teacher passphrase</source>
        <translation>교사 암호</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>암호 확인</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>한 번 더:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>TeacherSessionWindow</name>
    <message>
        <source>Class session — {title}</source>
        <translation>수업 — {title}</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>참여 코드: {code}</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>참여 코드</translation>
    </message>
    <message>
        <source>Students open {url} in a browser (or scan the QR code, or use Join a class in StudyApp) and enter the code and their name.</source>
        <translation>학생들은 브라우저에서 {url}을(를) 열고(또는 QR 코드를 찍거나 StudyApp의 수업 참여를 써서) 코드와 이름을 입력합니다.</translation>
    </message>
    <message>
        <source>The class server is not running: students cannot join or answer.</source>
        <translation>수업 서버가 실행 중이 아닙니다. 학생들이 참여하거나 답할 수 없습니다.</translation>
    </message>
    <message>
        <source>Students and whether they answered</source>
        <translation>학생과 답했는지 여부</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>지금까지의 답</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Show the next question on every desk (Ctrl+Right)</source>
        <translation>모든 자리에 다음 문제를 보여 줍니다 (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>정답 보기</translation>
    </message>
    <message>
        <source>Close the question and show the answer on every desk (Ctrl+R)</source>
        <translation>문제를 닫고 모든 자리에 정답을 보여 줍니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>프로젝터</translation>
    </message>
    <message>
        <source>Show the questions full screen; Space and the arrows move every desk along (F5)</source>
        <translation>문제를 전체 화면으로 보여 줍니다. Space와 화살표로 모든 자리를 함께 넘깁니다 (F5)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>수업 끝내기</translation>
    </message>
    <message>
        <source>End the session; the code stops working</source>
        <translation>수업을 끝냅니다. 코드는 더 이상 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>수업이 끝났습니다.</translation>
    </message>
    <message>
        <source>Each student works through the {n} questions at their own pace.</source>
        <translation>학생마다 문제 {n}개를 각자 속도로 풉니다.</translation>
    </message>
    <message>
        <source>Waiting for students. Press Start when everyone has joined.</source>
        <translation>학생을 기다리는 중입니다. 모두 참여하면 시작을 누르세요.</translation>
    </message>
    <message>
        <source>All questions done.</source>
        <translation>모든 문제를 마쳤습니다.</translation>
    </message>
    <message>
        <source>Question {n} of {total}: {prompt}</source>
        <translation>문제 {n}/{total}: {prompt}</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <source>{mark} {name}   ({count}/{total} answered)</source>
        <translation>{mark} {name}   ({count}/{total} 답함)</translation>
    </message>
    <message>
        <source>{answered} of {n} students answered</source>
        <translation>학생 {n}명 중 {answered}명 답함</translation>
    </message>
    <message>
        <source>{answer}: {count}</source>
        <translation>{answer}: {count}</translation>
    </message>
    <message>
        <source>End the session? Students can no longer answer; results are kept.</source>
        <translation>수업을 끝낼까요? 학생들은 더 이상 답할 수 없고, 결과는 남습니다.</translation>
    </message>
</context>
<context>
    <name>TrueFalse</name>
    <message>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>{n} questions. Circle the letter of the right choice, or write the answer.</source>
        <translation>문제 {n}개. 알맞은 보기의 글자에 동그라미를 치거나 답을 쓰세요.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>Number them from 1 (first) to {n}:</source>
        <translation>1(처음)부터 {n}까지 번호를 쓰세요:</translation>
    </message>
    <message>
        <source>Write the letter of the match on each line:</source>
        <translation>줄마다 짝이 되는 글자를 쓰세요:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>답:</translation>
    </message>
    <message>
        <source>{title}: answer key</source>
        <translation>{title}: 정답지</translation>
    </message>
    <message>
        <source>also accepted: {answers}</source>
        <translation>이것도 정답: {answers}</translation>
    </message>
    <message>
        <source>Cannot draw the pages (the printer or PDF file could not be opened).</source>
        <translation>페이지를 그릴 수 없습니다(프린터나 PDF 파일을 열지 못했습니다).</translation>
    </message>
    <message>
        <source>{title} · page {page} of {pages}</source>
        <translation>{title} · {pages}쪽 중 {page}쪽</translation>
    </message>
    <message>
        <source>The worksheet and its answer key need two different file names.</source>
        <translation>학습지와 정답지는 파일 이름이 달라야 합니다.</translation>
    </message>
</context>
</TS>
