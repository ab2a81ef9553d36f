"""Starting and stopping the class server: uvicorn in a thread of its own, with its own asyncio
loop, so the teacher's window (or the command line) never waits on a student's request.

    server = ClassServer(app.classroom, session_id, clock=app.clock, host="0.0.0.0", port=0)
    server.start()          # returns once it listens; server.url, server.code
    ...
    server.stop()           # ends the session (students' tokens stop working) and the thread
"""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Callable

from studyapp.classroom_server.ratelimit import JoinLimiter
from studyapp.classroom_server.service import ClassService
from studyapp.core.classroom.manager import ClassroomManager
from studyapp.core.clock import Clock
from studyapp.core.errors import StudyAppError

START_TIMEOUT = 15.0
ANY_ADDRESS = ("0.0.0.0", "::", "")


def class_network_address() -> str:
    """This machine's address on the network that leads outwards (the class Wi-Fi or LAN). The UDP
    'connection' sends no packet; it only asks the system which interface it would use."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, never contacted
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def join_url(base: str, code: str) -> str:
    """The address a QR code carries: the page fills the code in by itself."""
    return f"{base}/?code={code}"


class ClassServer:
    def __init__(self, classroom: ClassroomManager, session_id: int, *, clock: Clock, host: str = "0.0.0.0",
                 port: int = 0, idle_minutes: float = 30.0, on_stopped: Callable[[str], None] | None = None,
                 limiter: JoinLimiter | None = None, teacher=None):
        self.classroom = classroom
        self.session_id = session_id
        self.host, self.port = host, port
        self.teacher = teacher  # the key that may end the session when the server stops or idles
        self.service = ClassService(classroom, session_id, clock, idle_seconds=idle_minutes * 60)
        self.limiter = limiter or JoinLimiter()
        self.on_stopped = on_stopped
        self._server = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._app = None
        self.stop_reason = ""
        self.error: BaseException | None = None

    @property
    def code(self) -> str:
        return self.service.code

    @property
    def url(self) -> str:
        shown = class_network_address() if self.host in ANY_ADDRESS else self.host
        if ":" in shown:
            shown = f"[{shown}]"
        return f"http://{shown}:{self.port}"

    @property
    def join_url(self) -> str:
        return join_url(self.url, self.code)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> "ClassServer":
        import uvicorn

        from studyapp.classroom_server.app import build_app

        self._app = build_app(self.service, self.limiter, on_idle=lambda: self._request_stop("idle"))
        config = uvicorn.Config(self._app, host=self.host, port=self.port, log_level="warning", access_log=False,
                                lifespan="on", timeout_graceful_shutdown=2, server_header=False,
                                # phones poll every few seconds: keep their connections open longer
                                # than that, or a request may race the server closing an idle one
                                timeout_keep_alive=75,
                                proxy_headers=False)
        self._server = uvicorn.Server(config)
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)

            async def main():
                task = asyncio.create_task(self._server.serve())
                while not self._server.started and not task.done():
                    await asyncio.sleep(0.02)
                ready.set()
                await task

            try:
                loop.run_until_complete(main())
            except BaseException as error:  # reported by start() or in stop_reason
                self.error = error
            finally:
                ready.set()
                loop.close()
                self._finish()

        self._thread = threading.Thread(target=serve, name="class-server", daemon=True)
        self._thread.start()
        if not ready.wait(START_TIMEOUT) or not self._server.started:
            self._request_stop("failed")
            raise StudyAppError(f"The class server could not listen on {self.host}:{self.port} "
                                f"({self.error or 'the address may be in use'}); choose another --port.")
        sockets = self._server.servers[0].sockets
        self.port = sockets[0].getsockname()[1]
        self.service.join_url = self.join_url
        return self

    def _request_stop(self, reason: str) -> None:
        if not self.stop_reason:
            self.stop_reason = reason
        if self._server is not None:
            self._server.should_exit = True
        if self._loop is not None and self._app is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._app.state.stopping.set)
            except RuntimeError:
                pass

    def _finish(self) -> None:
        """The server thread is ending: the session ends with it, so no token works any more."""
        self.service.close()
        if self.teacher is not None:
            try:
                self.classroom.end_session(self.session_id, teacher=self.teacher)
            except StudyAppError:
                pass
        if self.on_stopped is not None:
            self.on_stopped(self.stop_reason or "stopped")

    def stop(self, reason: str = "stopped") -> None:
        self._request_stop(reason)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(10)

    def wait(self) -> None:
        """Block until the server stops (the command line's ``serve``); Ctrl+C stops it."""
        try:
            while self.running:
                self._thread.join(0.5)
        except KeyboardInterrupt:
            self.stop("interrupted")
