"""Import: extract, de-duplicate, generate questions, and store each article with its questions in
one transaction. In a bulk import one bad input does not stop the others."""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import logging
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from sqlalchemy import func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from studyapp.core.errors import Cancelled, ImportFailed, StudyAppError
from studyapp.core.importing.clean import fold_for_comparison
from studyapp.core.importing.normalise import display_name
from studyapp.core.importing.extract import (QUESTION_LIST_SUFFIXES, ExtractedArticle, expand_inputs, extract,
                                             extract_text)
from studyapp.core.models import ACTIVE, Article, Fact, Question

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp
    from studyapp.core.generation.items import GeneratedFact

_log = logging.getLogger(__name__)
IMPORTED, DUPLICATE, ERROR = "imported", "duplicate", "error"
BANK_CHOICES_PER_TYPE = 300

Progress = Callable[[int, int, "ImportResult"], None]


@dataclass
class ImportResult:
    path: str
    status: str
    article_id: int | None = None
    title: str = ""
    published: date | None = None
    n_questions: int = 0
    message: str = ""
    warnings: list[str] = field(default_factory=list)  # e.g. lines read in another encoding

    def as_json(self) -> dict:
        return {
            "path": self.path,
            "status": self.status,
            "article_id": self.article_id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "n_questions": self.n_questions,
            "message": self.message,
            "warnings": list(self.warnings),
        }


def content_hash(text: str) -> str:
    """The duplicate rule: the same text after Unicode normalisation, case folding, quote folding
    (“ ” ‘ ’ « » as straight quotes) and whitespace is the same article."""
    return hashlib.sha256(fold_for_comparison(text).encode("utf-8")).hexdigest()


class AnswerBank:
    """The answers already in the bank, by answer type (the second source of wrong choices), kept in
    memory during a bulk import: read once, then extended with each stored article's answers, which
    gives what reading it again before every article would give without the growing query."""

    def __init__(self, initial: dict[str, list[str]]):
        self.by_type = initial

    def add(self, facts: list["GeneratedFact"]) -> None:
        for fact in facts:
            for question in fact.questions:
                if question.kind != "short":
                    continue
                values = self.by_type.setdefault(question.answer_type, [])
                if question.answer in values:
                    values.remove(question.answer)
                values.insert(0, question.answer)
                del values[BANK_CHOICES_PER_TYPE:]


class ImportManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    def import_inputs(
        self,
        inputs: list[str],
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        max_facts: int | None = None,
    ) -> list[ImportResult]:
        """Import files, folders and URLs; one result per input file, in order."""
        items = expand_inputs(inputs)
        results: list[ImportResult] = []
        bank: AnswerBank | None = None
        known: set[str] = set()
        for index, item in enumerate(items):
            if is_cancelled and is_cancelled():
                raise Cancelled(f"Import cancelled after {index} of {len(items)} inputs.")
            try:
                if item.lower().endswith(QUESTION_LIST_SUFFIXES):
                    result = self._import_question_list(item)
                else:
                    extracted = extract(item, is_cancelled)
                    if bank is None:
                        bank, known = AnswerBank(self.bank()), self.known_hashes()
                    result = self.import_extracted(extracted, max_facts=max_facts, bank=bank, known=known,
                                                   is_cancelled=is_cancelled)
                result.path = item
            except Cancelled:
                raise  # the whole import stops; the file being read is not stored
            except StudyAppError as error:
                result = ImportResult(path=item, status=ERROR, message=str(error))
            except Exception as error:  # noqa: BLE001 - a bug met by one input must not cost the others
                _log.exception("importing %s failed", item)
                name = display_name(Path(item).name or item)
                result = ImportResult(path=item, status=ERROR, message=(
                    f"{name}: unexpected error while importing ({type(error).__name__}: {error}); nothing of it "
                    "was stored. Please report this."))
            # Shown on one line and stored as text: a name that is not UTF-8, or holds a newline, is
            # shown with replacement characters (the file itself was read by its real name).
            result.path, result.message = display_name(item), display_name(result.message)
            results.append(result)
            if progress:
                progress(index + 1, len(items), result)
            # Give the GUI thread the interpreter between articles even when parsing held it.
            time.sleep(0)
        return results

    def _import_question_list(self, item: str) -> ImportResult:
        """Question lists (.csv, .tsv) and question files of other programs (GIFT, Moodle XML, Anki
        .apkg), imported by the exchange part when it is there."""
        if importlib.util.find_spec("studyapp.core.exchange.manager") is None:
            raise ImportFailed(f"{Path(item).name}: question files cannot be imported yet.")
        return self.app.exports.import_question_list(item)

    def import_text(self, raw: str, *, title: str | None = None, source: str = "paste",
                    published: date | None = None, max_facts: int | None = None) -> ImportResult:
        extracted = extract_text(raw, title=title, source=source, published=published)
        return self.import_extracted(extracted, max_facts=max_facts)

    def import_extracted(self, extracted: ExtractedArticle, max_facts: int | None = None,
                         bank: AnswerBank | None = None, known: set[str] | None = None,
                         is_cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """Store one extracted article with its questions in one transaction, unless it is there.
        Cancelled while its questions were being made, it is not stored (``Cancelled``)."""
        digest = content_hash(extracted.text)
        # In a bulk import the hashes already stored are read once (``known``): no query per article.
        existing = self._find_by_hash(digest) if known is None or digest in known else None
        if existing is not None:
            return self._duplicate(extracted, existing)
        facts = self._generate(extracted, max_facts, bank, self.app.clock.now().date())
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(f"Import cancelled; {extracted.title!r} was not stored.")
        try:
            with self.app.session() as session:
                article = store_article(session, extracted, digest, facts, self.app.clock.now())
        except IntegrityError:
            # Stored meanwhile by another program on the same library: the unique hash says so.
            existing = self._find_by_hash(digest)
            if existing is None:
                raise
            return self._duplicate(extracted, existing)
        n_questions = sum(len(f.questions) for f in facts)
        if known is not None:
            known.add(digest)
        if bank is not None:
            bank.add(facts)
        message = f"{n_questions} questions."
        if extracted.language != "en":
            message = (f"Imported; the text is in {language_name(extracted.language)}, and questions are "
                       "generated for English only.")
        if extracted.warnings:
            message += " " + " ".join(extracted.warnings)
        return ImportResult(
            path=extracted.path or extracted.url, status=IMPORTED, article_id=article.id,
            title=article.title, published=article.published, n_questions=n_questions, message=message,
            warnings=list(extracted.warnings),
        )

    @staticmethod
    def _duplicate(extracted: ExtractedArticle, existing) -> ImportResult:
        return ImportResult(
            path=extracted.path or extracted.url, status=DUPLICATE, article_id=existing.id,
            title=existing.title, published=existing.published,
            message=f"Already in the library as “{existing.title}”.",
        )

    def known_hashes(self) -> set[str]:
        with self.app.session() as session:
            return set(session.exec(select(Article.content_hash)).all())

    def regenerate(self, article_id: int, max_facts: int | None = None) -> int:
        """Generate the questions of an article again; questions a person edited are kept."""
        from sqlalchemy import delete

        from studyapp.core.models import FactState, ReviewLog

        article = self.app.articles.get(article_id)
        extracted = ExtractedArticle(title=article.title, text=article.text, published=article.published,
                                     language=article.language)
        facts = self._generate(extracted, max_facts, None, article.imported_at.date())
        with self.app.session() as session:
            kept = select(Question.fact_id).where(Question.article_id == article_id, Question.edited)
            old = select(Fact.id).where(Fact.article_id == article_id, Fact.id.not_in(kept))
            session.exec(delete(ReviewLog).where(ReviewLog.fact_id.in_(old)))
            session.exec(delete(FactState).where(FactState.fact_id.in_(old)))
            session.exec(delete(Question).where(Question.article_id == article_id, ~Question.edited))
            session.exec(delete(Fact).where(Fact.id.in_(old)))
            _store_facts(session, article_id, facts, self.app.clock.now())
        return sum(len(f.questions) for f in facts)

    def _find_by_hash(self, digest: str):
        """(id, title, published) of the article with this content, or None."""
        with self.app.session() as session:
            return session.exec(select(Article.id, Article.title, Article.published)
                                .where(Article.content_hash == digest)).first()

    def _generate(self, extracted: ExtractedArticle, max_facts: int | None,
                  bank: AnswerBank | None, imported: date) -> list["GeneratedFact"]:
        """``imported``: the day the text came in, the latest a wrong choice of a past time may name
        when the article's own date is unknown."""
        if extracted.language != "en":
            return []
        from studyapp.core.generation import generate

        facts = generate(extracted.text, published=extracted.published, max_facts=max_facts,
                         bank=bank.by_type if bank is not None else self.bank(),
                         not_after=extracted.published or imported, title=extracted.title)
        freeze_long_lived_objects()
        return facts

    def bank(self) -> dict[str, list[str]]:
        """Answers already in the bank, by answer type: the second source of wrong choices."""
        query = (
            select(Question.answer_type, Question.answer)
            .where(Question.status == ACTIVE, Question.kind == "short")
            .group_by(Question.answer_type, Question.answer)
            .order_by(Question.answer_type, func.max(Question.id).desc())
        )
        bank: dict[str, list[str]] = {}
        with self.app.session() as session:
            for answer_type, answer in session.exec(query):
                values = bank.setdefault(answer_type, [])
                if len(values) < BANK_CHOICES_PER_TYPE:
                    values.append(answer)
        return bank


_LANGUAGES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
}


def language_name(code: str) -> str:
    """ "French (fr)" for the languages people are likely to bring; the bare code for the rest."""
    return f"{_LANGUAGES[code]} ({code})" if code in _LANGUAGES else f"language '{code}'"


_frozen = False


def freeze_long_lived_objects() -> None:
    """Once the language model is loaded, move it out of the garbage collector's sight.

    The model is hundreds of thousands of objects that live as long as the program; every full
    collection walked them all: 150-320 ms holding the interpreter lock, during which the window froze
    (measured in a bulk import). ``gc.freeze`` leaves them to the permanent generation, so full
    collections only walk the objects made since. It runs once per process."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def store_article(session: Session, extracted: ExtractedArticle, digest: str,
                  facts: list["GeneratedFact"], now) -> Article:
    values = dict(title=extracted.title, source=extracted.source, path=extracted.path, url=extracted.url,
                  published=extracted.published, text=extracted.text, content_hash=digest,
                  language=extracted.language, imported_at=now)
    article_id = session.scalars(insert(Article).returning(Article.id), [values]).one()
    _store_facts(session, article_id, facts, now)
    return Article(id=article_id, **values)  # a detached copy: callers read its fields


def _store_facts(session: Session, article_id: int, facts: list["GeneratedFact"], now) -> None:
    """Bulk inserts: the facts in one statement that returns their ids, then all their questions in
    one more. Building an ORM object per row cost more than a tenth of question generation."""
    if not facts:
        return
    fact_ids = session.scalars(
        insert(Fact).returning(Fact.id, sort_by_parameter_order=True),
        [dict(article_id=article_id, kind=g.kind, key=g.key, answer=g.answer, sentence_start=g.sentence_start,
              sentence_end=g.sentence_end) for g in facts],
    ).all()
    questions = [
        dict(article_id=article_id, fact_id=fact_id, kind=q.kind, answer_type=q.answer_type, prompt=q.prompt,
             answer=q.answer, accepted=list(q.accepted), choices=list(q.choices), source_sentence=q.source_sentence,
             source_start=q.source_start, source_end=q.source_end, quality=q.quality, status=ACTIVE, edited=False,
             extra=dict(q.extra), created_at=now, updated_at=now)
        for fact_id, generated in zip(fact_ids, facts) for q in generated.questions
    ]
    if questions:
        session.execute(insert(Question), questions)
