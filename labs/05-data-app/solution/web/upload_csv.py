"""Reads an uploaded CSV of iris measurements and says exactly what is wrong with it.

Nothing here touches the network or the database: a file is either turned into a list of
flowers, or refused with every problem found (up to MAX_PROBLEMS), each naming its row and column.
Rows are counted as a spreadsheet shows them: the header is row 1, the first flower row 2.
"""
import csv
import io
import math
from dataclasses import dataclass

# The four measurements the model of lab 03 needs, in the order it was trained on.
FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
MAX_ROWS = 10_000
# Centimetres. The largest iris of the data set is 7.9 cm long; 30 cm leaves room for any flower
# and still catches millimetres typed as centimetres, or a stray extra digit.
MAX_CM = 30.0
MAX_PROBLEMS = 10


class CsvProblem(Exception):
    """A file the app refuses. `status` is the HTTP status to answer with."""

    def __init__(self, problems: list[str], status: int = 400):
        super().__init__("; ".join(problems))
        self.problems = problems
        self.status = status


@dataclass(frozen=True)
class Flower:
    row: int
    measurements: tuple[float, float, float, float]

    def as_json(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.measurements))


def decode(data: bytes) -> str:
    """UTF-8 text, with or without the byte-order mark Excel writes; anything else is refused."""
    if not data.strip():
        raise CsvProblem(["The file is empty. Upload a CSV whose first row is the header: " + ",".join(FEATURES)])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CsvProblem(["The file is UTF-16 text. Save it again as \"CSV UTF-8\" (Excel) or with UTF-8 encoding, and upload it again."])
    if b"\x00" in data:
        raise CsvProblem(["This is not a CSV text file (it contains binary data). Export your table as CSV and upload that file."])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CsvProblem([
            f"The file is not UTF-8 text (byte {error.start + 1} cannot be read as UTF-8). "
            "Save it again as \"CSV UTF-8\" (Excel) or with UTF-8 encoding, and upload it again."
        ]) from None


def header_problems(header: list[str]) -> list[str]:
    """The header must name the four measurements, once each, in any order, and nothing else."""
    names = [name.strip().lower() for name in header]
    if len(names) == 1 and any(sep in header[0] for sep in (";", "\t", "|")):
        used = next(sep for sep in (";", "\t", "|") if sep in header[0])
        shown = "tab" if used == "\t" else f"'{used}'"
        return [f"Row 1: the columns are separated by {shown}, not by commas. Save the file as comma-separated CSV."]
    problems = []
    for name in sorted({n for n in names if names.count(n) > 1 and n}):
        problems.append(f"Row 1: the column {name} appears {names.count(name)} times; keep one.")
    for position, name in enumerate(names, start=1):
        if not name:
            problems.append(f"Row 1: column {position} has no name. Remove the empty column.")
        elif name not in FEATURES:
            problems.append(f"Row 1: unknown column {header[position - 1].strip()!r}. The file must have exactly the columns {', '.join(FEATURES)}.")
    for name in FEATURES:
        if name not in names:
            problems.append(f"Row 1: the column {name} is missing.")
    return problems


def to_centimetres(raw: str, row: int, column: str) -> tuple[float | None, str | None]:
    """One cell as a plausible length in cm, or the reason it is not one."""
    value = raw.strip()
    where = f"Row {row}, column {column}"
    if not value:
        return None, f"{where}: the value is empty."
    try:
        # float() also takes "1_000", which no spreadsheet writes: refuse underscores.
        if "_" in value:
            raise ValueError(value)
        number = float(value)
    except ValueError:
        hint = " Use a dot as the decimal separator." if "," in value else ""
        return None, f"{where}: {value!r} is not a number.{hint}"
    if not math.isfinite(number):
        return None, f"{where}: {value!r} is not a finite number."
    if not 0 < number <= MAX_CM:
        return None, f"{where}: {value} cm is not a plausible measurement (it must be more than 0 and at most {MAX_CM:g} cm)."
    return number, None


def read_flowers(data: bytes) -> list[Flower]:
    """Every flower of the file, in order, or a CsvProblem listing what to fix."""
    reader = csv.reader(io.StringIO(decode(data), newline=""), strict=True)
    problems: list[str] = []

    def add(problem: str) -> None:
        problems.append(problem)

    try:
        header = next(reader, [])
        while header == []:  # blank lines before the header
            header = next(reader, None)
            if header is None:
                raise CsvProblem(["The file is empty. Upload a CSV whose first row is the header: " + ",".join(FEATURES)])
        found = header_problems(header)
        if found:
            raise CsvProblem(found)
        columns = [name.strip().lower() for name in header]
        flowers: list[Flower] = []
        for cells in reader:
            row = reader.line_num
            if not cells:
                continue  # a blank line, as spreadsheets often leave at the end
            if len(flowers) >= MAX_ROWS:
                raise CsvProblem([f"The file has more than {MAX_ROWS:,} flower rows. Split it into smaller files."], status=413)
            if len(cells) != len(columns):
                add(f"Row {row} has {len(cells)} values, but the header has {len(columns)} columns.")
                continue
            values = {}
            for name, raw in zip(columns, cells):
                number, problem = to_centimetres(raw, row, name)
                if problem:
                    add(problem)
                values[name] = number
            if all(values[name] is not None for name in FEATURES):
                flowers.append(Flower(row, tuple(values[name] for name in FEATURES)))
            if len(problems) > MAX_PROBLEMS:
                break
    except csv.Error as error:
        raise CsvProblem([f"Row {reader.line_num}: the file is not valid CSV ({error}). Check the quotes on that row."]) from None
    if problems:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append("There are more problems; fix these first and upload the file again.")
        raise CsvProblem(shown)
    if not flowers:
        raise CsvProblem(["The file has a header but no flower rows. Add one row per flower under the header."])
    return flowers
