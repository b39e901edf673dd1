"""TLS on loopback: a certificate that does not verify, a hostname mismatch and a server that does not
speak TLS fail after one attempt with a message that says what to fix; a CA from ``SSL_CERT_FILE``
is trusted."""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import FAST_RETRY
from openrouter import OpenRouter, errors
from support import ok
from support.calls import outcome

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")

MODES = ["sync", "async"]


def certificate(directory: Path, name: str, san: str) -> tuple[Path, Path]:
    """A self-signed certificate (its own CA) for ``san``; ``(cert.pem, key.pem)``."""
    cert, key = directory / f"{name}.pem", directory / f"{name}-key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={name}",
         "-addext", f"subjectAltName={san}"],
        check=True,
        capture_output=True,
        timeout=30,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    directory = tmp_path_factory.mktemp("certs")
    return {
        "loopback": certificate(directory, "loopback", "IP:127.0.0.1"),
        "elsewhere": certificate(directory, "elsewhere", "DNS:api.example.invalid"),
    }


class TLSServer:
    """Accepts TLS connections on 127.0.0.1 and answers each request with the plain 200."""

    def __init__(self, cert: Path | None, key: Path | None) -> None:
        self.context: ssl.SSLContext | None = None  # None: plain HTTP, answered as soon as connected
        if cert is not None:
            self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.context.load_cert_chain(cert, key)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                sock, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with sock, contextlib.suppress(OSError):
                sock.settimeout(5)
                if self.context is None:
                    sock.sendall(ok())
                    continue
                with self.context.wrap_socket(sock, server_side=True) as tls:
                    tls.recv(65536)
                    tls.sendall(ok())

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.listener.close()


@pytest.fixture
def tls_server(certs: dict[str, tuple[Path, Path]], request: pytest.FixtureRequest) -> Iterator[TLSServer]:
    server = TLSServer(*certs[getattr(request, "param", "loopback")])
    yield server
    server.close()


def call(mode: str, url: str) -> Any:
    return outcome(mode, OpenRouter(api_key="k", server_url=url, retry_config=FAST_RETRY))


@pytest.mark.parametrize("mode", MODES)
def test_an_untrusted_certificate_fails_after_one_attempt_saying_what_to_fix(
    tls_server: TLSServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    error = call(mode, tls_server.url)
    assert type(error) is errors.APIConnectError
    assert isinstance(error.__cause__, Exception)
    assert tls_server.connections == 1  # was: retried until the budget ended
    message = str(error)
    assert "certificate could not be verified" in message
    assert "SSL_CERT_FILE" in message
    assert "HTTPS_PROXY" in message


@pytest.mark.parametrize("tls_server", ["elsewhere"], indirect=True)
@pytest.mark.parametrize("mode", MODES)
def test_a_hostname_mismatch_fails_after_one_attempt(
    tls_server: TLSServer, certs: dict[str, tuple[Path, Path]], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certs["elsewhere"][0]))  # trusted, but for another name
    error = call(mode, tls_server.url)
    assert type(error) is errors.APIConnectError
    assert tls_server.connections == 1
    assert "IP address mismatch" in str(error) or "mismatch" in str(error).lower()


@pytest.mark.parametrize("mode", MODES)
def test_a_ca_from_ssl_cert_file_is_trusted(
    tls_server: TLSServer, certs: dict[str, tuple[Path, Path]], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certs["loopback"][0]))
    result = call(mode, tls_server.url)
    assert not isinstance(result, Exception), result
    assert result.data.total_credits == 100.5


@pytest.mark.parametrize("mode", MODES)
def test_https_to_a_server_that_does_not_speak_tls_fails_after_one_attempt(mode: str) -> None:
    plain = TLSServer(None, None)
    try:
        error = call(mode, plain.url)
        assert isinstance(error, errors.APIConnectionError)
        assert plain.connections == 1
    finally:
        plain.close()
    assert "TLS handshake failed" in str(error)
    assert "scheme and port" in str(error)
