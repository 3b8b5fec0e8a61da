"""Lab 04: the iris model of lab 03 behind a REST API (Flask-RESTful, served by gunicorn).

    GET  /health                 is the API up, and which model does it serve?
    GET  /predict?sepal_length=5.1&sepal_width=3.5&petal_length=1.4&petal_width=0.2
    POST /predict                one flower as a JSON object with the same four fields
    POST /predict/batch          a JSON list of such objects (at most 1000)

The app answers in JSON, errors too. Bad input gets a 4xx error before the model is called:
api_errors.py checks it, and you need not change that file. The model is loaded once, when the
app starts, from the pickle made in lab 03 (MODEL_PATH says where): the API never trains.
"""
import logging
import os
import pickle
from pathlib import Path

import sklearn
from flask import Flask
from flask_restful import Resource

from api_errors import JsonErrorApi, check_model, json_body, query_sample, require_file, to_batch, to_sample

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "model" / "iris-model.pkl"
log = logging.getLogger("iris-api")


def load_model(path: Path):
    """Loads the model once, when the API starts: every request then uses it."""
    require_file(path)
    # Only unpickle files you made yourself: loading a pickle can run code.
    with open(path, "rb") as file:
        # >>> load: the model, from the open `file`
        # TODO 1: replace None with the pickle.load(...) of your notebook (Exercise 2 of lab 03)
        model = None
        # <<< load
    return check_model(model, path)


def predict(model, samples: list[list[float]]) -> list[dict]:
    """The species and class probabilities of each sample (four numbers), in order."""
    # >>> predict: the species of each sample
    # TODO 2: replace None with model.predict(...) of `samples`, as in your notebook (Exercise 3)
    species = None
    # <<< predict
    probabilities = model.predict_proba(samples)
    classes = [str(name) for name in model.classes_]
    return [
        {"species": str(name), "probabilities": {c: round(float(p), 4) for c, p in zip(classes, row)}}
        for name, row in zip(species, probabilities)
    ]


# --- The endpoints: a Resource's methods answer the HTTP methods of its URL ---------------------

class Health(Resource):
    def __init__(self, model, model_path: Path):
        self.model = model
        self.model_path = model_path

    def get(self):
        return {"status": "ok", "model": self.model_path.name, "classes": [str(c) for c in self.model.classes_]}


class Predict(Resource):
    def __init__(self, model):
        self.model = model

    def get(self):
        return predict(self.model, [query_sample()])[0]

    def post(self):
        return predict(self.model, [to_sample(json_body())])[0]


class PredictBatch(Resource):
    def __init__(self, model):
        self.model = model

    def post(self):
        samples = to_batch(json_body())
        return {"count": len(samples), "predictions": predict(self.model, samples)}


def create_app(model_path: str | os.PathLike | None = None) -> Flask:
    # Under gunicorn, log through its handlers so messages reach `docker logs`.
    gunicorn_log = logging.getLogger("gunicorn.error")
    if gunicorn_log.handlers:
        log.handlers = gunicorn_log.handlers
        log.setLevel(gunicorn_log.level)
    path = Path(model_path or os.environ.get("MODEL_PATH") or DEFAULT_MODEL_PATH)
    model = load_model(path)  # once, at start: each request reuses it

    app = Flask(__name__)
    api = JsonErrorApi(app)
    api.add_resource(Health, "/health", resource_class_args=(model, path))
    api.add_resource(Predict, "/predict", resource_class_args=(model,))
    api.add_resource(PredictBatch, "/predict/batch", resource_class_args=(model,))
    log.info("serving %s (scikit-learn %s)", path, sklearn.__version__)
    return app


if __name__ == "__main__":
    # For trying it out without Docker; the container runs gunicorn, which calls create_app():
    #   gunicorn --bind 0.0.0.0:8000 --preload "app:create_app()"
    logging.basicConfig(level=logging.INFO)
    create_app().run(host="127.0.0.1", port=8000)
