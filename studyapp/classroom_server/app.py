"""The class server's HTTP routes (the API is documented in docs/CLASSROOM.md):

    GET  /                 the student page (plain HTML, CSS and JS shipped in the package)
    POST /api/join         {"code", "name"[, "token"]} -> {"token", "student"}
    GET  /api/state        Bearer token -> the phase, the current question, the student's own score
    POST /api/answer       Bearer token, {"question", "answer"} -> {"accepted", "reason"}
    GET  /api/verdicts     Bearer token -> the student's answered questions that closed: key and verdict
    GET  /api/events       server-sent events: the version moved, read /api/state again
    GET  /join.svg         the join address with the code as a QR code (teacher's machine only)

Database work runs in the server's worker threads (plain ``def`` endpoints); the event stream and
the watcher that notices the teacher's moves run on the server's own asyncio loop."""

from __future__ import annotations

import asyncio
import json
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any, Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.staticfiles import StaticFiles
from starlette.routing import Mount

from studyapp.classroom_server.ratelimit import JoinLimiter
from studyapp.classroom_server.service import ClassService, Student
from studyapp.core.classroom.records import AlreadyAnswered, TimeUp
from studyapp.core.errors import InvalidInput, NotFound, PermissionDenied, StudyAppError

WATCH_SECONDS = 0.5
HEARTBEAT_SECONDS = 15.0
MAX_BODY = 4096
HEADERS = {
    # The page runs only its own script and talks only to this server; nothing is cached.
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _static_folder() -> str:
    return str(files("studyapp.classroom_server") / "static")


def _refusal(reason: str, status: int) -> JSONResponse:
    return JSONResponse({"accepted": False, "reason": reason}, status_code=status)


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise InvalidInput("The request is too large.")
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise InvalidInput("The request is not JSON.") from None
    if not isinstance(data, dict):
        raise InvalidInput("The request must be a JSON object.")
    return data


def _text(data: dict[str, Any], key: str, limit: int) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise InvalidInput(f"{key!r} must be text.")
    return value[:limit]


def build_app(service: ClassService, limiter: JoinLimiter | None = None,
              on_idle: Callable[[], None] | None = None) -> Starlette:
    limiter = limiter or JoinLimiter()
    stopping = asyncio.Event()

    async def bearer(request: Request) -> Student | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return service.known_student(token.strip()) or await run_in_threadpool(service.student, token.strip())

    def address(request: Request) -> str:
        return request.client.host if request.client else "?"

    async def page(_request: Request) -> Response:
        html = (files("studyapp.classroom_server") / "static" / "index.html").read_bytes()
        return Response(html, media_type="text/html; charset=utf-8")

    async def join_picture(request: Request) -> Response:
        # It carries the code: only for a browser on the teacher's own machine, or guessing the
        # code would be one request away for anyone on the network.
        if address(request) not in ("127.0.0.1", "::1"):
            return _error("The join picture is shown on the teacher's computer only.", 403)
        from studyapp.classroom_server.qr import qr_svg

        base = f"{request.url.scheme}://{request.url.netloc}"
        return Response(qr_svg(service.join_url or f"{base}/?code={service.code}"), media_type="image/svg+xml")

    async def join(request: Request) -> Response:
        where = address(request)
        wait = limiter.retry_after(where)
        if wait > 0:
            return JSONResponse({"error": f"Too many tries; wait {int(wait) + 1} seconds."}, status_code=429,
                                headers={"Retry-After": str(int(wait) + 1)})
        try:
            data = await _body(request)
            code, name = _text(data, "code", 40), _text(data, "name", 200)
            token = _text(data, "token", 200) or None
        except InvalidInput as error:
            return _error(str(error), 400)
        try:
            token, student = await run_in_threadpool(service.join, code, name, token)
        except NotFound as error:
            limiter.failed(where)
            return _error(str(error), 404)
        except PermissionDenied as error:
            limiter.failed(where)
            return _error(str(error), 409)
        except InvalidInput as error:
            return _error(str(error), 400)
        except StudyAppError as error:  # the library is busy or failing: try again, nothing was half-done
            return _error(f"The class server could not add you now; try again. ({error})", 503)
        return JSONResponse({"token": token, "student": {"name": student.name}})

    async def state(request: Request) -> Response:
        student = await bearer(request)
        if student is None:
            return _error("Join the class first (your token is missing or no longer valid).", 401)
        if service.ready(student):  # from memory: no thread hop, no database
            return JSONResponse(service.view(student))
        return JSONResponse(await run_in_threadpool(service.view, student))

    async def verdicts(request: Request) -> Response:
        student = await bearer(request)
        if student is None:
            return _error("Join the class first (your token is missing or no longer valid).", 401)
        return JSONResponse({"verdicts": await run_in_threadpool(service.verdicts, student)})

    async def answer(request: Request) -> Response:
        student = await bearer(request)
        if student is None:
            return _refusal("Join the class first (your token is missing or no longer valid).", 401)
        try:
            data = await _body(request)
            question = data.get("question")
            if not isinstance(question, int) or isinstance(question, bool):
                raise InvalidInput("'question' must be the question's id.")
            given = _text(data, "answer", 500)
        except InvalidInput as error:
            return _refusal(str(error), 400)
        try:
            written = service.writer.submit(service.request(student, question, given))
            return JSONResponse(service.reply(student, await asyncio.wrap_future(written)))
        except AlreadyAnswered as error:
            return _refusal(str(error), 409)
        except TimeUp as error:
            return _refusal(str(error), 409)
        except NotFound as error:
            return _refusal(str(error), 404)
        except StudyAppError as error:
            return _refusal(str(error), 409)

    async def events(_request: Request) -> Response:
        async def stream():
            seen, quiet = -1, 0.0
            yield f"retry: 2000\n\n"
            while not stopping.is_set():
                if service.version != seen:
                    seen, quiet = service.version, 0.0
                    yield f"data: {seen}\n\n"
                elif quiet >= HEARTBEAT_SECONDS:
                    quiet = 0.0
                    yield ": still here\n\n"
                await asyncio.sleep(0.2)
                quiet += 0.2

        return StreamingResponse(stream(), media_type="text/event-stream")

    async def watch() -> None:
        while not stopping.is_set():
            try:
                await run_in_threadpool(service.watch)
            except Exception:  # a database hiccup must not stop the live updates for good
                pass
            if service.idle() and on_idle is not None:
                on_idle()
            await asyncio.sleep(WATCH_SECONDS)

    @asynccontextmanager
    async def lifespan(_app):
        task = asyncio.create_task(watch())
        try:
            yield
        finally:
            stopping.set()
            task.cancel()

    routes = [Route("/", page), Route("/join.svg", join_picture), Route("/api/join", join, methods=["POST"]), Route("/api/state", state),
              Route("/api/answer", answer, methods=["POST"]), Route("/api/verdicts", verdicts), Route("/api/events", events),
              Mount("/static", StaticFiles(directory=_static_folder()), name="static")]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.stopping = stopping
    return _with_headers(app)


def _with_headers(inner):
    """Security headers on every response (pure ASGI, so the event stream is not buffered)."""
    extra = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]

    async def app(scope, receive, send):
        if scope["type"] != "http":
            await inner(scope, receive, send)
            return

        async def sending(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await inner(scope, receive, sending)

    app.state = inner.state
    return app
