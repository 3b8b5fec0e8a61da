"""Lab 04: the iris model of lab 03 behind a REST API (Flask-RESTful, served by gunicorn).

YOUR TEMPLATE: replace each TODO with the code it describes; most of it comes from your notebook.
The input checks are written for you: use them, so bad input gets a 4xx answer, never a 500.

Endpoints (every answer is JSON, errors too: {"error": "...", "field": "..."}):
    GET  /health                 is the API up, and which model does it serve?
    GET  /predict?sepal_length=5.1&sepal_width=3.5&petal_length=1.4&petal_width=0.2
    POST /predict                one flower as a JSON object with the same four fields
    POST /predict/batch          a JSON list of such objects (at most 1000)

The model is loaded once, when the app starts, from the pickle made in lab 03: the API never
trains. MODEL_PATH overrides where it is read from.
"""
import json
import logging
import math
import os
import pickle
from pathlib import Path

import sklearn
from flask import Flask, jsonify, request
from flask_restful import Api, Resource, abort
from werkzeug.exceptions import HTTPException

# The four measurements, in the order the model was trained on (see the notebook of lab 03).
FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
MAX_BATCH = 1000
# No real iris flower measures 0 cm or less, or more than 30 cm: anything else is a typo or a
# unit mistake. Lab 05's front end refuses the same values (its MAX_CM).
MAX_CM = 30.0
# 1000 flowers take about 100 KB of JSON: a larger body is refused before it is parsed.
MAX_BODY_BYTES = 256 * 1024
# Longer query strings and headers are refused with a JSON error (gunicorn.conf.py lets them through).
MAX_QUERY_BYTES = 4096
MAX_HEADER_BYTES = 8190
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "model" / "iris-model.pkl"

log = logging.getLogger("iris-api")


# --- Loading the model ---------------------------------------------------------------------------

def load_model(path: Path):
    """Unpickles the model once. Fails loudly at start-up rather than on the first request."""
    if not path.is_file():
        raise SystemExit(f"model file not found: {path} (copy model/iris-model.pkl from lab 03, or set MODEL_PATH)")
    # Only unpickle files you made yourself: loading a pickle can run code.
    # TODO 1: open `path` in binary mode and load the model with pickle.load (Exercise 2 of lab 03),
    #         instead of this placeholder (until then the API stops here: "got NoneType")
    model = None
    if not hasattr(model, "predict_proba") or getattr(model, "n_features_in_", None) != len(FEATURES):
        raise SystemExit(f"{path} did not load as the iris classifier of lab 03 (got {type(model).__name__})")
    check_versions(path)
    return model


def check_versions(path: Path) -> None:
    """Warns when the pickle was made by another scikit-learn: it may load, yet predict wrongly."""
    metadata_path = path.with_suffix(".json")
    if not metadata_path.is_file():
        return
    made_with = json.loads(metadata_path.read_text()).get("scikit-learn")
    if made_with and made_with != sklearn.__version__:
        log.warning("the model was pickled with scikit-learn %s, this API runs %s: pin the same version", made_with, sklearn.__version__)


# --- Validating input: every problem is a 4xx answer, before the model is called ----------------

def fail(status: int, message: str, **details) -> None:
    """Stops the request with a JSON error; `field` (and `index` in a batch) say where."""
    abort(status, error=message, **details)


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


# --- Predicting ---------------------------------------------------------------------------------

def predict(model, samples: list[list[float]]) -> list[dict]:
    """Species and class probabilities for each sample, in order."""
    # TODO 2: predict the species of `samples` with model.predict, and their probabilities with
    #         model.predict_proba (Exercise 3 of lab 03), into `species` and `probabilities`; the
    #         class names are in model.classes_ (store them as strings in `classes`). Then remove:
    fail(501, "TODO 2: predict() is not written yet")
    return [
        {"species": str(name), "probabilities": {c: round(float(p), 4) for c, p in zip(classes, row)}}
        for name, row in zip(species, probabilities)
    ]


class Health(Resource):
    def __init__(self, model, model_path: Path):
        self.model = model
        self.model_path = model_path

    def get(self):
        # TODO 3: return {"status": "ok", "model": <the model file's name>, "classes": <the class names>}
        fail(501, "TODO 3: GET /health is not written yet")


class Predict(Resource):
    def __init__(self, model):
        self.model = model

    def get(self):
        # A repeated parameter (?sepal_length=1&sepal_length=2) is ambiguous: refuse it.
        for name in request.args:
            if len(request.args.getlist(name)) > 1:
                fail(400, f"{name} is given more than once", field=name)
        # TODO 4: turn the query parameters (request.args.to_dict()) into a sample with
        #         to_sample(..., from_query=True), and return the prediction for it: predict(...)[0]
        fail(501, "TODO 4: GET /predict is not written yet")

    def post(self):
        # TODO 5: the same for a JSON body: to_sample(json_body()), then the prediction
        fail(501, "TODO 5: POST /predict is not written yet")


class PredictBatch(Resource):
    def __init__(self, model):
        self.model = model

    def post(self):
        data = json_body()
        if not isinstance(data, list):
            fail(400, "expected a JSON list of flowers, each an object with the four fields")
        if not data:
            fail(400, "the batch is empty: send at least one flower")
        if len(data) > MAX_BATCH:
            fail(413, f"the batch has {len(data)} flowers; at most {MAX_BATCH} per request")
        samples = [to_sample(item, where={"index": index}) for index, item in enumerate(data)]
        return {"count": len(samples), "predictions": predict(self.model, samples)}


def refuse_oversized_request() -> None:
    """Before every request: a query string or a header too long gets the API's JSON error."""
    if len(request.query_string) > MAX_QUERY_BYTES:
        fail(414, f"the query string is longer than {MAX_QUERY_BYTES} bytes: send many flowers with POST /predict/batch")
    for name, value in request.headers.items():
        if len(name) + len(value) > MAX_HEADER_BYTES:
            fail(431, f"the {name} header is longer than {MAX_HEADER_BYTES} bytes")


# --- Errors: always JSON, never an HTML page ----------------------------------------------------

ROUTES = "GET /health, GET or POST /predict, POST /predict/batch"


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
    """Flask-RESTful answers its own errors as {"message": ...}; use the API's one format instead."""

    def handle_error(self, e):
        if not isinstance(e, HTTPException) and self.app.propagate_exceptions:
            raise e  # in tests, show the real traceback
        return json_error(e)


def create_app(model_path: str | os.PathLike | None = None) -> Flask:
    # Under gunicorn, log through its handlers so messages reach `docker logs`.
    gunicorn_log = logging.getLogger("gunicorn.error")
    if gunicorn_log.handlers:
        log.handlers = gunicorn_log.handlers
        log.setLevel(gunicorn_log.level)
    path = Path(model_path or os.environ.get("MODEL_PATH") or DEFAULT_MODEL_PATH)
    model = load_model(path)  # once, at start: each request reuses it

    app = Flask(__name__)
    # Flask's own limit (for forms); json_body() enforces the same limit on JSON bodies.
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.register_error_handler(Exception, json_error)
    app.before_request(refuse_oversized_request)
    api = JsonErrorApi(app)
    api.add_resource(Health, "/health", resource_class_args=(model, path))
    # TODO 6: add the Predict resource at /predict, the same way (it takes the model only)
    api.add_resource(PredictBatch, "/predict/batch", resource_class_args=(model,))
    log.info("serving %s (scikit-learn %s)", path, sklearn.__version__)
    return app


if __name__ == "__main__":
    # For trying it out without Docker; the container runs gunicorn, which calls create_app():
    #   gunicorn --bind 0.0.0.0:8000 --preload "app:create_app()"
    logging.basicConfig(level=logging.INFO)
    create_app().run(host="127.0.0.1", port=8000)
