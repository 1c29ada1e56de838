"""Family 5: no network. Every test in the suite runs with socket creation and name lookups
refused (tests/conftest.py); these tests prove the guard bites, that a swallowed attempt
still fails its test, and that loopback is opened only where a test asks for it."""

from __future__ import annotations

import contextlib
import socket

import pytest

from tests.conftest import NetworkAttempt

pytestmark = pytest.mark.reliability("no-network")


@pytest.mark.parametrize("attempt", [
    lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
    lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
    lambda: socket.create_connection(("example.org", 443), timeout=1),
    lambda: socket.getaddrinfo("example.org", 443),
    lambda: socket.gethostbyname("example.org"),
], ids=["socket AF_INET", "socket AF_INET6", "create_connection", "getaddrinfo",
        "gethostbyname"])
def test_every_way_out_is_refused_and_recorded(attempt: object,
                                               no_network: list[str]) -> None:
    assert callable(attempt)
    with pytest.raises(NetworkAttempt):
        attempt()
    assert len(no_network) == 1
    no_network.clear()  # this test made the attempt on purpose


def test_an_attempt_that_code_swallows_is_still_seen(no_network: list[str]) -> None:
    with contextlib.suppress(Exception):  # what careless library code might do
        socket.getaddrinfo("tiles.example.org", 80)
    assert no_network == ["getaddrinfo('tiles.example.org', 80)"]
    no_network.clear()


@pytest.mark.loopback
def test_loopback_is_open_only_to_tests_that_ask(no_network: list[str]) -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.close()
    with pytest.raises(NetworkAttempt):
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    no_network.clear()
