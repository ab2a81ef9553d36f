"""Maps the top-level resources/ folder into the package as studyapp.resources, and compiles the
translations (resources/translations/*.ts) into the .qm files Qt loads, at build time.

pyproject.toml cannot combine automatic package discovery with a package kept outside the
package folder, or run a build step, so this small file does only that; everything else lives in
pyproject.toml.
"""
import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"


class BuildWithTranslations(build_py):
    """``pip install .`` (and ``-e .``, and the bundle) gets the .qm files compiled by the
    lrelease of the PySide6 wheel: the installed environment's with ``--no-build-isolation`` as the
    README installs, the one listed in pyproject's build requirements otherwise."""

    def run(self) -> None:
        super().run()
        # the same code the app's translators and the tests use (loaded by path: the package
        # itself is not importable while it is being built)
        spec = importlib.util.spec_from_file_location("_studyapp_translation",
                                                      HERE / "studyapp" / "gui" / "translation.py")
        tools = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tools)
        # an editable install serves resources/ itself, so the .qm go beside the .ts there
        target = TRANSLATIONS if self.editable_mode else Path(self.build_lib, "studyapp", "resources", "translations")
        built = tools.compile_catalogues(TRANSLATIONS, target)
        if not built:
            raise SystemExit(f"No translations were compiled from {TRANSLATIONS}")


setup(
    packages=find_packages(include=["studyapp", "studyapp.*"]) + ["studyapp.resources"],
    package_dir={"studyapp.resources": "resources"},
    package_data={
        "studyapp.resources": ["samples/*.txt", "style/*.qss", "style/*.svg", "icons/*.svg", "icons/*.png",
                               "translations/*.qm", "desktop/*.desktop", "desktop/*.xml"],
        "studyapp.core.migrations": ["script.py.mako", "versions/*.py"],
        # the generator's rules as data: word lists, spaCy patterns, vetoes
        "studyapp.core.generation": ["data/words/*.txt", "data/patterns/*.jsonl", "data/*.jsonl",
                                     "data/gazetteer/*.tsv", "data/gazetteer/*.md", "data/choices/*.tsv"],
        "studyapp.core.importing": ["data/*.jsonl"],
        # the student page the class server serves
        "studyapp.classroom_server": ["static/*.html", "static/*.js", "static/*.css"],
    },
    include_package_data=False,
    cmdclass={"build_py": BuildWithTranslations},
)
