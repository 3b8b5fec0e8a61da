"""Checks lab 03's notebook: valid, with its three exercises marked, and empty or filled in.

    python check_notebook.py model.ipynb            # your work: every exercise must be filled in
    python check_notebook.py model.ipynb --starter  # the starter: every exercise must be empty

The self-check (check.sh / check.ps1) runs it inside the lab image, where nbformat is installed.
"""
import sys

import nbformat

EXERCISES = 3


def main(argv: list[str]) -> int:
    paths = [arg for arg in argv if not arg.startswith("--")]
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
