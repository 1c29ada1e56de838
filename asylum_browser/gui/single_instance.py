"""One window takes the links: a second launch with a link hands it over and ends.

The first window listens on a local socket (QLocalServer: a Unix socket, or a named pipe on
Windows; never a network port) named for this user and this workspace, so two users, or tests
with their own data folders, never reach each other's window. A launch with a link first tries
to hand the link to that window: one line of UTF-8 out, "ok" back. Only when no window answers
does it open its own. A socket file left by a window that crashed answers nobody; the next
window that listens removes it and takes the name over.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from asylum_browser.paths import user_data_dir

ACK = b"ok\n"
MAX_LINK_BYTES = 64 * 1024  # a search link holds a query; nothing sent here is longer
HAND_OVER_MS = 3000  # a running window answers in milliseconds; a hung one is given up on
READ_MS = 5000  # a connection that sends no whole line in this time is dropped


def server_name() -> str:
    """The socket's name: per user (the runtime folder, or the user id in the name) and per
    workspace (a hash of the data folder)."""
    workspace = hashlib.sha256(str(user_data_dir()).encode("utf-8")).hexdigest()[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and runtime and Path(runtime).is_absolute() \
            and Path(runtime).is_dir() and os.access(runtime, os.W_OK):
        return str(Path(runtime) / f"asylum-browser-{workspace}.socket")
    user = str(os.getuid()) if hasattr(os, "getuid") else hashlib.sha256(
        os.environ.get("USERNAME", "user").encode("utf-8")).hexdigest()[:8]
    return f"asylum-browser-{user}-{workspace}"


def hand_over(link: str, name: str | None = None, wait_ms: int = HAND_OVER_MS) -> bool:
    """Give ``link`` to the running window; True once it said it took it.

    Blocking, and needs no QApplication: it runs before the window would be made.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(link.encode("utf-8") + b"\n")
    socket.flush()
    answer = b""
    while ACK not in answer and socket.waitForReadyRead(wait_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ACK in answer


def _answers(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(500)
    probe.abort()
    return alive


class LinkServer(QObject):
    """Signals: link_received(str), each link a second launch handed over."""

    link_received = Signal(str)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Take the name; False when another window holds it (that one takes the links).

        Asked first: with UserAccessOption Qt puts its socket in place by renaming over any
        file of that name, a live window's too.
        """
        if _answers(self.name):
            return False
        QLocalServer.removeServer(self.name)  # a crashed window's socket file, if any
        return self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def full_name(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection is None:
                return
            connection.setParent(self)
            received = bytearray()
            handled: list[bool] = []
            timer = QTimer(connection)
            timer.setSingleShot(True)
            # A Python callable: PySide cannot connect to abort(), which is no Qt slot.
            timer.timeout.connect(lambda connection=connection: connection.abort())
            timer.start(READ_MS)

            def read(connection: QLocalSocket = connection, received: bytearray = received,
                     handled: list[bool] = handled) -> None:
                received.extend(bytes(connection.readAll().data()))
                if handled:
                    return
                if b"\n" not in received:
                    if len(received) > MAX_LINK_BYTES:
                        connection.abort()
                    return
                handled.append(True)
                line = bytes(received.split(b"\n", 1)[0][:MAX_LINK_BYTES])
                connection.write(ACK)
                connection.flush()
                connection.disconnectFromServer()
                self.link_received.emit(line.decode("utf-8", errors="replace").strip())

            connection.readyRead.connect(read)
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                read()
