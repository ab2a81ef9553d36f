"""A local web server that answers one byte per ``interval`` seconds (the status line and headers
too), for tests of download deadlines and Cancel. Each test owns its server."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2000\r\n\r\n"
        + b"Japan ruled Korea until 1945. " * 66 + b"..")


@contextmanager
def slow_server(interval: float = 1.0):
    """Yields (url, state): state["closed"] is set once the client went away."""
    state = {"closed": threading.Event(), "requests": 0}

    class Dribble(BaseHTTPRequestHandler):
        def handle(self) -> None:
            state["requests"] += 1
            self.rfile.readline()
            try:
                for byte in PAGE:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(interval)
            except (BrokenPipeError, ConnectionResetError, socket.error):
                pass
            finally:
                state["closed"].set()

        def log_message(self, *_args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Dribble)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/article.txt", state
    finally:
        server.shutdown()
        server.server_close()
