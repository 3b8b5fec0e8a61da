"""Fixtures for the API's tests: a small model made on the spot, and a test client."""
import pickle

import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

import app as app_module


@pytest.fixture(scope="session")
def model_path(tmp_path_factory):
    """A pickled iris pipeline like lab 03's, so the tests need no model file of their own."""
    iris = load_iris()
    model = Pipeline([("scale", StandardScaler()), ("classify", LogisticRegression(max_iter=1000, random_state=42))])
    model.fit(iris.data, iris.target_names[iris.target])
    path = tmp_path_factory.mktemp("model") / "iris-model.pkl"
    with open(path, "wb") as file:
        pickle.dump(model, file)
    return path


@pytest.fixture
def client(model_path):
    app = app_module.create_app(model_path)
    app.config["TESTING"] = True
    return app.test_client()
