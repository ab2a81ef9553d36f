"""Encodings are detected, not assumed: the same article written in each encoding imports with every
character right; a text that is not English is marked with its language."""

import pytest

from studyapp.core.importing.extract import extract

WESTERN = ("Café society in Zürich\n\n"
           "The “naïve” résumé of the façade cost 5 € — jalapeño, crème brûlée and smørrebrød were served.\n\n"
           "Señor Peña said: ‘It was the best day of the year’, and everyone at the table agreed with him.\n")
JAPANESE = ("日本と韓国の首脳会談\n\n"
            "日本と韓国の首脳は東京で会談し、両国の関係改善について話し合った。会談は二時間続いた。\n\n"
            "岸田首相は「未来志向の関係を築きたい」と述べ、尹大統領も同意した。\n")
KOREAN = ("한일 정상회담\n\n"
          "한국과 일본의 정상은 서울에서 회담을 열고 양국 관계 개선에 대해 논의했다. 회담은 두 시간 동안 계속되었다.\n\n"
          "기시다 총리는 미래 지향적인 관계를 만들고 싶다고 말했고, 윤 대통령도 동의했다.\n")
CHINESE = ("中日领导人会谈\n\n"
           "中国和日本的领导人在北京举行会谈，讨论了两国关系的改善问题。会谈持续了两个小时。\n\n"
           "双方表示希望建立面向未来的关系，并同意加强经济合作。\n")

CASES = [
    ("utf-8", WESTERN + "\n" + JAPANESE), ("utf-8-sig", WESTERN + "\n" + KOREAN),
    ("utf-16", WESTERN + "\n" + CHINESE),
    ("cp1252", WESTERN), ("shift_jis", JAPANESE), ("euc_kr", KOREAN), ("gb18030", CHINESE),
]


def expected_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize(("encoding", "text"), CASES, ids=[c[0] for c in CASES])
def test_every_character_right(tmp_path, encoding, text):
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = extract(str(path))
    title, *body = expected_paragraphs(text)
    assert article.title == title
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize(("text", "language"), [(JAPANESE, "ja"), (KOREAN, "ko"), (CHINESE, "zh"),
                                                (WESTERN, "en")])
def test_language_is_detected(tmp_path, text, language):
    path = tmp_path / "article.txt"
    path.write_text(text if language != "en" else WESTERN.replace("Café", "Cafe") + (
        "The council met on Tuesday and approved the budget for the coming year after a long debate.\n"), "utf-8")
    assert extract(str(path)).language == language


def test_french_article_is_marked_french(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un débat de six "
                    "heures. Les travaux commenceront en mars et coûteront quatre cents millions d'euros.", "utf-8")
    assert extract(str(path)).language == "fr"


def test_html_page_in_its_declared_encoding_keeps_every_paragraph(tmp_path):
    title, *body = expected_paragraphs(JAPANESE)
    page = (f'<html><head><meta charset="shift_jis"><title>{title}</title></head><body><article>'
            + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("shift_jis"))
    article = extract(str(path))
    assert (article.title, article.text.split("\n\n"), article.language) == (title, body, "ja")
