# shellcheck shell=bash
# Helpers shared by scripts/bootstrap, scripts/gates and scripts/test (sourced, not run).

# The test matrix lives in tox-ansible.ini, section [matrix]: one line per ansible-core version,
# "2.21 = 3.12 3.13" (its controller Pythons that we test). `tox --ansible` reads the same file.
matrix_file() { printf '%s/tox-ansible.ini\n' "${root:?}"; }

# The ansible-core versions of the matrix, oldest first.
matrix_cores() {
  awk '/^\[/{s=($0=="[matrix]")} s && /^[0-9]+\.[0-9]+[[:space:]]*=/{sub(/[[:space:]]*=.*/,""); print}' "$(matrix_file)" \
    | sort -t. -k1,1n -k2,2n
}

# The controller Pythons tested with one ansible-core version (as listed: oldest first).
matrix_pythons() {
  awk -v core="$1" '/^\[/{s=($0=="[matrix]")}
    s && $1==core && $2=="=" {for (i=3; i<=NF; i++) if ($i ~ /^#/) break; else print $i}' "$(matrix_file)"
}

# An interpreter for Python X.Y that can create virtualenvs, or nothing: pythonX.Y on PATH, then
# pyenv's builds ($PYENV_ROOT, `pyenv root`, ~/.pyenv), newest patch release first.
find_python() {
  local want=$1 candidate roots=() r
  local check="import sys, ensurepip, venv; sys.exit(sys.version_info[:2] != tuple(map(int, '$want'.split('.'))))"
  # The base interpreter: a pyenv shim or a virtualenv resolves to the Python it runs.
  local real="import sys; print(getattr(sys, '_base_executable', None) or sys.executable)"
  if candidate=$(command -v "python$want" 2>/dev/null) && "$candidate" -c "$check" 2>/dev/null; then
    "$candidate" -c "$real"; return 0
  fi
  [ -n "${PYENV_ROOT:-}" ] && roots+=("$PYENV_ROOT")
  if command -v pyenv >/dev/null 2>&1; then r=$(pyenv root 2>/dev/null) && roots+=("$r"); fi
  roots+=("$HOME/.pyenv")
  for r in "${roots[@]}"; do
    while IFS= read -r candidate; do
      if [ -x "$candidate" ] && "$candidate" -c "$check" 2>/dev/null; then
        "$candidate" -c "$real"; return 0
      fi
    done < <(find "$r/versions" -mindepth 3 -maxdepth 3 -path "$r/versions/$want.*/bin/python$want" 2>/dev/null | sort -rV)
  done
  return 1
}

# pip, quiet; its notes about this machine's unused package mirrors are noise.
pip_quiet() {
  # grep finds nothing to print when pip prints nothing: that is no failure (set -e and pipefail).
  "$@" --quiet --disable-pip-version-check 2>&1 | { grep -v "^WARNING: Location 'file:" >&2 || true; }
  return "${PIPESTATUS[0]}"
}

# --- the lock -------------------------------------------------------------------------------------
# constraints/<name>.txt pins every package (and pip) of one virtualenv, for every Python it may run
# on; scripts/lock writes them from the requirement lines below (docs/contributing.md: updating the
# lock). Every pip install of scripts/bootstrap, gates and test goes through pip_install with one.
#   test               .venv (scripts/bootstrap)
#   gates              .venv-gates (scripts/gates)
#   ansible-core-X.Y   .build/gates/venv-X.Y, one per ansible-core of the matrix (scripts/gates)
#   oldest             .build/test/venv-oldest (scripts/test's oldest pass: the floors, exactly)
# UNLOCKED=1 (scripts/newest) drops the pins: the newest releases the requirements allow, in
# virtualenvs of their own under .build/newest/.
lock_names() {
  echo test; echo gates
  local core; for core in $(matrix_cores); do echo "ansible-core-$core"; done
  echo oldest
}
lock_file() { printf '%s/constraints/%s.txt\n' "${root:?}" "$1"; }
unlocked() { [ "${UNLOCKED:-0}" = 1 ]; }

next_minor() { printf '%s.%d\n' "${1%.*}" "$(( ${1#*.} + 1 ))"; }
core_spec() { printf 'ansible-core>=%s,<%s\n' "$1" "$(next_minor "$1")"; }
# The floor requirements.txt claims for a package: "playwright>=1.45,<2" -> 1.45.
floor() { sed -n "s/^$1[[:space:]]*>=[[:space:]]*\([0-9.]*\).*/\1/p" "${root:?}/requirements.txt"; }
# requirements-test.txt without its pytest-ansible line (the oldest pass runs without it); it names
# no ansible-core (the matrix gate holds that).
oldest_test_requirements() {
  sed 's/[[:space:]]*#.*//; /^$/d' "${root:?}/requirements-test.txt" | grep -vE '^(ansible-core|pytest-ansible)'
}

# lock_inputs NAME: what that virtualenv installs, as requirement lines relative to the repository.
lock_inputs() {
  local oldest newest
  oldest=$(matrix_cores | head -n 1) newest=$(matrix_cores | tail -n 1)
  case $1 in
    test) echo "-r requirements-test.txt"; core_spec "$newest"; echo setuptools ;;  # setuptools builds simulator/
    gates) echo "-r requirements-gates.txt" ;;
    ansible-core-*) core_spec "${1#ansible-core-}" ;;
    oldest) oldest_test_requirements; core_spec "$oldest"; echo "playwright==$(floor playwright)"; echo "pyotp==$(floor pyotp)" ;;
    *) echo "lock_inputs: unknown lock '$1'" >&2; return 1 ;;
  esac
  echo pip
}

# lock_python NAME: the oldest Python that virtualenv may run on (its lock holds for that and newer).
lock_python() {
  case $1 in
    test|gates) matrix_pythons "$(matrix_cores | tail -n 1)" | head -n 1 ;;
    ansible-core-*) matrix_pythons "${1#ansible-core-}" | head -n 1 ;;
    oldest) matrix_pythons "$(matrix_cores | head -n 1)" | head -n 1 ;;
  esac
}

# What a virtualenv's stamp hashes besides its requirements: its lock, so that updating the lock
# rebuilds it.
lock_stamp() { if unlocked; then echo unlocked; else cat "$(lock_file "$1")"; fi; }

# pip_install PYTHON LOCK PIP-ARGS...: pip install into PYTHON's environment, pinned by
# constraints/LOCK.txt.
pip_install() {
  local py=$1 lock=$2; shift 2
  if unlocked; then
    pip_quiet "$py" -m pip install "$@"
  else
    [ -f "$(lock_file "$lock")" ] || { echo "$(lock_file "$lock") is missing: run scripts/lock" >&2; return 1; }
    pip_quiet "$py" -m pip install -c "$(lock_file "$lock")" "$@"
  fi
}
