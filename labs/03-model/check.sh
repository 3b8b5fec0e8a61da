#!/usr/bin/env bash
# Lab 03 self-check: builds the Jupyter image from your folder, checks the notebook's exercises,
# runs the notebook from top to bottom inside the container and checks that Jupyter answers.
# Usage: ./check.sh [folder]   (default: starter; ./check.sh solution checks the solution)
set -euo pipefail

cd "$(dirname "$0")"
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
[ -f ../shared/self-check.sh ] || { echo "FAIL  ../shared/self-check.sh is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1; }
# shellcheck source-path=SCRIPTDIR
. ../shared/self-check.sh
folder="${1:-starter}"
image="lab03-notebook:selfcheck"
container="lab03-selfcheck"

cleanup() {
  docker rm -f "$container" >/dev/null 2>&1 || true
  docker rmi -f "$image" >/dev/null 2>&1 || true
}

need_docker
{ [ -f "$folder/Dockerfile" ] && [ -f "$folder/model.ipynb" ]; } ||
  fail "There is no $folder/Dockerfile or $folder/model.ipynb." "Run this script from the lab folder: ./check.sh $folder"
pass "Docker is running"

trap cleanup EXIT
build_image "$image" "$folder" "Fix the line it names and run this again."

need_non_root "$image" "Keep the USER instruction of the lab's Dockerfile."

# The exercises: present, marked, and filled in (the script prints its own PASS/FAIL lines).
if ! docker run --rm "$image" python check_notebook.py model.ipynb; then
  fail "The notebook's exercises are not done yet." "Fill in the empty exercise cells, save the notebook, and run this again."
fi

# Top to bottom, headless, as a scheduled job would; then the pickle it wrote is loaded and asked for the three
# flowers, as lab 04's API will load it.
if ! run_output="$(docker run --rm --name "$container" "$image" sh -c \
  'jupyter nbconvert --to notebook --execute --output /tmp/executed.ipynb model.ipynb && ls model && python check_notebook.py --model model/iris-model.pkl' 2>&1)"; then
  # Without the terminal colour codes of the traceback.
  printf '%s\n' "$run_output" | sed "s/$(printf '\033')\[[0-9;]*m//g" | tail -n 15
  case "$run_output" in
    *"FAIL  "*) fail "The model your notebook saved does not predict the three flowers (above)." "Exercise 1 must save the tuned model, the one exercise 3 predicts with." ;;
  esac
  fail "The notebook stopped with an error (above)." "Open it in Jupyter, run all cells, and fix the first cell that fails."
fi
for file in iris-model.pkl iris-model.json; do
  case "$run_output" in
    *"$file"*) ;;
    *) fail "The notebook ran but did not write model/$file." "Exercise 1 saves the model into the model/ folder." ;;
  esac
done
pass "the notebook runs from top to bottom and writes model/iris-model.pkl"
case "$run_output" in
  *"PASS  the loaded model predicts setosa, versicolor, virginica"*) ;;
  *) printf '%s\n' "$run_output" | tail -n 5
     fail "The loaded model's predictions were not checked (output above)." "Run this again; if it persists, tell your instructor." ;;
esac
pass "the loaded model predicts setosa, versicolor, virginica for the three given flowers"

# Jupyter itself: start the server on a free port of this machine and ask its API.
command -v curl >/dev/null 2>&1 || fail "curl is not installed." "Install curl (or use check.ps1 on Windows) and run this again."
docker run --detach --name "$container" --publish 127.0.0.1::8888 --env JUPYTER_TOKEN=selfcheck "$image" >/dev/null
port="$(docker port "$container" 8888/tcp | head -n 1 | sed 's/.*://')"
answer=""
for _ in $(seq 1 60); do
  answer="$(curl -fsS "http://127.0.0.1:$port/api/contents/model.ipynb?content=0&token=selfcheck" 2>/dev/null)" && break
  sleep 1
done
case "$answer" in
  *'"type": "notebook"'*) ;;
  *) docker logs "$container" 2>&1 | tail -n 10
     fail "Jupyter did not answer on port $port within 60 seconds (its log is above)." ;;
esac
pass "Jupyter answers and serves model.ipynb"

printf '\nAll checks passed. Well done!\n'
