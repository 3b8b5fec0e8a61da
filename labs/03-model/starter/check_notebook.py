"""Checks lab 03's notebook: valid, with its three exercises marked, and empty or filled in.

    python check_notebook.py model.ipynb            # your work: every exercise must be filled in
    python check_notebook.py model.ipynb --starter  # the starter: every exercise must be empty
    python check_notebook.py --model model/iris-model.pkl  # the model your notebook pickled

The self-check (check.sh / check.ps1) runs it inside the lab image, where nbformat is installed.
"""
import sys

import nbformat

EXERCISES = 3
# The notebook's three new flowers and their species (section 3 of model.ipynb).
NEW_FLOWERS = [[5.1, 3.5, 1.4, 0.2], [6.2, 2.9, 4.3, 1.3], [7.7, 3.0, 6.1, 2.3]]
EXPECTED_SPECIES = ["setosa", "versicolor", "virginica"]


def check_model(path: str) -> int:
    """Loads the pickle as lab 04's API will, and predicts the three flowers."""
    import pickle  # only here: checking the notebook needs neither pickle nor scikit-learn

    try:
        with open(path, "rb") as file:
            model = pickle.load(file)
        predicted = [str(species) for species in model.predict(NEW_FLOWERS)]
    except Exception as error:  # a missing file, or not a model: a failure to report
        print(f"FAIL  {path} did not load and predict: {error}")
        return 1
    if predicted != EXPECTED_SPECIES:
        print(f"FAIL  the loaded model predicts {', '.join(predicted)}, not {', '.join(EXPECTED_SPECIES)}")
        return 1
    print(f"PASS  the loaded model predicts {', '.join(predicted)} for the three given flowers")
    return 0


def main(argv: list[str]) -> int:
    paths = [arg for arg in argv if not arg.startswith("--")]
    if "--model" in argv and len(paths) == 1:
        return check_model(paths[0])
    starter = "--starter" in argv
    if len(paths) != 1:
        print(__doc__)
        return 2
    path = paths[0]
    try:
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)  # raises if the JSON is not a valid notebook
    except Exception as error:  # any reason it cannot be read is a failure to report, not a crash
        print(f"FAIL  {path} is not a valid notebook: {error}")
        return 1
    print(f"PASS  {path} is a valid notebook (nbformat {notebook.nbformat}.{notebook.nbformat_minor})")

    cells = notebook.cells
    exercises = [i for i, cell in enumerate(cells) if cell.cell_type == "code" and "exercise" in cell.metadata.get("tags", [])]
    if len(exercises) != EXERCISES:
        print(f"FAIL  expected {EXERCISES} exercise cells (code cells tagged 'exercise'), found {len(exercises)}")
        return 1
    problems = []
    for number, index in enumerate(exercises, start=1):
        title = cells[index - 1] if index > 0 else None
        marked = (
            title is not None
            and title.cell_type == "markdown"
            and title.source.startswith(f"### Exercise {number}")
            and "exercise" in title.metadata.get("tags", [])
        )
        if not marked:
            problems.append(f"exercise {number} is not preceded by its '### Exercise {number}' markdown cell")
        empty = not cells[index].source.strip()
        if starter and not empty:
            problems.append(f"exercise {number} should be empty in the starter, but has code")
        if not starter and empty:
            problems.append(f"Exercise {number} is still empty: write its code in the cell below '### Exercise {number}'")
    for problem in problems:
        print(f"FAIL  {problem}")
    if problems:
        return 1
    state = "marked and empty" if starter else "marked and filled in"
    print(f"PASS  {EXERCISES} exercise cells, {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
