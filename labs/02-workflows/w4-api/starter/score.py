"""Scores a CSV of flowers with the model API: one request for the whole file, one answer per row.

    python score.py http://localhost:8087 data/flowers.csv

Any program that speaks HTTP can do the same: no scikit-learn and no pickle on this side.
"""
import csv
import sys
from collections import Counter

import requests


def read_flowers(path: str) -> list[dict[str, float]]:
    with open(path, newline="", encoding="utf-8-sig") as file:
        return [{name: float(value) for name, value in row.items()} for row in csv.DictReader(file)]


def main(api_url: str, path: str) -> None:
    flowers = read_flowers(path)
    # >>> the request
    # TODO 3: POST the list of flowers as JSON to {api_url}/predict/batch (requests.post(..., json=...),
    #         with a timeout), stop on an error status (raise_for_status), and take the list of
    #         predictions out of the JSON answer (see lab 04's page for its shape).
    predictions = []
    # <<< the request
    for number, (flower, prediction) in enumerate(zip(flowers, predictions), start=1):
        print(f"{number:3}  {flower}  ->  {prediction['species']}")
    counts = Counter(prediction["species"] for prediction in predictions)
    print(f"{len(predictions)} flowers scored: " + ", ".join(f"{name} {n}" for name, n in sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2])
