"""The Qt window of StudyApp: a thin layer over ``studyapp.core``. Views never write SQL; they
call the facade through ``gui.worker.run_task`` and redraw when ``AppContext.changed`` fires."""
