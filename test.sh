#!/usr/bin/env bash
# Runs every test of Stead: first installs the Debian packages that the end-to-end tests need
# (systemd-nspawn, sshd and ssh, nix's systemd units) when any is missing, then `mvn -B verify`.
# Works as root (as CI runs) and through sudo otherwise.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

packages=(systemd-container openssh-server openssh-client nix-setup-systemd)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    if ((EUID == 0)); then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo)
    else
        echo "test.sh: installing ${missing[*]} needs root, and there is no sudo" >&2
        exit 1
    fi
    echo "test.sh: installing ${missing[*]}" >&2
    # update first: on a fresh machine the package lists are empty or stale
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
fi

exec mvn -B verify "$@"
