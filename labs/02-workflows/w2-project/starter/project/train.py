"""Workflow 2: trains the iris classifier on the data in data/ and writes its results to outputs/.

Run in the project's environment image, with this folder mounted at /project:
    docker run --rm --volume "$(pwd)/project:/project" w2-env:1.0
The code and the data stay on your computer; the outputs land next to them.
"""
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no screen in a container: draw straight to files
import pandas as pd
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import ConfusionMatrixDisplay, accuracy_score
from sklearn.model_selection import train_test_split

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]

data = pd.read_csv("data/iris.csv")
X_train, X_test, y_train, y_test = train_test_split(
    data[FEATURES], data["species"], test_size=0.3, random_state=0, stratify=data["species"]
)
model = LogisticRegression(max_iter=1000, random_state=0).fit(X_train, y_train)
predicted = model.predict(X_test)

outputs = Path("outputs")
outputs.mkdir(exist_ok=True)
metrics = {
    "accuracy": round(accuracy_score(y_test, predicted), 4),
    "train_rows": len(X_train),
    "test_rows": len(X_test),
    "scikit-learn": sklearn.__version__,
}
(outputs / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
# from_predictions draws the matrix on a new figure: set its title and save that figure.
display = ConfusionMatrixDisplay.from_predictions(y_test, predicted)
display.ax_.set_title(f"Iris, test set: accuracy {metrics['accuracy']:.2f}")
display.figure_.savefig(outputs / "confusion-matrix.png", dpi=100, bbox_inches="tight")
print(f"accuracy {metrics['accuracy']} on {len(X_test)} test flowers; wrote outputs/metrics.json and outputs/confusion-matrix.png")
