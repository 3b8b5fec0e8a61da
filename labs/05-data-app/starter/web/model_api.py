"""Talks to the model API of lab 04: which model it serves, and predictions in batches."""
import requests

from upload_csv import Flower

# The API of lab 04 takes at most 1000 flowers per request (its MAX_BATCH).
BATCH_SIZE = 1000
# Seconds to connect, and to wait for an answer: a slow API fails the upload instead of hanging it.
TIMEOUT = (3, 20)


class ApiUnavailable(Exception):
    """The API did not answer, timed out, or failed (5xx): try again later."""


class ApiRefused(Exception):
    """The API answered a batch with a 4xx: what it said, and which flower it was about."""

    def __init__(self, message: str, row: int | None):
        super().__init__(message)
        self.row = row


def _call(method: str, url: str, **kwargs) -> requests.Response:
    try:
        response = requests.request(method, url, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as error:
        raise ApiUnavailable(f"the model API at {url} did not answer ({type(error).__name__})") from None
    if response.status_code >= 500:
        raise ApiUnavailable(f"the model API answered {response.status_code} to {method} {url}")
    return response


def model_name(api_url: str) -> str:
    """The model file the API says it serves (its /health answer)."""
    response = _call("GET", f"{api_url}/health")
    try:
        return str(response.json()["model"])
    except (ValueError, KeyError, TypeError):
        raise ApiUnavailable(f"the model API's /health answer is not the one of lab 04: {response.text[:200]}") from None


def predict(api_url: str, flowers: list[Flower]) -> list[dict]:
    """One prediction per flower, in order, sent in batches the API accepts."""
    predictions: list[dict] = []
    for start in range(0, len(flowers), BATCH_SIZE):
        batch = flowers[start:start + BATCH_SIZE]
        response = _call("POST", f"{api_url}/predict/batch", json=[flower.as_json() for flower in batch])
        try:
            body = response.json()
        except ValueError:
            raise ApiUnavailable(f"the model API answered with something that is not JSON: {response.text[:200]}") from None
        if response.status_code != 200:
            index = body.get("index") if isinstance(body, dict) else None
            row = batch[index].row if isinstance(index, int) and 0 <= index < len(batch) else None
            raise ApiRefused(str(body.get("error", body) if isinstance(body, dict) else body), row)
        answers = body.get("predictions") if isinstance(body, dict) else None
        if not isinstance(answers, list) or len(answers) != len(batch):
            raise ApiUnavailable("the model API answered a batch with the wrong number of predictions")
        predictions.extend(answers)
    return predictions
