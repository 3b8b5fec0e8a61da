"""The database: every upload, its flowers and their predictions (see db/init.sql)."""
import os
from pathlib import Path

import psycopg
from psycopg.rows import dict_row

from upload_csv import FEATURES, Flower

# The species the model of lab 03 knows, in the columns of the predictions table.
SPECIES = ("setosa", "versicolor", "virginica")


class DatabaseUnavailable(Exception):
    """Postgres is down, unreachable, or refused the login."""


class DatabaseRefused(Exception):
    """Postgres answered, but refused to store the upload (a constraint, a full disk, ...)."""


def _password() -> str:
    """From the Compose secret file, so the password is in no environment variable and no image."""
    path = os.environ.get("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password")
    try:
        return Path(path).read_text().strip()
    except OSError as error:
        raise DatabaseUnavailable(f"cannot read the database password from {path}: {error.strerror}") from None


def connect() -> psycopg.Connection:
    try:
        return psycopg.connect(
            host=os.environ.get("DB_HOST", "db"),
            dbname=os.environ.get("POSTGRES_DB", "iris"),
            user=os.environ.get("POSTGRES_USER", "iris"),
            password=_password(),
            connect_timeout=3,
            row_factory=dict_row,
        )
    except psycopg.OperationalError as error:
        raise DatabaseUnavailable(str(error).strip().splitlines()[0]) from None


def save_upload(filename: str, model: str, flowers: list[Flower], predictions: list[dict]) -> int:
    """Stores the upload and all its rows in one transaction: all of it, or nothing."""
    rows = [
        (
            flower.row,
            *flower.measurements,
            str(prediction["species"]),
            *(float(prediction["probabilities"].get(name, 0.0)) for name in SPECIES),
        )
        for flower, prediction in zip(flowers, predictions, strict=True)
    ]
    try:
        with connect() as conn:  # commits when the block ends, rolls back on any error
            upload_id = conn.execute(
                "INSERT INTO uploads (filename, model, row_count) VALUES (%s, %s, %s) RETURNING id",
                (filename, model, len(rows)),
            ).fetchone()["id"]
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO predictions (upload_id, source_row, "
                    + ", ".join(FEATURES)
                    + ", species, p_setosa, p_versicolor, p_virginica)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    [(upload_id, *row) for row in rows],
                )
            return upload_id
    except psycopg.OperationalError as error:
        raise DatabaseUnavailable(str(error).strip().splitlines()[0]) from None
    except psycopg.Error as error:
        # The transaction was rolled back when the `with` block left with the error.
        raise DatabaseRefused(str(error).strip().splitlines()[0]) from None


def list_uploads(limit: int = 100) -> list[dict]:
    try:
        with connect() as conn:
            return conn.execute(
                "SELECT id, filename, model, row_count, uploaded_at FROM uploads ORDER BY id DESC LIMIT %s", (limit,)
            ).fetchall()
    except psycopg.OperationalError as error:
        raise DatabaseUnavailable(str(error).strip().splitlines()[0]) from None


def get_upload(upload_id: int, offset: int = 0, limit: int | None = None) -> tuple[dict | None, list[dict], dict]:
    """The upload, `limit` of its rows from `offset` (all when None), and its species counts."""
    try:
        with connect() as conn:
            upload = conn.execute(
                "SELECT id, filename, model, row_count, uploaded_at FROM uploads WHERE id = %s", (upload_id,)
            ).fetchone()
            if upload is None:
                return None, [], {}
            rows = conn.execute(
                "SELECT source_row, " + ", ".join(FEATURES) + ", species, p_setosa, p_versicolor, p_virginica"
                " FROM predictions WHERE upload_id = %s ORDER BY source_row LIMIT %s OFFSET %s",
                (upload_id, limit, offset),
            ).fetchall()
            counts = {
                record["species"]: record["n"]
                for record in conn.execute(
                    "SELECT species, count(*) AS n FROM predictions WHERE upload_id = %s GROUP BY species ORDER BY species",
                    (upload_id,),
                )
            }
            return upload, rows, counts
    except psycopg.OperationalError as error:
        raise DatabaseUnavailable(str(error).strip().splitlines()[0]) from None
