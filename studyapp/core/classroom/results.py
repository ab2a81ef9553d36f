"""Results of a class session, per student and per question, and their CSV export.

Computed in Python from the session's answer rows (a class has at most a few thousand), so the
same code serves SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.atomic_file import write_atomically
from studyapp.core.spreadsheet import csv_writer

EVERYONE_MISSED = "everyone missed"
WRONG_CHOICE_BEAT_KEY = "a wrong choice beat the key"


@dataclass
class AnswerRow:
    participant_id: int
    name: str
    team: str
    question_id: int
    answer_given: str
    correct: bool
    response_ms: int


@dataclass
class StudentResult:
    participant_id: int
    name: str
    team: str
    answered: int
    correct: int
    total_questions: int
    mean_seconds: float

    @property
    def share_correct(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass
class QuestionResult:
    position: int  # 1-based, as the class saw it
    question_id: int
    prompt: str
    answer: str
    answered: int
    correct: int
    mean_seconds: float
    wrong_answers: dict[str, int] = field(default_factory=dict)  # answer given -> times, most first
    flags: list[str] = field(default_factory=list)

    @property
    def share_correct(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass
class SessionResults:
    session_id: int
    title: str
    students: list[StudentResult]
    questions: list[QuestionResult]

    @property
    def flagged(self) -> list[QuestionResult]:
        return [q for q in self.questions if q.flags]


def _mean_seconds(values: list[int]) -> float:
    return round(sum(values) / len(values) / 1000, 1) if values else 0.0


def compute_results(session_id: int, title: str, questions, participants, rows: list[AnswerRow]) -> SessionResults:
    """``questions``: the session's Question rows in order; ``participants``: (id, name, team)."""
    students = []
    for participant_id, name, team in participants:
        own = [r for r in rows if r.participant_id == participant_id]
        students.append(StudentResult(participant_id, name, team, len(own), sum(r.correct for r in own),
                                      len(questions), _mean_seconds([r.response_ms for r in own])))
    students.sort(key=lambda s: (-s.correct, s.mean_seconds, s.name.casefold()))
    results = []
    for position, question in enumerate(questions, start=1):
        own = [r for r in rows if r.question_id == question.id]
        wrong = Counter(" ".join(r.answer_given.split()) or "(no answer)" for r in own if not r.correct)
        correct = sum(r.correct for r in own)
        flags = []
        if own and not correct:
            flags.append(EVERYONE_MISSED)
        if correct and wrong and wrong.most_common(1)[0][1] > correct:
            flags.append(WRONG_CHOICE_BEAT_KEY)
        results.append(QuestionResult(position, question.id, question.prompt, question.answer, len(own), correct,
                                      _mean_seconds([r.response_ms for r in own]), dict(wrong.most_common()), flags))
    return SessionResults(session_id, title, students, results)


def write_csv(results: SessionResults, rows: list[AnswerRow], path: str | Path) -> Path:
    """One line per answer given, then the per-question summary with its flags (spreadsheet-friendly)."""
    path = Path(path)
    positions = {q.question_id: q for q in results.questions}

    def write(temporary: Path) -> None:
        with temporary.open("w", newline="", encoding="utf-8") as handle:
            writer = csv_writer(handle)
            writer.writerow(["section", "student", "team", "question", "prompt", "key", "answer given", "correct",
                             "seconds", "share correct", "wrong answers", "flags"])
            for row in sorted(rows, key=lambda r: (r.name.casefold(), positions[r.question_id].position)):
                question = positions[row.question_id]
                writer.writerow(["answer", row.name, row.team, question.position, question.prompt, question.answer,
                                 row.answer_given, "yes" if row.correct else "no", round(row.response_ms / 1000, 1),
                                 "", "", ""])
            for student in results.students:
                writer.writerow(["student", student.name, student.team, "", "", "", "", student.correct,
                                 student.mean_seconds, round(student.share_correct, 3), "", ""])
            for question in results.questions:
                wrong = "; ".join(f"{text} ({n})" for text, n in question.wrong_answers.items())
                writer.writerow(["question", "", "", question.position, question.prompt, question.answer, "",
                                 question.correct, question.mean_seconds, round(question.share_correct, 3), wrong,
                                 "; ".join(question.flags)])

    write_atomically(path, write)
    return path
