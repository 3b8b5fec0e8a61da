"""Lab 05: the front end of the data application (Flask, served by gunicorn behind nginx).

A user uploads a CSV of iris measurements with a plain HTML form. The app checks the file, asks
the model API of lab 04 for a prediction per row, stores the upload, every row and its prediction
in Postgres in one transaction, and shows them, with a CSV download and a list of past uploads.

Pages:
    GET  /                                  the upload form and the latest uploads
    POST /uploads                           a CSV file (form field "file"); answers 303 to its page
    GET  /uploads                           every past upload
    GET  /uploads/<id>?page=N               one upload: its predictions, 500 rows a page
    GET  /uploads/<id>/predictions.csv      the same predictions as a CSV download
    GET  /health                            is this process up (Docker's HEALTHCHECK asks it)
"""
import csv
import io
import logging
import math
import os
import re
from pathlib import PurePath

from flask import Flask, Response, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException

import model_api
import store
from upload_csv import FEATURES, MAX_ROWS, CsvProblem, read_flowers

# 1 MiB. nginx refuses larger bodies first (client_max_body_size 1m in nginx/app.conf); this
# limit holds for anyone who reaches the app another way.
MAX_UPLOAD_BYTES = 1024 * 1024
ROWS_PER_PAGE = 500

log = logging.getLogger("iris-web")


def upload_name(filename: str | None) -> str:
    """The file's own name, without any folder a browser may send, at most 200 characters."""
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    return name[:200] or "upload.csv"


def create_app() -> Flask:
    gunicorn_log = logging.getLogger("gunicorn.error")
    if gunicorn_log.handlers:
        log.handlers = gunicorn_log.handlers
        log.setLevel(gunicorn_log.level)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES
    api_url = os.environ.get("API_URL", "http://api:8000").rstrip("/")
    limits = {"max_rows": MAX_ROWS, "max_mb": MAX_UPLOAD_BYTES // (1024 * 1024), "features": FEATURES}

    def page(template: str, status: int = 200, **context):
        return render_template(template, limits=limits, **context), status

    def form_with_problems(problems: list[str], status: int, filename: str | None = None):
        return page("index.html", status, problems=problems, filename=filename, uploads=None)

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.get("/")
    def index():
        try:
            uploads = store.list_uploads(limit=10)
        except store.DatabaseUnavailable as error:
            log.warning("database unavailable: %s", error)
            return page("index.html", 503, uploads=None, notice="Past uploads cannot be shown: the database is not answering. Try again in a minute.")
        return page("index.html", uploads=uploads)

    @app.get("/uploads")
    def uploads():
        try:
            return page("uploads.html", uploads=store.list_uploads(limit=1000))
        except store.DatabaseUnavailable as error:
            log.warning("database unavailable: %s", error)
            return page("error.html", 503, title="The database is not answering", message="Try again in a minute.")

    @app.post("/uploads")
    def create_upload():
        file = request.files.get("file")
        if file is None or not file.filename:
            return form_with_problems(["Choose a CSV file first, then press Upload."], 400)
        filename = upload_name(file.filename)
        try:
            flowers = read_flowers(file.read())
        except CsvProblem as problem:
            return form_with_problems(problem.problems, problem.status, filename)
        try:
            model = model_api.model_name(api_url)
            predictions = model_api.predict(api_url, flowers)
        except model_api.ApiUnavailable as error:
            log.warning("model API unavailable: %s", error)
            return form_with_problems(
                ["The model API is not answering, so nothing was saved. Upload the file again in a minute "
                 "(docker compose ps shows whether the api service is healthy)."], 503, filename)
        except model_api.ApiRefused as error:
            where = f"Row {error.row}: " if error.row else ""
            return form_with_problems([f"{where}the model API refused this flower: {error}"], 400, filename)
        try:
            upload_id = store.save_upload(filename, model, flowers, predictions)
        except store.DatabaseUnavailable as error:
            log.warning("database unavailable: %s", error)
            return form_with_problems(
                ["The database is not answering, so nothing was saved. Upload the file again in a minute."], 503, filename)
        except store.DatabaseRefused as error:
            log.error("database refused upload %s: %s", filename, error)
            return form_with_problems(
                ["The database could not store this file, so nothing of it was saved. "
                 "docker compose logs web db shows why."], 500, filename)
        log.info("stored upload %s: %s, %d rows", upload_id, filename, len(flowers))
        # Post/Redirect/Get: reloading the result page does not upload the file twice.
        return redirect(url_for("show_upload", upload_id=upload_id), code=303)

    @app.get("/uploads/<int:upload_id>")
    def show_upload(upload_id: int):
        number = request.args.get("page", "1")
        if not number.isdigit() or int(number) < 1:
            return page("error.html", 400, title="No such page", message="The page number must be 1 or more.")
        current = int(number)
        try:
            upload, rows, counts = store.get_upload(upload_id, offset=(current - 1) * ROWS_PER_PAGE, limit=ROWS_PER_PAGE)
        except store.DatabaseUnavailable as error:
            log.warning("database unavailable: %s", error)
            return page("error.html", 503, title="The database is not answering", message="Try again in a minute.")
        if upload is None:
            return page("error.html", 404, title="No such upload", message=f"There is no upload number {upload_id}.")
        pages = max(1, math.ceil(upload["row_count"] / ROWS_PER_PAGE))
        if current > pages:
            return page("error.html", 404, title="No such page", message=f"Upload {upload_id} has {pages} page(s).")
        return page("upload.html", upload=upload, rows=rows, counts=counts, page=current, pages=pages)

    @app.get("/uploads/<int:upload_id>/predictions.csv")
    def download(upload_id: int):
        try:
            upload, rows, _ = store.get_upload(upload_id)
        except store.DatabaseUnavailable:
            return page("error.html", 503, title="The database is not answering", message="Try again in a minute.")
        if upload is None:
            return page("error.html", 404, title="No such upload", message=f"There is no upload number {upload_id}.")
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["row", *FEATURES, "species", "p_setosa", "p_versicolor", "p_virginica"])
        for row in rows:
            writer.writerow([row["source_row"], *(row[name] for name in FEATURES), row["species"],
                             row["p_setosa"], row["p_versicolor"], row["p_virginica"]])
        # Only safe characters in the header: the stored name is whatever the user's file was called.
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", PurePath(upload["filename"]).stem).strip("._") or "upload"
        return Response(out.getvalue(), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{stem}-predictions.csv"'})

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code == 413:
            return form_with_problems([f"The file is larger than {limits['max_mb']} MB. Split it into smaller files."], 413)
        return page("error.html", error.code or 500, title=error.name, message=error.description)

    return app
