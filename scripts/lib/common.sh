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
  "$@" --quiet --disable-pip-version-check 2>&1 | grep -v "^WARNING: Location 'file:" >&2
  return "${PIPESTATUS[0]}"
}
