#!/usr/bin/env bash
# Rewrites references to runtime classes that left the root package org.termite.runtime (see rehome_imports.py).
exec python3 "$(dirname "$0")/rehome_imports.py" "${1:-.}"
