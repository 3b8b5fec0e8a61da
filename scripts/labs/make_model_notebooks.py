"""Writes lab 03's notebooks: solution/model.ipynb and starter/model.ipynb.

Both come from the one list of cells below, so they cannot drift apart: the starter is the
solution with the exercise cells emptied. Cells have stable ids (nbformat 4.5), which the course
pages use to show single cells. Run it after editing a cell:

    python3 scripts/labs/make_model_notebooks.py          # write both notebooks
    python3 scripts/labs/make_model_notebooks.py --check  # exit 1 if they are out of date

Only the standard library: it runs anywhere Python 3 does.
"""
import json
import sys
from pathlib import Path

LAB = Path(__file__).resolve().parents[2] / "labs" / "03-model"

# (id, kind, source, is_exercise). Exercise code cells are emptied in the starter.
CELLS = [
    ("title", "markdown", """# Lab 03: train and pickle the iris model

This notebook trains a classifier on the iris flowers that scikit-learn ships, tunes it, and
measures it. Your part is the **exercises** at the end: save the tuned model to disk, load it back,
and predict the species of three new flowers. The model file you write is what the REST API of
lab 04 loads.

Run the cells from top to bottom (*Run → Run All Cells* works too).""", False),
    ("imports", "code", """import json
import pickle
import platform
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

# One seed for every random step, so each run trains exactly the same model.
RANDOM_STATE = 42
# Where the model goes, next to this notebook; lab 04 copies it from here.
MODEL_DIR = Path("model")
MODEL_DIR.mkdir(exist_ok=True)""", False),
    ("explore-title", "markdown", """## 1. Look at the data

150 flowers, 4 measurements each (in centimetres), 3 species. The column names below are the
field names the API of lab 04 expects.""", False),
    ("load-data", "code", """iris = load_iris()
feature_names = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
class_names = [str(name) for name in iris.target_names]

X = iris.data  # a NumPy array: the API will send plain lists of numbers, not DataFrames
y = iris.target_names[iris.target]  # species names, so the model predicts names, not 0/1/2

flowers = pd.DataFrame(X, columns=feature_names).assign(species=y)
print(flowers.shape)
flowers.head()""", False),
    ("class-counts", "code", """flowers["species"].value_counts()""", False),
    ("describe", "code", """flowers.describe().round(2)""", False),
    ("train-title", "markdown", """## 2. Train and tune a classifier

A `Pipeline` scales the measurements and then fits a logistic regression; `GridSearchCV` tries
several regularisation strengths with 5-fold cross-validation on the training flowers only. A
quarter of the flowers is held out to measure the tuned model at the end.""", False),
    ("split", "code", """X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE
)
print(f"{len(X_train)} flowers to train on, {len(X_test)} held out")""", False),
    ("tune", "code", """pipeline = Pipeline([
    ("scale", StandardScaler()),
    ("classify", LogisticRegression(max_iter=1000, random_state=RANDOM_STATE)),
])
search = GridSearchCV(pipeline, {"classify__C": [0.01, 0.1, 1.0, 10.0, 100.0]}, cv=5)
search.fit(X_train, y_train)

model = search.best_estimator_  # the pipeline refitted on all training flowers with the best C
print("best parameters:", search.best_params_)
print(f"cross-validated accuracy: {search.best_score_:.3f}")""", False),
    ("evaluate", "code", """test_accuracy = model.score(X_test, y_test)
print(f"accuracy on the {len(X_test)} held-out flowers: {test_accuracy:.3f}")
assert test_accuracy >= 0.9, "the tuned model should classify at least 90% of held-out flowers"
""", False),
    ("given-title", "markdown", """## 3. Three new flowers

The exercises use these three flowers, given as `[sepal_length, sepal_width, petal_length, petal_width]`.
Botanists tell us their species; the last cell checks that your loaded model agrees.""", False),
    ("given-inputs", "code", """new_flowers = [
    [5.1, 3.5, 1.4, 0.2],
    [6.2, 2.9, 4.3, 1.3],
    [7.7, 3.0, 6.1, 2.3],
]
expected_species = ["setosa", "versicolor", "virginica"]""", False),
    ("metadata", "code", """# What the API needs to know about the model, saved next to it: the input fields in order, the
# classes, and the versions that made it. A pickle only loads reliably with the same versions.
metadata = {
    "feature_names": feature_names,
    "class_names": class_names,
    "test_accuracy": round(test_accuracy, 4),
    "python": platform.python_version(),
    "scikit-learn": sklearn.__version__,
    "numpy": np.__version__,
}
(MODEL_DIR / "iris-model.json").write_text(json.dumps(metadata, indent=2) + "\\n")
metadata""", False),
    ("exercise-1-title", "markdown", """### Exercise 1: save the model

Save the tuned `model` to `model/iris-model.pkl` with `pickle.dump`, in one line: open the file
with `with open(MODEL_DIR / "iris-model.pkl", "wb") as file:` (`"wb"`: write, binary) and, on the
same line, dump `model` into `file`.""", False),
    ("exercise-1", "code", """with open(MODEL_DIR / "iris-model.pkl", "wb") as file: pickle.dump(model, file)""", True),
    ("exercise-2-title", "markdown", """### Exercise 2: load it back

Load `model/iris-model.pkl` into a new variable, `loaded_model`, with `pickle.load`: the same
one-line `with open(...)`, in mode `"rb"` (read, binary). The API of lab 04 loads the model with
`pickle.load(file)` in the same way when it starts.""", False),
    ("exercise-2", "code", """with open(MODEL_DIR / "iris-model.pkl", "rb") as file: loaded_model = pickle.load(file)""", True),
    ("exercise-3-title", "markdown", """### Exercise 3: predict

Store the species `loaded_model.predict` gives for `new_flowers` in `predictions`.""", False),
    ("exercise-3", "code", """predictions = loaded_model.predict(new_flowers)""", True),
    ("check-title", "markdown", """## Check your work

This cell fails until the exercises are done. When it passes, your model is in the `model/`
folder next to this notebook, ready for lab 04.""", False),
    ("check", "code", """assert (MODEL_DIR / "iris-model.pkl").is_file(), "Exercise 1: model/iris-model.pkl was not written"
assert loaded_model is not model, "Exercise 2: load loaded_model from the file, not from the variable model"
assert list(predictions) == expected_species, f"Exercise 3: predicted {list(predictions)}, expected {expected_species}"
print("predicted:", ", ".join(predictions))
print("All exercise checks passed: the model is saved, loads back and predicts the three flowers.")""", False),
]


def cell(cell_id: str, kind: str, source: str, exercise: bool, starter: bool) -> dict:
    if starter and exercise and kind == "code":
        source = ""  # the student's part
    lines = source.splitlines(keepends=True)
    metadata = {"tags": ["exercise"]} if exercise else {}
    if kind == "markdown":
        return {"cell_type": "markdown", "id": cell_id, "metadata": metadata, "source": lines}
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": cell_id,
        "metadata": metadata,
        "outputs": [],
        "source": lines,
    }


def notebook(starter: bool) -> str:
    cells = []
    for cell_id, kind, source, exercise in CELLS:
        # An exercise's title cell is tagged too, so tools can find the pair.
        is_exercise = exercise or cell_id.startswith("exercise-") and cell_id.endswith("-title")
        cells.append(cell(cell_id, kind, source, is_exercise, starter))
    doc = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.13"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for folder, starter in (("solution", False), ("starter", True)):
        path = LAB / folder / "model.ipynb"
        text = notebook(starter)
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(LAB.parents[1])))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(LAB.parents[1])}")
    if stale:
        print("out of date (run python3 scripts/labs/make_model_notebooks.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
