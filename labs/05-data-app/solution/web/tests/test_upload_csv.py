"""What the CSV reader accepts, and what it refuses with a message naming the row and column."""
import pytest

from upload_csv import MAX_ROWS, CsvProblem, read_flowers

GOOD = b"sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n7.7,3.0,6.1,2.3\n"


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(CsvProblem) as caught:
        read_flowers(data)
    return caught.value.problems


def test_reads_every_row_in_order():
    flowers = read_flowers(GOOD)
    assert [f.row for f in flowers] == [2, 3]
    assert flowers[1].measurements == (7.7, 3.0, 6.1, 2.3)


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + GOOD,                                   # the BOM Excel writes
    GOOD.replace(b"\n", b"\r\n"),                             # Windows line endings
    b'"petal_width","sepal_length",sepal_width,petal_length\n"0.2","5.1",3.5,1.4\n',  # quoted, other order
    b"Sepal_Length , sepal_width,PETAL_LENGTH,petal_width\n5.1,3.5,1.4,0.2\n\n\n",     # spaces, case, blank lines
])
def test_accepts_the_csv_variants_spreadsheets_write(data):
    flowers = read_flowers(data)
    assert flowers[0].as_json() == {"sepal_length": 5.1, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2}


@pytest.mark.parametrize("data, expected", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n", "no flower rows"),
    (b"sepal_length,sepal_width,petal_length\n5.1,3.5,1.4\n", "Row 1: the column petal_width is missing"),
    (b"sepal_length,sepal_width,petal_length,petal_width,colour\n5.1,3.5,1.4,0.2,blue\n", "unknown column 'colour'"),
    (b"sepal_length,sepal_length,sepal_width,petal_length,petal_width\n1,1,1,1,1\n", "sepal_length appears 2 times"),
    (b"sepal_length;sepal_width;petal_length;petal_width\n5.1;3.5;1.4;0.2\n", "separated by ';'"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4\n", "Row 2 has 3 values"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,abc,0.2\n", "Row 2, column petal_length: 'abc' is not a number"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n5.1,,1.4,0.2\n", "Row 2, column sepal_width: the value is empty"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,NaN\n", "Row 2, column petal_width: 'NaN' is not a finite number"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,-inf,0.2\n", "'-inf' is not a finite number"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n51,3.5,1.4,0.2\n", "Row 2, column sepal_length: 51 cm is not a plausible"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n5.1,0,1.4,0.2\n", "column sepal_width: 0 cm is not a plausible"),
    (b"sepal_length,sepal_width,petal_length,petal_width\n5_1,3.5,1.4,0.2\n", "'5_1' is not a number"),
    (b'sepal_length,sepal_width,petal_length,petal_width\n"5,1",3.5,1.4,0.2\n', "Use a dot as the decimal separator"),
    (b'sepal_length,sepal_width,petal_length,petal_width\n5.1,"3.5,1.4,0.2\n', "Row 2"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2 \u00e9\n".encode("latin-1"), "not UTF-8"),
    ("sepal_length,sepal_width,petal_length,petal_width\n".encode("utf-16"), "UTF-16"),
    ("sepal_length,sepal_width,petal_length,petal_width\n".encode("utf-16-be"), "binary data"),
])
def test_refuses_bad_files_saying_where(data, expected):
    assert any(expected in problem for problem in problems_of(data)), problems_of(data)


def test_reports_every_problem_of_a_file_up_to_a_limit():
    rows = b"".join(b"x,3.5,1.4,0.2\n" for _ in range(30))
    problems = problems_of(b"sepal_length,sepal_width,petal_length,petal_width\n" + rows)
    assert problems[0].startswith("Row 2, column sepal_length")
    assert problems[9].startswith("Row 11, column sepal_length")
    assert "more problems" in problems[-1]


def test_refuses_more_rows_than_the_limit_with_413():
    data = b"sepal_length,sepal_width,petal_length,petal_width\n" + b"5.1,3.5,1.4,0.2\n" * (MAX_ROWS + 1)
    with pytest.raises(CsvProblem) as caught:
        read_flowers(data)
    assert caught.value.status == 413
    assert len(read_flowers(data.rsplit(b"5.1", 1)[0])) == MAX_ROWS
