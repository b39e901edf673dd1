#!/usr/bin/env bash
# Install the wheel, dependencies from PyPI, into a fresh venv of every supported Python and run the
# README example and the CLI against the local stand-in; check that an unsupported Python is refused.
# Not part of `make test` (it needs the network and takes a minute).
#
#   scripts/check_pythons.sh                              # the pyenv versions below
#   PYTHONS="/usr/bin/python3.12" TOO_OLD="" scripts/check_pythons.sh
#
# Prints one line per interpreter; exits 1 if a supported one fails or the unsupported one installs.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DEV_PY="$ROOT/.venv/bin/python"
PYENV="${PYENV_ROOT:-/root/.pyenv}/versions"
PYTHONS=${PYTHONS-"$PYENV/3.11.7/bin/python $PYENV/3.12.1/bin/python $PYENV/3.13.0/bin/python"}
TOO_OLD=${TOO_OLD-"$PYENV/3.10.13/bin/python"}

WORK=$(mktemp -d)
STANDIN_PID=""
cleanup() {
    [ -n "$STANDIN_PID" ] && kill "$STANDIN_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "building the wheel..."
"$DEV_PY" -m build --wheel --outdir "$WORK/dist" . >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
WHEEL=$(ls "$WORK"/dist/*.whl)
VERSION=$("$DEV_PY" -c "import runpy; print(runpy.run_path('overlay/openrouter/_version.py')['__version__'])")

PORT=$("$DEV_PY" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
"$DEV_PY" -m openrouter.testing --port "$PORT" --management-key sk-check >"$WORK/standin.log" 2>&1 &
STANDIN_PID=$!
URL="http://127.0.0.1:$PORT"
for _ in $(seq 50); do grep -q serving "$WORK/standin.log" && break; sleep 0.1; done

cp "$ROOT/scripts/example.py" "$WORK/example.py"  # the README example, verbatim but for server_url

failed=0
for py in $PYTHONS; do
    name=$("$py" -c 'import platform; print("Python " + platform.python_version())' 2>/dev/null || echo "$py")
    env="$WORK/venv-$(basename "$(dirname "$(dirname "$py")")")"
    log="$WORK/$(basename "$env").log"
    start=$SECONDS
    if "$py" -m venv "$env" >"$log" 2>&1 &&
        "$env/bin/python" -m pip install --quiet --disable-pip-version-check "$WHEEL" >>"$log" 2>&1 &&
        (cd "$WORK" && "$env/bin/python" -c "import openrouter; print(openrouter.__version__)") >"$log.version" 2>>"$log" &&
        [ "$(cat "$log.version")" = "$VERSION" ] &&
        (cd "$WORK" && OPENROUTER_API_KEY=sk-check "$env/bin/python" example.py "$URL") >"$log.example" 2>>"$log" &&
        grep -q "total_credits=100.5" "$log.example" &&
        OPENROUTER_API_KEY=sk-check "$env/bin/openrouter-credits" get --min-remaining 5 --server-url "$URL" >>"$log" 2>&1 &&
        OPENROUTER_API_KEY=sk-check "$env/bin/python" -m openrouter get --json --server-url "$URL" >>"$log" 2>&1; then
        echo "OK    $name: installed $(basename "$WHEEL") with its dependencies, version $VERSION," \
            "README example and CLI ran ($((SECONDS - start)) s)"
    else
        echo "FAIL  $name (log follows)"
        sed 's/^/      /' "$log"
        failed=1
    fi
done

for py in $TOO_OLD; do
    name=$("$py" -c 'import platform; print("Python " + platform.python_version())' 2>/dev/null || echo "$py")
    env="$WORK/venv-too-old"
    log="$WORK/too-old.log"
    "$py" -m venv "$env" >"$log" 2>&1
    if "$env/bin/python" -m pip install --disable-pip-version-check "$WHEEL" >>"$log" 2>&1; then
        echo "FAIL  $name: the wheel installed, but requires-python is >=3.11"
        failed=1
    elif grep -q "requires a different Python" "$log"; then
        echo "OK    $name: refused by pip: $(grep -m1 'requires a different Python' "$log" | sed 's/^ERROR: //')"
    else
        echo "FAIL  $name: pip failed, but not because of requires-python (log follows)"
        sed 's/^/      /' "$log"
        failed=1
    fi
done
exit $failed
