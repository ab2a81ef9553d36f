"""Exchange with other programs (``app.exports``): export an article, a saved quiz or the whole bank
as an Anki package, Moodle XML, GIFT or CSV; import question lists (CSV/TSV as Quizlet and others
export them, and GIFT or Moodle XML) as one article whose questions are the list's rows.

Worksheets as PDF need Qt and are written by ``studyapp.gui.worksheet_pdf`` from ``collect()``.
"""

from __future__ import annotations

import os
import random
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select

from studyapp.core.atomic_file import WriteFailed, write_atomically, write_text_atomically
from studyapp.core.errors import ImportFailed, InvalidInput
from studyapp.core.exchange import anki, csv_list, gift, moodle_xml
from studyapp.core.exchange.items import ExchangeItem, QuestionSet, ReadQuestions, item_from_question
from studyapp.core.importing.normalise import normalise_line, normalise_text
from studyapp.core.models import ACTIVE, Article, Question

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp
    from studyapp.core.importing.pipeline import ImportResult

FORMATS = ("apkg", "moodle", "gift", "csv", "pdf")
FORMAT_NAMES = {"apkg": "an Anki package", "moodle": "Moodle XML", "gift": "GIFT", "csv": "CSV", "pdf": "PDF"}
LIST_SUFFIXES = (".csv", ".tsv", ".gift", ".xml", ".apkg")
WRONG_CHOICES_FROM_ROWS = 3
CHOICE_POOL = 40
LIBRARY_TITLE = "StudyApp questions"


ExportFailed = WriteFailed  # the export file could not be written; nothing was left behind


@dataclass
class ExportReport:
    path: str
    format: str
    n_questions: int
    left_out: dict[str, int] = field(default_factory=dict)
    extra_paths: list[str] = field(default_factory=list)  # e.g. the answer key beside a worksheet

    @property
    def message(self) -> str:
        text = f"{self.n_questions} questions written to {self.path}"
        text += "".join(f" and {p}" for p in self.extra_paths) + "."
        if self.left_out:
            kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.left_out.items()))
            text += f" Left out ({FORMAT_NAMES[self.format]} has no such question type): {kinds}."
        return text


class ExchangeManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    # ------------------------------------------------------------------------------------ export
    def collect(self, *, article_id: int | None = None, quiz: str | None = None) -> QuestionSet:
        """The questions one export writes: an article's or a saved quiz's, or the whole bank's."""
        if article_id is not None and quiz is not None:
            raise InvalidInput("Choose an article or a quiz to export, not both.")
        if quiz is not None:
            questions = self.app.classroom.quiz_questions(quiz)
            title = quiz
        else:
            query = select(Question).where(Question.status == ACTIVE).order_by(Question.article_id, Question.id)
            if article_id is not None:
                title = self.app.articles.get(article_id).title
                query = query.where(Question.article_id == article_id)
            else:
                title = LIBRARY_TITLE
            with self.app.session() as session:
                questions = list(session.exec(query).all())
        hashes = self._article_hashes({q.article_id for q in questions})
        question_set = QuestionSet(title, [item_from_question(q, hashes.get(q.article_id, "")) for q in questions])
        if not question_set.items:
            raise InvalidInput(f"“{title}” has no active questions to export.")
        return question_set

    def export(self, fmt: str, out: str | os.PathLike, *, article_id: int | None = None,
               quiz: str | None = None) -> ExportReport:
        """Write one file in ``fmt`` (apkg, moodle, gift or csv); the file appears complete or not at all."""
        if fmt not in FORMATS or fmt == "pdf":
            raise InvalidInput(f"Unknown export format {fmt!r}; choose one of apkg, moodle, gift, csv.")
        question_set = self.collect(article_id=article_id, quiz=quiz)
        return self.write(fmt, question_set, out)

    def write(self, fmt: str, question_set: QuestionSet, out: str | os.PathLike) -> ExportReport:
        module = {"apkg": anki, "moodle": moodle_xml, "gift": gift, "csv": csv_list}[fmt]
        kinds = getattr(module, "KINDS", None)
        items, left_out = question_set.supported(kinds) if kinds else (question_set.items, {})
        if not items:
            raise InvalidInput(f"None of the questions of “{question_set.title}” can be written as "
                               f"{FORMAT_NAMES[fmt]}.")
        if fmt == "apkg":
            now = self.app.clock.now().timestamp()
            write_atomically(out, lambda tmp: anki.write_apkg(question_set.title, items, tmp, timestamp=now))
        else:
            text = {"moodle": lambda: moodle_xml.write_moodle_xml(question_set.title, items),
                    "gift": lambda: gift.write_gift(question_set.title, items),
                    "csv": lambda: csv_list.write_csv(items)}[fmt]()
            # Excel needs the byte-order mark to read a CSV as UTF-8.
            encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
            write_text_atomically(out, text, encoding=encoding)
        return ExportReport(path=str(out), format=fmt, n_questions=len(items), left_out=left_out)

    def _article_hashes(self, article_ids: set[int]) -> dict[int, str]:
        if not article_ids:
            return {}
        with self.app.session() as session:
            rows = session.exec(select(Article.id, Article.content_hash).where(Article.id.in_(article_ids)))
            return dict(rows.all())

    # ------------------------------------------------------------------------------------ import
    def read_question_file(self, path: str | os.PathLike) -> ReadQuestions:
        """The questions of a CSV/TSV list, a GIFT file, a Moodle XML file or an Anki package."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in LIST_SUFFIXES:
            raise ImportFailed(f"{path.name}: question lists must be .csv, .tsv, .gift, .xml or .apkg files.")
        if suffix == ".apkg":
            from studyapp.core.exchange.anki_read import read_apkg

            return read_apkg(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ImportFailed(f"{path}: no such file.") from None
        except OSError as error:
            raise ImportFailed(f"{path.name}: cannot be read ({error.strerror}).") from None
        if suffix == ".xml":
            return moodle_xml.read_moodle_xml(data, name=path.name)
        text = decode(data, path.name)
        if suffix == ".gift":
            return gift.read_gift(text)
        question_list = csv_list.read_question_list(text)
        if not question_list.choices_given:
            return ReadQuestions(with_choices_from_other_rows(question_list.items))
        return ReadQuestions(question_list.items)

    def import_question_list(self, path: str | os.PathLike) -> "ImportResult":
        """Import a question list as one article; the same list imported again is a duplicate."""
        from studyapp.core.importing.extract import ExtractedArticle
        from studyapp.core.importing.pipeline import DUPLICATE, IMPORTED, ImportResult, content_hash, store_article

        path = Path(path)
        read = self.read_question_file(path)
        items = [normalised_item(item) for item in read.items]
        left_out = _left_out_note(read.skipped)
        if not items:
            expected = ("expected lines of “term<TAB>definition”, or a header with question and answer columns"
                        if path.suffix.lower() in (".csv", ".tsv") else
                        "notes with a question and an answer can be imported" if path.suffix.lower() == ".apkg" else
                        "multiple choice, short answer, true/false and matching questions can be imported")
            raise ImportFailed(f"{path.name}: no questions found ({expected}).{left_out}")
        digest = content_hash("studyapp question list\n" + "\n".join(sorted(_row_key(i) for i in items)))
        with self.app.session() as session:
            existing = session.exec(select(Article).where(Article.content_hash == digest)).first()
        if existing is not None:
            return ImportResult(path=str(path), status=DUPLICATE, article_id=existing.id, title=existing.title,
                                published=existing.published,
                                message=f"Already in the library as “{existing.title}”.")
        text, facts = list_article(items)
        title = " ".join(path.stem.replace("_", " ").split()) or path.name
        extracted = ExtractedArticle(title=title, text=text, source="list", path=str(path))
        with self.app.session() as session:
            article = store_article(session, extracted, digest, facts, self.app.clock.now())
        return ImportResult(path=str(path), status=IMPORTED, article_id=article.id, title=article.title,
                            n_questions=len(items),
                            message=f"{len(items)} questions from a question list.{left_out}")


def normalised_item(item: ExchangeItem) -> ExchangeItem:
    """A question read from another program's file, its text through the door like any article's."""
    return replace(item, prompt=normalise_text(item.prompt).strip(), answer=normalise_line(item.answer),
                   choices=tuple(normalise_line(c) for c in item.choices),
                   accepted=tuple(normalise_line(a) for a in item.accepted), source=normalise_text(item.source),
                   pairs=tuple((normalise_line(a), normalise_line(b)) for a, b in item.pairs),
                   order=tuple(normalise_line(o) for o in item.order))


def _left_out_note(skipped: list[str]) -> str:
    if not skipped:
        return ""
    if len(skipped) == 1:
        return f" 1 question of another type was left out: {skipped[0]}."
    return f" {len(skipped)} questions of other types were left out, e.g. {'; '.join(skipped[:2])}."


def _row_key(item: ExchangeItem) -> str:
    return "\t".join([item.kind, item.prompt, item.answer, *sorted(item.choices)])


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ImportFailed(f"{name}: not a text file.") from None
        return str(best)


def with_choices_from_other_rows(items: list[ExchangeItem]) -> list[ExchangeItem]:
    """Give each row of a plain term list wrong choices taken from the other rows' answers,
    preferring answers of a similar length (a one-word term among one-word terms)."""
    answers = list(dict.fromkeys(item.answer for item in items))
    result = []
    for item in items:
        rng = random.Random(zlib.crc32(f"{item.prompt}\x1f{item.answer}".encode("utf-8")))
        # a random pool keeps long lists fast; within it, the closest lengths win
        pool = rng.sample(answers, min(len(answers), CHOICE_POOL))
        others = [a for a in pool if a.casefold() != item.answer.casefold()]
        words = len(item.answer.split())
        others.sort(key=lambda a: (abs(len(a.split()) - words), rng.random()))
        result.append(ExchangeItem(prompt=item.prompt, answer=item.answer, kind=item.kind, source=item.source,
                                   choices=tuple(others[:WRONG_CHOICES_FROM_ROWS])))
    return result


def list_article(items: list[ExchangeItem]):
    """The article text of a list (each row's source sentence, or its prompt) and one fact per row."""
    from studyapp.core.generation.items import GeneratedFact, GeneratedQuestion

    offsets: dict[str, tuple[int, int]] = {}
    lines: list[str] = []
    position = 0
    for item in items:
        sentence = item.source or item.prompt
        if sentence not in offsets:
            offsets[sentence] = (position, position + len(sentence))
            lines.append(sentence)
            position += len(sentence) + 1
    facts = []
    for number, item in enumerate(items, 1):
        sentence = item.source or item.prompt
        start, end = offsets[sentence]
        extra = {"pairs": [list(p) for p in item.pairs]} if item.pairs else {}
        if item.order:
            extra["items"] = list(item.order)
        question = GeneratedQuestion(
            kind=item.kind, answer_type="term", prompt=item.prompt,
            answer=item.answer, accepted=list(item.accepted), choices=list(item.choices), source_sentence=sentence,
            source_start=start, source_end=end, quality=1.0, extra=extra)
        facts.append(GeneratedFact(key=f"list-row:{number}", kind="term", answer=item.answer,
                                   sentence_start=start, sentence_end=end, questions=[question]))
    return "\n".join(lines), facts
