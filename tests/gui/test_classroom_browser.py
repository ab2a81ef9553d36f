"""Two students join a class from the page in real headless Chromium, answer, and see their score,
while the teacher's window (offscreen Qt) shows the spread of answers."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "classroom"))
from classroom_bank import PASSPHRASE, make_bank  # noqa: E402

from studyapp.gui.worker import wait_for_tasks  # noqa: E402

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
                                reason="needs Debian's chromium and chromium-driver (scripts/install-system-packages.sh)")


@pytest.fixture
def ctx(qtbot, studyapp):
    from studyapp.gui.app import create_application
    from studyapp.gui.context import AppContext

    create_application()
    context = AppContext()
    context.app = studyapp
    yield context
    wait_for_tasks()


@pytest.fixture
def browsers():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opened, folders = [], []

    def open_browser(width: int = 360, height: int = 740):
        folder = tempfile.mkdtemp(prefix="studyapp-chromium-")
        folders.append(folder)
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     f"--user-data-dir={folder}"):
            options.add_argument(flag)
        # a phone's screen: a 360-px-wide viewport (a desktop window cannot be made that narrow)
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height,
                                                                              "pixelRatio": 2}})
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
        opened.append(driver)
        return driver

    yield open_browser
    for driver in opened:
        driver.quit()
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def wait_text(driver, element_id: str, expected: str, timeout: float = 20) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: expected in d.find_element(By.ID, element_id).text)
    return driver.find_element(By.ID, element_id).text


def test_two_students_join_from_the_page_answer_and_see_their_score(qtbot, ctx, studyapp, browsers):
    from selenium.webdriver.common.by import By

    from studyapp.classroom_server.runner import ClassServer
    from studyapp.gui.teacher_session_window import TeacherSessionWindow

    ids = make_bank(studyapp, 3)
    key = studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    studyapp.classroom.save_quiz("Capitals", ids[:2], teacher=key, seconds_per_question=600)
    row = studyapp.classroom.open_session("Capitals", teacher=key)
    server = ClassServer(studyapp.classroom, row.id, clock=studyapp.clock, host="127.0.0.1", port=0,
                         teacher=key).start()
    teacher = TeacherSessionWindow(ctx, row, key, server)
    qtbot.addWidget(teacher)
    teacher.show()
    first = studyapp.questions.get(ids[0])
    try:
        students = {"Ana": browsers(), "<b>Ben</b>": browsers()}
        for name, driver in students.items():
            driver.get(server.join_url)  # what the QR code holds: the code is filled in
            assert driver.find_element(By.ID, "code").get_attribute("value") == server.code
            driver.find_element(By.ID, "name").send_keys(name)
            driver.find_element(By.ID, "name").submit()
            # the name is shown as text: "<b>Ben</b>" is not bold markup on the page
            assert name in wait_text(driver, "prompt", "Waiting for the teacher")
            assert driver.execute_script("return window.innerWidth") == 360  # nothing sticks out sideways:
            assert driver.execute_script("return document.documentElement.scrollWidth") <= 360
        assert not students["<b>Ben</b>"].find_elements(By.TAG_NAME, "b")

        qtbot.mouseClick(teacher.next_button, Qt.MouseButton.LeftButton)
        picks = {"Ana": first.answer, "<b>Ben</b>": first.choices[0]}
        for name, driver in students.items():
            wait_text(driver, "prompt", first.prompt)
            button = next(b for b in driver.find_elements(By.CSS_SELECTOR, "#choices button")
                          if b.text.endswith(picks[name]))
            button.click()
            wait_text(driver, "verdict", "Your answer is in")

        qtbot.waitUntil(lambda: "2 of 2 students answered" in teacher.people_heading.text(), timeout=20_000)
        bars = [teacher.bars.itemAt(i).widget() for i in range(teacher.bars.count())]
        spread = {bars[i].text().lstrip("✔ "): bars[i + 1].value() for i in range(0, len(bars), 2)}
        assert spread[first.answer] == 1 and spread[first.choices[0]] == 1

        qtbot.mouseClick(teacher.reveal_button, Qt.MouseButton.LeftButton)
        assert "Right!" in wait_text(students["Ana"], "verdict", "Right!")
        assert first.answer in wait_text(students["<b>Ben</b>"], "verdict", "Not this time")
        assert "Your score: 1 right of 1 answered" in wait_text(students["Ana"], "score", "1 right")
        assert "Your score: 0 right of 1 answered" in wait_text(students["<b>Ben</b>"], "score", "0 right")
    finally:
        teacher.close()
        server.stop()
