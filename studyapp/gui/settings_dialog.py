"""Settings (View ▸ Settings…, Ctrl+,): appearance for this computer, study settings for the learner.

Appearance (light/dark following the system, text size, language) is kept in a small file in the data folder
(``preferences.py``) so that the window opens with it before the database is open; it is previewed
while the dialog is open and put back on Cancel. Study settings (desired retention, new facts per
day, self-grading) belong to the current learner and are stored in the database.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QLabel, QSpinBox, QVBoxLayout)

from studyapp.gui import preferences, theme, translation
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task

TEXT_PT_RANGE = (8, 28)


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(460)
        self.original = getattr(ctx, "appearance", None) or preferences.Appearance()
        layout = QVBoxLayout(self)

        look = QGroupBox(translate("SettingsDialog", "Appearance (this computer)"))
        form = QFormLayout(look)
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(translate("SettingsDialog", "Colour scheme"))
        for text, value in ((translate("SettingsDialog", "Follow the system"), theme.SYSTEM), (translate("SettingsDialog", "Light"), theme.LIGHT), (translate("SettingsDialog", "Dark"), theme.DARK)):
            self.theme_combo.addItem(text, value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(self.original.theme)))
        form.addRow(translate("SettingsDialog", "&Colours:"), self.theme_combo)
        self.text_spin = QSpinBox()
        self.text_spin.setRange(*TEXT_PT_RANGE)
        self.text_spin.setSuffix(translate("SettingsDialog", " pt"))
        self.text_spin.setAccessibleName(translate("SettingsDialog", "Text size in points"))
        self.text_spin.setValue(self.original.text_pt)
        form.addRow(translate("SettingsDialog", "&Text size:"), self.text_spin)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(translate("SettingsDialog", "Language"))
        self.language_combo.addItem(translate("SettingsDialog", "System"), translation.SYSTEM)
        for code, name in translation.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.original.language)))
        form.addRow(translate("SettingsDialog", "&Language:"), self.language_combo)
        # Every window sets its texts when it is built, so another language shows from the next start.
        self.language_note = QLabel(translate("SettingsDialog", "The new language shows when StudyApp starts again."))
        self.language_note.setWordWrap(True)
        self.language_note.setProperty("muted", True)
        self.language_note.hide()
        form.addRow(self.language_note)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language_combo.currentData() != self.original.language))
        layout.addWidget(look)

        learner = ctx.learner.name if ctx.learner else ""
        study = QGroupBox(translate("SettingsDialog", "Study (for {learner})").format(learner=learner))
        form = QFormLayout(study)
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(70, 97)
        self.retention_spin.setSuffix(" %")
        self.retention_spin.setAccessibleName(translate("SettingsDialog", "Desired retention in percent"))
        self.retention_spin.setToolTip(translate("SettingsDialog", "How likely you want to be to remember a fact when it comes up. "
                                          "Higher means more reviews."))
        form.addRow(translate("SettingsDialog", "Desired &retention:"), self.retention_spin)
        self.new_spin = QSpinBox()
        self.new_spin.setRange(0, 9999)
        self.new_spin.setAccessibleName(translate("SettingsDialog", "New facts per day"))
        form.addRow(translate("SettingsDialog", "&New facts per day:"), self.new_spin)
        self.self_grading_check = QCheckBox(translate("SettingsDialog", "Let me grade myself (Again, Hard, Good, Easy)"))
        self.self_grading_check.setAccessibleName(translate("SettingsDialog", "Grade myself"))
        form.addRow(self.self_grading_check)
        self.typed_first_check = QCheckBox(translate("SettingsDialog", "Ask me to type answers from the first day"))
        self.typed_first_check.setAccessibleName(translate("SettingsDialog", "Typed answers from the first day"))
        self.typed_first_check.setToolTip(translate("SettingsDialog", "Otherwise a fact is asked with choices while it is young and typed once you know it well."))
        form.addRow(self.typed_first_check)
        hint = QLabel(translate("SettingsDialog", "Without self-grading the grade follows from your answer and how quickly you gave it."))
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        form.addRow(hint)
        self.study_box = study
        study.setEnabled(False)  # until the learner's settings are read
        layout.addWidget(study)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.theme_combo.currentIndexChanged.connect(lambda _i: self._preview())
        self.text_spin.valueChanged.connect(lambda _v: self._preview())
        self._load_study_settings()

    def _load_study_settings(self) -> None:
        if self.ctx.app is None or self.ctx.learner is None:
            return
        learner_id = self.ctx.learner.id

        def done(settings) -> None:
            self.retention_spin.setValue(round(settings.desired_retention * 100))
            self.new_spin.setValue(settings.new_per_day)
            self.self_grading_check.setChecked(settings.self_grading)
            self.typed_first_check.setChecked(settings.typed_first)
            self.study_box.setEnabled(True)

        run_task(self.ctx, lambda _t: self.ctx.app.study.settings(learner_id), on_done=done)

    def appearance(self) -> preferences.Appearance:
        return preferences.Appearance(theme=self.theme_combo.currentData(), text_pt=self.text_spin.value(),
                                      language=self.language_combo.currentData())

    def _preview(self) -> None:
        chosen = self.appearance()
        theme.apply(QApplication.instance(), chosen.theme, chosen.text_pt)

    def reject(self) -> None:
        theme.apply(QApplication.instance(), self.original.theme, self.original.text_pt)
        super().reject()

    def save(self) -> None:
        chosen = self.appearance()
        folder = getattr(self.ctx, "data_folder", None)
        if folder is not None:
            from studyapp.core.errors import StudyAppError

            try:
                preferences.save(folder, chosen)
            except StudyAppError as error:
                from studyapp.gui.error_dialog import show_error

                show_error(self, error)
                return
        self.ctx.appearance = chosen
        theme.apply(QApplication.instance(), chosen.theme, chosen.text_pt)
        if not self.study_box.isEnabled() or self.ctx.app is None:
            self.accept()
            return
        learner_id = self.ctx.learner.id
        retention, new, grading = self.retention_spin.value() / 100, self.new_spin.value(), self.self_grading_check.isChecked()
        typed_first = self.typed_first_check.isChecked()
        self.buttons.setEnabled(False)

        def failed(error) -> None:
            from studyapp.gui.error_dialog import show_error

            self.buttons.setEnabled(True)
            show_error(self, error)

        run_task(self.ctx, lambda _t: self.ctx.app.study.save_settings(
            learner_id, desired_retention=retention, new_per_day=new, self_grading=grading,
            typed_first=typed_first),
            on_done=lambda _s: self.accept(), on_error=failed, changes="settings")


def add_settings_action(ctx, menu) -> QAction:
    """View ▸ Settings… (Ctrl+,)."""
    action = QAction(translate("SettingsDialog", "&Settings…"), menu)
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: SettingsDialog(ctx, ctx.window).exec())
    menu.addSeparator()
    menu.addAction(action)
    return action


def follow_system_colours(ctx) -> None:
    """When the appearance follows the system, switch with it while the program runs."""
    def changed(_scheme) -> None:
        appearance = getattr(ctx, "appearance", None)
        if appearance is not None and appearance.theme == theme.SYSTEM:
            theme.apply(QApplication.instance(), theme.SYSTEM, appearance.text_pt)

    QApplication.styleHints().colorSchemeChanged.connect(changed)

