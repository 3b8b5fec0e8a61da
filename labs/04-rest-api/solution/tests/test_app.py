"""Tests of the iris API: right answers for good input, a 4xx JSON error (never a 500) for bad."""
import json
import logging
import math
import os
import pickle
from pathlib import Path

import pytest

import api_errors
import app as app_module

SETOSA = {"sepal_length": 5.1, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2}
VERSICOLOR = {"sepal_length": 6.2, "sepal_width": 2.9, "petal_length": 4.3, "petal_width": 1.3}
VIRGINICA = {"sepal_length": 7.7, "sepal_width": 3.0, "petal_length": 6.1, "petal_width": 2.3}
FLOWERS = [(SETOSA, "setosa"), (VERSICOLOR, "versicolor"), (VIRGINICA, "virginica")]


def with_field(name, value):
    return {**SETOSA, name: value}


def without_field(name):
    return {key: value for key, value in SETOSA.items() if key != name}


# --- Good input ---------------------------------------------------------------------------------

def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "model": "iris-model.pkl", "classes": ["setosa", "versicolor", "virginica"]}


@pytest.mark.parametrize(("flower", "species"), FLOWERS)
def test_predict_with_query_parameters(client, flower, species):
    response = client.get("/predict", query_string=flower)
    assert response.status_code == 200
    body = response.get_json()
    assert body["species"] == species
    assert set(body["probabilities"]) == {"setosa", "versicolor", "virginica"}
    assert math.isclose(sum(body["probabilities"].values()), 1.0, abs_tol=1e-3)


@pytest.mark.parametrize(("flower", "species"), FLOWERS)
def test_predict_with_json(client, flower, species):
    response = client.post("/predict", json=flower)
    assert response.status_code == 200
    assert response.get_json()["species"] == species


def test_integers_are_numbers_too(client):
    response = client.post("/predict", json={"sepal_length": 5, "sepal_width": 3, "petal_length": 1, "petal_width": 1})
    assert response.status_code == 200


def test_batch_keeps_the_order(client):
    response = client.post("/predict/batch", json=[flower for flower, _ in FLOWERS])
    assert response.status_code == 200
    body = response.get_json()
    assert body["count"] == 3
    assert [p["species"] for p in body["predictions"]] == ["setosa", "versicolor", "virginica"]


def test_largest_batch_is_accepted(client):
    response = client.post("/predict/batch", json=[SETOSA] * api_errors.MAX_BATCH)
    assert response.status_code == 200
    assert response.get_json()["count"] == api_errors.MAX_BATCH


# --- Bad input: the right 4xx, a JSON error that names the problem, and the model never called ---

BAD_JSON = [
    ("missing field", without_field("petal_width"), "petal_width"),
    ("extra field", {**SETOSA, "colour": 1}, "colour"),
    ("text", with_field("sepal_length", "abc"), "sepal_length"),
    ("number as text", with_field("sepal_length", "5.1"), "sepal_length"),
    ("true", with_field("sepal_width", True), "sepal_width"),
    ("null", with_field("petal_length", None), "petal_length"),
    ("list", with_field("petal_length", [1.4]), "petal_length"),
    ("object", with_field("petal_length", {"cm": 1.4}), "petal_length"),
    ("negative", with_field("sepal_length", -5.1), "sepal_length"),
    ("zero", with_field("sepal_width", 0), "sepal_width"),
    ("impossibly long", with_field("petal_length", 1e308), "petal_length"),
    ("just over 30 cm", with_field("petal_width", 30.01), "petal_width"),
    ("not an object", [1, 2, 3, 4], None),
    ("empty object", {}, "sepal_length"),
]


@pytest.fixture
def model_calls(monkeypatch):
    """Records every call to the model, to prove validation happens before it."""
    calls = []
    real_predict = app_module.predict

    def spy(model, samples):
        calls.append(samples)
        return real_predict(model, samples)

    monkeypatch.setattr(app_module, "predict", spy)
    return calls


def assert_error(response, status, field=None):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    body = response.get_json()
    assert isinstance(body["error"], str) and body["error"]
    if field is not None:
        assert body["field"] == field
        assert field in body["error"]
    return body


@pytest.mark.parametrize(("case", "payload", "field"), BAD_JSON, ids=[case for case, _, _ in BAD_JSON])
def test_bad_json_fields_get_400(client, model_calls, case, payload, field):
    assert_error(client.post("/predict", json=payload), 400, field)
    assert model_calls == []


BAD_QUERIES = [
    ("missing", "sepal_width=3.5&petal_length=1.4&petal_width=0.2", "sepal_length"),
    ("extra", "sepal_length=5.1&sepal_width=3.5&petal_length=1.4&petal_width=0.2&colour=red", "colour"),
    ("text", "sepal_length=abc&sepal_width=3.5&petal_length=1.4&petal_width=0.2", "sepal_length"),
    ("empty", "sepal_length=&sepal_width=3.5&petal_length=1.4&petal_width=0.2", "sepal_length"),
    ("nan", "sepal_length=nan&sepal_width=3.5&petal_length=1.4&petal_width=0.2", "sepal_length"),
    ("inf", "sepal_length=5.1&sepal_width=inf&petal_length=1.4&petal_width=0.2", "sepal_width"),
    ("repeated", "sepal_length=5.1&sepal_length=6&sepal_width=3.5&petal_length=1.4&petal_width=0.2", "sepal_length"),
    ("none at all", "", "sepal_length"),
]


@pytest.mark.parametrize(("case", "query", "field"), BAD_QUERIES, ids=[case for case, _, _ in BAD_QUERIES])
def test_bad_query_parameters_get_400(client, model_calls, case, query, field):
    assert_error(client.get(f"/predict?{query}"), 400, field)
    assert model_calls == []


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_literals_get_400(client, model_calls, literal):
    body = '{"sepal_length": %s, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2}' % literal
    assert_error(client.post("/predict", data=body, content_type="application/json"), 400)
    assert model_calls == []


def test_thirty_centimetres_is_still_plausible(client):
    response = client.post("/predict", json={"sepal_length": 30, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2})
    assert response.status_code == 200, response.get_data(as_text=True)


def test_deeply_nested_json_gets_400_not_500(client, model_calls):
    body = "[" * 100_000 + "]" * 100_000
    error = assert_error(client.post("/predict/batch", data=body, content_type="application/json"), 400)
    assert "nested too deeply" in error["error"]
    assert model_calls == []


def test_overflowing_number_gets_400(client, model_calls):
    body = '{"sepal_length": 1e999, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2}'
    assert_error(client.post("/predict", data=body, content_type="application/json"), 400, "sepal_length")
    assert model_calls == []


@pytest.mark.parametrize("body", ['{"sepal_length": 5.1', "", "not json", b"\xff\xfe\x00"])
def test_malformed_json_gets_400(client, model_calls, body):
    assert_error(client.post("/predict", data=body, content_type="application/json"), 400)
    assert model_calls == []


def test_wrong_content_type_gets_415(client, model_calls):
    assert_error(client.post("/predict", data=json.dumps(SETOSA), content_type="text/plain"), 415)
    assert_error(client.post("/predict", data=SETOSA), 415)  # a form
    assert model_calls == []


def test_oversized_body_gets_413(client, model_calls):
    body = json.dumps({**SETOSA, "padding": "x" * (api_errors.MAX_BODY_BYTES + 1)})
    assert_error(client.post("/predict", data=body, content_type="application/json"), 413)
    assert model_calls == []


def test_empty_batch_gets_400(client, model_calls):
    assert_error(client.post("/predict/batch", json=[]), 400)
    assert model_calls == []


def test_too_large_batch_gets_413(client, model_calls):
    assert_error(client.post("/predict/batch", json=[SETOSA] * (api_errors.MAX_BATCH + 1)), 413)
    assert model_calls == []


def test_batch_must_be_a_list(client, model_calls):
    assert_error(client.post("/predict/batch", json=SETOSA), 400)
    assert model_calls == []


def test_bad_flower_in_batch_names_its_index(client, model_calls):
    body = assert_error(client.post("/predict/batch", json=[SETOSA, with_field("petal_width", "wide")]), 400, "petal_width")
    assert body["index"] == 1
    assert model_calls == []


def test_unknown_route_gets_404_json(client):
    body = assert_error(client.get("/nope"), 404)
    assert "/nope" in body["error"]


@pytest.mark.parametrize(("method", "path"), [("DELETE", "/predict"), ("GET", "/predict/batch"), ("POST", "/health")])
def test_wrong_method_gets_405_json(client, method, path):
    body = assert_error(client.open(path, method=method), 405)
    assert method in body["error"]


# --- Loading the model --------------------------------------------------------------------------

def test_missing_model_file_stops_start_up(tmp_path):
    with pytest.raises(SystemExit, match="model file not found"):
        app_module.create_app(tmp_path / "missing.pkl")


def test_a_pickle_that_is_not_the_model_stops_start_up(tmp_path):
    path = tmp_path / "iris-model.pkl"
    path.write_bytes(pickle.dumps({"not": "a model"}))
    with pytest.raises(SystemExit, match="did not load as the iris classifier"):
        app_module.create_app(path)


def test_version_mismatch_is_logged(tmp_path, model_path, caplog):
    path = tmp_path / "iris-model.pkl"
    path.write_bytes(model_path.read_bytes())
    path.with_suffix(".json").write_text(json.dumps({"scikit-learn": "0.19.1"}))
    with caplog.at_level(logging.WARNING, logger="iris-api"):
        app_module.create_app(path)
    assert "pickled with scikit-learn 0.19.1" in caplog.text


# --- The model file the image serves (skipped where there is none) --------------------------------

SERVED_MODEL = Path(os.environ.get("MODEL_PATH") or app_module.DEFAULT_MODEL_PATH)


@pytest.mark.skipif(not SERVED_MODEL.is_file(), reason=f"no model file at {SERVED_MODEL}")
def test_the_served_model_predicts_the_three_flowers_of_lab_03():
    client = app_module.create_app(SERVED_MODEL).test_client()
    response = client.post("/predict/batch", json=[flower for flower, _ in FLOWERS])
    assert [p["species"] for p in response.get_json()["predictions"]] == [species for _, species in FLOWERS]
