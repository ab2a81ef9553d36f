"""The class server: the teacher's StudyApp serves one class session over HTTP to the students'
browsers (and to StudyApp's own "Join a class" window). Starlette on uvicorn, in its own thread with
its own asyncio loop; the classroom manager does the work, one database session per request.

Nothing but the current question (and, once it closed, its key) ever leaves the server; a student
proves who they are with the bearer token they got when joining. See docs/CLASSROOM.md for the API."""
