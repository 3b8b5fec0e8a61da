"""Trains and pickles the iris model exactly as lab 03's notebook does.

The solution's Dockerfile runs it in a first build stage, so the image can be built
without running lab 03 first. In your own image you copy the pickle your notebook made.

    python train_model.py model/iris-model.pkl
"""
import json
import pickle
import platform
import sys
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

# The same seed, split, pipeline and grid as the notebook, so the same model comes out.
RANDOM_STATE = 42
FEATURE_NAMES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def main(model_path: Path) -> None:
    iris = load_iris()
    X = iris.data
    y = iris.target_names[iris.target]
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE)
    pipeline = Pipeline([
        ("scale", StandardScaler()),
        ("classify", LogisticRegression(max_iter=1000, random_state=RANDOM_STATE)),
    ])
    search = GridSearchCV(pipeline, {"classify__C": [0.01, 0.1, 1.0, 10.0, 100.0]}, cv=5)
    search.fit(X_train, y_train)
    model = search.best_estimator_
    test_accuracy = model.score(X_test, y_test)

    model_path.parent.mkdir(parents=True, exist_ok=True)
    with open(model_path, "wb") as file:
        pickle.dump(model, file)
    metadata = {
        "feature_names": FEATURE_NAMES,
        "class_names": [str(name) for name in iris.target_names],
        "test_accuracy": round(test_accuracy, 4),
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "joblib": joblib.__version__,
    }
    model_path.with_suffix(".json").write_text(json.dumps(metadata, indent=2) + "\n")
    print(f"saved {model_path}: best {search.best_params_}, held-out accuracy {test_accuracy:.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "model/iris-model.pkl"))
