#!/usr/bin/env python3
"""Rewrites references to runtime classes that moved out of the root package org.termite.runtime.

Usage: rehome_imports.py TREE   (rewrites .java, .groovy, .md, .scm, .sld files under TREE in place)
"""
import os, re, sys

MOVES = {
    # value
    **{c: 'value' for c in 'Box DefaultObject Eof EqvByValue Keyword MString Nil Pair Promise Record RecordType SChar Symbol Unspecified Values Written'.split()},
    # exec
    **{c: 'exec' for c in ('Abort ApplyProcedure Backtrace Capture Context Continuation DynamicState ErrorObject Errors Eval '
                           'ExitSignal Fatal Frame Global Globals LambdaMarker Namespace Parameter Park Pending Primitive '
                           'PrimitiveProcedure PrimitiveTable Procedure Rt Run SchemeError Trampoline Uncaught Owner Modules').split()},
    # boot
    **{c: 'boot' for c in 'Boot CommandLine Main ProgramRunner Primitives RuntimeDependencies'.split()},
}
# classes that moved between sub-packages
SUB_MOVES = {('proc', 'Tag'): 'value', ('proc', 'Preemption'): 'exec'}

BASE = 'org.termite.runtime'


def target(pkg, cls):
    if pkg == '' and cls in MOVES:
        return MOVES[cls]
    return SUB_MOVES.get((pkg, cls))


def rewrite_names(text):
    def dotted(m):
        sub, cls = m.group(1) or '', m.group(2)
        t = target(sub.rstrip('.'), cls)
        return f'{BASE}.{t}.{cls}' if t else m.group(0)
    text = re.sub(r'\borg\.termite\.runtime\.((?:proc\.)?)([A-Z]\w*)', dotted, text)

    def slashed(m):
        sub, cls = m.group(1) or '', m.group(2)
        t = target(sub.rstrip('/'), cls)
        return f'org/termite/runtime/{t}/{cls}' if t else m.group(0)
    return re.sub(r'org/termite/runtime/((?:proc/)?)([A-Z]\w*)', slashed, text)


def code_tokens(text):
    body = re.sub(r'//[^\n]*|/\*.*?\*/', ' ', text, flags=re.S)
    body = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', body)
    return set(re.findall(r'\b[A-Z]\w*\b', body))


def add_imports(path, text, old_pkg, siblings):
    """A file that used moved classes of its old package without importing them gets explicit imports."""
    m = re.search(r'^package\s+([\w.]+)\s*;', text, re.M)
    if not m:
        return text
    pkg = m.group(1)
    imported = set(re.findall(r'^import\s+(?:static\s+)?[\w.]+\.(\w+)\s*;', text, re.M))
    toks = code_tokens(text)
    own = siblings.get(pkg, set()) | {os.path.basename(path)[:-5]}
    needed = []
    for cls in sorted(toks):
        t = target(old_pkg, cls)
        if t is None:
            continue
        full = f'{BASE}.{t}'
        if full == pkg or cls in imported or cls in own:
            continue
        needed.append(f'import {full}.{cls};')
    if not needed:
        return text
    lines = '\n'.join(needed) + '\n'
    im = re.search(r'^import\s', text, re.M)
    if im:
        return text[:im.start()] + lines + text[im.start():]
    return text[:m.end()] + '\n\n' + lines.rstrip('\n') + text[m.end():]


def main(tree):
    java = []
    for dp, dn, fn in os.walk(tree):
        dn[:] = [d for d in dn if d not in ('target', '.git', 'node_modules')]
        for f in fn:
            if f.endswith(('.java', '.groovy', '.md', '.scm', '.sld', '.sh', '.xml', '.erl')):
                java.append(os.path.join(dp, f))
    siblings = {}
    originals = {}
    for p in java:
        if p.endswith('.java'):
            t = open(p, encoding='utf-8').read()
            m = re.search(r'^package\s+([\w.]+)\s*;', t, re.M)
            if m:
                siblings.setdefault(m.group(1), set()).add(os.path.basename(p)[:-5])
    for p in java:
        try:
            t = open(p, encoding='utf-8').read()
        except UnicodeDecodeError:
            continue
        n = rewrite_names(t)
        if p.endswith('.java'):
            m = re.search(r'^package\s+([\w.]+)\s*;', n, re.M)
            if m and m.group(1).startswith(BASE):
                pkg = m.group(1)
                sub = pkg[len(BASE) + 1:] if pkg != BASE else ''
                # a file still in a package some of whose classes left uses them without imports
                if sub in ('', 'proc'):
                    n = add_imports(p, n, sub, siblings)
        if n != t:
            open(p, 'w', encoding='utf-8').write(n)


if __name__ == '__main__':
    main(sys.argv[1])
