"""Workflow 3: a report page of the flowers in Postgres, read at each visit (Flask, gunicorn)."""
import os
from pathlib import Path

import psycopg
from flask import Flask, render_template

SUMMARY = """
    SELECT species, count(*) AS flowers,
           round(avg(petal_length)::numeric, 2) AS petal_length,
           round(avg(petal_width)::numeric, 2) AS petal_width
    FROM iris GROUP BY species ORDER BY species
"""


def connect() -> psycopg.Connection:
    password = Path(os.environ.get("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password")).read_text().strip()
    return psycopg.connect(
        host=os.environ.get("DB_HOST", "db"),
        dbname=os.environ.get("POSTGRES_DB", "flowers"),
        user=os.environ.get("POSTGRES_USER", "analyst"),
        password=password,
        connect_timeout=3,
    )


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.get("/")
    def report():
        try:
            with connect() as conn:
                rows = conn.execute(SUMMARY).fetchall()
        except psycopg.OperationalError:
            return render_template("report.html", rows=None, total=0), 503
        return render_template("report.html", rows=rows, total=sum(row[1] for row in rows))

    return app
