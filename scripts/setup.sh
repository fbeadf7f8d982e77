#!/usr/bin/env bash
# Makes sure what Dyad needs is on this machine: the .NET SDK (10.x) and the NuGet packages.
# Safe to run again; it installs nothing that is already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "setup: installing the .NET 10 SDK from the distribution's packages" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "setup: run as root (apt-get) or install the .NET 10 SDK first" >&2; exit 2; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dotnet-sdk-10.0 >&2
fi

if [ ! -f "$here/src/Dyad/obj/project.assets.json" ] || [ ! -f "$here/tests/Dyad.Tests/obj/project.assets.json" ]; then
  echo "setup: restoring NuGet packages" >&2
  dotnet restore "$here/Dyad.slnx" -nologo -v q >&2
fi

# ICU: Unicode normalization (NFC) and culture data need it (the build does not use invariant globalization).
if ! ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so'; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libicu72 >&2 || \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libicu-dev >&2
  else
    echo "setup: ICU (libicu) is missing; install it as root" >&2; exit 2
  fi
fi
