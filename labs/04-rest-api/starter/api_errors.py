"""Bad input and errors for the iris API: every problem gets a 4xx answer in JSON, before the model is called.

You do not need to change this file. app.py imports it:
    to_sample(data)          one flower (a dict) as the model's four numbers, or a 400 naming the field
    to_batch(data)           a list of flowers as samples, or a 4xx (empty, too many, not a list)
    json_body()              the request's JSON body, or a 4xx (wrong content type, too large, malformed)
    JsonErrorApi(app)        Flask-RESTful's Api, with every error (404, 405, 500 too) answered in JSON
    check_model(model, path) stops the API at start if the file is not lab 03's iris classifier

Errors look like {"error": "petal_width must be a number, got \"wide\"", "field": "petal_width"}.
Requests too large for gunicorn itself (a request line over 4094 bytes, a header over 8190) never
reach this code: gunicorn refuses them with its own error page (414 or 431).
"""
import json
import logging
import math
from pathlib import Path

import sklearn
from flask import jsonify, request
from flask_restful import Api, abort
from werkzeug.exceptions import HTTPException

# The four measurements, in the order the model was trained on (see the notebook of lab 03).
FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
MAX_BATCH = 1000
# No real iris flower measures 0 cm or less, or more than 30 cm: anything else is a typo or a
# unit mistake. Lab 05's front end refuses the same values (its MAX_CM).
MAX_CM = 30.0
# 1000 flowers take about 100 KB of JSON: a larger body is refused before it is parsed.
MAX_BODY_BYTES = 256 * 1024
ROUTES = "GET /health, GET or POST /predict, POST /predict/batch"

log = logging.getLogger("iris-api")


def fail(status: int, message: str, **details) -> None:
    """Stops the request with a JSON error; `field` (and `index` in a batch) say where."""
    abort(status, error=message, **details)


# --- One flower ---------------------------------------------------------------------------------

def to_number(name: str, value, from_query: bool, where: dict) -> float:
    """One measurement as a finite float; anything else (text, true/false, null, NaN) is refused."""
    if from_query:
        try:
            number = float(value)
        except ValueError:
            fail(400, f"{name} must be a number, got {value!r}", field=name, **where)
    # bool is a subclass of int in Python: exclude it explicitly, `true` is not a length.
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        fail(400, f"{name} must be a number, got {json.dumps(value)}", field=name, **where)
    if not math.isfinite(number):
        fail(400, f"{name} must be a finite number, got {value}", field=name, **where)
    if not 0 < number <= MAX_CM:
        fail(400, f"{name} must be more than 0 and at most {MAX_CM:g} cm, got {value}", field=name, **where)
    return number


def to_sample(data, from_query: bool = False, where: dict | None = None) -> list[float]:
    """One flower: exactly the four fields, each a finite number, in the model's order."""
    where = where or {}
    if not isinstance(data, dict):
        fail(400, f"expected a JSON object with the fields {', '.join(FEATURES)}", **where)
    missing = [name for name in FEATURES if name not in data]
    if missing:
        fail(400, f"missing field: {', '.join(missing)}", field=missing[0], **where)
    extra = sorted(name for name in data if name not in FEATURES)
    if extra:
        fail(400, f"unknown field: {', '.join(extra)} (expected {', '.join(FEATURES)})", field=extra[0], **where)
    return [to_number(name, data[name], from_query, where) for name in FEATURES]


def query_sample() -> list[float]:
    """The flower in the query string (?sepal_length=5.1&...)."""
    # A repeated parameter (?sepal_length=1&sepal_length=2) is ambiguous: refuse it.
    for name in request.args:
        if len(request.args.getlist(name)) > 1:
            fail(400, f"{name} is given more than once", field=name)
    return to_sample(request.args.to_dict(), from_query=True)


def to_batch(data) -> list[list[float]]:
    """A list of flowers, each checked like one; a bad one is named by its index."""
    if not isinstance(data, list):
        fail(400, "expected a JSON list of flowers, each an object with the four fields")
    if not data:
        fail(400, "the batch is empty: send at least one flower")
    if len(data) > MAX_BATCH:
        fail(413, f"the batch has {len(data)} flowers; at most {MAX_BATCH} per request")
    return [to_sample(item, where={"index": index}) for index, item in enumerate(data)]


# --- The request body ---------------------------------------------------------------------------

def reject_constant(constant: str):
    """json.loads accepts NaN and Infinity, which JSON does not allow: refuse them."""
    raise ValueError(f"{constant} is not a valid JSON number")


def json_body():
    """The request's JSON, or a 4xx: wrong content type (415), too large (413), malformed (400)."""
    if not request.is_json:
        fail(415, "send JSON with the header Content-Type: application/json")
    # Read at most one byte more than allowed, whether or not the client said the size up front.
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        fail(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    body = request.stream.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        fail(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(body, parse_constant=reject_constant)
    except ValueError as error:  # includes UnicodeDecodeError and JSONDecodeError
        fail(400, f"the body is not valid JSON: {error}")
    except RecursionError:  # JSON nested thousands of levels deep: no flower looks like that
        fail(400, "the body is nested too deeply: send a flower or a list of flowers")


# --- The model file -----------------------------------------------------------------------------

def require_file(path: Path) -> None:
    """Stops the API at start, with the reason, when there is no model file to load."""
    if not path.is_file():
        raise SystemExit(f"model file not found: {path} (copy model/iris-model.pkl from lab 03, or set MODEL_PATH)")


def check_model(model, path: Path):
    """The loaded object must be lab 03's iris classifier; warns when another scikit-learn made it."""
    if not hasattr(model, "predict_proba") or getattr(model, "n_features_in_", None) != len(FEATURES):
        raise SystemExit(f"{path} did not load as the iris classifier of lab 03 (got {type(model).__name__})")
    # The notebook saves the versions next to the model: a pickle made by another scikit-learn may
    # load, yet predict wrongly.
    metadata_path = path.with_suffix(".json")
    made_with = json.loads(metadata_path.read_text()).get("scikit-learn") if metadata_path.is_file() else None
    if made_with and made_with != sklearn.__version__:
        log.warning("the model was pickled with scikit-learn %s, this API runs %s: pin the same version", made_with, sklearn.__version__)
    return model


# --- Errors: always JSON, never an HTML page ----------------------------------------------------

def json_error(error: Exception):
    if isinstance(error, HTTPException):
        body = getattr(error, "data", None)
        if not body and error.code == 404:
            body = {"error": f"no such endpoint: {request.path} (the API has {ROUTES})"}
        elif not body and error.code == 405:
            body = {"error": f"{request.method} is not allowed on {request.path} (the API has {ROUTES})"}
        elif not body:
            body = {"error": error.description}
        response = jsonify(body)
        response.status_code = error.code or 500
        if error.code == 405 and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response
    log.exception("unexpected error")
    response = jsonify({"error": "internal error"})
    response.status_code = 500
    return response


class JsonErrorApi(Api):
    """Flask-RESTful's Api, answering every error in the API's JSON format (not {"message": ...} or HTML)."""

    def __init__(self, app):
        # Flask's own limit (for forms); json_body() enforces the same limit on JSON bodies.
        app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
        app.register_error_handler(Exception, json_error)
        super().__init__(app)

    def handle_error(self, e):
        if not isinstance(e, HTTPException) and self.app.propagate_exceptions:
            raise e  # in tests, show the real traceback
        return json_error(e)
