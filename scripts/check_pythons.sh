#!/usr/bin/env bash
# For every supported Python, two fresh venvs, dependencies from PyPI, each running the README example and
# the CLI against the local stand-in:
#   locked  the README's "Pinning in CI" steps: requirements.lock with --require-hashes, then the package
#           from git at this commit (--no-deps), then pip check;
#   lowest  the wheel with the lowest dependency versions pyproject allows (.ci/lowest.txt as constraints).
# Then check that an unsupported Python is refused. Not part of `make test` (it needs the network and
# takes a minute or two).
#
#   scripts/check_pythons.sh                              # the pyenv versions below
#   PYTHONS="/usr/bin/python3.12" TOO_OLD="" scripts/check_pythons.sh
#
# Prints one line per interpreter; exits 1 if a supported one fails or the unsupported one installs.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
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
COMMIT=$(git rev-parse HEAD)
git diff --quiet HEAD -- overlay generated pyproject.toml requirements.lock ||
    echo "note: uncommitted changes; the locked install takes the package as committed ($COMMIT)"
VERSION=$("$DEV_PY" -c "import runpy; print(runpy.run_path('overlay/openrouter/_version.py')['__version__'])")

PORT=$("$DEV_PY" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
"$DEV_PY" -m openrouter.testing --port "$PORT" --management-key sk-check >"$WORK/standin.log" 2>&1 &
STANDIN_PID=$!
URL="http://127.0.0.1:$PORT"
for _ in $(seq 50); do grep -q serving "$WORK/standin.log" && break; sleep 0.1; done

cp "$ROOT/scripts/example.py" "$WORK/example.py"  # the README example, verbatim but for server_url

# check NAME VENV LOG: the installed package's version, the README example and the CLI in VENV.
check() {
    (cd "$WORK" && "$2/bin/python" -c "import openrouter; print(openrouter.__version__)") >"$3.version" 2>>"$3" &&
        [ "$(cat "$3.version")" = "$VERSION" ] &&
        (cd "$WORK" && OPENROUTER_API_KEY=sk-check "$2/bin/python" example.py "$URL") >"$3.example" 2>>"$3" &&
        grep -q "total_credits=100.5" "$3.example" &&
        OPENROUTER_API_KEY=sk-check "$2/bin/openrouter-credits" get --min-remaining 5 --server-url "$URL" >>"$3" 2>&1 &&
        OPENROUTER_API_KEY=sk-check "$2/bin/python" -m openrouter get --json --server-url "$URL" >>"$3" 2>&1
}

# versions VENV: the runtime dependencies as installed, one line.
versions() {
    "$1/bin/python" -c "import importlib.metadata as m; print(', '.join(f'{d}=={m.version(d)}' for d in ('httpx', 'anyio', 'attrs', 'python-dateutil')))"
}

PIP=(-m pip install --quiet --disable-pip-version-check)
failed=0
for py in $PYTHONS; do
    name=$("$py" -c 'import platform; print("Python " + platform.python_version())' 2>/dev/null || echo "$py")
    tag=$(basename "$(dirname "$(dirname "$py")")")
    for how in locked lowest; do
        env="$WORK/venv-$tag-$how"
        log="$env.log"
        start=$SECONDS
        if "$py" -m venv "$env" >"$log" 2>&1 && {
            if [ "$how" = locked ]; then
                "$env/bin/python" "${PIP[@]}" --require-hashes -r requirements.lock >>"$log" 2>&1 &&
                    "$env/bin/python" "${PIP[@]}" --no-deps "openrouter-credits @ git+file://localhost$ROOT@$COMMIT" >>"$log" 2>&1
            else
                "$env/bin/python" "${PIP[@]}" -c .ci/lowest.txt "$WHEEL" >>"$log" 2>&1
            fi
        } && "$env/bin/python" -m pip check --disable-pip-version-check >>"$log" 2>&1 && check "$name" "$env" "$log"; then
            echo "OK    $name $how ($(versions "$env")): version $VERSION, README example and CLI ran ($((SECONDS - start)) s)"
        else
            echo "FAIL  $name $how (log follows)"
            sed 's/^/      /' "$log"
            failed=1
        fi
    done
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
