"""Calls the iris API the way the lab page does, with requests, and says what came back.

    python client.py                          # the API published on http://localhost:8080
    python client.py http://localhost:8000    # another address

Exits with 1 when an answer is not what the lab expects.
"""
import sys
import time
from typing import Optional

import requests

BASE_URL = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080").rstrip("/")
FLOWER = {"sepal_length": 7.7, "sepal_width": 3.0, "petal_length": 6.1, "petal_width": 2.3}


def wait_for_api(seconds: int = 30) -> None:
    """The container needs a moment to start: retry until /health answers."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            requests.get(f"{BASE_URL}/health", timeout=2)
            return
        except requests.ConnectionError:
            if time.monotonic() > deadline:
                sys.exit(f"FAIL  nothing answers on {BASE_URL}: is the container running (docker ps)?")
            time.sleep(1)


def show(title: str, response: requests.Response, expected_status: int, species: Optional[str] = None) -> bool:
    """Prints one answer; it passes with the expected status (and species, when given)."""
    try:
        body = response.json()
    except ValueError:
        body = response.text
    ok = response.status_code == expected_status
    if species is not None:
        ok = ok and isinstance(body, dict) and body.get("species") == species
    print(f"{'PASS' if ok else 'FAIL'}  {title}: {response.status_code} {body}")
    return ok


wait_for_api()
results = [
    # GET with query parameters: requests builds ?sepal_length=5.1&... from the dict.
    show("GET /health", requests.get(f"{BASE_URL}/health", timeout=10), 200),
    show(
        "GET /predict",
        requests.get(
            f"{BASE_URL}/predict",
            params={"sepal_length": 5.1, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2},
            timeout=10,
        ),
        200,
        species="setosa",
    ),
    # POST with json=: requests sends the dict as JSON, with Content-Type: application/json.
    show("POST /predict", requests.post(f"{BASE_URL}/predict", json=FLOWER, timeout=10), 200, species="virginica"),
    show("POST /predict/batch", requests.post(f"{BASE_URL}/predict/batch", json=[FLOWER, FLOWER], timeout=10), 200),
    # A mistake on purpose: the API must answer 400 with a message, not crash.
    show("POST /predict with a bad value", requests.post(f"{BASE_URL}/predict", json={**FLOWER, "petal_width": "wide"}, timeout=10), 400),
]
print("All requests answered as expected." if all(results) else "Some answers were not as expected.")
sys.exit(0 if all(results) else 1)
